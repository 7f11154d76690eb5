//! `stuf-jz sample`: what the subcommand writes is valid for Xerces-J (the
//! referee, against the resolved bundles it can load) and for
//! `stuf-jz validate`, for every message root of both versions; a seed gives
//! the same message every time. (Xerces-J counts a length in UTF-16 code
//! units where XML Schema counts characters; a value with a character beyond
//! U+FFFF that only this rejects is judged by xmllint.)
//!
//! The generator itself is tested at length by the library's
//! `tests/sample_valid.rs` (200 random messages per root); this test drives
//! the command line: a few messages of each kind per root.

mod cli_common;

#[allow(dead_code)]
#[path = "../../tests/support/referee.rs"]
mod referee;

/// What `referee.rs` expects beside it.
mod samples {
    /// The workspace folder (where `xsd` is).
    pub fn manifest_dir() -> std::path::PathBuf {
        super::cli_common::root()
    }
}

use std::collections::BTreeMap;
use std::path::PathBuf;

use cli_common::{run, scratch};
use stuf_jz::SchemaVersion;
use stuf_jz_cli::cli::sample::roots;

/// Random messages per root.
const RANDOM: &str = "5";
/// Maximal messages per root (seeds rotate the choices).
const MAXIMAL: &str = "2";

/// Runs `stuf-jz sample` and returns the files it listed.
fn sample(args: &[&str]) -> Vec<PathBuf> {
    let mut all = vec!["sample"];
    all.extend_from_slice(args);
    let r = run(&all);
    assert_eq!(r.code, Some(0), "stuf-jz {all:?}: {}", r.stderr);
    let files: Vec<PathBuf> = r.stdout.lines().map(PathBuf::from).collect();
    for f in &files {
        assert!(f.is_file(), "listed but not written: {}", f.display());
    }
    files
}

#[test]
fn samples_of_every_root_are_valid_for_xerces_and_for_validate() {
    let tools = referee::check_tools(&cli_common::root()).unwrap_or_else(|e| panic!("{e}"));
    let out = scratch("sample-xerces");
    let mut by_schema: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for &version in SchemaVersion::ALL {
        let number = version.number();
        let dir = out.join(number);
        let dir_arg = dir.to_str().expect("UTF-8 scratch path");
        let roots = roots(version);
        assert!(roots.len() >= 7, "{number}: {roots:?}");
        for root in roots {
            let mut files = Vec::new();
            for (kind, count, seed) in [
                ("minimal", "1", "0"),
                ("maximal", MAXIMAL, "0"),
                ("random", RANDOM, "100"),
            ] {
                let written = sample(&[
                    root,
                    "--schema-version",
                    number,
                    "--kind",
                    kind,
                    "--count",
                    count,
                    "--seed",
                    seed,
                    "--out",
                    dir_arg,
                ]);
                assert_eq!(written.len().to_string(), count, "{root} {kind}");
                for f in &written {
                    assert!(
                        f.starts_with(dir.join(root)),
                        "{} is not below {}",
                        f.display(),
                        dir.join(root).display()
                    );
                }
                files.extend(written);
            }
            by_schema
                .entry(referee::schema_for(number, root))
                .or_default()
                .extend(files);
        }
        // Our own validator, through the same binary, with the version
        // forced; the schema only (the generator knows no rules beyond it:
        // a role code need not be in the JZR list).
        let r = run(&[
            "validate",
            "--rules",
            "schema",
            "--schema-version",
            number,
            dir_arg,
        ]);
        assert_eq!(r.code, Some(0), "{number}: {}{}", r.stdout, r.stderr);
    }
    let mut rejected = Vec::new();
    let mut judged = 0;
    for (schema, files) in &by_schema {
        let verdicts = referee::xerces(&tools, schema, files).unwrap_or_else(|e| panic!("{e}"));
        judged += verdicts.len();
        for (file, verdict) in files.iter().zip(verdicts) {
            if verdict.valid {
                continue;
            }
            // Xerces-J counts lengths in UTF-16 code units, XML Schema in
            // characters: such a file gets xmllint's opinion.
            if referee::counts_utf16_units(&verdict.message) {
                let second = referee::xmllint(schema, std::slice::from_ref(file))
                    .unwrap_or_else(|e| panic!("{e}"));
                if second[0].valid {
                    continue;
                }
            }
            rejected.push(format!("{}: {}", file.display(), verdict.message));
        }
    }
    assert!(judged >= 20 * 8, "only {judged} files judged");
    assert!(
        rejected.is_empty(),
        "Xerces rejects {} of {judged} samples:\n{}",
        rejected.len(),
        rejected.join("\n")
    );
}

#[test]
fn a_seed_gives_the_same_message_every_time() {
    let once = run(&["sample", "vtoDi01", "--seed", "7"]);
    let again = run(&["sample", "vtoDi01", "--seed", "7"]);
    let other = run(&["sample", "vtoDi01", "--seed", "8"]);
    assert_eq!(once.code, Some(0), "{}", once.stderr);
    assert!(once.stdout.contains("<JZ:vtoDi01"), "{}", once.stdout);
    assert_eq!(once.stdout, again.stdout);
    assert_ne!(once.stdout, other.stdout);
    // The files of --out are the messages of stdout: seed 7 is the first of
    // --seed 7 --count 2, seed 8 the second.
    let dir = scratch("sample-seed");
    let files = sample(&[
        "vtoDi01",
        "--seed",
        "7",
        "--count",
        "2",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(files.len(), 2);
    let read = |p: &PathBuf| std::fs::read_to_string(p).expect("sample file");
    // (stdout ends the message with a line break.)
    assert_eq!(read(&files[0]).trim_end(), once.stdout.trim_end());
    assert_eq!(read(&files[1]).trim_end(), other.stdout.trim_end());
    assert!(files[0].ends_with("vtoDi01/random-7.xml"), "{files:?}");
}

#[test]
fn sample_refuses_what_it_cannot_do_with_exit_2() {
    for args in [
        &["sample", "noSuchDi01"][..],
        &["sample", "Bv03Bericht"][..],
        &["sample", "vcobDi01", "--schema-version", "1.0.7"][..],
        &["sample", "vtoDi01", "--count", "2"][..],
        &["sample", "vtoDi01", "--count", "0"][..],
        &["sample", "vtoDi01", "--kind", "huge"][..],
        &["sample", "vtoDi01", "--xsd", "no-such-folder"][..],
    ] {
        let r = run(args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stdout);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(
            r.stderr.starts_with("stuf-jz: ") || r.stderr.contains("error:"),
            "{args:?}: {}",
            r.stderr
        );
    }
    // The roots a version has are named.
    let r = run(&["sample", "vcobDi01", "--schema-version", "1.0.7"]);
    assert!(r.stderr.contains("zorgmeldingDi01"), "{}", r.stderr);
}
