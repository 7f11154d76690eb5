//! `uitkomstMeldingGeneriekDi01` (1.0.9,
//! `examples/messages/1.0.9/uitkomstMeldingGeneriekDi01/minimal.xml`):
//! Veilig Thuis reports the outcome of a generic melding.

use super::generiek::{systeem_e, uitvoerende};
use super::schema::jz::*;
use super::schema::stuf::StuurgegevensUitkomstMeldingGeneriekDi01;
use super::stuurgegevens::systeem;

/// The minimal uitkomstMeldingGeneriekDi01.
pub fn build() -> UitkomstMeldingGeneriekDi01 {
    // construction begins
    UitkomstMeldingGeneriekDi01 {
        stuurgegevens: StuurgegevensUitkomstMeldingGeneriekDi01 {
            zender: systeem("VTU", "VTS"),
            ontvanger: systeem_e("POL", "BVH"),
            referentienummer: "UGM-2026-000001".into(),
            tijdstip_bericht: "20260320".into(),
            ..Default::default()
        },
        object: ZakGmUitkomstmeldingE {
            identificatie: "UGM00001".into(),
            heeft_als_uitvoerende: uitvoerende(),
            uw_identificatie: "GM000001".into(),
            ..ZakGmUitkomstmeldingE::new(
                SoortMeldingContentType::Vt,
                StatusMeldingContentType::Vt00,
            )
        },
    }
    // construction ends
}
