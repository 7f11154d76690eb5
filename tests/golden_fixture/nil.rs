//! The `nil` fixture: a nillable element is a `Nillable`, its nil form
//! keeps only the attributes (`StUF:noValue`), a fixed attribute of the nil
//! form is written by itself, and `xsi:nil` is checked as XML Schema says.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/nil/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::{Nil, Prs};
use stuf_jz::types::{Nillable, NoValue, Rule};

const FIXTURE: Fixture = Fixture {
    dir: "nil",
    root: "nilDi01",
};

#[test]
fn nil_forms_are_read_with_their_reason() {
    let xml = FIXTURE.doc(
        r#"<JZ:naam xsi:nil="true" StUF:noValue="geenWaarde"/>
        <JZ:datum xsi:nil="1" StUF:noValue="nietOndersteund"/>
        <JZ:persoon StUF:entiteittype="PRS"><JZ:naam>Jansen</JZ:naam></JZ:persoon>
        <JZ:persoon xsi:nil="true" StUF:entiteittype="PRS" StUF:noValue="geenWaarde"/>"#,
    );
    let message: Nil = FIXTURE.valid(Referee::Xerces, &xml);
    assert_eq!(message.naam.nil_reason(), Some(NoValue::GeenWaarde));
    assert_eq!(
        message.datum.as_ref().and_then(Nillable::nil_reason),
        Some(NoValue::NietOndersteund)
    );
    assert_eq!(message.persoon[0].value().map(|p| &*p.naam), Some("Jansen"));
    assert!(message.persoon[1].is_nil());
    let value: Nil = FIXTURE.valid(
        Referee::Xerces,
        &FIXTURE.doc(r#"<JZ:naam xsi:nil="false">Piet</JZ:naam>"#),
    );
    assert_eq!(value.naam.value().map(|n| &*n.value), Some("Piet"));
}

#[test]
fn each_nil_rule_is_enforced_with_its_place() {
    let cases: &[(&str, Rule, &str)] = &[
        (
            r#"<JZ:naam xsi:nil="true">Piet</JZ:naam>"#,
            Rule::NilContent,
            "/nilDi01/naam",
        ),
        (
            r#"<JZ:naam xsi:nil="ja"/>"#,
            Rule::Nillable,
            "/nilDi01/naam/@xsi:nil",
        ),
        (
            r#"<JZ:naam>Piet</JZ:naam><JZ:persoon xsi:nil="true" StUF:entiteittype="XYZ"/>"#,
            Rule::Fixed,
            "/nilDi01/persoon/@StUF:entiteittype",
        ),
        (
            r#"<JZ:naam>Piet</JZ:naam><JZ:persoon xsi:nil="true"/>"#,
            Rule::RequiredAttribute,
            "/nilDi01/persoon/@StUF:entiteittype",
        ),
        (
            r#"<JZ:naam xsi:nil="true" StUF:noValue="onbekend"/>"#,
            Rule::Facet(stuf_jz::types::Facet::Enumeration),
            "/nilDi01/naam/@StUF:noValue",
        ),
    ];
    FIXTURE.invalid_bodies::<Nil>(Referee::Xerces, cases);
}

#[test]
fn nil_values_built_in_code_fill_their_fixed_attributes() {
    let message = Nil {
        naam: Nillable::nil(NoValue::GeenWaarde),
        persoon: vec![
            Nillable::nil(NoValue::NietOndersteund),
            Prs {
                naam: "Jansen".into(),
                ..Default::default()
            }
            .into(),
        ],
        ..Default::default()
    };
    let written = FIXTURE.written(&message);
    // Both `persoon`, the nil one too, carry the fixed entiteittype.
    assert_eq!(
        written.matches(r#"StUF:entiteittype="PRS""#).count(),
        2,
        "{written}"
    );
    assert!(
        written.contains(r#"StUF:noValue="nietOndersteund""#),
        "{written}"
    );
    assert_eq!(Nil::from_xml(&written).unwrap(), message);
}

#[test]
fn a_document_record_keeps_the_nil_forms_and_the_schema_location() {
    use stuf_jz::types::Document;
    let xml = FIXTURE.doc_with(
        r#" xsi:schemaLocation="http://www.stufstandaarden.nl/koppelvlak/jz0100 schema.xsd""#,
        r#"<JZ:naam xsi:nil="false">Piet</JZ:naam>
        <JZ:datum xsi:nil="1" StUF:noValue="nietOndersteund"/>
        <JZ:persoon xsi:nil=" true " StUF:entiteittype="PRS" StUF:noValue="geenWaarde"/>"#,
    );
    let _: Nil = FIXTURE.valid(Referee::Xerces, &xml);
    let (mut message, record) = Nil::from_xml_with_record(&xml).expect("valid");
    let written = message.to_xml_with_record(&record).expect("written");
    for kept in [
        r#" xsi:schemaLocation="http://www.stufstandaarden.nl/koppelvlak/jz0100 schema.xsd""#,
        r#"<JZ:naam xsi:nil="false">Piet</JZ:naam>"#,
        r#"<JZ:datum xsi:nil="1" StUF:noValue="nietOndersteund"/>"#,
        r#"<JZ:persoon xsi:nil=" true ""#,
    ] {
        assert!(written.contains(kept), "{kept} not in\n{written}");
    }
    assert!(FIXTURE.accepts(Referee::Xerces, &written), "{written}");
    // Without the record: the canonical forms, no schema location.
    let plain = message.to_xml().expect("written");
    assert!(!plain.contains("schemaLocation") && !plain.contains(r#"xsi:nil="1""#));
    assert!(plain.contains(r#"<JZ:naam>Piet</JZ:naam>"#), "{plain}");
    // A changed message: `naam` is nil now, so its recorded `false` gives
    // way to `true`; `datum` now has a value, so its `1` is not written.
    message.naam = Nillable::nil(NoValue::GeenWaarde);
    message.datum = Some(Nillable::Value("20240501".into()));
    let changed = message.to_xml_with_record(&record).expect("written");
    assert!(changed.contains(r#"<JZ:naam xsi:nil="true""#), "{changed}");
    assert!(!changed.contains(r#"xsi:nil="false""#) && !changed.contains(r#"xsi:nil="1""#));
    assert!(FIXTURE.accepts(Referee::Xerces, &changed), "{changed}");
}
