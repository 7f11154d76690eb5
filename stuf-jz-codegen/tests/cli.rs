//! The `stuf-jz-codegen` command line (clap): version, help on every
//! subcommand on stdout with exit 0, usage errors on stderr with exit 2,
//! `diff` on the official bundles.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stuf-jz-codegen"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .output()
        .expect("stuf-jz-codegen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version_and_help() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("stuf-jz-codegen {}", env!("CARGO_PKG_VERSION"))
    );
    for args in [
        &["--help"][..],
        &["generate", "--help"][..],
        &["diff", "--help"][..],
        &["help", "diff"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            text(&out.stdout).contains("Usage: stuf-jz-codegen"),
            "{args:?}"
        );
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn usage_errors_exit_2_on_stderr() {
    for args in [
        &[][..],
        &["generate", "--schema", "x.xsd"][..],
        &["diff", "only-one.xsd"][..],
        &["diff", "a.xsd", "b.xsd", "--format", "yaml"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    let out = run(&[
        "diff",
        "no-such.xsd",
        "xsd/stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no-such.xsd"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn diff_of_the_official_bundles_as_json() {
    let out = run(&[
        "diff",
        "--format",
        "json",
        "xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd",
        "xsd/stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let roots_added = json["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter(|c| c.to_string().contains("vciDi01"))
        .count();
    assert!(roots_added > 0, "1.0.9 adds vciDi01");
}
