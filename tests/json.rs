//! JSON both ways (feature `serde`):
//!
//! - every sample of every enabled version survives XML -> typed -> JSON ->
//!   typed -> XML with the same namespace-aware tree;
//! - JSON that breaks the schema is refused with the same violations (rule
//!   and element path) as the same change made to the XML;
//! - JSON of the wrong shape is refused with its line and column.
#![cfg(feature = "serde")]

mod support;
#[path = "../examples/to_json.rs"]
#[allow(dead_code)]
mod to_json;

use stuf_jz::{JsonError, SchemaVersion};
use support::{samples, tree};

fn round_trip(version: SchemaVersion, number: &str) {
    let samples = samples::samples(number);
    for sample in &samples {
        let json = version
            .xml_to_json(&sample.xml)
            .unwrap_or_else(|v| panic!("{}: {v:?}", sample.label));
        let xml = version
            .json_to_xml(&json)
            .unwrap_or_else(|e| panic!("{}: {e}\n{json}", sample.label));
        tree::compare(&sample.xml, &xml)
            .unwrap_or_else(|diff| panic!("{}: {diff}\n{json}", sample.label));
    }
    println!("{number}: {} samples through JSON", samples.len());
}

#[cfg(feature = "v1_0_7")]
#[test]
fn every_1_0_7_sample_survives_json() {
    round_trip(SchemaVersion::V1_0_7, "1.0.7");
}

#[cfg(feature = "v1_0_9")]
#[test]
fn every_1_0_9_sample_survives_json() {
    round_trip(SchemaVersion::V1_0_9, "1.0.9");
}

/// The (rule, path) pairs of violations.
fn rules(violations: &[stuf_jz::Violation]) -> Vec<(stuf_jz::Rule, String)> {
    let mut out: Vec<_> = violations
        .iter()
        .map(|v| (v.rule, v.path.clone()))
        .collect();
    out.sort_by(|a, b| (a.0.to_string(), &a.1).cmp(&(b.0.to_string(), &b.1)));
    out
}

/// The minimal 1.0.7 vtoDi01 sample, as XML and as JSON.
#[cfg(feature = "v1_0_7")]
fn minimal_vto() -> (String, String) {
    let sample = std::fs::read_to_string(
        support::samples::manifest_dir().join("examples/messages/1.0.7/vtoDi01/minimal.xml"),
    )
    .expect("sample");
    let json = SchemaVersion::V1_0_7
        .xml_to_json(&sample)
        .expect("valid sample");
    (sample, json)
}

#[cfg(feature = "v1_0_7")]
#[test]
fn json_that_breaks_the_schema_gets_the_violations_of_xml() {
    let version = SchemaVersion::V1_0_7;
    let (sample, json) = minimal_vto();
    // The same three defects in both forms: a timestamp that breaks the
    // pattern, an organisation code that is too long, a date that is no
    // StUF:Datum.
    let edits = [
        ("20260302091512000", "2026-03-02"),
        (
            "RC0107",
            "RC0107RC0107RC0107RC0107RC0107RC0107RC0107RC0107RC0107",
        ),
        ("20260226", "2026022"),
    ];
    let (mut bad_json, mut bad_xml) = (json.clone(), sample.clone());
    for (from, to) in edits {
        assert!(bad_json.contains(from) && bad_xml.contains(from), "{from}");
        bad_json = bad_json.replacen(from, to, 1);
        bad_xml = bad_xml.replacen(from, to, 1);
    }
    let xml_violations = version.validate(&bad_xml);
    assert!(!xml_violations.is_empty());
    match version.json_to_xml(&bad_json) {
        Err(JsonError::Invalid(json_violations)) => {
            assert_eq!(rules(&json_violations), rules(&xml_violations));
        }
        other => panic!("expected schema violations, got {other:?}"),
    }
}

#[cfg(feature = "v1_0_7")]
#[test]
fn json_of_the_wrong_shape_is_located() {
    let version = SchemaVersion::V1_0_7;
    let json = "{\n  \"vtoDi01\": {\n    \"stuurgegevens\": 42\n  }\n}";
    match version.json_to_xml(json) {
        Err(e @ JsonError::Shape(_)) => {
            let shown = e.to_string();
            assert!(shown.starts_with("3:"), "{shown}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

/// `examples/to_json.rs` gives, for every sample, JSON that converts back
/// to the same tree in the version it chose.
#[test]
fn the_to_json_example_converts_every_sample() {
    for version in SchemaVersion::ALL {
        for sample in samples::samples(version.number()) {
            let (chosen, json) =
                to_json::to_json(&sample.xml).unwrap_or_else(|e| panic!("{}: {e}", sample.label));
            let xml = chosen
                .json_to_xml(&json)
                .unwrap_or_else(|e| panic!("{}: {e}", sample.label));
            tree::compare(&sample.xml, &xml).unwrap_or_else(|d| panic!("{}: {d}", sample.label));
        }
    }
    let broken =
        samples::samples("1.0.7")[0]
            .xml
            .replacen("<StUF:berichtcode>", "<StUF:berichtcod>", 1);
    assert!(to_json::to_json(&broken).is_err());
}

/// A required element whose type is an enumeration of several values has
/// no default: JSON without it is refused, with its line and column, and
/// never read as the enumeration's first value.
#[cfg(feature = "v1_0_7")]
#[test]
fn json_without_a_required_enumeration_is_refused() {
    let version = SchemaVersion::V1_0_7;
    let (_, json) = minimal_vto();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let betrokkene = value
        .pointer_mut("/vtoDi01/object/heeftBetrekkingOp/0")
        .and_then(serde_json::Value::as_object_mut)
        .unwrap_or_else(|| panic!("no heeftBetrekkingOp in {json}"));
    // `Client (kind)`: the first of the two values of `ZKN:omschrijving`.
    assert_eq!(betrokkene.remove("omschrijving").unwrap(), "Client (kind)");
    let json = serde_json::to_string_pretty(&value).unwrap();
    match version.json_to_xml(&json) {
        Err(e @ JsonError::Shape(_)) => {
            // The element is nillable: serde reports that the object is
            // neither its value nor its nil form, at the object's end.
            let shown = e.to_string();
            assert!(shown.contains("did not match any variant"), "{shown}");
            let (line, rest) = shown.split_once(':').unwrap();
            let column = rest.split_once(':').unwrap().0;
            assert!(
                line.parse::<usize>().is_ok() && column.parse::<usize>().is_ok(),
                "{shown}"
            );
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}
