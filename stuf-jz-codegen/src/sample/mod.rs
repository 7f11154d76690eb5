//! Schema-valid sample messages, generated from the resolved model.
//!
//! [`Sampler`] walks the model of a bundle from a message root and writes a
//! message that an XML Schema validator accepts: every pattern satisfied
//! (strings are generated from the translated regexes), lengths, digits and
//! bounds respected, enumeration and fixed values used, burgerservicenummers
//! that pass the 11-proef, real `StUF:Datum`/`StUF:Tijdstip` values
//! (incomplete dates with their `StUF:indOnvolledigeDatum`), plausible
//! stuurgegevens, `xsi:nil` with a `StUF:noValue` where an element is
//! nillable (random samples, sometimes), choice branches rotated by seed and
//! repetitions by [`SampleKind`]. The same root and [`SampleOptions`] give
//! the same message.
//!
//! ```no_run
//! use stuf_jz_codegen::sample::{SampleKind, SampleOptions, Sampler};
//! let sampler = Sampler::load("xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd".as_ref())?;
//! for root in sampler.roots() {
//!     let options = SampleOptions { kind: SampleKind::Random, seed: 42 };
//!     println!("{}", sampler.generate(&root, &options)?);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod facts;
mod options;
mod pattern;
mod rng;
mod stuf;
mod values;
mod walk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use options::{SampleError, SampleKind, SampleOptions, MAX_REPEAT};
pub use stuf::is_valid_bsn;

use crate::model::{Content, Model, TypeDef, TypeId};

/// Generates sample messages of one bundle. Holds the resolved model (which
/// is not `Send`: build one sampler per thread).
pub struct Sampler {
    model: Model,
    /// Prepared simple types (an untranslatable pattern is kept as its
    /// error and reported when a sample reaches the type).
    facts: HashMap<TypeId, Result<facts::Facts, String>>,
}

impl std::fmt::Debug for Sampler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sampler")
            .field("roots", &self.roots())
            .field("types", &self.model.types.len())
            .finish()
    }
}

impl Sampler {
    /// Loads and resolves the bundle whose entry schema is `entry_xsd`.
    pub fn load(entry_xsd: &Path) -> Result<Sampler, crate::Error> {
        let (_, model) = crate::Config::new().model(entry_xsd)?;
        Ok(Sampler::from_model(model))
    }

    /// A sampler for an already resolved model.
    pub fn from_model(model: Model) -> Sampler {
        let facts = model
            .types
            .iter()
            .enumerate()
            .filter_map(|(id, def)| match def {
                TypeDef::Simple(s) => Some((id, facts::Facts::new(id, s, |b| model.simple(b)))),
                TypeDef::Complex(_) => None,
            })
            .collect();
        let mut sampler = Sampler { model, facts };
        sampler.meanings_from_complex_types();
        sampler
    }

    /// A simple-content restriction gets an anonymous value type whose base
    /// chain skips the restricted type (`BG:BSN-e` restricts
    /// `BG:BsVesNummerOfId-e` with a value of `BG:BSN`): its meaning comes
    /// from the names of the complex type and its bases.
    fn meanings_from_complex_types(&mut self) {
        for def in &self.model.types {
            let TypeDef::Complex(c) = def else { continue };
            let Content::Simple(value) = c.content else {
                continue;
            };
            let mut meaning = facts::Meaning::Plain;
            let mut at = Some(c);
            for _ in 0..64 {
                let Some(ty) = at else { break };
                meaning = facts::meaning_of_name(&ty.info.name);
                if meaning != facts::Meaning::Plain {
                    break;
                }
                at = ty.base.and_then(|(_, b)| self.model.complex(b));
            }
            if let Some(Ok(f)) = self.facts.get_mut(&value) {
                if f.meaning == facts::Meaning::Plain {
                    f.meaning = meaning;
                }
            }
        }
    }

    /// The message roots, by local name, in schema order.
    pub fn roots(&self) -> Vec<String> {
        self.model
            .roots
            .iter()
            .map(|r| r.name.local.clone())
            .collect()
    }

    /// One message with root element `root` (a local name from
    /// [`Sampler::roots`]).
    pub fn generate(&self, root: &str, options: &SampleOptions) -> Result<String, SampleError> {
        let Some(decl) = self.model.roots.iter().find(|r| r.name.local == root) else {
            return Err(SampleError {
                root: root.to_string(),
                path: String::new(),
                type_name: String::new(),
                message: format!(
                    "no such message root; this bundle has: {}",
                    self.roots().join(", ")
                ),
            });
        };
        walk::Walk::new(self, root, *options).message(decl)
    }

    /// Writes `count` messages of `root` with seeds `options.seed`,
    /// `options.seed + 1`, ... as `dir/ROOT/KIND-SEED.xml` (the folders are
    /// created); returns the files written. For command lines.
    pub fn write_samples(
        &self,
        root: &str,
        options: &SampleOptions,
        count: u64,
        dir: &Path,
    ) -> Result<Vec<PathBuf>, WriteError> {
        let folder = dir.join(root);
        std::fs::create_dir_all(&folder).map_err(|e| WriteError::Io(folder.clone(), e))?;
        let mut written = Vec::new();
        for seed in options.seed..options.seed.saturating_add(count) {
            let options = SampleOptions { seed, ..*options };
            let xml = self.generate(root, &options).map_err(WriteError::Sample)?;
            let file = folder.join(format!("{}-{seed}.xml", options.kind));
            std::fs::write(&file, xml).map_err(|e| WriteError::Io(file.clone(), e))?;
            written.push(file);
        }
        Ok(written)
    }
}

/// Why [`Sampler::write_samples`] stopped.
#[derive(Debug)]
pub enum WriteError {
    /// A message could not be generated.
    Sample(SampleError),
    /// A folder or file could not be written.
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Sample(e) => write!(f, "{e}"),
            WriteError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Sample(e) => Some(e),
            WriteError::Io(_, e) => Some(e),
        }
    }
}
