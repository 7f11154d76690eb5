//! What the typed value does not hold survives a round trip through
//! `SchemaVersion::convert` (a `DocumentRecord`): `xsi:schemaLocation` on
//! the document element, `xsi:nil="1"` / `" true "` for `true`, and
//! `xsi:nil="false"` on an element that has its value.
//!
//! For every sample the variants of the differential suite's categories
//! `nil-lexical` and `schema-location` (`tests/support/mutations.rs`) that
//! our reader accepts are combined into one document per sample. xmllint
//! must accept it; converting it must give the same namespace-aware tree
//! (attribute values compared as written), which xmllint accepts too. The
//! verdicts on the single variants are compared with Xerces by
//! `tests/differential.rs`.
#![cfg(any(feature = "v1_0_7", feature = "v1_0_9"))]

mod support;

use stuf_jz::SchemaVersion;
use support::mutate::{Category, Context};
use support::{mutations, xml};
use support::{referee, samples, tree};

/// The sample with every accepted nil-lexical and schema-location change,
/// and how many changes that is.
fn combined_variant(version: SchemaVersion, sample: &str) -> (String, usize) {
    let original = xml::parse(sample).expect("a sample parses");
    let infos = xml::walk(&original);
    let mut combined = original.clone();
    let mut applied = 0;
    for category in [Category::NilLexical, Category::SchemaLocation] {
        for candidate in mutations::candidates(category, &original, &infos, &Context::default()) {
            let mut single = original.clone();
            (candidate.apply)(&mut single);
            if version.validate(&xml::serialize(&single)).is_empty() {
                (candidate.apply)(&mut combined);
                applied += 1;
            }
        }
    }
    (xml::serialize(&combined), applied)
}

fn run(version: SchemaVersion) {
    referee::require_xmllint();
    let work = support::fresh_temp_dir(&format!("record-{version}"));
    let mut failures = Vec::new();
    let mut changes = 0;
    let samples = samples::samples(version.number());
    for sample in &samples {
        let (variant, applied) = combined_variant(version, &sample.xml);
        changes += applied;
        let schema = referee::schema_for(version.number(), &sample.root);
        let name = sample.label.replace('/', "-");
        let verdict = referee::xmllint_str(&schema, &variant, &work, &format!("in-{name}"));
        if !verdict.valid {
            failures.push(format!(
                "{}: xmllint rejects the variant:\n{}",
                sample.label, verdict.message
            ));
            continue;
        }
        let written = match version.convert(&variant) {
            Ok(written) => written,
            Err(violations) => {
                failures.push(format!(
                    "{}: convert refuses the variant:\n{}",
                    sample.label,
                    support::list_violations(&violations)
                ));
                continue;
            }
        };
        if let Err(diff) = tree::compare(&variant, &written) {
            failures.push(format!(
                "{}: the written document differs (- variant, + written):\n{diff}",
                sample.label
            ));
        }
        let verdict = referee::xmllint_str(&schema, &written, &work, &format!("out-{name}"));
        if !verdict.valid {
            failures.push(format!(
                "{}: xmllint rejects the written document:\n{}",
                sample.label, verdict.message
            ));
        }
    }
    println!(
        "record {version}: {} samples, {changes} kept attributes, {} failures",
        samples.len(),
        failures.len()
    );
    assert!(
        changes >= samples.len(),
        "only {changes} nil-lexical / schema-location changes over {} samples",
        samples.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let _ = std::fs::remove_dir_all(&work);
}

#[cfg(feature = "v1_0_7")]
#[test]
fn schema_location_and_nil_forms_survive_a_1_0_7_round_trip() {
    run(SchemaVersion::V1_0_7);
}

#[cfg(feature = "v1_0_9")]
#[test]
fn schema_location_and_nil_forms_survive_a_1_0_9_round_trip() {
    run(SchemaVersion::V1_0_9);
}

/// Without the record the same round trip loses them: the comparison
/// above can fail.
#[cfg(feature = "v1_0_7")]
#[test]
fn without_the_record_they_are_lost() {
    let sample = &samples::samples("1.0.7")[0];
    let (variant, applied) = combined_variant(SchemaVersion::V1_0_7, &sample.xml);
    assert!(applied > 0);
    let message = stuf_jz::v1_0_7::Message::from_xml(&variant).expect("the variant is valid");
    let plain = message.to_xml().expect("written");
    assert!(tree::compare(&variant, &plain).is_err());
    let (message, record) =
        stuf_jz::v1_0_7::Message::from_xml_with_record(&variant).expect("the variant is valid");
    assert!(record.schema_location().is_some());
    let kept = message.to_xml_with_record(&record).expect("written");
    assert_eq!(tree::compare(&variant, &kept), Ok(()));
}
