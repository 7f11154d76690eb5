//! `meldingGeneriekDi01` (1.0.9,
//! `examples/messages/1.0.9/meldingGeneriekDi01/minimal.xml`): the Politie
//! sends a generic melding to Veilig Thuis.

use stuf_jz::types::Nillable::Value;
use stuf_jz::types::Presence;

use super::generiek::{systeem_e, uitvoerende};
use super::schema::jz::*;
use super::schema::stuf::StuurgegevensMeldingGeneriekDi01;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// The minimal meldingGeneriekDi01.
pub fn build() -> MeldingGeneriekDi01 {
    // construction begins
    MeldingGeneriekDi01 {
        stuurgegevens: StuurgegevensMeldingGeneriekDi01 {
            zender: systeem("POL", "BVH"),
            ontvanger: systeem_e("VTU", "VTS"),
            referentienummer: "GM-2026-000001".into(),
            tijdstip_bericht: "20260318".into(),
            ..Default::default()
        },
        object: ZakMgMeldingE {
            identificatie: "GM000001".into(),
            heeft_als_uitvoerende: Value(uitvoerende()),
            betreft: ZakzosGm {
                gerelateerde: Value(ZosGm {
                    omschrijving_zorgelijke_situatie: "Zorgen om de veiligheid van een kind."
                        .into(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            datum_tijd_melding: "20260318".into(),
            verzoek_omschrijving: "Veiligheidsbeoordeling".into(),
            ..ZakMgMeldingE::new(
                ZakobjGmMelding {
                    entiteittype: Presence::Absent,
                    gerelateerde: Value(ZakobjGmMeldingGerelateerde {
                        entiteittype: Presence::Absent,
                        ..Default::default()
                    }),
                    ..ZakobjGmMelding::new(BetrokkenheidHoedanigheidType::V002)
                },
                SoortMeldingContentType::Vt,
            )
        },
    }
    // construction ends
}
