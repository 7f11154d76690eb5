//! `zorgmeldingDi01` (`examples/messages/<version>/zorgmeldingDi01/minimal.xml`):
//! the Politie sends a zorgmelding jeugd to a municipality.

use stuf_jz::types::Nillable::Value;

use super::schema::jz::ZorgmeldingDi01;
use super::schema::stuf::StuurgegevensZorgmeldingDi01;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// The minimal zorgmeldingDi01.
pub fn build() -> ZorgmeldingDi01 {
    // construction begins
    ZorgmeldingDi01 {
        stuurgegevens: StuurgegevensZorgmeldingDi01 {
            zender: systeem("Politie", "BVH"),
            ontvanger: systeem("0479", "JZG"),
            referentienummer: "POL-NH-2026-0031877".into(),
            tijdstip_bericht: "20260114071522000".into(),
            ..Default::default()
        },
        object: ZakZorgmelding {
            kenmerk: Value(KenmerkGrpZorgmelding {
                kenmerk: "PL1200-2026011344".into(),
                ..Default::default()
            }),
            extra_elementen: [("datumZorgmelding", "20260113")].into_iter().collect(),
            heeft_als_initiator: Value(ZakbtriniZorgmelding {
                heeft_als_aanspreekpunt: Value(ZakbtrinictpZorgmelding {
                    gerelateerde: CtpZorgmelding {
                        naam: "Wijkagent K. Visser".into(),
                        ..Default::default()
                    },
                    ..Default::default()
                }),
                ..Default::default()
            }),
            heeft_relevant: Value(ZakedcZorgmelding {
                gerelateerde: Value(EdcZorgmelding {
                    creatiedatum: "20260113".into(),
                    inhoud: "JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZz4+ZW5kb2JqCnRyYWlsZXI8PC9Sb290IDEgMCBSPj4KJSVFT0YK".into(),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        },
    }
    // construction ends
}
