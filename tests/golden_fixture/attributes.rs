//! The `attributes` fixture: a required attribute is a plain field, a
//! fixed one no field at all (an accessor, written by itself, checked when
//! read), an optional fixed one only its presence, an optional one an
//! `Option` that stays absent when it was absent.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/attributes/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::{Attributen, Obj};
use stuf_jz::types::{Facet, Presence, Rule};

const FIXTURE: Fixture = Fixture {
    dir: "attributes",
    root: "attributenDi01",
};

fn object(attributes: &str) -> String {
    format!(r#"<JZ:object{attributes}><JZ:naam>a</JZ:naam></JZ:object>"#)
}

#[test]
fn attributes_are_read_as_declared() {
    let xml = FIXTURE.doc_with(
        r#" versie="1.0""#,
        &(object(
            r#" StUF:entiteittype="OBJ" functie="entiteit" StUF:exact="false" volgnummer="2""#,
        ) + &object(r#" StUF:entiteittype="OBJ""#)),
    );
    let message: Attributen = FIXTURE.valid(Referee::Xerces, &xml);
    assert_eq!(&*message.versie, "1.0");
    let [full, bare] = &message.object[..] else {
        panic!("{message:?}")
    };
    assert_eq!(
        (full.entiteittype(), full.functie, full.exact.as_deref()),
        ("OBJ", Presence::Present, Some("false"))
    );
    assert_eq!(full.volgnummer.as_deref(), Some("2"));
    // Absent stays absent: no `functie`, no default `StUF:exact` written.
    assert_eq!(
        (bare.functie, bare.exact.as_ref()),
        (Presence::Absent, None)
    );
    let written = message.to_xml().unwrap();
    assert_eq!(written.matches("functie=").count(), 1, "{written}");
    assert_eq!(written.matches("StUF:exact=").count(), 1, "{written}");
}

#[test]
fn each_attribute_rule_is_enforced_with_its_place() {
    let good = object(r#" StUF:entiteittype="OBJ""#);
    let cases: &[(&str, String, Rule, &str)] = &[
        (
            "",
            good.clone(),
            Rule::RequiredAttribute,
            "/attributenDi01/@versie",
        ),
        (
            r#" versie="10""#,
            good.clone(),
            Rule::Facet(Facet::Pattern),
            "/attributenDi01/@versie",
        ),
        (
            r#" versie="1.0""#,
            object(""),
            Rule::RequiredAttribute,
            "/attributenDi01/object/@StUF:entiteittype",
        ),
        (
            r#" versie="1.0""#,
            object(r#" StUF:entiteittype="OBX""#),
            Rule::Fixed,
            "/attributenDi01/object/@StUF:entiteittype",
        ),
        (
            r#" versie="1.0""#,
            object(r#" StUF:entiteittype="OBJ" functie="relatie""#),
            Rule::Fixed,
            "/attributenDi01/object/@functie",
        ),
        (
            r#" versie="1.0""#,
            object(r#" StUF:entiteittype="OBJ" StUF:exact="ja""#),
            Rule::Facet(Facet::Lexical),
            "/attributenDi01/object/@StUF:exact",
        ),
        (
            r#" versie="1.0""#,
            object(r#" StUF:entiteittype="OBJ" soort="x""#),
            Rule::UnknownAttribute,
            "/attributenDi01/object/@soort",
        ),
    ];
    for (root, body, rule, path) in cases {
        let xml = FIXTURE.doc_with(root, body);
        FIXTURE.invalid::<Attributen>(Referee::Xerces, &xml, *rule, path);
    }
}

#[test]
fn fixed_attributes_are_written_by_themselves() {
    let message = Attributen {
        versie: "2.1".into(),
        object: vec![
            Obj {
                naam: "a".into(),
                ..Default::default()
            },
            Obj {
                naam: "b".into(),
                functie: Presence::Absent,
                ..Default::default()
            },
        ],
    };
    let written = FIXTURE.written(&message);
    assert_eq!(
        written.matches(r#"StUF:entiteittype="OBJ""#).count(),
        2,
        "{written}"
    );
    assert_eq!(
        written.matches(r#"functie="entiteit""#).count(),
        1,
        "{written}"
    );
    assert_eq!(Attributen::from_xml(&written).unwrap(), message);
}
