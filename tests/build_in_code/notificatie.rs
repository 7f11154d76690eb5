//! `notificatieDi01` (`examples/messages/<version>/notificatieDi01/minimal.xml`):
//! the Raad voor de Kinderbescherming tells a municipality the intake is done.

use stuf_jz::types::Nillable::Value;

use super::schema::bg::NpsNotificatieClient;
use super::schema::jz::NotificatieDi01;
use super::schema::stuf::StuurgegevensNotificatieDi01;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// The minimal notificatieDi01.
pub fn build() -> NotificatieDi01 {
    // construction begins
    NotificatieDi01 {
        stuurgegevens: StuurgegevensNotificatieDi01 {
            zender: systeem("RC0168", "KBS"),
            ontvanger: systeem("0034", "JZG"),
            referentienummer: "RVDK-LLS-2026-031877".into(),
            tijdstip_bericht: "20260320081500000".into(),
            ..Default::default()
        },
        object: ZakNotificatie::new(
            ZakobjNotificatie {
                gerelateerde: Value(ObjNotificatie {
                    natuurlijk_persoon: Some(Value(NpsNotificatieClient {
                        inp_bsn: Some("725763863".into()),
                        geslachtsnaam: Some("Bakker".into()),
                        voornamen: Some("Sem".into()),
                        geboortedatum: Some("20170611".into()),
                        ..Default::default()
                    })),
                }),
                ..ZakobjNotificatie::new(OmschrijvingClientEValue::ClientKind)
            },
            ZaksttNotificatie {
                datum_status_gezet: "20260319164210000".into(),
                ..ZaksttNotificatie::new(SttNotificatie::new(OmschrijvingSttEValue::IntakeAfgerond))
            },
        ),
    }
    // construction ends
}
