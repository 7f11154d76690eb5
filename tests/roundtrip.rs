//! Round trip of every sample message through the typed messages.
//!
//! For each file under `examples/messages/<version>/<root>/*.xml` this test
//! proves:
//!
//! 1. the reference validator (`xmllint --schema`, 1.0.7 resolved bundle or
//!    the matching 1.0.9 resolved bundle) accepts the sample;
//! 2. `Message::from_xml` reads it without a single violation;
//! 3. `to_xml()` writes it, and xmllint accepts what was written;
//! 4. the written document is the same namespace-aware tree as the sample
//!    (element and attribute names by namespace URI and local name, attribute
//!    values, text; prefixes, declarations, comments and whitespace-only text
//!    between elements ignored);
//! 5. reading the written document again gives an equal `Message`;
//!
//! and that the samples cover every root of the version (`Message::ROOTS`).
//!
//! 1.0.7 runs by default; 1.0.9 with `--features v1_0_9`. Needs `xmllint`
//! (Debian package libxml2-utils); without it the test fails.
#![cfg_attr(
    not(any(feature = "v1_0_7", feature = "v1_0_9")),
    allow(dead_code, unused_imports, unused_macros)
)]

mod support;

use std::collections::BTreeSet;
use std::time::Instant;

use support::{referee, samples, tree};

/// What a version's generated module offers, for one generic test body.
struct Version {
    number: &'static str,
    roots: &'static [&'static str],
    /// Reads (must succeed), writes, reads the output again: the written
    /// document and whether the second read equals the first.
    round_trip: fn(&str) -> Result<(String, bool), String>,
}

macro_rules! version {
    ($number:literal, $module:path) => {{
        use $module as m;
        fn round_trip(xml: &str) -> Result<(String, bool), String> {
            let first = m::Message::from_xml(xml).map_err(|e| {
                format!(
                    "from_xml failed:\n{}",
                    support::list_violations(&e.violations)
                )
            })?;
            let written = first.to_xml().map_err(|e| {
                format!(
                    "to_xml failed:\n{}",
                    support::list_violations(&e.violations)
                )
            })?;
            let second = m::Message::from_xml(&written).map_err(|e| {
                format!(
                    "reading the written document failed:\n{}\n--- written ---\n{written}",
                    support::list_violations(&e.violations)
                )
            })?;
            let equal = first == second;
            Ok((written, equal))
        }
        Version {
            number: $number,
            roots: m::Message::ROOTS,
            round_trip,
        }
    }};
}

fn run(version: Version) {
    let started = Instant::now();
    referee::require_xmllint();
    let work = support::fresh_temp_dir(&format!("roundtrip-{}", version.number));
    let samples = samples::samples(version.number);
    let mut failures = Vec::new();
    let mut roots_seen = BTreeSet::new();
    for sample in &samples {
        let schema = referee::schema_for(version.number, &sample.root);
        let mut fail = |what: String| failures.push(format!("{}: {what}", sample.label));

        let verdict = referee::xmllint_file(&schema, &sample.path);
        if !verdict.valid {
            fail(format!(
                "xmllint rejects the sample ({}):\n{}",
                schema.display(),
                verdict.message
            ));
            continue;
        }
        let (written, equal) = match (version.round_trip)(&sample.xml) {
            Ok(result) => result,
            Err(e) => {
                fail(e);
                continue;
            }
        };
        let root = tree::parse(&written)
            .map(|t| t.local)
            .unwrap_or_else(|e| format!("(unparsable: {e})"));
        if root != sample.root {
            fail(format!(
                "written root is `{root}`, filed under `{}`",
                sample.root
            ));
        }
        roots_seen.insert(root);
        let out_name = sample.label.replace('/', "-");
        let verdict = referee::xmllint_str(&schema, &written, &work, &out_name);
        if !verdict.valid {
            fail(format!(
                "xmllint rejects the written document (kept at {}):\n{}",
                work.join(&out_name).display(),
                verdict.message
            ));
        }
        if let Err(diff) = tree::compare(&sample.xml, &written) {
            fail(format!(
                "written document differs from the sample (- sample, + written):\n{diff}"
            ));
        }
        if !equal {
            fail("reading the written document gives a different Message".to_string());
        }
    }
    let expected: BTreeSet<String> = version.roots.iter().map(|r| r.to_string()).collect();
    if roots_seen != expected {
        failures.push(format!(
            "roots covered by the samples {roots_seen:?} != Message::ROOTS {expected:?}"
        ));
    }
    println!(
        "round trip {}: {} files, {} roots, {} failures, {:.1} s",
        version.number,
        samples.len(),
        roots_seen.len(),
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "round trip {} failed for {} of {} files:\n\n{}",
        version.number,
        failures.len(),
        samples.len(),
        failures.join("\n\n")
    );
    // Outputs are kept only when something failed.
    let _ = std::fs::remove_dir_all(&work);
}

#[cfg(feature = "v1_0_7")]
#[test]
fn every_1_0_7_sample_round_trips() {
    run(version!("1.0.7", stuf_jz::v1_0_7));
}

#[cfg(feature = "v1_0_9")]
#[test]
fn every_1_0_9_sample_round_trips() {
    run(version!("1.0.9", stuf_jz::v1_0_9));
}

/// The tree comparison the round trip relies on ignores exactly what it
/// should (prefixes, declarations, comments, indentation) and nothing else.
#[test]
fn tree_comparison_is_not_vacuous() {
    let a = r#"<?xml version="1.0"?>
<!-- a comment -->
<a:r xmlns:a="urn:a" xmlns:b="urn:b" b:k="1">
  <a:c>text</a:c>
  <b:d/>
</a:r>"#;
    let same = r#"<r xmlns="urn:a" xmlns:x="urn:b" x:k="1"><c>text</c><x:d></x:d></r>"#;
    assert_eq!(tree::compare(a, same), Ok(()));
    for (what, other) in [
        (
            "attribute value",
            r#"<r xmlns="urn:a" xmlns:x="urn:b" x:k="2"><c>text</c><x:d/></r>"#,
        ),
        (
            "attribute namespace",
            r#"<r xmlns="urn:a" k="1"><c>text</c><d xmlns="urn:b"/></r>"#,
        ),
        (
            "element namespace",
            r#"<r xmlns="urn:a" xmlns:x="urn:b" x:k="1"><c>text</c><d/></r>"#,
        ),
        (
            "text",
            r#"<r xmlns="urn:a" xmlns:x="urn:b" x:k="1"><c>text </c><x:d/></r>"#,
        ),
        (
            "order",
            r#"<r xmlns="urn:a" xmlns:x="urn:b" x:k="1"><x:d/><c>text</c></r>"#,
        ),
        (
            "missing element",
            r#"<r xmlns="urn:a" xmlns:x="urn:b" x:k="1"><c>text</c></r>"#,
        ),
    ] {
        assert!(
            tree::compare(a, other).is_err(),
            "a different {what} compares equal"
        );
    }
}
