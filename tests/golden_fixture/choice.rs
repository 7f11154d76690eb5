//! The `choice` fixture: a choice is an enum with a variant per branch (a
//! sequence branch is a group struct), an optional choice an `Option`, a
//! repeated one a `Vec`, a choice of one branch no enum at all; a choice
//! converts from the value of a branch whose type is its own.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/choice/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::keuze::{CodeOrNaam, StraatGroup, StraatGroupOrPostbus, TelefoonOrEmail};
use fixture::jz::{Code, Keuze, Naam};
use stuf_jz::types::Rule;

const FIXTURE: Fixture = Fixture {
    dir: "choice",
    root: "keuzeDi01",
};

#[test]
fn each_branch_is_read_as_its_variant() {
    let message: Keuze = FIXTURE.valid(
        Referee::Xmllint,
        &FIXTURE.doc(
            "<JZ:naam>Jansen</JZ:naam><JZ:straat>Dorpsstraat</JZ:straat><JZ:huisnummer>12</JZ:huisnummer>
            <JZ:email>a@b</JZ:email><JZ:telefoon>0612</JZ:telefoon><JZ:opmerking>x</JZ:opmerking>",
        ),
    );
    assert_eq!(
        message.code_or_naam,
        CodeOrNaam::Naam(Naam("Jansen".into()))
    );
    assert!(matches!(
        &message.straat_or_postbus,
        Some(StraatGroupOrPostbus::Straat(StraatGroup { huisnummer, .. })) if &**huisnummer == "12"
    ));
    assert!(matches!(
        &message.telefoon_or_email[..],
        [TelefoonOrEmail::Email(_), TelefoonOrEmail::Telefoon(_)]
    ));
    assert_eq!(message.opmerking.as_deref(), Some("x"));
    let other: Keuze = FIXTURE.valid(
        Referee::Xmllint,
        &FIXTURE
            .doc("<JZ:code>AB1234</JZ:code><JZ:postbus>7</JZ:postbus><JZ:telefoon>1</JZ:telefoon>"),
    );
    assert_eq!(other.code_or_naam, CodeOrNaam::Code(Code("AB1234".into())));
    assert_eq!(other.opmerking, None);
}

#[test]
fn each_choice_rule_is_enforced_with_its_place() {
    let cases: &[(&str, Rule, &str)] = &[
        // no branch of a required choice
        ("<JZ:telefoon>1</JZ:telefoon>", Rule::MinOccurs, "/keuzeDi01"),
        // two branches of one choice: the second stands where the required
        // repeated choice should
        (
            "<JZ:code>AB1234</JZ:code><JZ:naam>a</JZ:naam><JZ:telefoon>1</JZ:telefoon>",
            Rule::MinOccurs,
            "/keuzeDi01",
        ),
        // a sequence branch cut short
        (
            "<JZ:code>AB1234</JZ:code><JZ:straat>a</JZ:straat><JZ:telefoon>1</JZ:telefoon>",
            Rule::MinOccurs,
            "/keuzeDi01",
        ),
        // a repeated choice more often than maxOccurs 3: the fourth element
        // has no place
        (
            "<JZ:code>AB1234</JZ:code><JZ:email>1</JZ:email><JZ:email>2</JZ:email><JZ:email>3</JZ:email><JZ:telefoon>4</JZ:telefoon>",
            Rule::UnexpectedElement,
            "/keuzeDi01",
        ),
        // the value of a branch
        (
            "<JZ:code>AB12</JZ:code><JZ:telefoon>1</JZ:telefoon>",
            Rule::Facet(stuf_jz::types::Facet::Pattern),
            "/keuzeDi01/code",
        ),
    ];
    FIXTURE.invalid_bodies::<Keuze>(Referee::Xmllint, cases);
}

#[test]
fn choices_built_in_code_convert_from_a_branch() {
    let message = Keuze {
        code_or_naam: Code("XY0001".into()).into(),
        straat_or_postbus: Some(
            StraatGroup {
                straat: "Dorpsstraat".into(),
                huisnummer: "3".into(),
            }
            .into(),
        ),
        telefoon_or_email: vec![TelefoonOrEmail::Email("a@b".into())],
        ..Default::default()
    };
    let written = FIXTURE.written(&message);
    assert_eq!(Keuze::from_xml(&written).unwrap(), message);
    // A value that breaks the content model is refused, with its rule.
    let empty = Keuze::default();
    let violations = empty.validate();
    assert!(
        violations.iter().any(|v| v.rule == Rule::MinOccurs),
        "{violations:?}"
    );
    assert!(empty.to_xml().is_err());
}
