//! The compliance scenarios of the StUF Testplatform (testset
//! "Testset_StUF-Koppelvlak Jeugdzorg Scenario's-1.0.1", sheet JZA) that
//! concern one message each, over real HTTP on 127.0.0.1: with this
//! crate's client and with `curl` as a foreign client.
//!
//! - SCN 1: vtoDi01 -> Bv04 (intermediary) or Bv03 (end node); then the
//!   Bv01 to the sender's endpoint, answered with Bv03.
//! - SCN 2: a vtoDi01 whose body breaks the schema -> Bv03; then Fo01
//!   StUF055 with the violations in details.
//! - The same as SCN 2 for a body the schema accepts but the rules beyond it
//!   do not (a BSN failing the 11-proef): Fo01 StUF055 naming the rule;
//!   Bv01 when the rules that run do not include it.
//! - SCN 8: the same zorgmeldingDi01 twice with one referentienummer ->
//!   the earlier answer for an identical repeat; Fo03 StUF016 for other
//!   content with that referentienummer.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use stuf_jz_server::client::{self, Verdict};
use stuf_jz_server::exchange::{Exchange, Role};
use stuf_jz_server::header::{Header, Party};
use stuf_jz_server::reply::{CountingReferences, Replier, SystemClock};
use stuf_jz_server::server::{self, Callback, Running};
use stuf_jz_server::soap;
use stuf_jz_server::store::{Entry, Store};

const TIMEOUT: Duration = Duration::from_secs(20);

fn sample(version: &str, root: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages")
        .join(version)
        .join(root)
        .join("typical.xml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stuf-jz-scn-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Node {
    running: Running,
    store: Arc<Store>,
}

fn node(name: &str, role: Role, callback: Option<String>, parties: Vec<Party>) -> Node {
    let callback = Callback {
        url: callback,
        backoff: Duration::from_millis(50),
        ..Callback::default()
    };
    node_with(name, role, callback, parties)
}

fn node_with(name: &str, role: Role, callback: Callback, parties: Vec<Party>) -> Node {
    let dir = temp_dir(name);
    let store = Arc::new(Store::open(dir.to_str().unwrap()).unwrap());
    let exchange = Exchange {
        role,
        parties,
        replier: Replier::new(CountingReferences::new(name.to_uppercase(), 1), SystemClock),
        store: Arc::clone(&store),
    };
    let running = server::start("127.0.0.1:0", exchange, callback).unwrap();
    Node { running, store }
}

/// Waits until `test` holds for some entry of the store.
fn wait_for(store: &Store, what: &str, test: impl Fn(&Entry) -> bool) -> Entry {
    let started = Instant::now();
    loop {
        if let Some(e) = store.list().unwrap().into_iter().find(|e| test(e)) {
            return e;
        }
        assert!(
            started.elapsed() < TIMEOUT,
            "timed out waiting for {what}: {:#?}",
            store.list().unwrap()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn post(url: &str, xml: &str) -> Verdict {
    client::post(url, xml, None, TIMEOUT).unwrap()
}

/// `curl` posting a SOAP envelope as a .NET client would; returns the
/// HTTP status and the answer.
fn curl(url: &str, envelope: &str, action: &str, dir: &Path) -> (u16, String) {
    let file = dir.join("request.xml");
    std::fs::write(&file, envelope).unwrap();
    let out = Command::new("curl")
        .args([
            "-s",
            "-S",
            "-w",
            "\n%{http_code}",
            "-H",
            "Content-Type: text/xml; charset=\"utf-8\"",
        ])
        .arg("-H")
        .arg(format!("SOAPAction: \"{action}\""))
        .arg("--data-binary")
        .arg(format!("@{}", file.display()))
        .arg(url)
        .output()
        .expect("curl must be installed (Debian package curl)");
    assert!(
        out.status.success(),
        "curl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (body, status) = text.rsplit_once('\n').unwrap();
    (status.trim().parse().unwrap(), body.to_string())
}

fn reference(xml: &str) -> String {
    Header::read(xml).unwrap().referentienummer.unwrap()
}

#[test]
fn scn1_vto_is_accepted_for_delivery_then_processed() {
    let municipality = node("gem1", Role::EndNode, None, Vec::new());
    let platform = node(
        "stp1",
        Role::Intermediary,
        Some(municipality.running.url()),
        Vec::new(),
    );
    let vto = sample("1.0.7", "vtoDi01");
    let vto_ref = reference(&vto);

    // Stap 1-2: vtoDi01 -> Bv04.
    match post(&platform.running.url(), &vto) {
        Verdict::Accepted {
            code,
            cross_ref_nummer,
            ..
        } => {
            assert_eq!(code, "Bv04");
            assert_eq!(cross_ref_nummer, vto_ref);
        }
        other => panic!("expected Bv04, got {other}"),
    }
    // Stap 3-4: the platform sends Bv01; the municipality answers Bv03.
    let bv01 = wait_for(&municipality.store, "the Bv01", |e| e.root == "Bv01Bericht");
    let header = Header::read(&bv01.message).unwrap();
    assert_eq!(header.cross_ref_nummer.as_deref(), Some(vto_ref.as_str()));
    let vto_header = Header::read(&vto).unwrap();
    assert_eq!(
        header.zender, vto_header.ontvanger,
        "zender and ontvanger swapped"
    );
    assert_eq!(header.ontvanger, vto_header.zender);
    stuf_jz::v1_0_7::Message::from_xml(&bv01.message).expect("the Bv01 is a valid 1.0.7 message");
    assert_eq!(bv01.answer_code, "Bv03");
    let sent = wait_for(&platform.store, "the callback outcome", |e| {
        !e.callback.is_empty()
    });
    assert!(
        sent.callback.starts_with("Bv01 sent") && sent.callback.contains("answered Bv03"),
        "{}",
        sent.callback
    );
    assert_eq!(sent.validation, "valid 1.0.7");

    // The same scenario from curl, against an end node: Bv03.
    let end_node = node("rvdk1", Role::EndNode, None, Vec::new());
    let dir = temp_dir("curl1");
    let other = vto.replace(&vto_ref, "UTR-VTO-20260311-000483");
    let (status, body) = curl(
        &end_node.running.url(),
        &soap::envelope(&other),
        "www.stufstandaarden.nl/koppelvlak/jz0100/vtoDi01",
        &dir,
    );
    assert_eq!(status, 200, "{body}");
    match client::verdict(status, &body) {
        Verdict::Accepted {
            code,
            cross_ref_nummer,
            ..
        } => {
            assert_eq!(code, "Bv03");
            assert_eq!(cross_ref_nummer, "UTR-VTO-20260311-000483");
        }
        other => panic!("expected Bv03, got {other}"),
    }
}

#[test]
fn scn2_vto_with_a_schema_error_gets_bv03_then_fo01_stuf055() {
    let municipality = node("gem2", Role::EndNode, None, Vec::new());
    let raad = node(
        "rvdk2",
        Role::EndNode,
        Some(municipality.running.url()),
        Vec::new(),
    );
    let vto = sample("1.0.7", "vtoDi01");
    let broken = vto.replace(
        "<ZKN:startdatum>20260304</ZKN:startdatum>",
        "<ZKN:startdatum>2026-03-04</ZKN:startdatum>",
    );
    assert_ne!(broken, vto, "the sample has the startdatum to break");
    match post(&raad.running.url(), &broken) {
        Verdict::Accepted { code, .. } => assert_eq!(code, "Bv03"),
        other => panic!("expected Bv03 (the stuurgegevens are right), got {other}"),
    }
    let fo01 = wait_for(&municipality.store, "the Fo01", |e| e.root == "Fo01Bericht");
    let verdict = client::verdict(500, &soap::fault(&fo01.message, true, "x"));
    match verdict {
        Verdict::Refused {
            berichtcode,
            code,
            plek,
            details,
            ..
        } => {
            assert_eq!(
                (berichtcode.as_str(), code.as_str(), plek.as_str()),
                ("Fo01", "StUF055", "client")
            );
            assert!(
                details.contains("startdatum"),
                "the violation is in details: {details}"
            );
        }
        other => panic!("expected Fo01, got {other}"),
    }
    stuf_jz::v1_0_7::Message::from_xml(&fo01.message).expect("the Fo01 is a valid 1.0.7 message");
    let stored = wait_for(&raad.store, "validation", |e| !e.callback.is_empty());
    assert!(
        stored.validation.starts_with("invalid 1.0.7"),
        "{}",
        stored.validation
    );
    assert!(
        stored.callback.contains("answered Bv03"),
        "{}",
        stored.callback
    );
}

/// The Fo01 of a stored reply, as the client reads it.
#[cfg(feature = "rules")]
fn refusal(fo01: &Entry) -> (String, String, String) {
    match client::verdict(500, &soap::fault(&fo01.message, true, "x")) {
        Verdict::Refused {
            berichtcode,
            code,
            details,
            ..
        } => (berichtcode, code, details),
        other => panic!("expected Fo01, got {other}"),
    }
}

#[cfg(feature = "rules")]
#[test]
fn a_vto_that_breaks_a_rule_gets_bv03_then_fo01_stuf055() {
    use stuf_jz_server::server::RuleCheck;
    use stuf_jz_server::stuf_jz_rules::{Group, RuleSet};

    let vto = sample("1.0.7", "vtoDi01");
    let broken = vto.replacen(
        "<BG:inp.bsn>973676188</BG:inp.bsn>",
        "<BG:inp.bsn>973676189</BG:inp.bsn>",
        1,
    );
    assert_ne!(broken, vto, "the sample has the BSN to change");
    assert!(stuf_jz::SchemaVersion::V1_0_7.validate(&broken).is_empty());

    // Every rule (the default): Fo01 StUF055 naming the rule and the element.
    let municipality = node("gem3", Role::EndNode, None, Vec::new());
    let raad = node(
        "rvdk3",
        Role::EndNode,
        Some(municipality.running.url()),
        Vec::new(),
    );
    match post(&raad.running.url(), &broken) {
        Verdict::Accepted { code, .. } => assert_eq!(code, "Bv03"),
        other => panic!("expected Bv03, got {other}"),
    }
    let fo01 = wait_for(&municipality.store, "the Fo01", |e| e.root == "Fo01Bericht");
    let (berichtcode, code, details) = refusal(&fo01);
    assert_eq!((berichtcode.as_str(), code.as_str()), ("Fo01", "StUF055"));
    // The line is that of the message as stored (the SOAP body's message).
    let stored = wait_for(&raad.store, "the callback", |e| !e.callback.is_empty());
    let line = stored
        .message
        .lines()
        .position(|l| l.contains("973676189"))
        .unwrap()
        + 1;
    assert!(
        details.starts_with(&format!(
            "bsn-11-proef at /vtoDi01/object/heeftBetrekkingOp/gerelateerde/natuurlijkPersoon/inp.bsn ({line}:11): "
        )),
        "{details}"
    );
    assert!(
        stored
            .validation
            .starts_with("invalid 1.0.7: 1 rule error: bsn-11-proef at "),
        "{}",
        stored.validation
    );

    // Only the StUF 03.01 rules: the BSN is not checked, the VTO gets Bv01.
    let stuf_only = Callback {
        url: Some(municipality.running.url()),
        backoff: Duration::from_millis(50),
        rules: Some(RuleCheck {
            set: RuleSet::group(Group::Stuf),
            ..RuleCheck::default()
        }),
        ..Callback::default()
    };
    let raad = node_with("rvdk4", Role::EndNode, stuf_only, Vec::new());
    // Its own store: the same message is new to it.
    match post(&raad.running.url(), &broken) {
        Verdict::Accepted { code, .. } => assert_eq!(code, "Bv03"),
        other => panic!("expected Bv03, got {other}"),
    }
    let bv01 = wait_for(&municipality.store, "the Bv01", |e| e.root == "Bv01Bericht");
    assert_eq!(
        Header::read(&bv01.message).unwrap().cross_ref_nummer,
        Header::read(&broken).unwrap().referentienummer
    );
    let stored = wait_for(&raad.store, "the callback", |e| !e.callback.is_empty());
    assert_eq!(stored.validation, "valid 1.0.7");
}

#[test]
fn scn8_a_repeated_referentienummer() {
    let vt = node("vt8", Role::EndNode, None, Vec::new());
    let url = vt.running.url();
    let melding = sample("1.0.7", "zorgmeldingDi01");
    let first = match post(&url, &melding) {
        Verdict::Accepted {
            code,
            referentienummer,
            ..
        } => {
            assert_eq!(code, "Bv03");
            referentienummer
        }
        other => panic!("expected Bv03, got {other}"),
    };
    // The identical message again: the earlier Bv03, not stored twice.
    match post(&url, &melding) {
        Verdict::Accepted {
            referentienummer, ..
        } => assert_eq!(referentienummer, first),
        other => panic!("expected the earlier Bv03, got {other}"),
    }
    // Other content, same referentienummer: Fo03 StUF016 as a SOAP fault.
    let changed = melding.replace("20260322023855140", "20260322023855999");
    assert_ne!(changed, melding);
    let dir = temp_dir("curl8");
    let (status, body) = curl(
        &url,
        &soap::envelope(&changed),
        "http://www.egem.nl/StUF/sector/zkn/0310/zorgmeldingDi01",
        &dir,
    );
    assert_eq!(status, 500, "a fault is HTTP 500: {body}");
    assert!(
        body.contains("<faultcode>soap:Client</faultcode>"),
        "{body}"
    );
    match client::verdict(status, &body) {
        Verdict::Refused {
            berichtcode, code, ..
        } => assert_eq!((berichtcode.as_str(), code.as_str()), ("Fo03", "StUF016")),
        other => panic!("expected Fo03 StUF016, got {other}"),
    }
    // curl repeating the identical message gets the earlier Bv03 too.
    let (status, body) = curl(
        &url,
        &soap::envelope(&melding),
        "http://www.stufstandaarden.nl/koppelvlak/jz0100/zorgmeldingDi01",
        &dir,
    );
    assert_eq!(status, 200);
    assert!(
        matches!(client::verdict(status, &body), Verdict::Accepted { referentienummer, .. } if referentienummer == first)
    );
    assert_eq!(vt.store.list().unwrap().len(), 1, "stored exactly once");
}

fn code_of(v: Verdict) -> String {
    match v {
        Verdict::Refused { code, .. } | Verdict::Accepted { code, .. } => code,
        other => panic!("{other}"),
    }
}

#[test]
fn stuurgegevens_checks_of_tabel_4_1() {
    let parties = vec![
        Party::parse("0362/JeugdzorgGemeente"),
        Party::parse("Politie/BVH"),
    ];
    let vt = node("chk", Role::EndNode, None, parties);
    let url = vt.running.url();
    let melding = sample("1.0.7", "zorgmeldingDi01");
    let h = Header::read(&melding).unwrap();
    let reference = h.referentienummer.clone().unwrap();
    // An unknown ontvanger (StUF010) when parties are configured.
    let unknown = melding
        .replacen(
            "<StUF:organisatie>0362</StUF:organisatie>",
            "<StUF:organisatie>9999</StUF:organisatie>",
            1,
        )
        .replace(&reference, "REF-UNKNOWN-ONTVANGER");
    assert_eq!(code_of(post(&url, &unknown)), "StUF010");
    // An unknown zender (StUF013).
    let stranger = melding
        .replacen(
            "<StUF:applicatie>BVH</StUF:applicatie>",
            "<StUF:applicatie>Other</StUF:applicatie>",
            1,
        )
        .replace(&reference, "REF-UNKNOWN-ZENDER");
    assert_eq!(code_of(post(&url, &stranger)), "StUF013");
    // A known code that is not a Di01 in a Di01 message (StUF025).
    let wrong = melding
        .replace(
            "<StUF:berichtcode>Di01</StUF:berichtcode>",
            "<StUF:berichtcode>Lk01</StUF:berichtcode>",
        )
        .replace(&reference, "REF-WRONG-CODE");
    assert_eq!(code_of(post(&url, &wrong)), "StUF025");
    // An unknown code (StUF022).
    let unknown_code = wrong
        .replace("<StUF:berichtcode>Lk01<", "<StUF:berichtcode>Xy01<")
        .replace("REF-WRONG-CODE", "REF-UNKNOWN-CODE");
    assert_eq!(code_of(post(&url, &unknown_code)), "StUF022");
    assert_eq!(code_of(post(&url, &melding)), "Bv03");

    // Without configured parties: accepted, then StUF019 for an earlier time.
    let open = node("chk2", Role::EndNode, None, Vec::new());
    let url = open.running.url();
    assert_eq!(code_of(post(&url, &melding)), "Bv03");
    let earlier = melding
        .replace(
            h.referentienummer.as_deref().unwrap(),
            "POL-AMS-2026-0418821",
        )
        .replace(h.tijdstip_bericht.as_deref().unwrap(), "20260322023855");
    assert_eq!(code_of(post(&url, &earlier)), "StUF019");
    let later = earlier.replace(
        "<StUF:tijdstipBericht>20260322023855<",
        "<StUF:tijdstipBericht>20260323<",
    );
    let later = later.replace("POL-AMS-2026-0418821", "POL-AMS-2026-0418822");
    assert_eq!(code_of(post(&url, &later)), "Bv03");
    // A Bv03 is no operation of the endpoint: StUF025.
    let bv03 = sample("1.0.7", "Bv03Bericht");
    assert_eq!(code_of(post(&url, &bv03)), "StUF025");
    // A soapAction that names another operation is a plain client fault.
    match client::post(
        &url,
        &later,
        Some("http://www.egem.nl/StUF/StUF0301/Bv01"),
        TIMEOUT,
    )
    .unwrap()
    {
        Verdict::Unexpected(what) => assert!(what.contains("soapAction"), "{what}"),
        other => panic!("{other}"),
    }
}

#[test]
fn send_reports_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let verdict = client::post(
        &format!("http://{addr}/"),
        &sample("1.0.7", "zorgmeldingDi01"),
        None,
        Duration::from_secs(2),
    )
    .unwrap();
    assert_eq!(verdict.exit_code(), 2, "{verdict}");
}
