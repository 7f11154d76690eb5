//! `stuf-jz-codegen`: generate typed Rust from a StUF-JZ schema bundle.
//!
//! ```text
//! stuf-jz-codegen generate --schema ENTRY.xsd --out FILE.rs [--root NAME]...
//! ```
#![forbid(unsafe_code)]

use std::process::ExitCode;

const USAGE: &str = "usage:
  stuf-jz-codegen generate --schema ENTRY.xsd --out FILE.rs [--root NAME]...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("stuf-jz-codegen: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    match command.as_str() {
        "generate" => generate(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}

fn generate(args: &[String]) -> Result<(), String> {
    let (mut schema, mut out, mut roots) = (None, None, Vec::new());
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = || iter.next().cloned().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--schema" => schema = Some(value()?),
            "--out" => out = Some(value()?),
            "--root" => roots.push(value()?),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let (Some(schema), Some(out)) = (schema, out) else {
        return Err(format!("generate needs --schema and --out\n{USAGE}"));
    };
    let mut config = stuf_jz_codegen::Config::new();
    if !roots.is_empty() {
        config = config.roots(roots);
    }
    let generated = config
        .generate_to_file(&schema, &out)
        .map_err(|e| e.to_string())?;
    eprintln!(
        "{out}: {} lines for {} message root(s) ({}), {} schema documents, {} types, {:.2} s",
        generated.code.lines().count(),
        generated.roots.len(),
        generated.roots.join(", "),
        generated.documents,
        generated.types,
        generated.elapsed.as_secs_f64()
    );
    Ok(())
}
