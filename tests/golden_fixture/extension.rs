//! The `extension` fixture: an extension of complex content is one struct
//! with the base's attributes and elements first, then its own; an
//! extension of simple content keeps the value in `value` and converts
//! from it.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/extension/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::{Bedrag, BedragE, Kind, Uitbreiding};
use stuf_jz::types::{Facet, Rule};

const FIXTURE: Fixture = Fixture {
    dir: "extension",
    root: "uitbreidingDi01",
};

const KIND: &str = r#"<JZ:kind StUF:entiteittype="KIND"><JZ:naam>Sem</JZ:naam></JZ:kind>"#;

#[test]
fn base_and_extension_are_read_into_one_struct() {
    let message: Uitbreiding = FIXTURE.valid(
        Referee::Xmllint,
        &FIXTURE.doc(&format!(
            r#"<JZ:kind StUF:entiteittype="KIND" volgnummer="1"><JZ:naam>Noah</JZ:naam><JZ:geboortedatum>20170611</JZ:geboortedatum></JZ:kind>{KIND}
            <JZ:bedrag valuta="USD">12.50</JZ:bedrag>"#
        )),
    );
    let first = &message.kind[0];
    assert_eq!(
        (
            &*first.entiteittype,
            first.volgnummer.as_deref(),
            first.naam.as_str()
        ),
        ("KIND", Some("1"), "Noah")
    );
    assert_eq!(first.geboortedatum.as_deref(), Some("20170611"));
    assert_eq!(
        (&*message.bedrag.value, message.bedrag.valuta.as_deref()),
        ("12.50", Some("USD"))
    );
}

#[test]
fn each_extension_rule_is_enforced_with_its_place() {
    let cases: &[(String, Rule, &str)] = &[
        // the extension's element before the base's: the base's is missing
        (
            r#"<JZ:kind StUF:entiteittype="KIND"><JZ:geboortedatum>20170611</JZ:geboortedatum><JZ:naam>Noah</JZ:naam></JZ:kind><JZ:bedrag>1</JZ:bedrag>"#.to_string(),
            Rule::MinOccurs,
            "/uitbreidingDi01/kind",
        ),
        // the base's required attribute
        (
            "<JZ:kind><JZ:naam>Noah</JZ:naam></JZ:kind><JZ:bedrag>1</JZ:bedrag>".to_string(),
            Rule::RequiredAttribute,
            "/uitbreidingDi01/kind/@StUF:entiteittype",
        ),
        // the simple content's facets
        (
            format!("{KIND}<JZ:bedrag>1.505</JZ:bedrag>"),
            Rule::Facet(Facet::FractionDigits),
            "/uitbreidingDi01/bedrag",
        ),
        (
            format!("{KIND}<JZ:bedrag>twaalf</JZ:bedrag>"),
            Rule::Facet(Facet::Lexical),
            "/uitbreidingDi01/bedrag",
        ),
    ];
    FIXTURE.invalid_bodies::<Uitbreiding>(Referee::Xmllint, cases);
}

#[test]
fn extensions_built_in_code() {
    let message = Uitbreiding {
        kind: vec![Kind {
            entiteittype: "KIND".into(),
            naam: "Sem".into(),
            geboortedatum: Some("20170611".into()),
            ..Default::default()
        }],
        bedrag: Bedrag("99.95".into()).into(),
    };
    let written = FIXTURE.written(&message);
    assert!(
        written.contains("<JZ:bedrag>99.95</JZ:bedrag>"),
        "{written}"
    );
    assert_eq!(Uitbreiding::from_xml(&written).unwrap(), message);
    let bedrag: BedragE = "1".into();
    assert_eq!(bedrag.valuta, None);
    // A validating parse names the facet a text breaks.
    let err = "1.234".parse::<Bedrag>().unwrap_err();
    assert_eq!(err.facet(), Some(Facet::FractionDigits), "{err}");
    assert_eq!("1.23".parse::<Bedrag>(), Ok(Bedrag("1.23".into())));
}
