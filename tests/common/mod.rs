//! Helpers shared by the `roundtrip`, `crosscheck` and `regenerate` tests:
//! the sample corpus, the reference validator xmllint, a namespace-aware
//! tree comparison and a small deterministic mutator.
//!
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

pub mod mutate;
pub mod samples;
pub mod tree;
pub mod xmllint;

use std::path::PathBuf;

/// A fresh, empty directory below [`std::env::temp_dir`] for one test run
/// (`stuf-jz-<name>-<pid>`); removed and recreated when it already exists.
pub fn fresh_temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stuf-jz-{name}-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot clear {}: {e}", dir.display()));
    }
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// The violations of a reader, one per line, for failure messages.
pub fn list_violations(violations: &[stuf_jz::Violation]) -> String {
    if violations.is_empty() {
        return "    (none)".to_string();
    }
    violations
        .iter()
        .map(|v| format!("    {v}"))
        .collect::<Vec<_>>()
        .join("\n")
}
