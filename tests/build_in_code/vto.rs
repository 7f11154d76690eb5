//! `vtoDi01` (`examples/messages/<version>/vtoDi01/minimal.xml`): a
//! municipality asks the Raad voor de Kinderbescherming for an
//! investigation (the message of `examples/build_vto.rs`, for both
//! versions).

use stuf_jz::types::Nillable::Value;

use super::schema::bg::{nps_vto_kind, NpsVtoKind};
use super::schema::jz::VtoDi01;
use super::schema::stuf::*;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// The minimal vtoDi01.
pub fn build() -> VtoDi01 {
    // construction begins
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
