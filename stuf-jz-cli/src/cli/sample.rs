//! `sample`: schema-valid messages from the generator of `stuf-jz-codegen`
//! (`stuf_jz_codegen::sample`), for vendors' own tests.
//!
//! The generator reads the official bundle at run time: the folder given by
//! `--xsd`, else `STUF_JZ_XSD_DIR`, else the `xsd` folder of the repository
//! this binary was built from.

use std::path::{Path, PathBuf};

use stuf_jz::SchemaVersion;
use stuf_jz_codegen::sample::{SampleKind, SampleOptions, Sampler};

use super::args::{Global, KindArg, SampleArgs, VersionArg};
use super::safe;

/// The variable naming the schema folder (as for the library's build).
pub const XSD_DIR_VAR: &str = "STUF_JZ_XSD_DIR";

/// The entry schema of a version below the schema folder: the bundle the
/// library's types of that version are generated from.
pub fn entry(version: SchemaVersion) -> &'static str {
    match version {
        SchemaVersion::V1_0_7 => "stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd",
        SchemaVersion::V1_0_9 => "stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
    }
}

/// The schema folder: `--xsd`, else `STUF_JZ_XSD_DIR` (when not empty),
/// else the repository's `xsd`.
pub fn xsd_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_path_buf();
    }
    match std::env::var_os(XSD_DIR_VAR).filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../xsd"),
    }
}

/// The roots the generator writes for a version: its messages, not the
/// StUF replies (Bv01 ... Fo03).
pub fn roots(version: SchemaVersion) -> Vec<&'static str> {
    version
        .roots()
        .iter()
        .copied()
        .filter(|r| !stuf_jz_codegen::STUF_REPLIES.contains(r))
        .collect()
}

/// The version that writes `root`: `--schema-version`, else the oldest
/// version with that root (1.0.7, the version in use, before 1.0.9).
pub fn version_for(root: &str, forced: Option<VersionArg>) -> Result<SchemaVersion, String> {
    let versions: Vec<SchemaVersion> = match forced {
        Some(version) => vec![version.version()],
        None => SchemaVersion::ALL.to_vec(),
    };
    versions
        .iter()
        .copied()
        .find(|&v| roots(v).contains(&root))
        .ok_or_else(|| {
            let known: Vec<String> = versions
                .iter()
                .map(|&v| format!("{}: {}", v.number(), roots(v).join(", ")))
                .collect();
            format!(
                "no sample of `{}`: the roots are {}",
                safe::escape(root),
                known.join("; ")
            )
        })
}

/// Runs `sample`; returns the exit code.
pub fn run(global: &Global, args: &SampleArgs) -> Result<u8, String> {
    let version = version_for(&args.root, global.schema_version)?;
    if args.out.is_none() && args.count > 1 {
        return Err(format!(
            "--count {} needs --out DIR (standard output takes one message)",
            args.count
        ));
    }
    let dir = xsd_dir(args.xsd.as_deref());
    let schema = dir.join(entry(version));
    if !schema.is_file() {
        return Err(format!(
            "the {} bundle is not at {} (give the folder of the official bundles with --xsd DIR or {XSD_DIR_VAR})",
            version.number(),
            schema.display()
        ));
    }
    let sampler = Sampler::load(&schema).map_err(|e| format!("{}: {e}", schema.display()))?;
    let options = SampleOptions {
        kind: match args.kind {
            KindArg::Minimal => SampleKind::Minimal,
            KindArg::Maximal => SampleKind::Maximal,
            KindArg::Random => SampleKind::Random,
        },
        seed: args.seed,
    };
    if global.verbose {
        eprintln!(
            "stuf-jz: {} {} sample(s) of {} from {}",
            args.count,
            options.kind,
            safe::escape(&args.root),
            schema.display()
        );
    }
    match &args.out {
        None => {
            let mut xml = sampler
                .generate(&args.root, &options)
                .map_err(|e| e.to_string())?;
            if !xml.ends_with('\n') {
                xml.push('\n');
            }
            super::write_stdout(xml.as_bytes())?;
        }
        Some(out) => {
            let written = sampler
                .write_samples(&args.root, &options, args.count, out)
                .map_err(|e| e.to_string())?;
            let mut list = String::new();
            for file in &written {
                list.push_str(&safe::escape(&file.to_string_lossy()));
                list.push('\n');
            }
            super::write_stdout(list.as_bytes())?;
            if !global.quiet {
                eprintln!(
                    "stuf-jz: wrote {} {} message(s) (StUF-JZ {})",
                    written.len(),
                    safe::escape(&args.root),
                    version.number()
                );
            }
        }
    }
    Ok(0)
}
