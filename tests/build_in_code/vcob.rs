//! `vcobDi01` (1.0.9, `examples/messages/1.0.9/vcobDi01/minimal.xml`):
//! Veilig Thuis asks CORV whether the Raad voor de Kinderbescherming is
//! involved.

use stuf_jz::types::Presence;

use super::generiek::object;
use super::schema::jz::*;
use super::schema::stuf::StuurgegevensVcobDi01;
use super::schema::zkn::ZakobjVcobVci;
use super::stuurgegevens::systeem;

/// The minimal vcobDi01.
pub fn build() -> VcobDi01 {
    // construction begins
    VcobDi01 {
        stuurgegevens: StuurgegevensVcobDi01 {
            zender: systeem("VTU", "VTS"),
            ontvanger: systeem("CORV", "CORV"),
            referentienummer: "VV-2026-000001".into(),
            tijdstip_bericht: "20260316".into(),
            ..Default::default()
        },
        object: VvzVcob {
            identificatie: "VVZ00001".into(),
            heeft_betrekking_op: ZakobjVcobVci {
                entiteittype: Presence::Absent,
                gerelateerde: object(),
                ..Default::default()
            },
            ..VvzVcob::new(
                SoortVerzoekerEValue::V05,
                GrpRedenverzoek::new(RedenMeldingContentTypeEnum::V01),
            )
        },
    }
    // construction ends
}
