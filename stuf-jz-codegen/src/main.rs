//! `stuf-jz-codegen`: generate typed Rust from a StUF-JZ schema bundle.
//!
//! ```text
//! stuf-jz-codegen generate --schema ENTRY.xsd --out FILE.rs [--root NAME]...
//! stuf-jz-codegen diff OLD_ENTRY.xsd NEW_ENTRY.xsd [--format text|json]
//! ```
#![forbid(unsafe_code)]

use std::process::ExitCode;

const USAGE: &str = "usage:
  stuf-jz-codegen generate --schema ENTRY.xsd --out FILE.rs [--root NAME]...
  stuf-jz-codegen diff OLD_ENTRY.xsd NEW_ENTRY.xsd [--format text|json]";

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
        "diff" => diff(rest),
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

/// `diff OLD NEW [--format text|json]`: component-level differences between
/// two bundles; differences are not an error (exit 0).
fn diff(args: &[String]) -> Result<(), String> {
    let (mut paths, mut format) = (Vec::new(), "text".to_string());
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--format" => {
                format = iter
                    .next()
                    .cloned()
                    .ok_or(format!("--format needs a value\n{USAGE}"))?
            }
            a if a.starts_with("--format=") => format = a["--format=".len()..].to_string(),
            a if a.starts_with('-') => return Err(format!("unknown argument `{a}`\n{USAGE}")),
            path => paths.push(path.to_string()),
        }
    }
    let [old, new] = paths.as_slice() else {
        return Err(format!(
            "diff needs OLD_ENTRY.xsd and NEW_ENTRY.xsd\n{USAGE}"
        ));
    };
    if format != "text" && format != "json" {
        return Err(format!("unknown format `{format}` (text or json)\n{USAGE}"));
    }
    let config = stuf_jz_codegen::Config::new();
    let load = |path: &String| {
        config
            .model(path)
            .map(|(_, model)| model)
            .map_err(|e| format!("{path}: {e}"))
    };
    let (old_model, new_model) = (load(old)?, load(new)?);
    let diff = stuf_jz_codegen::diff::diff(&old_model, &new_model);
    let text = if format == "json" {
        let mut json = serde_json::to_string_pretty(&diff.to_json()).map_err(|e| e.to_string())?;
        json.push('\n');
        json
    } else {
        diff.to_text()
    };
    // A closed pipe (`| head`) is not an error.
    match std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}
