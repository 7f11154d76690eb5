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

/// Checks of the support code that need no external tool.
#[path = "support/selftest.rs"]
mod selftest;
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

/// The `stuf-jz` binary of the package `stuf-jz-cli`, beside this test's
/// own folder (`target/<profile>/stuf-jz`): `cargo test --workspace` builds
/// it; `cargo test -p stuf-jz` alone needs `cargo build -p stuf-jz-cli`
/// first.
fn command_line() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let profile = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps/<test>");
    let bin = profile.join(format!("stuf-jz{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.is_file(),
        "{} is missing: the differential suite runs the command line of the package \
         stuf-jz-cli; `cargo test --workspace` builds it, or run `cargo build -p stuf-jz-cli` \
         before `cargo test -p stuf-jz`",
        bin.display()
    );
    bin
}

#[test]
fn validator_agrees_with_reference_validators() {
    let cfg = support::suite::Config {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        bin: command_line(),
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
