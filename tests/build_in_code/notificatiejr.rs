//! `notificatiejrDi01` (`examples/messages/<version>/notificatiejrDi01/minimal.xml`):
//! a jeugdreclassering notification from the Raad voor de Kinderbescherming.

use stuf_jz::types::Nillable::Value;

use super::schema::jz::NotificatiejrDi01;
use super::schema::stuf::StuurgegevensNotificatiejrDi01;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// The minimal notificatiejrDi01.
pub fn build() -> NotificatiejrDi01 {
    // construction begins
    NotificatiejrDi01 {
        stuurgegevens: StuurgegevensNotificatiejrDi01 {
            zender: systeem("RC0117", "KBS"),
            ontvanger: systeem("0193", "JZG"),
            referentienummer: "RVDK-ZWL-2026-010044".into(),
            tijdstip_bericht: "20260205113000000".into(),
            ..Default::default()
        },
        object: ZakNotificatiejr {
            extra_elementen: [("datumSignaal", "20260204")].into_iter().collect(),
            heeft_betrekking_op: Value(ZakobjNotificatiejr {
                omschrijving: OmschrijvingBtrZorgmeldingEValue::Jeugdige.into(),
                ..Default::default()
            }),
            ..Default::default()
        },
    }
    // construction ends
}
