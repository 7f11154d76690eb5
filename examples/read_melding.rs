//! Reads a vtMeldingDi01 (a report from the police to Veilig Thuis) and
//! prints who sent it and, for each child in it (`jeugzorgrol`
//! `jeugdige`), the BSN, the name and the birth date.
//!
//! ```sh
//! cargo run --example read_melding [FILE]
//! ```
//!
//! Without a file it reads
//! `examples/messages/1.0.7/vtMeldingDi01/typical.xml`. The sender comes
//! from the [`StufMessage`] trait that every message implements; the birth
//! date is a `chrono::NaiveDate` through `to_naive_date()` (every StUF date
//! type has it, from `stuf_jz::types::date::DateType`), which honours
//! `StUF:indOnvolledigeDatum` (an incomplete date is not a `NaiveDate`).

use stuf_jz::types::chrono::NaiveDate;
use stuf_jz::types::{Nillable, StufMessage};
use stuf_jz::v1_0_7::bg::NpsVtMeldingBnpE;
use stuf_jz::v1_0_7::jz::VtMeldingDi01;
use stuf_jz::v1_0_7::zkn::OmschrijvingBlhEValue;

/// What the example prints of one child.
#[derive(Debug, PartialEq)]
pub struct Child {
    /// `BG:inp.bsn`, when present.
    pub bsn: Option<String>,
    /// `BG:voornamen`, `BG:voorvoegselGeslachtsnaam` and `BG:geslachtsnaam`.
    pub name: String,
    /// `BG:geboortedatum` when it is a complete date.
    pub birth_date: Option<NaiveDate>,
}

/// The persons of the zorgelijke situatie whose `jeugzorgrol` is
/// `jeugdige`.
pub fn children(melding: &VtMeldingDi01) -> Vec<Child> {
    let Some(situatie) = melding
        .object
        .betreft
        .value()
        .and_then(|b| b.gerelateerde.value())
    else {
        return Vec::new();
    };
    situatie
        .heeft_betrokken
        .iter()
        .filter_map(Nillable::value)
        .filter(|b| b.jeugzorgrol.value().map(|r| r.value) == Some(OmschrijvingBlhEValue::Jeugdige))
        .filter_map(|b| b.gerelateerde.value())
        .map(child)
        .collect()
}

fn child(person: &NpsVtMeldingBnpE) -> Child {
    let text = |value: Option<&str>| value.map(str::to_owned);
    let name = [
        text(
            person
                .voornamen
                .as_ref()
                .and_then(Nillable::value)
                .map(|n| &*n.value),
        ),
        text(
            person
                .voorvoegsel_geslachtsnaam
                .as_ref()
                .and_then(Nillable::value)
                .map(|n| &*n.value),
        ),
        text(person.geslachtsnaam.value().map(|n| &*n.value)),
    ];
    Child {
        bsn: text(
            person
                .inp_bsn
                .as_ref()
                .and_then(Nillable::value)
                .map(|b| &*b.value),
        ),
        name: name.into_iter().flatten().collect::<Vec<_>>().join(" "),
        birth_date: person
            .geboortedatum
            .as_ref()
            .and_then(Nillable::value)
            .and_then(|d| d.to_naive_date().ok()),
    }
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/messages/1.0.7/vtMeldingDi01/typical.xml"
        )
        .into()
    });
    let xml = match std::fs::read_to_string(&path) {
        Ok(xml) => xml,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let melding = match VtMeldingDi01::from_xml(&xml) {
        Ok(melding) => melding,
        Err(e) => {
            for v in e.violations {
                eprintln!("{path}:{v}");
            }
            std::process::exit(1);
        }
    };
    println!("zender: {}", melding.zender());
    for child in children(&melding) {
        let birth = child.birth_date.map(|d| d.to_string());
        println!(
            "kind: {} (BSN {}), geboren {}",
            child.name,
            child.bsn.as_deref().unwrap_or("onbekend"),
            birth.as_deref().unwrap_or("onbekend")
        );
    }
}
