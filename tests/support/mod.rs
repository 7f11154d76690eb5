//! What the integration tests share, in one place:
//!
//! - documents: a small namespace-preserving XML tree ([`xml`]) and the
//!   namespace-aware comparison built on it ([`tree`]);
//! - inputs: the sample messages ([`samples`]), sample and schema discovery
//!   of the differential suite ([`corpus`]), copies of a sample in other
//!   encodings and line ends ([`encodings`]);
//! - the deterministic mutation engine ([`mutate`], [`mutations`]);
//! - the reference validators xmllint and Xerces-J ([`referee`]) and our
//!   command-line validator ([`ours`]);
//! - the differential run and its report ([`suite`], [`report`]).
//!
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

pub mod corpus;
pub mod encodings;
pub mod mutate;
pub mod mutations;
pub mod ours;
pub mod referee;
pub mod report;
pub mod samples;
pub mod suite;
pub mod tree;
pub mod xml;

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
