//! The 1.0.7 builders: every root's file, compiled with `schema` naming
//! `stuf_jz::v1_0_7`.
// The builders of the roots both versions share are one file each,
// compiled here and in the other version's module.
#![allow(clippy::duplicate_mod)]

use stuf_jz::v1_0_7 as schema;

#[path = "notificatie.rs"]
mod notificatie;
#[path = "notificatiejr.rs"]
mod notificatiejr;
#[path = "stuurgegevens.rs"]
mod stuurgegevens;
#[path = "vt_melding.rs"]
mod vt_melding;
#[path = "vt_terugkoppeling.rs"]
mod vt_terugkoppeling;
#[path = "vto.rs"]
mod vto;
#[path = "zorgmelding.rs"]
mod zorgmelding;
#[path = "zorgmelding_terugkoppeling.rs"]
mod zorgmelding_terugkoppeling;

/// One message per 1.0.7 root, built in code.
pub fn messages() -> Vec<schema::Message> {
    vec![
        vto::build().into(),
        notificatie::build().into(),
        notificatiejr::build().into(),
        vt_melding::build(&vt_melding::Melding {
            zender: ("Politie", "BVH"),
            ontvanger: ("Veilig Thuis Limburg-Noord", "VTRegistratie"),
            referentienummer: "POL-LB-2026-0120055",
            tijdstip_bericht: "20260210060102000",
            identificatie: "PL2300-2026019812",
            datum_melding: "20260210",
            datum_incident: "20260209",
            locatie_incident: "Venlo",
            omschrijving_incident: "Ruzie tussen partners met kinderen in huis.",
            zorgelijke_situatie: "Huiselijk geweld, kinderen getuige.",
            geslachtsnaam: "Peeters",
            geslacht: schema::bg::Geslachtsaanduiding::V,
        })
        .into(),
        vt_terugkoppeling::build(&vt_terugkoppeling::Terugkoppeling {
            zender: ("Veilig Thuis Limburg-Noord", "VTRegistratie"),
            ontvanger: ("Politie", "BVH"),
            referentienummer: "VTLN-TK-2026-000087",
            tijdstip_bericht: "20260224150000000",
            status: schema::zkn::StatusVeiligheidsbeoordeling::AfsluitingZonderOverdracht,
            vt_melding: "PL2300-2026019812",
            naam: "Veilig Thuis Limburg-Noord",
            oin: "00000001620966543000",
        })
        .into(),
        zorgmelding::build().into(),
        zorgmelding_terugkoppeling::build().into(),
    ]
}
