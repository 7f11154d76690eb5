//! The `message` fixture: one message with every construct together
//! (pattern, occurrences, nested choices, repeated sequences, extension
//! and restriction, nil forms, attribute references).

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/message/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::{prs_e, test_di01, Code, Naam, PrsE, TestDi01};
use stuf_jz::types::{Document, Nillable, Rule};

const FIXTURE: Fixture = Fixture {
    dir: "message",
    root: "testDi01",
};

/// Our reader and the referee give the same verdict; returns our
/// violations.
fn verdict_with(body: &str, valid: bool, referee: Referee) -> Vec<stuf_jz::Violation> {
    FIXTURE
        .verdict::<TestDi01>(referee, &FIXTURE.doc(body), valid)
        .err()
        .unwrap_or_default()
}

fn verdict(body: &str, valid: bool) -> Vec<stuf_jz::Violation> {
    verdict_with(body, valid, Referee::Xmllint)
}

fn xmllint_accepts(xml: &str) -> bool {
    FIXTURE.accepts(Referee::Xmllint, xml)
}

const PERSON: &str = r#"<JZ:persoon StUF:entiteittype="PRS"><JZ:bsn>AB1234</JZ:bsn></JZ:persoon>"#;

#[test]
fn valid_documents_round_trip() {
    verdict(&format!("<JZ:code>AB1234</JZ:code>{PERSON}"), true);
    verdict(
        &format!(
            r#"<JZ:code>XY0001</JZ:code><JZ:datum xsi:nil="true" StUF:noValue="geenWaarde"/>{PERSON}
            <JZ:persoon StUF:entiteittype="PRS" volgnummer="+2"><JZ:naam>Jansen</JZ:naam>
              <JZ:ouder xsi:nil="true" StUF:entiteittype="PRSR"/></JZ:persoon>
            <JZ:ouder>Piet</JZ:ouder><JZ:sleutel>a</JZ:sleutel><JZ:sleutel>b</JZ:sleutel><JZ:waarde>c</JZ:waarde>"#
        ),
        true,
    );
    verdict(
        &format!(
            r#"<JZ:code>AB1234</JZ:code><JZ:datum StUF:exact="false">20240131</JZ:datum>{PERSON}<JZ:kind>Noah</JZ:kind>"#
        ),
        true,
    );
}

#[test]
fn each_rule_is_enforced_with_its_place() {
    let cases: &[(&str, Rule, &str)] = &[
        // pattern with \d
        (
            &format!("<JZ:code>AB12X4</JZ:code>{PERSON}"),
            Rule::Facet(stuf_jz::types::Facet::Pattern),
            "/testDi01/code",
        ),
        // minOccurs of a repeated element
        ("<JZ:code>AB1234</JZ:code>", Rule::MinOccurs, "/testDi01"),
        // maxOccurs 3
        (
            &format!("<JZ:code>AB1234</JZ:code>{PERSON}{PERSON}{PERSON}{PERSON}"),
            Rule::MaxOccurs,
            "/testDi01",
        ),
        // both branches of a choice
        (
            &format!("<JZ:code>AB1234</JZ:code>{PERSON}<JZ:kind>a</JZ:kind><JZ:ouder>b</JZ:ouder>"),
            Rule::UnexpectedElement,
            "/testDi01",
        ),
        // fixed value of an attribute reference, added by a restriction
        (
            r#"<JZ:code>AB1234</JZ:code><JZ:persoon StUF:entiteittype="PRS"><JZ:bsn>AB1234</JZ:bsn><JZ:ouder StUF:entiteittype="PRS"><JZ:bsn>AB1234</JZ:bsn></JZ:ouder></JZ:persoon>"#,
            Rule::Fixed,
            "/testDi01/persoon/ouder/@StUF:entiteittype",
        ),
        // attribute prohibited by a restriction
        (
            r#"<JZ:code>AB1234</JZ:code><JZ:persoon StUF:entiteittype="PRS"><JZ:bsn>AB1234</JZ:bsn><JZ:ouder StUF:entiteittype="PRSR" volgnummer="1"><JZ:bsn>AB1234</JZ:bsn></JZ:ouder></JZ:persoon>"#,
            Rule::UnknownAttribute,
            "/testDi01/persoon/ouder/@volgnummer",
        ),
        // required attribute
        (
            "<JZ:code>AB1234</JZ:code><JZ:persoon><JZ:bsn>AB1234</JZ:bsn></JZ:persoon>",
            Rule::RequiredAttribute,
            "/testDi01/persoon/@StUF:entiteittype",
        ),
        // totalDigits of StUF:Datum
        (
            &format!("<JZ:code>AB1234</JZ:code><JZ:datum>202401311</JZ:datum>{PERSON}"),
            Rule::Facet(stuf_jz::types::Facet::TotalDigits),
            "/testDi01/datum",
        ),
        // xsi:nil on a non-nillable element
        (
            &format!(r#"<JZ:code xsi:nil="true"/>{PERSON}"#),
            Rule::Nillable,
            "/testDi01/code",
        ),
        // content in a nil element
        (
            &format!(
                r#"<JZ:code>AB1234</JZ:code><JZ:datum xsi:nil="true">20240101</JZ:datum>{PERSON}"#
            ),
            Rule::NilContent,
            "/testDi01/datum",
        ),
        // text in element-only content
        (
            &format!("<JZ:code>AB1234</JZ:code>tekst{PERSON}"),
            Rule::ElementOnly,
            "/testDi01",
        ),
        // enumeration of an attribute
        (
            &format!(
                r#"<JZ:code>AB1234</JZ:code><JZ:datum StUF:noValue="onbekend">20240101</JZ:datum>{PERSON}"#
            ),
            Rule::Facet(stuf_jz::types::Facet::Enumeration),
            "/testDi01/datum/@StUF:noValue",
        ),
        // wrong namespace
        (
            &format!(r#"<JZ:code>AB1234</JZ:code>{PERSON}<StUF:kind>a</StUF:kind>"#),
            Rule::UnexpectedElement,
            "/testDi01",
        ),
    ];
    for (body, rule, path) in cases {
        let referee = if *rule == Rule::Fixed {
            Referee::Xerces
        } else {
            Referee::Xmllint
        };
        let violations = verdict_with(body, false, referee);
        assert!(
            violations
                .iter()
                .any(|v| v.rule == *rule && v.path == *path && v.position.is_some()),
            "expected {rule} at {path} in:\n{body}\ngot: {violations:#?}"
        );
    }
}

#[test]
fn values_built_in_code_are_validated_and_refused() {
    let person = PrsE {
        entiteittype: "PRS".into(),
        no_value: None,
        volgnummer: None,
        bsn_or_naam: prs_e::BsnOrNaam::Naam(Naam("Jansen".into())),
        ouder: None,
    };
    let mut message = TestDi01 {
        code: Code("AB1234".into()),
        datum: None,
        persoon: vec![person.clone()],
        kind_or_ouder: Some(test_di01::KindOrOuder::Kind(Naam("Noah".into()))),
        sleutel: Vec::new(),
    };
    let written = message.to_xml().expect("valid");
    assert!(xmllint_accepts(&written), "{written}");
    message.code = Code("12".into());
    message.persoon = vec![person.clone(); 4];
    message.persoon[1].entiteittype = "XY".into();
    message.datum = Some(Nillable::Value(fixture::stuf::DatumE {
        no_value: None,
        exact: None,
        value: fixture::stuf::Datum("2024.5".into()),
    }));
    let violations = message.validate();
    let rules: Vec<(Rule, &str)> = violations
        .iter()
        .map(|v| (v.rule, v.path.as_str()))
        .collect();
    assert!(
        rules.contains(&(
            Rule::Facet(stuf_jz::types::Facet::Pattern),
            "/testDi01/code"
        )),
        "{rules:?}"
    );
    // A fourth `persoon` (maxOccurs 3) is reported as maxOccurs, as for a
    // received message.
    assert!(rules.contains(&(Rule::MaxOccurs, "/testDi01")), "{rules:?}");
    assert!(
        rules.contains(&(
            Rule::Facet(stuf_jz::types::Facet::MinLength),
            "/testDi01/persoon[2]/@StUF:entiteittype"
        )),
        "{rules:?}"
    );
    // A fixed attribute is no field: the nil form carries only `noValue`,
    // and the fixed `StUF:entiteittype` is written by itself.
    let nil = fixture::jz::PrsRNil {
        no_value: Some(stuf_jz::types::NoValue::GeenWaarde),
    };
    assert_eq!(nil.entiteittype(), "PRSR");
    message.persoon[2].ouder = Some(Nillable::Nil(nil));
    let written = message.to_xml_unchecked();
    assert!(
        written.contains(
            r#"<JZ:ouder xsi:nil="true" StUF:noValue="geenWaarde" StUF:entiteittype="PRSR"/>"#
        ),
        "{written}"
    );
    let violations = message.validate();
    assert!(
        rules.contains(&(
            Rule::Facet(stuf_jz::types::Facet::FractionDigits),
            "/testDi01/datum"
        )),
        "{rules:?}"
    );
    let refused = message
        .to_xml()
        .expect_err("an invalid value is not written");
    assert_eq!(refused.violations, violations);
}
