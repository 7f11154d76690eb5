//! The libxml2 reference of the read bench: `xmllint --noout --schema`
//! (libxml2 parses each copy and validates it with XML Schema) over copies
//! of the same sample, in the same run as the other measurements.
//!
//! Not `--stream`: with `--stream`, xmllint 2.9 hands the schema's file
//! name to the reader of every file, so that the schema is parsed again
//! for each message (about 25 ms each), which would measure schema
//! loading, not validation.
//!
//! The rate counts validation only: one run over one copy (which loads the
//! schema and validates once) is subtracted from a run over `n` copies, so
//! that `(n - 1) / (t(n) - t(1))` is messages per second once the schema
//! is loaded. Each run is the best of three.
//!
//! The in-process `libxml` crate is not used: it would make the bench
//! depend on bindgen and libclang, and a bench-only cargo feature would
//! still be built by `cargo test --all-features`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The 1.0.7 schema the samples are valid against.
const SCHEMA: &str = "xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd";

/// About this many bytes of copies per run.
const BYTES_PER_RUN: usize = 16_000_000;

/// Messages per second of libxml2's validation of `xml`, or why there is
/// no figure.
pub fn rate(id: &str, xml: &str) -> Result<f64, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema = root.join(SCHEMA);
    let dir = root.join("target/bench-libxml2").join(id);
    let n = (BYTES_PER_RUN / xml.len().max(1)).clamp(100, 4_000);
    let files = copies(&dir, xml, n).map_err(|e| format!("{}: {e}", dir.display()))?;
    let one = best_of_three(&schema, &files[..1])?;
    let all = best_of_three(&schema, &files)?;
    let validating = all.saturating_sub(one);
    if validating.is_zero() {
        return Err("too fast to measure".into());
    }
    Ok((n - 1) as f64 / validating.as_secs_f64())
}

/// `n` copies of `xml` in `dir` (kept between runs).
fn copies(dir: &Path, xml: &str, n: usize) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let files: Vec<PathBuf> = (0..n).map(|i| dir.join(format!("m{i:05}.xml"))).collect();
    for file in &files {
        let current = std::fs::read(file).ok();
        if current.as_deref() != Some(xml.as_bytes()) {
            std::fs::write(file, xml)?;
        }
    }
    Ok(files)
}

fn best_of_three(schema: &Path, files: &[PathBuf]) -> Result<Duration, String> {
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let output = Command::new("xmllint")
            .args(["--noout", "--schema"])
            .arg(schema)
            .args(files)
            .output()
            .map_err(|e| format!("xmllint: {e} (apt-get install libxml2-utils)"))?;
        let elapsed = start.elapsed();
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let first = stderr.lines().find(|l| !l.ends_with(" validates"));
            return Err(format!(
                "xmllint rejects the sample: {}",
                first.unwrap_or("no message")
            ));
        }
        best = best.min(elapsed);
    }
    Ok(best)
}
