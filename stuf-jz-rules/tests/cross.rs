//! The rules across two messages.

use std::path::Path;

use stuf_jz_rules::{check_notificatie_vto, check_terugkoppeling_bsn, ids};

fn sample(path: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages/1.0.7")
        .join(path);
    std::fs::read_to_string(file).unwrap()
}

#[test]
fn terugkoppeling_names_the_client_of_its_melding() {
    let melding = sample("zorgmeldingDi01/typical.xml");
    let terugkoppeling = sample("zorgmeldingTerugkoppelingDi01/typical.xml");
    assert!(check_terugkoppeling_bsn(melding.as_str(), terugkoppeling.as_str()).is_empty());
    let other = terugkoppeling.replacen("<b:inp.bsn>974720756<", "<b:inp.bsn>725763863<", 1);
    assert_ne!(other, terugkoppeling);
    let found = check_terugkoppeling_bsn(melding.as_str(), other.as_str());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, ids::TERUGKOPPELING_BSN);
    assert_eq!(found[0].path, "/zorgmeldingTerugkoppelingDi01/object/heeftBetrekkingOp/gerelateerde/natuurlijkPersoon/inp.bsn");
    assert_eq!(found[0].position.map(|p| p.line), Some(39));
    assert!(found[0].message.contains("974720756"), "{}", found[0]);
    #[cfg(feature = "v1_0_7")]
    {
        // Typed messages: the same verdict, without positions.
        let m = stuf_jz::v1_0_7::Message::read(&melding).0.unwrap();
        let t = stuf_jz::v1_0_7::Message::read(&other).0.unwrap();
        let typed = check_terugkoppeling_bsn(&m, &t);
        assert_eq!(typed.len(), 1);
        assert_eq!(typed[0].path, found[0].path);
        assert!(typed[0].position.is_none());
    }
}

#[test]
fn notificatie_refers_to_its_vto_by_zaak_identificatie() {
    let notificatie = sample("notificatieDi01/typical.xml");
    let vto = sample("vtoDi01/typical.xml");
    // The bundled notificatie reports on VTO 0363-VTO-2026-001204, not this one.
    let found = check_notificatie_vto(notificatie.as_str(), vto.as_str());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, ids::NOTIFICATIE_VTO);
    assert_eq!(
        found[0].path,
        "/notificatieDi01/object/heeftBetrekkingOpAndere/gerelateerde/identificatie"
    );
    assert_eq!(found[0].value.as_deref(), Some("0363-VTO-2026-001204"));
    let its_vto = vto.replacen(">0344-VTO-2026-000482<", ">0363-VTO-2026-001204<", 1);
    assert!(check_notificatie_vto(notificatie.as_str(), its_vto.as_str()).is_empty());
}
