//! `stuf-jz-codegen`: generate typed Rust from a StUF-JZ schema bundle.
//!
//! ```text
//! stuf-jz-codegen generate --schema ENTRY.xsd --out FILE.rs [--root NAME]...
//! stuf-jz-codegen diff OLD_ENTRY.xsd NEW_ENTRY.xsd [--format text|json]
//! ```
//! Exit codes: 0 done (differences found by `diff` are not an error),
//! 2 usage error or a bundle that cannot be loaded.
#![forbid(unsafe_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Generates typed Rust for StUF-JZ messages from an official schema bundle,
/// and compares two bundles.
#[derive(Parser)]
#[command(name = "stuf-jz-codegen", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generates the Rust module of a bundle's message roots.
    Generate {
        /// The bundle's entry schema (the one that declares the message roots).
        #[arg(long, value_name = "ENTRY.xsd")]
        schema: PathBuf,
        /// The Rust file to write.
        #[arg(long, value_name = "FILE.rs")]
        out: PathBuf,
        /// Only these message roots (local names, such as `vtoDi01`); default: all.
        #[arg(long = "root", value_name = "NAME")]
        roots: Vec<String>,
    },
    /// Lists what changed between two bundles: roots, types, elements,
    /// attributes, facets and enumeration values reachable from the roots.
    Diff {
        /// The old bundle's entry schema.
        old: PathBuf,
        /// The new bundle's entry schema.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
}

/// How `diff` prints its result.
#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// One line per change, grouped by section.
    Text,
    /// One JSON document: a summary and the list of changes.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Generate { schema, out, roots } => generate(&schema, &out, roots),
        Command::Diff { old, new, format } => diff(&old, &new, format),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("stuf-jz-codegen: {message}");
            ExitCode::from(2)
        }
    }
}

fn generate(schema: &PathBuf, out: &PathBuf, roots: Vec<String>) -> Result<(), String> {
    let mut config = stuf_jz_codegen::Config::new();
    if !roots.is_empty() {
        config = config.roots(roots);
    }
    let generated = config
        .generate_to_file(schema, out)
        .map_err(|e| e.to_string())?;
    eprintln!(
        "{}: {} lines for {} message root(s) ({}), {} schema documents, {} types, {:.2} s",
        out.display(),
        generated.code.lines().count(),
        generated.roots.len(),
        generated.roots.join(", "),
        generated.documents,
        generated.types,
        generated.elapsed.as_secs_f64()
    );
    Ok(())
}

/// Component-level differences between two bundles; differences are not an
/// error (exit 0).
fn diff(old: &Path, new: &Path, format: DiffFormat) -> Result<(), String> {
    let config = stuf_jz_codegen::Config::new();
    let diff = stuf_jz_codegen::diff::diff_entries(&config, old, new)?;
    let text = match format {
        DiffFormat::Json => {
            let mut json =
                serde_json::to_string_pretty(&diff.to_json()).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        DiffFormat::Text => diff.to_text(),
    };
    // A closed pipe (`| head`) is not an error.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}
