//! The generator's public entry: a [`Config`] builder.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::emit::{self, PlanError};
use crate::loader::{LoadError, QName, SchemaSet};
use crate::resolve::{default_roots, resolve, ResolveError};

/// Configures and runs the generator.
///
/// ```no_run
/// let generated = stuf_jz_codegen::Config::new()
///     .generate("xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd")
///     .unwrap();
/// std::fs::write("v1_0_7.rs", generated.code).unwrap();
/// ```
#[derive(Debug, Clone, Default)]
pub struct Config {
    roots: Option<Vec<String>>,
    /// Further roots by namespace and local name; `true` when the root
    /// must be declared (from [`Config::extra_root`]).
    extra_roots: Vec<(QName, bool)>,
    options: emit::Options,
}

/// The namespace of StUF 03.01 (`StUF:`).
pub const STUF_NAMESPACE: &str = "http://www.egem.nl/StUF/StUF0301";

/// The reply messages of StUF 03.01 (global elements of [`STUF_NAMESPACE`]):
/// Bv01-Bv04 (bevestigingen) and Fo01-Fo03 (foutberichten).
pub const STUF_REPLIES: &[&str] = &[
    "Bv01Bericht",
    "Bv02Bericht",
    "Bv03Bericht",
    "Bv04Bericht",
    "Fo01Bericht",
    "Fo02Bericht",
    "Fo03Bericht",
];

/// Generated code and what it took.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Formatted Rust source.
    pub code: String,
    /// The message roots, by local name.
    pub roots: Vec<String>,
    /// Schema documents read.
    pub documents: usize,
    /// Types reached from the roots.
    pub types: usize,
    /// Time to load, resolve, emit and format.
    pub elapsed: Duration,
}

/// Why generation failed.
#[derive(Debug)]
pub enum Error {
    /// A schema document could not be read.
    Load(LoadError),
    /// Reachable schema components could not be resolved.
    Resolve(Vec<ResolveError>),
    /// A reachable construct cannot be expressed.
    Plan(PlanError),
    /// The output file could not be written.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(e) => write!(f, "{e}"),
            Error::Resolve(errors) => {
                for (i, e) in errors.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
            Error::Plan(e) => write!(f, "{}", e.0),
            Error::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

impl Config {
    /// The default configuration: every global element of the entry
    /// schema's target namespace is a message root.
    pub fn new() -> Self {
        Self::default()
    }

    /// Generates only these message roots (local names of global elements).
    pub fn roots<I, S>(mut self, roots: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.roots = Some(roots.into_iter().map(Into::into).collect());
        self
    }

    /// Also generates the global element `local` of namespace `ns` as a
    /// message root (after the default or [`Config::roots`] roots, in the
    /// order added). Generation fails when the bundle does not declare it.
    pub fn extra_root(mut self, ns: impl Into<String>, local: impl Into<String>) -> Self {
        self.extra_roots.push((QName::new(ns, local), true));
        self
    }

    /// Also generates the StUF 03.01 replies ([`STUF_REPLIES`]: `Bv01Bericht`
    /// ... `Fo03Bericht`) as message roots, each one only when the bundle
    /// declares it.
    pub fn stuf_replies(mut self) -> Self {
        for local in STUF_REPLIES {
            self.extra_roots
                .push((QName::new(STUF_NAMESPACE, *local), false));
        }
        self
    }

    /// The path of the runtime crate in generated code (default
    /// `stuf_jz_types`); `stuf_jz::types` lets a crate that depends only
    /// on `stuf-jz` compile the generated code.
    pub fn runtime_path(mut self, path: impl Into<String>) -> Self {
        self.options.runtime_path = path.into();
        self
    }

    /// Adds an attribute (`#[derive(MyTrait)]`, `#[non_exhaustive]`) to the
    /// generated types that `matcher` names: a schema type name
    /// (`ZKN:ZAK-vto`), a Rust type name (`ZakVto`), or `.` for every type.
    pub fn type_attribute(
        mut self,
        matcher: impl Into<String>,
        attribute: impl Into<String>,
    ) -> Self {
        self.options
            .type_attributes
            .push((matcher.into(), attribute.into()));
        self
    }

    /// Uses an existing Rust type for a schema type instead of generating
    /// it (`extern_path("BG:BSN", "my_crate::Bsn")`); the type must
    /// implement the runtime's `SimpleValue` and `ElementValue`, and
    /// `Default` (a generated type with a required field of it implements
    /// `Default` too). `StUF:NoValue` and `StUF:IndOnvolledigeDatum` are
    /// the runtime's `NoValue` (no default: it has several values) and
    /// `date::DatePrecision` by default.
    pub fn extern_path(mut self, schema_type: impl Into<String>, path: impl Into<String>) -> Self {
        self.options
            .extern_paths
            .push((schema_type.into(), path.into()));
        self
    }

    /// Derives serde's `Serialize` and `Deserialize` on every generated
    /// type (the runtime crate's `serde` feature must be enabled).
    pub fn serde(mut self, serde: bool) -> Self {
        self.options.serde = serde;
        self
    }

    /// Loads and resolves the bundle whose entry schema is `entry`.
    pub fn model(
        &self,
        entry: impl AsRef<Path>,
    ) -> Result<(SchemaSet, crate::model::Model), Error> {
        let set = SchemaSet::load(entry.as_ref()).map_err(Error::Load)?;
        let mut roots = default_roots(&set);
        if let Some(wanted) = &self.roots {
            let ns = set
                .docs
                .first()
                .map(|d| d.target_ns.clone())
                .unwrap_or_default();
            roots = wanted
                .iter()
                .map(|local| QName::new(ns.clone(), local.clone()))
                .collect();
        }
        for (root, required) in &self.extra_roots {
            let declared = set.find(crate::loader::Kind::Element, root).is_some();
            if (declared || *required) && !roots.contains(root) {
                roots.push(root.clone());
            }
        }
        let model = resolve(&set, &roots).map_err(Error::Resolve)?;
        Ok((set, model))
    }

    /// Generates Rust for the bundle whose entry schema is `entry`.
    pub fn generate(&self, entry: impl AsRef<Path>) -> Result<Generated, Error> {
        let started = Instant::now();
        let (set, model) = self.model(entry)?;
        let code = emit::generate(&model, &self.options).map_err(Error::Plan)?;
        Ok(Generated {
            code,
            roots: model.roots.iter().map(|r| r.name.local.clone()).collect(),
            documents: set.docs.len(),
            types: model.types.len(),
            elapsed: started.elapsed(),
        })
    }

    /// Generates into a file (written only when its content changes).
    pub fn generate_to_file(
        &self,
        entry: impl AsRef<Path>,
        out: impl AsRef<Path>,
    ) -> Result<Generated, Error> {
        let generated = self.generate(entry)?;
        let out = out.as_ref();
        if std::fs::read_to_string(out).ok().as_deref() != Some(generated.code.as_str()) {
            std::fs::write(out, &generated.code).map_err(|e| Error::Io(out.to_path_buf(), e))?;
        }
        Ok(generated)
    }
}
