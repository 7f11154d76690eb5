//! `zorgmeldingTerugkoppelingDi01`
//! (`examples/messages/<version>/zorgmeldingTerugkoppelingDi01/minimal.xml`):
//! a municipality reports back to the Politie on a zorgmelding.

use stuf_jz::types::Nillable::Value;
use stuf_jz::types::Presence;

use super::schema::jz::ZorgmeldingTerugkoppelingDi01;
use super::schema::stuf::StuurgegevensZorgmeldingTerugkoppelingDi01;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// The minimal zorgmeldingTerugkoppelingDi01.
pub fn build() -> ZorgmeldingTerugkoppelingDi01 {
    // construction begins
    ZorgmeldingTerugkoppelingDi01 {
        stuurgegevens: StuurgegevensZorgmeldingTerugkoppelingDi01 {
            zender: systeem("0479", "JZG"),
            ontvanger: systeem("Politie", "BVH"),
            referentienummer: "0479-ZMT-2026-000031".into(),
            tijdstip_bericht: "20260121100000000".into(),
            ..Default::default()
        },
        object: ZakZorgmeldingTerugkoppeling {
            identificatie: "0479-ZM-2026-00031".into(),
            kenmerk: KenmerkGrpZorgmeldingTerugkoppeling {
                kenmerk: "PL1200-2026011344".into(),
                ..Default::default()
            },
            is_van: Value(ZakzktZorgmeldingTerugkoppeling {
                gerelateerde: Value(ZktZorgmeldingTerugkoppeling {
                    entiteittype: Presence::Absent,
                    ..Default::default()
                }),
                ..Default::default()
            }),
            heeft_als_initiator: Value(ZakbtriniZorgmeldingTerugkoppeling {
                heeft_als_aanspreekpunt: Value(ZakbtrinictpZorgmeldingTerugkoppeling {
                    gerelateerde: CtpIniZorgmeldingTerugkoppeling {
                        naam: "Wijkagent K. Visser".into(),
                        ..Default::default()
                    },
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..ZakZorgmeldingTerugkoppeling::new(ResultaatGrpZorgmeldingTerugkoppeling {
                omschrijving: OmschrijvingResultaatZorgmeldingTerugkoppelingEValue::GeenActieNodig
                    .into(),
            })
        },
    }
    // construction ends
}
