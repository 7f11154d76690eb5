//! The 1.0.9 builders: the roots 1.0.9 shares with 1.0.7 (their files
//! compiled with `schema` naming `stuf_jz::v1_0_9`) and the six roots only
//! 1.0.9 has.
// The builders of the roots both versions share are one file each,
// compiled here and in the other version's module.
#![allow(clippy::duplicate_mod)]

use stuf_jz::v1_0_9 as schema;

#[path = "generiek.rs"]
mod generiek;
#[path = "melding_generiek.rs"]
mod melding_generiek;
#[path = "notificatie.rs"]
mod notificatie;
#[path = "notificatiejr.rs"]
mod notificatiejr;
#[path = "stuurgegevens.rs"]
mod stuurgegevens;
#[path = "uci.rs"]
mod uci;
#[path = "ucob.rs"]
mod ucob;
#[path = "uitkomst_melding_generiek.rs"]
mod uitkomst_melding_generiek;
#[path = "vci.rs"]
mod vci;
#[path = "vcob.rs"]
mod vcob;
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

/// One message per 1.0.9 root, built in code.
pub fn messages() -> Vec<schema::Message> {
    vec![
        vto::build().into(),
        notificatie::build().into(),
        notificatiejr::build().into(),
        vt_melding::build(&vt_melding::Melding {
            zender: ("POL", "BVH"),
            ontvanger: ("VTU", "VTS"),
            referentienummer: "VTM-2026-000001",
            tijdstip_bericht: "20260320",
            identificatie: "PL0900-2026-000001",
            datum_melding: "20260320",
            datum_incident: "20260319",
            locatie_incident: "Utrecht",
            omschrijving_incident: "Huiselijk geweld",
            zorgelijke_situatie: "Zorgen om de veiligheid van een kind.",
            geslachtsnaam: "Jansen",
            geslacht: schema::bg::Geslachtsaanduiding::M,
        })
        .into(),
        vt_terugkoppeling::build(&vt_terugkoppeling::Terugkoppeling {
            zender: ("VTU", "VTS"),
            ontvanger: ("POL", "BVH"),
            referentienummer: "VTT-2026-000001",
            tijdstip_bericht: "20260321",
            status: schema::zkn::StatusVeiligheidsbeoordeling::MeldingNietOntvankelijk,
            vt_melding: "PL0900-2026-000001",
            naam: "Veilig Thuis Utrecht",
            oin: "00000001234567890000",
        })
        .into(),
        zorgmelding::build().into(),
        zorgmelding_terugkoppeling::build().into(),
        melding_generiek::build().into(),
        uitkomst_melding_generiek::build().into(),
        uci::build().into(),
        ucob::build().into(),
        vci::build().into(),
        vcob::build().into(),
    ]
}
