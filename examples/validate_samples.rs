//! Validates every bundled sample message with the schema version of its
//! folder (`examples/messages/<version>/<root>/*.xml`) and round-trips it:
//! read, validate, write, read again.
//!
//! ```text
//! cargo run --release --features v1_0_9 --example validate_samples
//! ```
//! Exits 1 when any message is invalid or does not survive the round trip.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use stuf_jz::SchemaVersion;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/messages");
    let mut failures = 0;
    let mut total = 0;
    for &version in SchemaVersion::ALL {
        let dir = root.join(version.number());
        let mut files = Vec::new();
        collect(&dir, &mut files);
        for file in files {
            total += 1;
            let shown = file
                .strip_prefix(&root)
                .unwrap_or(&file)
                .display()
                .to_string();
            let xml = match std::fs::read_to_string(&file) {
                Ok(xml) => xml,
                Err(e) => {
                    println!("FAIL {shown}: {e}");
                    failures += 1;
                    continue;
                }
            };
            match version.convert(&xml) {
                Ok(written) => match version.convert(&written) {
                    Ok(again) if again == written => {
                        println!("ok   {shown} ({version}, {} bytes)", xml.len())
                    }
                    Ok(_) => {
                        println!("FAIL {shown}: writing it twice gives different output");
                        failures += 1;
                    }
                    Err(violations) => {
                        println!(
                            "FAIL {shown}: the written message is invalid: {}",
                            violations[0]
                        );
                        failures += 1;
                    }
                },
                Err(violations) => {
                    failures += 1;
                    for v in violations {
                        println!("FAIL {shown}:{v}");
                    }
                }
            }
        }
    }
    println!("{total} sample message(s), {failures} failure(s)");
    if failures == 0 && total > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect(&entry, out);
        } else if entry.extension().is_some_and(|e| e == "xml") {
            out.push(entry);
        }
    }
}
