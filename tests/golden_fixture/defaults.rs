//! The `defaults` fixture: an enumeration of several values has no
//! `Default` (its first value would be a silent, schema-valid guess), nor
//! has any type whose required content needs one; those types are built
//! with `new(...)`, which takes exactly the parts without a default. A
//! one-value enumeration keeps its default, and a type that extends
//! another by parts that may be left out converts from it.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/defaults/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::btr::{BsnOrGeslacht, CodeGroup, SoortOrOmschrijving};
use fixture::jz::{Berichtcode, Btr, Rol, RolE, Standaard, Systeem, SysteemE};
use stuf_jz::types::{Nillable, NoValue};

/// Compiles only when `$ty` does not implement `Default`: with an impl,
/// the two blanket impls make the trait's parameter ambiguous.
macro_rules! assert_no_default {
    ($($ty:ty),* $(,)?) => {$(
        const _: fn() = || {
            trait AmbiguousIfDefault<A> {
                fn some_item() {}
            }
            impl<T: ?Sized> AmbiguousIfDefault<()> for T {}
            impl<T: ?Sized + Default> AmbiguousIfDefault<u8> for T {}
            let _ = <$ty as AmbiguousIfDefault<_>>::some_item;
        };
    )*};
}

/// Compiles only when `$ty` implements `Default`.
macro_rules! assert_default {
    ($($ty:ty),* $(,)?) => {$(
        const _: fn() = || {
            fn has_default<T: Default>() {}
            has_default::<$ty>();
        };
    )*};
}

// Several values, and everything that requires one of them.
assert_no_default!(
    Rol,
    RolE,
    Nillable<RolE>,
    SoortOrOmschrijving,
    CodeGroup,
    Btr,
    Standaard
);
// One value; a choice whose first branch defaults; optional parts only.
assert_default!(Berichtcode, BsnOrGeslacht, Systeem, SysteemE);

const FIXTURE: Fixture = Fixture {
    dir: "defaults",
    root: "standaardDi01",
};

fn systeem(organisatie: &str) -> Systeem {
    Systeem {
        organisatie: organisatie.into(),
        applicatie: "JZG".into(),
    }
}

#[test]
fn a_one_value_enumeration_defaults_to_its_value() {
    assert_eq!(Berichtcode::default(), Berichtcode::Di01);
    assert_eq!(Berichtcode::ALL.len(), 1);
    assert_eq!(Rol::ALL.len(), 2);
}

#[test]
fn new_takes_exactly_the_parts_without_a_default() {
    let btr = Btr::new(Rol::OngeborenKind, Rol::Kind);
    assert_eq!(btr.rol, Nillable::Value(RolE::from(Rol::OngeborenKind)));
    assert_eq!(
        btr.soort_or_omschrijving,
        SoortOrOmschrijving::Soort(Rol::Kind)
    );
    // Every other part is at its default.
    assert_eq!(btr.naam, "");
    assert_eq!(btr.bsn_or_geslacht, BsnOrGeslacht::default());
    assert_eq!((btr.code, btr.ouder), (None, None));
    let rol = RolE::new(Rol::Kind);
    assert_eq!((rol.value, rol.no_value), (Rol::Kind, None));
    let group = CodeGroup::new(Rol::Kind);
    assert_eq!((group.code, group.toelichting), (Rol::Kind, None));
}

#[test]
fn a_type_extending_by_attributes_converts_from_its_base() {
    let zender = SysteemE::from(systeem("0014"));
    assert_eq!(
        (
            zender.organisatie.as_str(),
            zender.applicatie.as_str(),
            zender.no_value
        ),
        ("0014", "JZG", None)
    );
}

#[test]
fn a_message_built_with_constructors_is_valid_and_reads_back() {
    let message = Standaard {
        zender: systeem("0014").into(),
        ontvanger: systeem("RC0107"),
        betrokkene: vec![Btr {
            naam: "Sem".into(),
            ouder: Some(Box::new(Btr {
                naam: "Anna".into(),
                code: Some(CodeGroup {
                    toelichting: Some("moeder".into()),
                    ..CodeGroup::new(Rol::Kind)
                }),
                ..Btr::new(Nillable::nil(NoValue::GeenWaarde), "ouder".to_string())
            })),
            ..Btr::new(Rol::Kind, Rol::OngeborenKind)
        }],
        ..Standaard::new(Btr {
            naam: "Noor".into(),
            bsn_or_geslacht: "123456782".to_string().into(),
            ..Btr::new(Rol::OngeborenKind, Rol::Kind)
        })
    };
    let written = FIXTURE.written(&message);
    assert!(
        written.contains("<JZ:berichtcode>Di01</JZ:berichtcode>"),
        "{written}"
    );
    assert!(
        written.contains("<JZ:rol>ongeboren kind</JZ:rol>"),
        "{written}"
    );
    assert!(
        written.contains(r#"<JZ:rol xsi:nil="true" StUF:noValue="geenWaarde"/>"#),
        "{written}"
    );
    let read: Standaard = FIXTURE.valid(Referee::Xmllint, &written);
    assert_eq!(read, message);
}
