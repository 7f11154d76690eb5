//! The robustness of `stuf-jz validate` against awkward inputs, run on the
//! built binary: symbolic link loops, FIFOs, names that are not UTF-8,
//! missing and unreadable entries, empty directories, stdin, forged
//! output lines, long values, exit codes and output order.

mod cli_common;

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use cli_common::{run_in, sample, sample_text, scratch, Run};

const LIMIT: Duration = Duration::from_secs(60);

fn validate(dir: &Path, args: &[&str]) -> Run {
    let mut all: Vec<&OsStr> = vec!["validate".as_ref()];
    all.extend(args.iter().map(OsStr::new));
    run_in(dir, &all, b"", LIMIT)
}

/// A copy of a valid sample with one value changed, so that it has
/// exactly one violation (`startdatum` is not a date).
fn invalid_text() -> String {
    let text = sample_text("1.0.7", "vtoDi01", "minimal");
    let bad = text.replacen("<ZKN:startdatum>20260226", "<ZKN:startdatum>2026x226", 1);
    assert_ne!(bad, text);
    bad
}

fn summary(r: &Run) -> &str {
    r.stderr.lines().last().unwrap_or("")
}

#[cfg(unix)]
#[test]
fn symlink_loops_end_and_count_each_file_once() {
    let dir = scratch("loops");
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::copy(sample("1.0.7", "vtoDi01", "minimal"), dir.join("a.xml")).unwrap();
    std::fs::write(dir.join("sub/b.xml"), invalid_text()).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self1")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self2")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    // A link to a file already reached is not counted twice either.
    std::os::unix::fs::symlink("a.xml", dir.join("again.xml")).unwrap();
    let r = validate(&dir, &["."]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        summary(&r).starts_with("2 file(s): 1 valid, 1 invalid"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("self1: skipped: a symbolic link to its ancestor"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_directory_is_skipped_not_read() {
    let dir = scratch("fifo");
    std::fs::copy(sample("1.0.7", "vtoDi01", "minimal"), dir.join("a.xml")).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.xml"))
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
    // Blocking on the FIFO would exceed the limit and fail the test.
    let r = validate(&dir, &["-v", "."]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        summary(&r).starts_with("1 file(s): 1 valid"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("pipe.xml: skipped: not a regular file"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_name_that_is_not_utf8_is_validated_and_printed_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("non-utf8");
    let name = OsStr::from_bytes(b"caf\xe9.xml");
    std::fs::write(dir.join(name), invalid_text()).unwrap();
    // Through the directory walk and named on the command line.
    let walked = validate(&dir, &["."]);
    let named = run_in(&dir, &["validate".as_ref(), name], b"", LIMIT);
    for r in [walked, named] {
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
        assert!(
            r.stdout
                .contains("caf\u{fffd}.xml:21:21: /vtoDi01/object/startdatum:"),
            "{}",
            r.stdout
        );
    }
}

#[test]
fn a_missing_file_among_good_ones_is_reported_and_the_rest_validated() {
    let dir = scratch("missing");
    std::fs::copy(sample("1.0.7", "vtoDi01", "minimal"), dir.join("a.xml")).unwrap();
    std::fs::write(dir.join("c.xml"), invalid_text()).unwrap();
    let r = validate(&dir, &["a.xml", "nothing-here.xml", "c.xml"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr.contains("stuf-jz: nothing-here.xml: No such file"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.starts_with("c.xml:21:21:"), "{}", r.stdout);
    assert!(
        summary(&r).starts_with("3 file(s): 1 valid, 1 invalid, 1 unreadable"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_directory_entry_is_reported_with_its_path() {
    let dir = scratch("dangling");
    std::fs::create_dir(dir.join("in")).unwrap();
    std::fs::copy(sample("1.0.7", "vtoDi01", "minimal"), dir.join("in/a.xml")).unwrap();
    std::os::unix::fs::symlink("gone.xml", dir.join("in/dangling.xml")).unwrap();
    std::fs::copy(sample("1.0.7", "vtoDi01", "typical"), dir.join("in/z.xml")).unwrap();
    let r = validate(&dir, &["in"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("in/dangling.xml: "), "{}", r.stderr);
    assert!(
        summary(&r).starts_with("3 file(s): 2 valid, 0 invalid, 1 unreadable"),
        "{}",
        r.stderr
    );
}

#[test]
fn no_input_files_is_an_error_unless_allowed() {
    let dir = scratch("empty");
    std::fs::create_dir(dir.join("nothing")).unwrap();
    std::fs::write(dir.join("nothing/readme.txt"), "not a message").unwrap();
    let r = validate(&dir, &["nothing"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("no input files"), "{}", r.stderr);
    let r = validate(&dir, &["--allow-empty", "nothing"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    // --include widens what a walk takes.
    let r = validate(&dir, &["--include", "*.txt", "nothing"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stdout.contains("nothing/readme.txt:1:1: "),
        "{}",
        r.stdout
    );
}

#[test]
fn stdin_is_read_for_a_dash() {
    let dir = scratch("stdin");
    let good = sample_text("1.0.9", "vciDi01", "typical");
    let r = run_in(
        &dir,
        &["validate".as_ref(), "-".as_ref()],
        good.as_bytes(),
        LIMIT,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        summary(&r).starts_with("1 file(s): 1 valid"),
        "{}",
        r.stderr
    );
    let r = run_in(
        &dir,
        &["validate".as_ref(), "-".as_ref()],
        invalid_text().as_bytes(),
        LIMIT,
    );
    assert_eq!(r.code, Some(1));
    assert!(
        r.stdout
            .starts_with("-:21:21: /vtoDi01/object/startdatum: "),
        "{}",
        r.stdout
    );
    let r = run_in(
        &dir,
        &["validate".as_ref(), "-".as_ref(), "-".as_ref()],
        b"",
        LIMIT,
    );
    assert_eq!(r.code, Some(2));
}

#[test]
fn a_value_cannot_forge_an_output_line_or_reach_the_terminal() {
    let dir = scratch("forged");
    let text = sample_text("1.0.7", "vtoDi01", "minimal").replacen(
        "<StUF:applicatie>JZG</StUF:applicatie>",
        // ESC is no XML character (a reference to it is not well-formed),
        // but C1 controls and line separators are; the value is longer than
        // StUF:Applicatie's maxLength 50, so it is reported.
        "<StUF:applicatie>JZG&#10;other.xml:1:1: /x: fixed: forged&#13;&#x9b;[2J&#x85;&#x2028; and more than fifty</StUF:applicatie>",
        1,
    );
    std::fs::write(dir.join("forged.xml"), text).unwrap();
    for format in ["short", "human", "github", "junit", "json", "sarif"] {
        let r = validate(
            &dir,
            &["--format", format, "--color", "never", "forged.xml"],
        );
        assert_eq!(r.code, Some(1), "{format}: {}", r.stderr);
        assert!(
            !r.stdout
                .lines()
                .any(|l| l.trim_start().starts_with("other.xml")),
            "{format}: {}",
            r.stdout
        );
        for bad in ['\u{9b}', '\r', '\u{85}', '\u{2028}'] {
            assert!(
                !r.stdout.contains(bad),
                "{format}: {bad:?} in {:?}",
                r.stdout
            );
        }
    }
    let r = validate(&dir, &["forged.xml"]);
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("`JZG\\nother.xml:1:1: /x: fixed: forged\\r\\u{9b}[2J"),
        "{}",
        r.stdout
    );
}

#[test]
fn long_values_are_shortened_unless_asked_for() {
    let dir = scratch("long");
    let long = "x".repeat(300_000);
    let text = sample_text("1.0.7", "vtoDi01", "minimal").replacen(
        "<StUF:applicatie>JZG</StUF:applicatie>",
        &format!("<StUF:applicatie>{long}</StUF:applicatie>"),
        1,
    );
    std::fs::write(dir.join("long.xml"), text).unwrap();
    for format in ["short", "human", "github"] {
        let r = validate(&dir, &["--format", format, "long.xml"]);
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        assert!(r.stdout.len() < 2000, "{format}: {} bytes", r.stdout.len());
        assert!(
            r.stdout.contains("… (300000 characters)"),
            "{format}: {}",
            r.stdout
        );
    }
    let r = validate(&dir, &["--full-values", "long.xml"]);
    assert!(r.stdout.contains(&long));
}

#[test]
fn a_dtd_is_not_checked_and_exit_3_wins() {
    let dir = scratch("dtd");
    let text = sample_text("1.0.7", "vtoDi01", "minimal").replacen(
        "<JZ:vtoDi01",
        "<!DOCTYPE JZ:vtoDi01 [<!ENTITY x \"y\">]>\n<JZ:vtoDi01",
        1,
    );
    std::fs::write(dir.join("dtd.xml"), text).unwrap();
    std::fs::write(dir.join("bad.xml"), invalid_text()).unwrap();
    let r = validate(&dir, &["dtd.xml"]);
    assert_eq!(r.code, Some(3), "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains(": doctype: "), "{}", r.stdout);
    let r = validate(&dir, &["bad.xml", "dtd.xml", "missing.xml"]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(
        summary(&r).contains("1 not checked, 1 unreadable"),
        "{}",
        r.stderr
    );
}

#[test]
fn parallel_output_is_in_input_order() {
    let dir = scratch("order");
    let mut names = Vec::new();
    for i in 0..150 {
        let name = format!("m{i:03}.xml");
        let text = if i % 3 == 0 {
            invalid_text()
        } else {
            sample_text("1.0.7", "vtoDi01", "typical")
        };
        std::fs::write(dir.join(&name), text).unwrap();
        names.push(name);
    }
    let one = validate(&dir, &["--jobs", "1", "."]);
    let two = validate(&dir, &["-j", "2", "."]);
    assert_eq!(one.code, Some(1));
    assert_eq!(one.stdout, two.stdout);
    let files: Vec<&str> = two
        .stdout
        .lines()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    let expected: Vec<String> = names.iter().step_by(3).map(|n| format!("./{n}")).collect();
    assert_eq!(files, expected);
}
