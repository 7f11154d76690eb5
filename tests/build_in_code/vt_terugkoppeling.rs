//! `vtTerugkoppelingDi01`
//! (`examples/messages/<version>/vtTerugkoppelingDi01/minimal.xml`): Veilig
//! Thuis reports back to the Politie on a VT-melding. The two versions'
//! samples have the same structure and different values.

use stuf_jz::types::Nillable::Value;
use stuf_jz::types::Presence;

use super::schema::jz::{VtTerugkoppelingDi01, VtmVtTerugkoppeling};
use super::schema::stuf::StuurgegevensVtTerugkoppelingDi01;
use super::schema::zkn::*;
use super::stuurgegevens::systeem;

/// What a Veilig Thuis system reports back.
pub struct Terugkoppeling {
    /// Zender: organisatie, applicatie.
    pub zender: (&'static str, &'static str),
    /// Ontvanger: organisatie, applicatie.
    pub ontvanger: (&'static str, &'static str),
    pub referentienummer: &'static str,
    pub tijdstip_bericht: &'static str,
    pub status: StatusVeiligheidsbeoordeling,
    /// The identificatie of the VT-melding it answers.
    pub vt_melding: &'static str,
    /// The Veilig Thuis organisation that did the work: naam, OIN.
    pub naam: &'static str,
    pub oin: &'static str,
}

/// The minimal vtTerugkoppelingDi01 of `t`.
pub fn build(t: &Terugkoppeling) -> VtTerugkoppelingDi01 {
    // construction begins
    VtTerugkoppelingDi01 {
        stuurgegevens: StuurgegevensVtTerugkoppelingDi01 {
            zender: systeem(t.zender.0, t.zender.1),
            ontvanger: systeem(t.ontvanger.0, t.ontvanger.1),
            referentienummer: t.referentienummer.into(),
            tijdstip_bericht: t.tijdstip_bericht.into(),
            ..Default::default()
        },
        object: ZakVtTerugkoppelingE {
            naar_aanleiding_van: ZakvtmVtTerugkoppeling {
                gerelateerde: Value(VtmVtTerugkoppeling {
                    identificatie_vt_melding: t.vt_melding.into(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            is_uitgevoerd_door: ZakbtrVtTerugkoppeling {
                gerelateerde: Value(BtrREVtTerugkoppeling {
                    entiteittype: Presence::Absent,
                    naam: t.naam.into(),
                    oin_nummer: t.oin.into(),
                }),
                ..Default::default()
            },
            ..ZakVtTerugkoppelingE::new(t.status)
        },
    }
    // construction ends
}
