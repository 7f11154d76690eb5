//! The rules beyond the schemas in `stuf-jz validate` and `stuf-jz rules`,
//! on the bundled samples and on variants of them that break one rule:
//! ids, severities, positions, `--rules`, `--deny-warnings`,
//! `--reference-lists` and the exit codes.

mod cli_common;

#[allow(dead_code)]
#[path = "../../stuf-jz-rules/tests/support/cases.rs"]
mod cases;
#[allow(dead_code)]
#[path = "../../stuf-jz-rules/tests/support/workbook.rs"]
mod workbook;

use std::path::Path;

use cli_common::{run, run_in, sample, sample_text, scratch, Run};
use serde_json::Value;

/// The JSON Lines of a run.
fn objects(r: &Run) -> Vec<Value> {
    r.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn violations(r: &Run) -> Vec<Value> {
    objects(r)
        .into_iter()
        .filter(|o| o["type"] == "violation")
        .collect()
}

/// Runs `stuf-jz ARGS` in `dir`.
fn run_at(dir: &Path, args: &[&str]) -> Run {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    run_in(dir, &args, b"", std::time::Duration::from_secs(60))
}

/// The 1-based line of the first occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle}"))
        + 1
}

#[test]
fn rules_lists_every_rule_with_id_severity_and_source() {
    let r = run(&["rules"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    for rule in stuf_jz_rules::RULES {
        let line = r
            .stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(rule.id))
            .unwrap_or_else(|| panic!("{} not listed:\n{}", rule.id, r.stdout));
        assert!(line.contains(rule.severity.name()), "{line}");
        assert!(line.contains(rule.description), "{line}");
        assert!(
            r.stdout.contains(&format!("source: {}", rule.source)),
            "{}",
            rule.id
        );
    }
    let json = run(&["rules", "--format", "json"]);
    assert_eq!(json.code, Some(0));
    let listed = objects(&json);
    assert_eq!(listed.len(), stuf_jz_rules::RULES.len());
    for (o, rule) in listed.iter().zip(stuf_jz_rules::RULES) {
        assert_eq!(o["id"], rule.id);
        assert_eq!(o["severity"], rule.severity.name());
        assert_eq!(o["group"], rule.group.name());
        assert_eq!(o["source"], rule.source);
    }
    assert!(listed.iter().any(|o| o["id"] == "bsn-11-proef"));
    assert!(listed.iter().any(|o| o["severity"] == "warning"));
    assert_eq!(run(&["rules", "--format", "junit"]).code, Some(2));
}

#[test]
fn every_bundled_sample_passes_every_rule() {
    let r = run(&[
        "validate",
        "--rules",
        "all",
        "--format",
        "json",
        "examples/messages",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stdout);
    assert!(violations(&r).is_empty(), "{}", r.stdout);
    let summary = objects(&r).pop().expect("summary");
    assert_eq!(summary["invalid"], 0);
    assert_eq!(summary["warnings"], 0);
    assert!(summary["valid"].as_u64().unwrap() >= 58, "{summary}");
}

/// Every rule's breaking variant (the cases of the rules crate's own test)
/// through `stuf-jz validate`: exit 1 for an error rule (0 for a warning,
/// 1 with `--deny-warnings`), only that rule reported, at the line and
/// column of the element the library names.
#[test]
fn validate_names_each_rule_at_its_element() {
    use stuf_jz::SchemaVersion;
    use stuf_jz_rules::{RuleSet, Severity};
    let dir = scratch("rules-each");
    let mut checked = 0;
    for &version in SchemaVersion::ALL {
        let number = version.number();
        for (n, case) in cases::CASES.iter().enumerate() {
            if case.heavy && version != SchemaVersion::ALL[0] {
                continue;
            }
            let mutant = (case.mutate)(&cases::sample(number, case.sample));
            let want: Vec<(String, u64, u64, String)> =
                stuf_jz_rules::check_xml(version, &mutant, &RuleSet::default())
                    .unwrap_or_else(|e| panic!("{number} {}: {e}", case.rule))
                    .iter()
                    .map(|v| {
                        let p = v.position.expect("read from text");
                        let severity = v.severity.name().to_string();
                        (
                            v.rule.to_string(),
                            u64::from(p.line),
                            u64::from(p.column),
                            severity,
                        )
                    })
                    .collect();
            assert!(!want.is_empty(), "{number} {}: not broken", case.rule);
            let name = format!("{number}-{n:02}-{}.xml", case.rule);
            std::fs::write(dir.join(&name), &mutant).unwrap();
            let args = [
                "validate",
                "--format",
                "json",
                "--schema-version",
                number,
                &name,
            ];
            let r = run_at(&dir, &args);
            let got: Vec<(String, u64, u64, String)> = violations(&r)
                .iter()
                .map(|v| {
                    let text = |key: &str| v[key].as_str().unwrap_or_default().to_string();
                    let number = |key: &str| v[key].as_u64().unwrap_or(0);
                    (
                        text("rule"),
                        number("line"),
                        number("column"),
                        text("severity"),
                    )
                })
                .collect();
            assert_eq!(got, want, "{number} {}: {}", case.rule, r.stdout);
            assert!(got.iter().all(|v| v.0 == case.rule), "{}", r.stdout);
            let error = want.iter().any(|v| v.3 == Severity::Error.name());
            assert_eq!(
                r.code,
                Some(i32::from(error)),
                "{number} {}: {}",
                case.rule,
                r.stdout
            );
            if !error {
                let deny = run_at(&dir, &[&args[..], &["--deny-warnings"]].concat());
                assert_eq!(
                    deny.code,
                    Some(1),
                    "{number} {}: {}",
                    case.rule,
                    deny.stdout
                );
            }
            checked += 1;
        }
    }
    assert!(checked > cases::CASES.len(), "only {checked} variants");
}

/// A bundled vtoDi01 whose first client BSN fails the 11-proef (the last
/// digit moved by one): still valid for the schema (nine digits).
fn broken_bsn(dir: &Path) -> (String, usize) {
    let text = sample_text("1.0.7", "vtoDi01", "typical");
    let bsn = "<BG:inp.bsn>973676188</BG:inp.bsn>";
    assert!(text.contains(bsn), "the sample changed");
    let broken = text.replacen(bsn, "<BG:inp.bsn>973676189</BG:inp.bsn>", 1);
    std::fs::write(dir.join("bsn.xml"), &broken).unwrap();
    let line = line_of(&broken, "973676189");
    (broken, line)
}

#[test]
fn a_bsn_that_fails_the_11_proef_is_reported_with_its_rule_id_and_position() {
    let dir = scratch("rules-bsn");
    let (text, line) = broken_bsn(&dir);
    let r = run_at(&dir, &["validate", "--format", "json", "bsn.xml"]);
    assert_eq!(r.code, Some(1), "{}", r.stdout);
    let found = violations(&r);
    assert_eq!(found.len(), 1, "{}", r.stdout);
    let v = &found[0];
    assert_eq!(v["rule"], "bsn-11-proef");
    assert_eq!(v["severity"], "error");
    assert_eq!(v["group"], "corv");
    assert_eq!(v["value"], "973676189");
    assert_eq!(v["schema_version"], "1.0.7");
    assert_eq!(v["line"], line);
    let column = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("<BG:inp.bsn>")
        .unwrap()
        + 1;
    assert_eq!(v["column"], column);
    assert!(
        v["path"]
            .as_str()
            .unwrap()
            .ends_with("/natuurlijkPersoon/inp.bsn"),
        "{v}"
    );
    let summary = objects(&r).pop().unwrap();
    assert_eq!(summary["invalid"], 1);
    assert_eq!(summary["exit_code"], 1);

    // The BSN rule is a koppelvlak rule: `--rules schema` and `stuf` pass the file.
    for rules in ["schema", "stuf"] {
        let r = run_at(&dir, &["validate", "--rules", rules, "bsn.xml"]);
        assert_eq!(r.code, Some(0), "--rules {rules}: {}", r.stdout);
        assert!(r.stdout.is_empty(), "--rules {rules}: {}", r.stdout);
    }
    let r = run_at(&dir, &["validate", "--rules", "corv", "bsn.xml"]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stdout.starts_with(&format!("bsn.xml:{line}:{column}: ")),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(": bsn-11-proef: "), "{}", r.stdout);
}

#[test]
fn a_rule_violation_appears_in_every_format() {
    let dir = scratch("rules-formats");
    let (_, line) = broken_bsn(&dir);
    let text = |format: &str| {
        let r = run_at(&dir, &["validate", "--format", format, "bsn.xml"]);
        assert_eq!(r.code, Some(1), "{format}: {}", r.stderr);
        r.stdout
    };
    assert!(text("short").contains(&format!("bsn.xml:{line}:")));
    let human = text("human");
    assert!(human.contains("error[bsn-11-proef]"), "{human}");
    assert!(
        human.contains("^^^^^^^^^"),
        "the caret is under the BSN: {human}"
    );
    let github = text("github");
    assert!(
        github.starts_with(&format!("::error file=bsn.xml,line={line},")),
        "{github}"
    );
    assert!(github.contains("title=bsn-11-proef"), "{github}");
    let junit = text("junit");
    assert!(junit.contains("<failure type=\"bsn-11-proef\""), "{junit}");
    let sarif: Value = serde_json::from_str(&text("sarif")).expect("SARIF is JSON");
    let run = &sarif["runs"][0];
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "bsn-11-proef");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        line
    );
    let rule = &run["tool"]["driver"]["rules"][0];
    assert_eq!(rule["id"], "bsn-11-proef");
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
}

#[test]
fn a_warning_alone_passes_unless_warnings_are_denied() {
    let dir = scratch("rules-warning");
    // extraElement names are case-sensitive: `Clientvolgnummer` is not
    // `clientvolgnummer` (a warning, corv-extraelement-naam).
    let text = sample_text("1.0.7", "vtoDi01", "maximal");
    let changed = text.replacen("naam=\"clientvolgnummer\"", "naam=\"Clientvolgnummer\"", 1);
    assert_ne!(text, changed, "the sample changed");
    std::fs::write(dir.join("warn.xml"), &changed).unwrap();
    let line = line_of(&changed, "Clientvolgnummer");

    let r = run_at(&dir, &["validate", "--format", "json", "warn.xml"]);
    assert_eq!(r.code, Some(0), "{}", r.stdout);
    let found = violations(&r);
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert_eq!(found[0]["rule"], "corv-extraelement-naam");
    assert_eq!(found[0]["severity"], "warning");
    assert_eq!(found[0]["line"], line);
    let summary = objects(&r).pop().unwrap();
    assert_eq!(summary["valid"], 1);
    assert_eq!(summary["warnings"], 1);

    let short = run_at(&dir, &["validate", "warn.xml"]);
    assert_eq!(short.code, Some(0));
    assert!(
        short.stdout.contains(": corv-extraelement-naam: warning: "),
        "{}",
        short.stdout
    );
    let github = run_at(&dir, &["validate", "--format", "github", "warn.xml"]);
    assert!(github.stdout.starts_with("::warning "), "{}", github.stdout);
    let sarif = run_at(&dir, &["validate", "--format", "sarif", "warn.xml"]);
    let sarif: Value = serde_json::from_str(&sarif.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["results"][0]["level"], "warning");

    let denied = run_at(
        &dir,
        &[
            "validate",
            "--deny-warnings",
            "--format",
            "json",
            "warn.xml",
        ],
    );
    assert_eq!(denied.code, Some(1), "{}", denied.stdout);
    assert_eq!(objects(&denied).pop().unwrap()["invalid"], 1);
    let junit = run_at(
        &dir,
        &[
            "validate",
            "--deny-warnings",
            "--format",
            "junit",
            "warn.xml",
        ],
    );
    assert!(
        junit
            .stdout
            .contains("<failure type=\"corv-extraelement-naam\""),
        "{}",
        junit.stdout
    );
}

#[test]
fn a_newer_reference_list_workbook_is_read_at_run_time() {
    let dir = scratch("rules-lists");
    let official = workbook::official(&cli_common::root().join("stuf-jz-rules"));
    let vto = sample("1.0.7", "vtoDi01", "maximal");
    let text = sample_text("1.0.7", "vtoDi01", "maximal");
    // The message of 16-04-2026 uses role 113; in the copy it ends on
    // 01-01-2026 (Excel serial 46023).
    assert!(text.contains("<ZKN:code>113</ZKN:code>"));
    let newer = dir.join("referentielijsten-newer.xlsx");
    workbook::copy_with_end_date(&official, "113", 46023.0, &newer);
    let vto = vto.to_str().unwrap();
    let newer = newer.to_str().unwrap();

    let builtin = run(&["validate", vto]);
    assert_eq!(builtin.code, Some(0), "{}", builtin.stdout);
    let same = run(&[
        "validate",
        "--reference-lists",
        official.to_str().unwrap(),
        vto,
    ]);
    assert_eq!(same.code, Some(0), "{}", same.stdout);

    let r = run(&[
        "validate",
        "--format",
        "json",
        "--reference-lists",
        newer,
        vto,
    ]);
    assert_eq!(r.code, Some(1), "{}", r.stdout);
    let found = violations(&r);
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert_eq!(found[0]["rule"], "corv-jzr-rolcode");
    assert_eq!(found[0]["value"], "113");
    assert_eq!(found[0]["line"], line_of(&text, "<ZKN:code>113</ZKN:code>"));
    let message = found[0]["message"].as_str().unwrap();
    assert!(
        message.contains("expired") && message.contains("01-01-2026"),
        "{message}"
    );

    // A file that is not a workbook is a usage error, before any file is read.
    let bad = dir.join("not-a-workbook.xlsx");
    std::fs::write(&bad, "no").unwrap();
    let r = run(&["validate", "--reference-lists", bad.to_str().unwrap(), vto]);
    assert_eq!(r.code, Some(2));
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(r.stderr.contains("not-a-workbook.xlsx"), "{}", r.stderr);
}
