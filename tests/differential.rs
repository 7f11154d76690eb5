//! Differential test: our validator (`stuf-jz validate`) must agree with the
//! reference validators xmllint and Xerces-J on every sample message under
//! `examples/messages/<version>/<root>/*.xml` and on hundreds of mutated
//! variants of them.
//!
//! Run with the table visible:
//!
//! ```text
//! cargo test --test differential -- --nocapture
//! ```
//!
//! Needs `xmllint`, `java` and the Xerces jars (Debian: `apt-get install
//! libxml2-utils libxerces2-java default-jre-headless`); the test fails,
//! naming the package, when one is missing. Set `STUF_JZ_DIFF_KEEP=1` to
//! keep the generated variants in the temporary directory.
//!
//! Only the schema versions the crate is built with are compared (features
//! `v1_0_7`, `v1_0_9`); `cargo test --all-features --test differential`
//! covers both. A skipped version is announced in the output.

mod support;

use std::path::PathBuf;

/// Schema versions compiled into this build of the crate (and of its binary).
fn built_versions() -> Vec<String> {
    let mut versions = Vec::new();
    if cfg!(feature = "v1_0_7") {
        versions.push("1.0.7".to_string());
    }
    if cfg!(feature = "v1_0_9") {
        versions.push("1.0.9".to_string());
    }
    versions
}

#[test]
fn validator_agrees_with_reference_validators() {
    let cfg = support::suite::Config {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        bin: PathBuf::from(env!("CARGO_BIN_EXE_stuf-jz")),
        keep: std::env::var_os("STUF_JZ_DIFF_KEEP").is_some(),
        built_versions: built_versions(),
    };
    let failures =
        support::suite::run(&cfg).unwrap_or_else(|e| panic!("differential suite cannot run: {e}"));
    assert!(
        failures.is_empty(),
        "differential suite failed:\n  {}",
        failures.join("\n  ")
    );
}
