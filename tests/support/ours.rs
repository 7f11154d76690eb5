//! Runs our validator, `stuf-jz validate --rules schema --schema-version V
//! FILE...` (the schemas only: the referees know no rules beyond them).
//!
//! Contract: exit code 0 = all files valid, 1 = at least one invalid,
//! 2 = usage/I-O error; every violation is one stdout line
//! `FILE:LINE:COL: PATH: RULE: message` with FILE exactly as given. A file is
//! invalid for us iff some stdout line starts with `FILE:`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Files per invocation (keeps the argument list short).
const CHUNK: usize = 200;

/// What our validator said about a batch of files.
#[derive(Clone, Debug, Default)]
pub struct OurVerdicts {
    /// Violation lines per file, in the order of the input files.
    pub lines: Vec<Vec<String>>,
    /// Breaches of the exit-code contract (each one fails the suite).
    pub contract: Vec<String>,
    /// Stdout lines that belong to no file (reported, not failed).
    pub stray: Vec<String>,
}

/// Runs `bin validate --rules schema --schema-version version` over `files`
/// in chunks.
/// Errors when the tool cannot run or reports a usage/I-O error (exit 2).
pub fn validate(bin: &Path, version: &str, files: &[PathBuf]) -> Result<OurVerdicts, String> {
    let mut result = OurVerdicts::default();
    for chunk in files.chunks(CHUNK) {
        let out = Command::new(bin)
            .arg("validate")
            .args(["--rules", "schema"])
            .arg("--schema-version")
            .arg(version)
            .args(chunk)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        if code != Some(0) && code != Some(1) {
            return Err(format!(
                "`{} validate --schema-version {version} <{} files>` exited with {} \
                 (2 = usage/I-O error; for 1.0.9 the crate may need --features v1_0_9).\n\
                 first file: {}\nstderr:\n{}\nstdout (head):\n{}",
                bin.display(),
                chunk.len(),
                out.status,
                chunk[0].display(),
                head(&stderr, 20),
                head(&stdout, 20),
            ));
        }
        let names: HashMap<String, usize> = chunk
            .iter()
            .enumerate()
            .map(|(i, f)| (f.display().to_string(), i))
            .collect();
        let mut lines: Vec<Vec<String>> = vec![Vec::new(); chunk.len()];
        for line in stdout.lines() {
            let owner = line
                .match_indices(':')
                .find_map(|(pos, _)| names.get(&line[..pos]).copied());
            match owner {
                Some(i) => lines[i].push(line.to_string()),
                None if line.trim().is_empty() => {}
                None => result.stray.push(line.to_string()),
            }
        }
        let any_invalid = lines.iter().any(|l| !l.is_empty());
        if any_invalid != (code == Some(1)) {
            result.contract.push(format!(
                "exit code {code:?} but {} of {} files have violation lines (chunk starting at {})",
                lines.iter().filter(|l| !l.is_empty()).count(),
                chunk.len(),
                chunk[0].display()
            ));
        }
        result.lines.extend(lines);
    }
    Ok(result)
}

/// First `n` lines of `s`.
fn head(s: &str, n: usize) -> String {
    s.lines().take(n).collect::<Vec<_>>().join("\n")
}
