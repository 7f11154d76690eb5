//! `vciDi01` (1.0.9, `examples/messages/1.0.9/vciDi01/minimal.xml`): Veilig
//! Thuis asks the Raad voor de Kinderbescherming for information.

use stuf_jz::types::Presence;

use super::generiek::object;
use super::schema::jz::*;
use super::schema::stuf::StuurgegevensVciDi01;
use super::schema::zkn::ZakobjVcobVci;
use super::stuurgegevens::systeem;

/// The minimal vciDi01.
pub fn build() -> VciDi01 {
    // construction begins
    VciDi01 {
        stuurgegevens: StuurgegevensVciDi01 {
            zender: systeem("VTU", "VTS"),
            ontvanger: systeem("RC0115", "KBS"),
            referentienummer: "VV-2026-000002".into(),
            tijdstip_bericht: "20260317".into(),
            ..Default::default()
        },
        object: VvzVci {
            identificatie: "VVZ00002".into(),
            specifieke_vraag: vec![SpecifiekeVraagVciE {
                code: "VT-001".into(),
            }],
            heeft_betrekking_op: ZakobjVcobVci {
                entiteittype: Presence::Absent,
                gerelateerde: object(),
                ..Default::default()
            },
            ..VvzVci::new(
                SoortVerzoekerEValue::V05,
                GrpRedenverzoek::new(RedenMeldingContentTypeEnum::V01),
            )
        },
    }
    // construction ends
}
