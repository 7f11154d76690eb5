//! `uciDi01` (1.0.9, `examples/messages/1.0.9/uciDi01/minimal.xml`): the
//! Raad voor de Kinderbescherming answers a verzoek om informatie.

use super::generiek::{object, uitvoerende};
use super::schema::bg::Indicatie;
use super::schema::jz::{UciDi01, VvzUci};
use super::schema::stuf::StuurgegevensUciDi01;
use super::schema::zkn::ZakobjUciBtr;
use super::stuurgegevens::systeem;

/// The minimal uciDi01.
pub fn build() -> UciDi01 {
    // construction begins
    UciDi01 {
        stuurgegevens: StuurgegevensUciDi01 {
            zender: systeem("RC0115", "KBS"),
            ontvanger: systeem("VTU", "VTS"),
            referentienummer: "RVDK-VV-0002".into(),
            tijdstip_bericht: "20260317".into(),
            cross_refnummer: "VV-2026-000002".into(),
            ..Default::default()
        },
        object: vec![VvzUci {
            identificatie: "RVDK-00002".into(),
            verzoekidentificatie: "VVZ00002".into(),
            heeft_als_uitvoerende: uitvoerende(),
            ..VvzUci::new(ZakobjUciBtr {
                gerelateerde: object(),
                ..ZakobjUciBtr::new(Indicatie::J)
            })
        }],
    }
    // construction ends
}
