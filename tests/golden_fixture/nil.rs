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
