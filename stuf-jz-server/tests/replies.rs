//! Reply construction from typed messages of both versions: the
//! stuurgegevens StUF 03.01 §4.4.1 prescribes, a fixed clock and a
//! counting reference generator, and the codes Tabel 4.1 allows.

use std::path::Path;

use chrono::NaiveDate;
use stuf_jz_server::header::Header;
use stuf_jz_server::reply::{CountingReferences, FixedClock, Replier, ReplyError};
use stuf_jz_types::{FoType, Foutcode, StufMessage};

fn sample(version: &str, root: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages")
        .join(version)
        .join(root)
        .join("typical.xml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn replier() -> Replier {
    let at = NaiveDate::from_ymd_opt(2026, 3, 11)
        .unwrap()
        .and_hms_milli_opt(14, 30, 7, 250)
        .unwrap();
    Replier::new(CountingReferences::new("TEST", 7), FixedClock::new(at))
}

#[test]
fn a_bv03_answers_a_typed_1_0_7_message() {
    let vto = stuf_jz::v1_0_7::Message::from_xml(&sample("1.0.7", "vtoDi01")).unwrap();
    let replier = replier();
    let bv03 = replier.acknowledge(&vto).unwrap();
    let typed = bv03.to_v1_0_7().unwrap();
    assert_eq!(typed.root_name(), "Bv03Bericht");
    let (got, asked) = (typed.stuurgegevens(), vto.stuurgegevens());
    assert_eq!(got.berichtcode.as_str(), "Bv03");
    assert_eq!(got.zender, asked.ontvanger);
    assert_eq!(got.ontvanger, asked.zender);
    assert_eq!(got.cross_ref_nummer, asked.referentienummer);
    assert_eq!(got.referentienummer.as_deref(), Some("TEST-7"));
    assert_eq!(got.tijdstip_bericht.as_deref(), Some("20260311143007250"));
    // The next reply gets the next reference.
    let bv01 = replier.processed(&vto, &["verwerkt"]).unwrap();
    assert_eq!(bv01.referentienummer, "TEST-8");
    assert_eq!(bv01.to_v1_0_7().unwrap().root_name(), "Bv01Bericht");
}

#[test]
fn replies_are_valid_1_0_9_messages_too() {
    let vcob = stuf_jz::v1_0_9::Message::from_xml(&sample("1.0.9", "vcobDi01")).unwrap();
    let replier = replier();
    for reply in [
        replier.acknowledge(&vcob).unwrap(),
        replier.accept_for_delivery(&vcob).unwrap(),
        replier
            .reject(&vcob, Foutcode::StUF016, Some("dubbel"))
            .unwrap(),
        replier
            .reject(&vcob, Foutcode::StUF055, Some("schema"))
            .unwrap(),
    ] {
        let typed = reply.to_v1_0_9().unwrap();
        assert_eq!(typed.root_name(), reply.root());
        assert_eq!(
            typed.stuurgegevens().cross_ref_nummer,
            vcob.stuurgegevens().referentienummer
        );
    }
}

#[test]
fn reject_picks_fo03_or_fo01_after_the_table() {
    let melding = Header::read(&sample("1.0.7", "zorgmeldingDi01")).unwrap();
    let replier = replier();
    let fo03 = replier.reject(&melding, Foutcode::StUF016, None).unwrap();
    assert_eq!(fo03.berichtcode, "Fo03");
    assert!(fo03.xml.contains("<StUF:plek>client</StUF:plek>"));
    assert!(fo03.xml.contains(Foutcode::StUF016.omschrijving()));
    let fo01 = replier
        .reject(&melding, Foutcode::StUF055, Some("a <b> & c"))
        .unwrap();
    assert_eq!(fo01.berichtcode, "Fo01");
    assert!(fo01.xml.contains("a &lt;b&gt; &amp; c"));
    // StUF055 in a Fo03 is what some implementations do; the table does not allow it.
    assert_eq!(
        replier.reject_as(FoType::Fo03, &melding, Foutcode::StUF055, None),
        Err(ReplyError::CodeNotAllowed(Foutcode::StUF055, FoType::Fo03))
    );
    // A Fo02-only code cannot be sent asynchronously at all.
    assert!(matches!(
        replier.reject(&melding, Foutcode::StUF049, None),
        Err(ReplyError::CodeNotAllowed(Foutcode::StUF049, _))
    ));
    // Details longer than StUF:Foutdetails allows are cut, the reply stays valid.
    let long = "x".repeat(5000);
    let fo01 = replier
        .reject(&melding, Foutcode::StUF058, Some(&long))
        .unwrap();
    stuf_jz::v1_0_7::Message::from_xml(&fo01.xml).unwrap();
}

#[test]
fn a_reply_that_would_break_the_schema_is_refused() {
    // A received message without an applicatie in zender: the reply's
    // ontvanger would lack the required StUF:applicatie.
    let mut header = Header::read(&sample("1.0.7", "zorgmeldingDi01")).unwrap();
    header.zender.applicatie = None;
    match replier().acknowledge(&header) {
        Err(ReplyError::Invalid(violations)) => {
            assert!(
                violations.iter().any(|v| v.path.contains("ontvanger")),
                "{violations:?}"
            )
        }
        other => panic!("{other:?}"),
    }
}
