//! `ucobDi01` (1.0.9, `examples/messages/1.0.9/ucobDi01/minimal.xml`): the
//! Raad voor de Kinderbescherming answers a verzoek om onderzoek of
//! betrokkenheid.

use super::generiek::{object, uitvoerende};
use super::schema::bg::Indicatie;
use super::schema::jz::{UcobDi01, VvzUcob};
use super::schema::stuf::StuurgegevensUcobDi01;
use super::schema::zkn::ZakobjUcobBtr;
use super::stuurgegevens::systeem;

/// The minimal ucobDi01.
pub fn build() -> UcobDi01 {
    // construction begins
    UcobDi01 {
        stuurgegevens: StuurgegevensUcobDi01 {
            zender: systeem("RC0115", "KBS"),
            ontvanger: systeem("VTU", "VTS"),
            referentienummer: "RVDK-VV-0001".into(),
            tijdstip_bericht: "20260316".into(),
            cross_refnummer: "VV-2026-000001".into(),
            ..Default::default()
        },
        object: vec![VvzUcob {
            identificatie: "RVDK-00001".into(),
            verzoekidentificatie: "VVZ00001".into(),
            heeft_als_uitvoerende: uitvoerende(),
            ..VvzUcob::new(ZakobjUcobBtr {
                gerelateerde: object(),
                ..ZakobjUcobBtr::new(Indicatie::N)
            })
        }],
    }
    // construction ends
}
