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

mod support;

use std::path::PathBuf;

#[test]
fn validator_agrees_with_reference_validators() {
    let cfg = support::suite::Config {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        bin: PathBuf::from(env!("CARGO_BIN_EXE_stuf-jz")),
        keep: std::env::var_os("STUF_JZ_DIFF_KEEP").is_some(),
    };
    let failures =
        support::suite::run(&cfg).unwrap_or_else(|e| panic!("differential suite cannot run: {e}"));
    assert!(
        failures.is_empty(),
        "differential suite failed:\n  {}",
        failures.join("\n  ")
    );
}
