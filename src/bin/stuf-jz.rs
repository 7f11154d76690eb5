//! `stuf-jz`: validate and convert StUF-JZ messages.
//!
//! ```text
//! stuf-jz validate [--schema-version 1.0.7|1.0.9] FILE|DIR...
//! stuf-jz convert [--schema-version 1.0.7|1.0.9] --to xml FILE
//! ```
//! `validate` exits 0 when every file is valid, 1 when any is not, 2 on a
//! usage or I/O error; each violation is printed as
//! `FILE:LINE:COL: PATH: RULE: message`.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use stuf_jz::SchemaVersion;

const USAGE: &str = "usage:
  stuf-jz validate [--schema-version VERSION] FILE|DIR...
  stuf-jz convert [--schema-version VERSION] --to xml FILE

VERSION is one of the versions this build has (default 1.0.7, or the
version that has the message's root element).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("stuf-jz: {message}");
            ExitCode::from(2)
        }
    }
}

/// Options shared by the subcommands.
struct Options {
    version: Option<SchemaVersion>,
    to: Option<String>,
    inputs: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        version: None,
        to: None,
        inputs: Vec::new(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--schema-version" => {
                let value = iter.next().ok_or("--schema-version needs a value")?;
                options.version = Some(value.parse()?);
            }
            "--to" => options.to = Some(iter.next().ok_or("--to needs a value")?.clone()),
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            input => options.inputs.push(input.to_string()),
        }
    }
    Ok(options)
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    let options = parse(rest)?;
    match command.as_str() {
        "validate" => validate(&options),
        "convert" => convert(&options),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}

/// The version to read a document with.
fn version_for(options: &Options, xml: &str) -> SchemaVersion {
    options
        .version
        .or_else(|| SchemaVersion::for_document(xml))
        .unwrap_or(SchemaVersion::ALL[0])
}

fn validate(options: &Options) -> Result<ExitCode, String> {
    if options.inputs.is_empty() {
        return Err(format!("validate needs at least one FILE or DIR\n{USAGE}"));
    }
    let mut files = Vec::new();
    for input in &options.inputs {
        collect(Path::new(input), &mut files).map_err(|e| format!("{input}: {e}"))?;
    }
    let (mut valid, mut invalid, mut unreadable) = (0, 0, 0);
    for file in &files {
        let shown = file.display();
        let config = stuf_jz_types::ReaderConfig::default();
        let bytes = match std::fs::File::open(file)
            .map_err(stuf_jz_types::LoadError::Io)
            .and_then(|f| stuf_jz_types::reader::read_bounded(f, &config))
        {
            Ok(bytes) => bytes,
            Err(stuf_jz_types::LoadError::Invalid(e)) => {
                for violation in &e.violations {
                    println!("{shown}:1:1: {violation}");
                }
                invalid += 1;
                continue;
            }
            Err(e) => {
                eprintln!("stuf-jz: {shown}: {e}");
                unreadable += 1;
                continue;
            }
        };
        // Decoded once; UTF-8 is borrowed, not copied.
        let xml = match stuf_jz_types::reader::decode_document(&bytes, &config) {
            Ok(text) => text,
            Err(violation) => {
                println!("{shown}:{violation}");
                invalid += 1;
                continue;
            }
        };
        let violations = version_for(options, &xml).validate(&xml);
        if violations.is_empty() {
            valid += 1;
        } else {
            invalid += 1;
            for v in &violations {
                println!("{shown}:{v}");
            }
        }
    }
    eprintln!("{} file(s): {valid} valid, {invalid} invalid", files.len());
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn convert(options: &Options) -> Result<ExitCode, String> {
    match options.to.as_deref() {
        Some("xml") => {}
        Some(other) => return Err(format!("cannot convert to `{other}` (only `xml`)")),
        None => return Err(format!("convert needs --to xml\n{USAGE}")),
    }
    let [file] = options.inputs.as_slice() else {
        return Err(format!("convert takes exactly one FILE\n{USAGE}"));
    };
    let xml = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    match version_for(options, &xml).convert(&xml) {
        Ok(out) => {
            print!("{out}");
            Ok(ExitCode::SUCCESS)
        }
        Err(violations) => {
            for v in &violations {
                println!("{file}:{v}");
            }
            Ok(ExitCode::from(1))
        }
    }
}

/// The XML files of a file or directory (recursively, sorted).
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for entry in entries {
            if entry.is_dir() || entry.extension().is_some_and(|e| e == "xml") {
                collect(&entry, out)?;
            }
        }
        Ok(())
    } else {
        std::fs::metadata(path)?;
        out.push(path.to_path_buf());
        Ok(())
    }
}
