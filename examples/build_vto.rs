//! Builds the minimal vtoDi01 of `examples/messages/1.0.7/vtoDi01/minimal.xml`
//! from plain Rust values and prints it.
//!
//! A struct literal names the fields that matter and ends in
//! `..Default::default()`, or in `..Type::new(...)` for a type whose
//! required content includes an enumeration of several values (the
//! betrokkene's `omschrijving`, the document's `dct.omschrijving`): such a
//! type has no `Default`, so that no value is chosen silently, and `new`
//! takes exactly those parts. Elements of simple content convert from text
//! (`"0014".into()`) or from their value; a nillable element converts from
//! its value (or is written `Value(...)`, which keeps a struct literal's
//! closing brace on one line); a choice converts from the value of a
//! branch; fixed attributes such as `StUF:entiteittype` are written by
//! themselves, and an enumeration with a single value (`StUF:berichtcode`
//! `Di01`, the zaaktype's `omschrijvingGeneriek`) defaults to it, so
//! elements made only of those need not be named at all (`isVan`,
//! `heeftBetrekkingOpAndere`).
//!
//! ```sh
//! cargo run --example build_vto > vto.xml
//! ```

use stuf_jz::v1_0_7::bg::{nps_vto_kind, NpsVtoKind};
use stuf_jz::v1_0_7::jz::VtoDi01;
use stuf_jz::v1_0_7::stuf::*;
use stuf_jz::v1_0_7::zkn::*;
// A present value of a nillable element (`Nillable::Nil` is its nil form).
use stuf_jz::types::Nillable::Value;

/// The message of `examples/messages/1.0.7/vtoDi01/minimal.xml`.
pub fn build() -> VtoDi01 {
    // construction begins
    let systeem = |organisatie: &str, applicatie: &str| SysteemCorv {
        organisatie: organisatie.into(),
        applicatie: applicatie.into(),
        ..Default::default()
    };
    VtoDi01 {
        stuurgegevens: StuurgegevensVtoDi01 {
            zender: systeem("0014", "JZG"),
            ontvanger: systeem("RC0107", "KBS"),
            referentienummer: "GRO-20260302-0117".into(),
            tijdstip_bericht: "20260302091512000".into(),
            ..Default::default()
        },
        object: ZakVto {
            identificatie: "0014-VTO-2026-0117".into(),
            startdatum: "20260226".into(),
            registratiedatum: "20260302".into(),
            extra_elementen: [("indicatieSpoed", "N")].into_iter().collect(),
            heeft_betrekking_op: vec![Value(ZakobjVto {
                gerelateerde: Value(ObjVto {
                    natuurlijk_persoon: vec![Value(NpsVtoKind {
                        inp_bsn_or_anp_identificatie: vec![nps_vto_kind::InpBsnGroup {
                            inp_bsn: Some("725763863".into()),
                            ..Default::default()
                        }
                        .into()],
                        geslachtsnaam: Some("Bakker".into()),
                        voornamen: Some("Sem".into()),
                        geboortedatum: Some("20170611".into()),
                        ..Default::default()
                    })],
                }),
                ..ZakobjVto::new(OmschrijvingClientEValue::ClientKind)
            })],
            heeft_als_belanghebbende: vec![
                ZakbtrblhVto::new(OmschrijvingBlhEValue::OuderMetGezag).into(),
            ],
            heeft_relevant: vec![Value(ZakedcVto::new(EdcVto {
                identificatie: "0014-DOC-2026-004411".into(),
                creatiedatum: "20260302".into(),
                inhoud: BinaireInhoudVto {
                    bestandsnaam: "verzoek-tot-onderzoek.pdf".into(),
                    value: "JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZz4+ZW5kb2JqCnRyYWlsZXI8PC9Sb290IDEgMCBSPj4KJSVFT0YK".into(),
                    ..Default::default()
                },
                ..EdcVto::new(OmschrijvingDctVtoEValue::VerzoekTotOnderzoekRvdK)
            }))],
            ..Default::default()
        },
    }
    // construction ends
}

fn main() {
    match build().to_xml() {
        Ok(xml) => print!("{xml}"),
        Err(e) => {
            for v in e.violations {
                eprintln!("{v}");
            }
            std::process::exit(1);
        }
    }
}
