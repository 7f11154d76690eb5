//! The `restriction` fixture: a restricted simple type is a newtype that
//! keeps the text (an enumeration an enum), each facet is checked where
//! the value is; a restricted complex type has only what the restriction
//! keeps, its fixed attribute is written by itself and a prohibited one is
//! unknown.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/restriction/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::{Aantal, Beperking, Bsn, PrsR, Soort};
use stuf_jz::types::{Facet, Rule};

const FIXTURE: Fixture = Fixture {
    dir: "restriction",
    root: "beperkingDi01",
};

fn body(bsn: &str, soort: &str, code: &str, aantal: &str, rest: &str) -> String {
    format!(
        r#"<JZ:bsn>{bsn}</JZ:bsn><JZ:soort>{soort}</JZ:soort><JZ:code>{code}</JZ:code><JZ:aantal>{aantal}</JZ:aantal>{rest}"#
    )
}

const PERSOON: &str = r#"<JZ:persoon StUF:entiteittype="PRS"><JZ:naam>Sem</JZ:naam></JZ:persoon>"#;

#[test]
fn restricted_values_are_read() {
    let message: Beperking = FIXTURE.valid(
        Referee::Xerces,
        &FIXTURE.doc(&body(
            "123456782",
            "ouder met gezag",
            "AB12",
            "+07",
            &format!("<JZ:toelichting>ok</JZ:toelichting>{PERSOON}"),
        )),
    );
    assert_eq!(message.soort, Soort::OuderMetGezag);
    assert_eq!(message.soort.to_string(), "ouder met gezag");
    // The lexical form is kept as read.
    assert_eq!(&*message.aantal, "+07");
    assert_eq!(message.persoon.entiteittype(), "PRS");
}

#[test]
fn each_facet_is_enforced_with_its_place() {
    let ok = |rest: &str| body("123456782", "kind", "AB12", "5", rest);
    let cases: &[(String, Rule, &str)] = &[
        (
            body("12345678", "kind", "AB12", "5", PERSOON),
            Rule::Facet(Facet::Pattern),
            "/beperkingDi01/bsn",
        ),
        (
            body("123456782", "Kind", "AB12", "5", PERSOON),
            Rule::Facet(Facet::Enumeration),
            "/beperkingDi01/soort",
        ),
        (
            body("123456782", "kind", "AB123", "5", PERSOON),
            Rule::Facet(Facet::Length),
            "/beperkingDi01/code",
        ),
        (
            body("123456782", "kind", "AB12", "100", PERSOON),
            Rule::Facet(Facet::MaxInclusive),
            "/beperkingDi01/aantal",
        ),
        (
            body("123456782", "kind", "AB12", "0", PERSOON),
            Rule::Facet(Facet::MinInclusive),
            "/beperkingDi01/aantal",
        ),
        (
            ok(&format!("<JZ:toelichting>x</JZ:toelichting>{PERSOON}")),
            Rule::Facet(Facet::MinLength),
            "/beperkingDi01/toelichting",
        ),
        (
            ok(&format!(
                "<JZ:toelichting>elf tekens.</JZ:toelichting>{PERSOON}"
            )),
            Rule::Facet(Facet::MaxLength),
            "/beperkingDi01/toelichting",
        ),
        // what the complex restriction removed, fixed and prohibited
        (
            ok(
                r#"<JZ:persoon StUF:entiteittype="PRS"><JZ:naam>Sem</JZ:naam><JZ:roepnaam>Se</JZ:roepnaam></JZ:persoon>"#,
            ),
            Rule::UnexpectedElement,
            "/beperkingDi01/persoon",
        ),
        (
            ok(r#"<JZ:persoon StUF:entiteittype="NPS"><JZ:naam>Sem</JZ:naam></JZ:persoon>"#),
            Rule::Fixed,
            "/beperkingDi01/persoon/@StUF:entiteittype",
        ),
        (
            ok(
                r#"<JZ:persoon StUF:entiteittype="PRS" volgnummer="1"><JZ:naam>Sem</JZ:naam></JZ:persoon>"#,
            ),
            Rule::UnknownAttribute,
            "/beperkingDi01/persoon/@volgnummer",
        ),
    ];
    FIXTURE.invalid_bodies::<Beperking>(Referee::Xerces, cases);
}

#[test]
fn restricted_values_built_in_code() {
    // `soort` is an enumeration of several values: no default, `new` takes it.
    let message = Beperking {
        bsn: Bsn("123456782".into()),
        code: "XY99".into(),
        aantal: Aantal("12".into()),
        persoon: PrsR { naam: "Sem".into() },
        ..Beperking::new("kind".parse::<Soort>().unwrap())
    };
    let written = FIXTURE.written(&message);
    assert!(written.contains(r#"StUF:entiteittype="PRS""#), "{written}");
    assert_eq!(Beperking::from_xml(&written).unwrap(), message);
    assert_eq!(
        "Kind".parse::<Soort>().unwrap_err().to_string(),
        Soort::try_from("Kind").unwrap_err().to_string()
    );
    assert_eq!(
        "12345".parse::<Bsn>().unwrap_err().facet(),
        Some(Facet::Pattern)
    );
    let mut wrong = message.clone();
    wrong.aantal = "100".into();
    let violations = wrong.validate();
    assert!(
        violations.iter().any(
            |v| v.rule == Rule::Facet(Facet::MaxInclusive) && v.path == "/beperkingDi01/aantal"
        ),
        "{violations:?}"
    );
}
