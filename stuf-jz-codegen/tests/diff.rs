//! `stuf_jz_codegen::diff`: component-level differences between bundles.

use std::path::PathBuf;

use stuf_jz_codegen::diff::{diff, Change, Diff, Kind, Record};
use stuf_jz_codegen::model::Model;

const V107: &str = "../xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd";
const V109: &str = "../xsd/stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd";

fn model(rel: &str) -> Model {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
    match stuf_jz_codegen::Config::new().model(&path) {
        Ok((_, model)) => model,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn record(
    kind: Kind,
    component: &str,
    item: Option<&str>,
    property: Option<&str>,
    change: Change,
    old: Option<&str>,
    new: Option<&str>,
) -> Record {
    Record {
        kind,
        component: component.to_string(),
        item: item.map(str::to_string),
        property: property.map(str::to_string),
        change,
        old: old.map(str::to_string),
        new: new.map(str::to_string),
    }
}

fn roots(diff: &Diff, change: Change) -> Vec<String> {
    diff.records
        .iter()
        .filter(|r| r.kind == Kind::Root && r.change == change)
        .map(|r| r.component.rsplit(':').next().unwrap().to_string())
        .collect()
}

#[test]
fn same_bundle_has_no_differences() {
    let (a, b) = (model(V107), model(V107));
    let d = diff(&a, &b);
    assert!(d.is_empty(), "{}", d.to_text());
    assert_eq!(d.summary().total(), 0);
    assert_eq!(d.to_json()["changes"], serde_json::json!([]));
}

#[test]
fn v1_0_7_to_v1_0_9_adds_six_roots() {
    let d = diff(&model(V107), &model(V109));
    let mut added = roots(&d, Change::Added);
    added.sort();
    let mut expected = [
        "vcobDi01",
        "ucobDi01",
        "vciDi01",
        "uciDi01",
        "meldingGeneriekDi01",
        "uitkomstMeldingGeneriekDi01",
    ];
    expected.sort();
    assert_eq!(added, expected, "{}", d.to_text());
    assert!(roots(&d, Change::Removed).is_empty(), "{}", d.to_text());
    let summary = d.summary();
    assert_eq!((summary.roots_added, summary.roots_removed), (6, 0));
    // The new messages bring new named types (e.g. their stuurgegevens).
    assert!(d.records.iter().any(|r| r.kind == Kind::Type
        && r.change == Change::Added
        && r.component == "StUF:Stuurgegevens-vcobDi01"));
    let text = d.to_text();
    assert!(text.contains("+ root JZ:vcobDi01\n"), "{text}");
    assert!(text.ends_with(&format!("{summary}\n")));
}

#[test]
fn fixture_pair_reports_exactly_the_known_changes() {
    let d = diff(
        &model("tests/fixtures/diff/old.xsd"),
        &model("tests/fixtures/diff/new.xsd"),
    );
    let expected = vec![
        record(Kind::Type, "Adres", None, None, Change::Added, None, None),
        record(
            Kind::Facet,
            "(anonymous type of BerichtType/kenmerk)",
            Some("pattern"),
            None,
            Change::Changed,
            Some("[0-9]{4}"),
            Some("[0-9]{6}"),
        ),
        record(
            Kind::Attribute,
            "BerichtType",
            Some("bron"),
            None,
            Change::Removed,
            Some("required=false type=xs:string"),
            None,
        ),
        record(
            Kind::Element,
            "BerichtType",
            Some("adres"),
            None,
            Change::Added,
            None,
            Some("minOccurs=0 maxOccurs=1 type=Adres nillable=false group=sequence"),
        ),
        record(
            Kind::Element,
            "BerichtType",
            Some("naam"),
            Some("minOccurs"),
            Change::Changed,
            Some("1"),
            Some("0"),
        ),
        record(
            Kind::Enumeration,
            "Code",
            Some("C"),
            None,
            Change::Added,
            None,
            Some("C"),
        ),
        record(
            Kind::Facet,
            "Naam",
            Some("maxLength"),
            None,
            Change::Changed,
            Some("40"),
            Some("80"),
        ),
    ];
    assert_eq!(d.records, expected, "{}", d.to_text());

    let s = d.summary();
    assert_eq!(s.total(), 7);
    assert_eq!((s.types_added, s.types_removed, s.types_changed), (1, 0, 4));
    assert_eq!((s.elements_added, s.elements_changed), (1, 1));
    assert_eq!((s.attributes_removed, s.facets_changed), (1, 2));
    assert_eq!(s.enumeration_added, 1);

    let text = d.to_text();
    for line in [
        "+ type Adres",
        "~ type BerichtType: element naam minOccurs 1 -> 0",
        "~ type BerichtType: - attribute bron (required=false type=xs:string)",
        "~ type Code: + enumeration \"C\"",
        "~ type Naam: maxLength 40 -> 80",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }

    let json = d.to_json();
    assert_eq!(json["summary"]["total"], 7);
    assert_eq!(
        json["changes"][4],
        serde_json::json!({
            "kind": "element", "component": "BerichtType", "item": "naam",
            "property": "minOccurs", "change": "changed", "old": "1", "new": "0"
        })
    );

    // Reversed, every addition is a removal and every change runs backwards.
    let back = diff(
        &model("tests/fixtures/diff/new.xsd"),
        &model("tests/fixtures/diff/old.xsd"),
    );
    let s = back.summary();
    assert_eq!((s.types_removed, s.elements_removed), (1, 1));
    assert_eq!((s.attributes_added, s.enumeration_removed), (1, 1));
}
