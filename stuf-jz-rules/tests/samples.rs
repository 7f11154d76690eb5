//! Every bundled sample passes every rule.

use std::path::{Path, PathBuf};

use stuf_jz::SchemaVersion;
use stuf_jz_rules::{check_xml, RuleSet};

fn samples(version: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages")
        .join(version);
    let mut out = Vec::new();
    for root in std::fs::read_dir(&dir).unwrap() {
        for file in std::fs::read_dir(root.unwrap().path()).unwrap() {
            out.push(file.unwrap().path());
        }
    }
    out.sort();
    out
}

fn check(version: SchemaVersion, dir: &str) {
    let mut failures = Vec::new();
    let files = samples(dir);
    assert!(files.len() >= 21, "samples of {dir} found: {}", files.len());
    for file in files {
        let xml = std::fs::read_to_string(&file).unwrap();
        match check_xml(version, &xml, &RuleSet::default()) {
            Ok(v) => failures.extend(v.iter().map(|v| format!("{}:{v}", file.display()))),
            Err(e) => failures.push(format!("{}: schema: {e}", file.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[cfg(feature = "v1_0_7")]
#[test]
fn samples_1_0_7_pass_every_rule() {
    check(SchemaVersion::V1_0_7, "1.0.7");
}

#[cfg(feature = "v1_0_9")]
#[test]
fn samples_1_0_9_pass_every_rule() {
    check(SchemaVersion::V1_0_9, "1.0.9");
}
