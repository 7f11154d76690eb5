//! `vtMeldingDi01` (`examples/messages/<version>/vtMeldingDi01/minimal.xml`):
//! the Politie reports a case of domestic violence to Veilig Thuis. The two
//! versions' samples have the same structure and different values.

use stuf_jz::types::Nillable::Value;
use stuf_jz::types::Presence;

use super::schema::bg::{Geslachtsaanduiding, NpsVtMeldingBnpE};
use super::schema::jz::*;
use super::schema::stuf::{Indic, StuurgegevensVtMeldingDi01};
use super::schema::zkn::{BtrREVtMelding, OmschrijvingBlhEValue};
use super::stuurgegevens::systeem;

/// What a police system knows of the incident it reports.
pub struct Melding {
    /// Zender: organisatie, applicatie.
    pub zender: (&'static str, &'static str),
    /// Ontvanger: organisatie, applicatie.
    pub ontvanger: (&'static str, &'static str),
    pub referentienummer: &'static str,
    pub tijdstip_bericht: &'static str,
    pub identificatie: &'static str,
    pub datum_melding: &'static str,
    pub datum_incident: &'static str,
    pub locatie_incident: &'static str,
    pub omschrijving_incident: &'static str,
    pub zorgelijke_situatie: &'static str,
    /// The youngster's family name and sex.
    pub geslachtsnaam: &'static str,
    pub geslacht: Geslachtsaanduiding,
}

/// The minimal vtMeldingDi01 of `m`.
pub fn build(m: &Melding) -> VtMeldingDi01 {
    // construction begins
    VtMeldingDi01 {
        stuurgegevens: StuurgegevensVtMeldingDi01 {
            zender: systeem(m.zender.0, m.zender.1),
            ontvanger: systeem(m.ontvanger.0, m.ontvanger.1),
            referentienummer: m.referentienummer.into(),
            tijdstip_bericht: m.tijdstip_bericht.into(),
            ..Default::default()
        },
        object: VtmVtMelding {
            identificatie_vt_melding: m.identificatie.into(),
            datum_melding: m.datum_melding.into(),
            datum_incident: m.datum_incident.into(),
            locatie_incident: m.locatie_incident.into(),
            omschrijving_incident: m.omschrijving_incident.into(),
            betreft: Value(VtmzosVtMelding {
                gerelateerde: Value(ZosVtMelding {
                    omschrijving_zorgelijke_situatie: m.zorgelijke_situatie.into(),
                    heeft_betrokken: vec![Value(ZosnpsVtMelding::new(
                        NpsVtMeldingBnpE {
                            geslachtsnaam: m.geslachtsnaam.into(),
                            ..NpsVtMeldingBnpE::new(m.geslacht)
                        },
                        OmschrijvingBlhEValue::Jeugdige,
                    ))],
                    ..Default::default()
                }),
                ..Default::default()
            }),
            is_ingediend_door: Value(VtmbtrVtMelding {
                gerelateerde: Value(BtrREVtMelding {
                    entiteittype: Presence::Absent,
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..VtmVtMelding::new(Indic::Nee, Indic::Nee)
        },
    }
    // construction ends
}
