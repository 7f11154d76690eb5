//! The `stuf-jz` command line: version, help, global options, usage
//! errors, version choice and the bundled samples, run on the built binary.

mod cli_common;

use cli_common::{run, sample};

#[test]
fn version_is_printed_on_stdout() {
    let r = run(&["--version"]);
    assert_eq!(r.code, Some(0));
    assert_eq!(
        r.stdout.trim(),
        format!("stuf-jz {}", env!("CARGO_PKG_VERSION"))
    );
    // `propagate_version`: also after a subcommand.
    assert_eq!(run(&["validate", "--version"]).code, Some(0));
}

#[test]
fn every_subcommand_has_help_on_stdout_with_exit_0() {
    for sub in [
        "validate",
        "convert",
        "diff",
        "sample",
        "completions",
        "man",
    ] {
        for flag in ["--help", "-h"] {
            let r = run(&[sub, flag]);
            assert_eq!(r.code, Some(0), "{sub} {flag}: {}", r.stderr);
            assert!(
                r.stdout.contains("Usage: stuf-jz"),
                "{sub} {flag}: {}",
                r.stdout
            );
            assert!(r.stderr.is_empty(), "{sub} {flag}: {}", r.stderr);
        }
        let r = run(&["help", sub]);
        assert_eq!(r.code, Some(0));
        assert!(r.stdout.contains(&format!("stuf-jz {sub}")), "{}", r.stdout);
    }
    let r = run(&["--help"]);
    assert_eq!(r.code, Some(0));
    for word in [
        "validate",
        "convert",
        "diff",
        "sample",
        "completions",
        "man",
        "Exit codes",
    ] {
        assert!(r.stdout.contains(word), "--help lacks {word}: {}", r.stdout);
    }
}

#[test]
fn usage_errors_go_to_stderr_with_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["validate"][..],
        &["validate", "--no-such-flag", "x.xml"][..],
        &["validate", "--format", "yaml", "x.xml"][..],
        &["validate", "--jobs", "0", "x.xml"][..],
    ] {
        let r = run(args);
        assert_eq!(r.code, Some(2), "{args:?}");
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(!r.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn unknown_schema_version_lists_the_versions_there_are() {
    let r = run(&["validate", "--schema-version", "1.0.8", "x.xml"]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("1.0.7") && r.stderr.contains("1.0.9"),
        "{}",
        r.stderr
    );
}

#[test]
fn global_options_are_taken_before_and_after_the_subcommand() {
    let bad = sample("1.0.9", "vciDi01", "minimal");
    let bad = bad.to_str().unwrap();
    let before = run(&[
        "--format",
        "json",
        "--schema-version",
        "1.0.7",
        "validate",
        bad,
    ]);
    let after = run(&[
        "validate",
        bad,
        "--schema-version",
        "1.0.7",
        "--format",
        "json",
    ]);
    let between = run(&[
        "--format",
        "json",
        "validate",
        "--schema-version",
        "1.0.7",
        bad,
    ]);
    assert_eq!(before.code, Some(1), "{}", before.stderr);
    for r in [&after, &between] {
        assert_eq!(r.code, before.code);
        // Same objects but the summary's time.
        let strip = |s: &str| {
            s.lines()
                .filter(|l| !l.contains("\"summary\""))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(strip(&r.stdout), strip(&before.stdout));
    }
    assert!(
        before.stdout.contains("\"rule\":\"root\""),
        "{}",
        before.stdout
    );
}

/// The number of bundled sample messages (`examples/messages/**/*.xml`).
fn sample_count() -> usize {
    fn count(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir)
            .expect("samples folder")
            .map(|e| e.expect("entry").path())
            .map(|p| {
                if p.is_dir() {
                    count(&p)
                } else {
                    usize::from(p.extension().is_some_and(|e| e == "xml"))
                }
            })
            .sum()
    }
    count(&cli_common::root().join("examples/messages"))
}

#[test]
fn every_bundled_sample_is_valid_without_flags() {
    let r = run(&["validate", "examples/messages"]);
    assert_eq!(r.code, Some(0), "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr.contains(&format!(
            "{n} file(s): {n} valid, 0 invalid",
            n = sample_count()
        )),
        "{}",
        r.stderr
    );
}

#[test]
fn verbose_prints_the_version_each_message_was_read_with() {
    let r = run(&[
        "validate",
        "-v",
        "examples/messages/1.0.9/vciDi01/minimal.xml",
        "examples/messages/1.0.7/vtoDi01/minimal.xml",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("vciDi01/minimal.xml: read as 1.0.9 (its root is in 1.0.9;"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(
            "vtoDi01/minimal.xml: read as 1.0.7 (its root is in 1.0.7, 1.0.9; the first version"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn a_forced_version_without_the_root_reports_the_root() {
    let r = run(&[
        "validate",
        "--schema-version",
        "1.0.7",
        "examples/messages/1.0.9/vciDi01",
    ]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout.lines().count(), 3, "{}", r.stdout);
    assert!(
        r.stdout.lines().all(|l| l.contains(": root: ")),
        "{}",
        r.stdout
    );
}

#[test]
fn completions_and_man_page() {
    let r = run(&["completions", "bash"]);
    assert_eq!(r.code, Some(0));
    assert!(
        r.stdout.contains("_stuf__jz()") && r.stdout.contains("validate"),
        "{}",
        &r.stdout[..200.min(r.stdout.len())]
    );
    let r = run(&["man"]);
    assert_eq!(r.code, Some(0));
    assert!(
        r.stdout.starts_with(".ie") || r.stdout.contains(".TH stuf-jz"),
        "{}",
        &r.stdout[..200.min(r.stdout.len())]
    );
}

#[test]
fn convert_writes_the_message_back_as_xml_or_json() {
    let file = "examples/messages/1.0.9/vtoDi01/typical.xml";
    let r = run(&["convert", file]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.contains("vtoDi01"), "{}", r.stdout);
    let again = cli_common::run_in(
        &cli_common::root(),
        &["validate".as_ref(), "-".as_ref()],
        r.stdout.as_bytes(),
        std::time::Duration::from_secs(60),
    );
    assert_eq!(again.code, Some(0), "{}", again.stdout);
    if cfg!(feature = "serde") {
        // XML -> JSON -> XML gives a message that is still valid.
        let json = run(&["convert", "--to", "json", file]);
        assert_eq!(json.code, Some(0), "{}", json.stderr);
        serde_json::from_str::<serde_json::Value>(&json.stdout).expect("JSON");
        let dir = cli_common::scratch("convert-json");
        std::fs::write(dir.join("m.json"), &json.stdout).unwrap();
        let back = run(&[
            "convert",
            "--schema-version",
            "1.0.7",
            "--from",
            "json",
            dir.join("m.json").to_str().unwrap(),
        ]);
        assert_eq!(back.code, Some(0), "{}", back.stderr);
        let again = cli_common::run_in(
            &cli_common::root(),
            &["validate".as_ref(), "-".as_ref()],
            back.stdout.as_bytes(),
            std::time::Duration::from_secs(60),
        );
        assert_eq!(again.code, Some(0), "{}", again.stdout);
    } else {
        for flag in ["--to", "--from"] {
            let r = run(&["convert", flag, "json", file]);
            assert_eq!(r.code, Some(2));
            assert!(r.stdout.is_empty());
            assert!(
                r.stderr.contains("not available in this build"),
                "{}",
                r.stderr
            );
        }
    }
    let r = run(&["convert", "--to", "yaml", file]);
    assert_eq!(r.code, Some(2));
}

#[test]
fn diff_is_reachable_from_stuf_jz() {
    let r = run(&[
        "diff",
        "xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd",
        "xsd/stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
        "--format",
        "json",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&r.stdout).expect("diff --format json is JSON");
    assert!(
        json["changes"].as_array().is_some_and(|c| !c.is_empty()),
        "{}",
        &r.stdout[..300.min(r.stdout.len())]
    );
    let r = run(&[
        "diff",
        "no-such.xsd",
        "xsd/stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
    ]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("no-such.xsd"), "{}", r.stderr);
}
