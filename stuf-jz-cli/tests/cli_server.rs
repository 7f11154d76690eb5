//! `stuf-jz serve`, `send` and `inbox` through the one binary, over real
//! HTTP on 127.0.0.1: a message is acknowledged with a Bv03, other content
//! under the same referentienummer gets the Fo03 StUF016 fault, the store
//! lists what was received, and a transport error is exit 2; `serve
//! --rules`, `--deny-warnings` and `--reference-lists` decide between the
//! Bv01 and the Fo01 StUF055 posted to a second `stuf-jz serve` as the
//! callback. (The exchange itself is tested at length by stuf-jz-server's
//! scenario tests.)
#![cfg(feature = "server")]

mod cli_common;

#[allow(dead_code)]
#[path = "../../tests/support/referee.rs"]
mod referee;

/// What `referee.rs` expects beside it.
mod samples {
    /// The workspace folder (where `xsd` is).
    pub fn manifest_dir() -> std::path::PathBuf {
        super::cli_common::root()
    }
}

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cli_common::{run, sample, sample_text, scratch, BIN};

/// A `stuf-jz serve` child, killed when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `stuf-jz serve` on a free port and waits for its "listening on" line.
fn serve(store: &str) -> Server {
    serve_with(store, &[])
}

/// [`serve`] with more arguments.
fn serve_with(store: &str, args: &[&str]) -> Server {
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--store", store])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("stuf-jz serve starts");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Read to the end (the server logs each exchange on stderr).
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let start = Instant::now();
    let mut server = Server {
        child,
        url: String::new(),
    };
    while start.elapsed() < Duration::from_secs(30) {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(line) => {
                if let Some(rest) = line.strip_prefix("stuf-jz serve: listening on ") {
                    server.url = rest.split_whitespace().next().unwrap().to_string();
                    return server;
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(e) => panic!("stuf-jz serve ended before listening: {e}"),
        }
        if let Some(status) = server.child.try_wait().unwrap() {
            panic!("stuf-jz serve exited: {status}");
        }
    }
    panic!("stuf-jz serve did not say where it listens");
}

#[test]
fn serve_send_and_inbox_through_one_binary() {
    let dir = scratch("serve-send");
    let store = dir.join("inbox");
    let store = store.to_str().unwrap();
    let server = serve(store);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );

    let message = sample("1.0.7", "zorgmeldingDi01", "typical");
    let first = run(&["send", message.to_str().unwrap(), "--to", &server.url]);
    assert_eq!(first.code, Some(0), "{}{}", first.stdout, first.stderr);
    assert!(first.stdout.starts_with("Bv03 "), "{}", first.stdout);

    // An identical repeat gets the earlier answer.
    let again = run(&["send", message.to_str().unwrap(), "--to", &server.url]);
    assert_eq!(again.code, Some(0), "{}", again.stderr);
    assert_eq!(again.stdout, first.stdout);

    // Other content with the same referentienummer: Fo03 StUF016, exit 1.
    let text = sample_text("1.0.7", "zorgmeldingDi01", "typical");
    let changed = text.replacen("</StUF:tijdstipBericht>", "</StUF:tijdstipBericht>\n", 1);
    assert_ne!(changed, text);
    let changed_file = dir.join("changed.xml");
    std::fs::write(&changed_file, changed).unwrap();
    let refused = run(&["send", changed_file.to_str().unwrap(), "--to", &server.url]);
    assert_eq!(
        refused.code,
        Some(1),
        "{}{}",
        refused.stdout,
        refused.stderr
    );
    assert!(
        refused.stdout.contains("Fo03 StUF016"),
        "{}",
        refused.stdout
    );

    let list = run(&["inbox", "--store", store, "list"]);
    assert_eq!(list.code, Some(0), "{}", list.stderr);
    let lines: Vec<&str> = list.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", list.stdout);
    assert!(
        lines[0].starts_with("#1 ") && lines[0].contains(" zorgmeldingDi01 "),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("-> Bv03"), "{}", lines[0]);
    let show = run(&["inbox", "--store", store, "show", "1"]);
    assert_eq!(show.code, Some(0), "{}", show.stderr);
    assert!(show.stdout.contains("--- message ---"), "{}", show.stdout);
    assert!(show.stdout.contains("zorgmeldingDi01"), "{}", show.stdout);
    let none = run(&["inbox", "--store", store, "show", "999"]);
    assert_eq!(none.code, Some(1));
    drop(server);

    // Nobody listens any more: a transport error.
    let closed = run(&[
        "send",
        message.to_str().unwrap(),
        "--to",
        &closed_port_url(),
        "--timeout",
        "5",
    ]);
    assert_eq!(closed.code, Some(2), "{}{}", closed.stdout, closed.stderr);
    assert!(closed.stdout.is_empty());
    assert!(closed.stderr.starts_with("stuf-jz: "), "{}", closed.stderr);
}

/// An address where nothing listens: a port that was free a moment ago.
fn closed_port_url() -> String {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = socket.local_addr().unwrap().port();
    drop(socket);
    format!("http://127.0.0.1:{port}/")
}

#[test]
fn serve_send_and_inbox_have_help() {
    for sub in ["serve", "send", "inbox"] {
        let r = run(&[sub, "--help"]);
        assert_eq!(r.code, Some(0), "{sub}: {}", r.stderr);
        assert!(
            r.stdout.contains(&format!("Usage: stuf-jz {sub}")),
            "{}",
            r.stdout
        );
    }
    let serve = run(&["serve", "--help"]);
    for option in ["--rules", "--deny-warnings", "--reference-lists", "StUF055"] {
        assert!(serve.stdout.contains(option), "{option}: {}", serve.stdout);
    }
    // A missing argument is a usage error.
    assert_eq!(run(&["send", "x.xml"]).code, Some(2));
}

/// `stuf-jz inbox --store STORE show KEY`, which must find it.
fn show(store: &Path, key: &str) -> String {
    let r = run(&["inbox", "--store", store.to_str().unwrap(), "show", key]);
    assert_eq!(
        r.code,
        Some(0),
        "inbox show {key}: {}{}",
        r.stdout,
        r.stderr
    );
    r.stdout
}

/// The value of a `NAME: value` line of `inbox show`.
fn field<'a>(shown: &'a str, name: &str) -> &'a str {
    shown
        .lines()
        .find_map(|l| l.strip_prefix(name).and_then(|l| l.strip_prefix(": ")))
        .unwrap_or_else(|| panic!("no {name} in:\n{shown}"))
}

/// Posts `message` (written to `dir/name`) to `sender`, expects its Bv03,
/// waits until its worker has delivered the reply to the callback, and
/// returns what the sender's inbox shows of the message and what the
/// callback's inbox shows of the reply.
fn exchange(
    sender: &Server,
    sender_store: &Path,
    callback_store: &Path,
    dir: &Path,
    name: &str,
    message: &str,
) -> (String, String) {
    let file = dir.join(name);
    std::fs::write(&file, message).unwrap();
    let sent = run(&["send", file.to_str().unwrap(), "--to", &sender.url]);
    assert_eq!(sent.code, Some(0), "{}{}", sent.stdout, sent.stderr);
    assert!(sent.stdout.starts_with("Bv03 "), "{}", sent.stdout);
    let start = Instant::now();
    loop {
        let shown = show(sender_store, "1");
        let callback = field(&shown, "callback");
        if !callback.is_empty() {
            // `Fo01 sent (Fo01Bericht ref RVDK-...): answered Bv03 (...)`.
            assert!(callback.contains("): answered Bv03 "), "{callback}");
            let reference = callback
                .split_once(" ref ")
                .and_then(|(_, rest)| rest.split_once(')'))
                .map(|(r, _)| r)
                .unwrap_or_else(|| panic!("no referentienummer in {callback}"));
            return (shown.clone(), show(callback_store, reference));
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no callback delivered:\n{shown}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The Foutdetails of a stored Fo01 (`inbox show`), unescaped.
fn details(shown: &str) -> String {
    let start = shown.find("<StUF:details>").expect("a details element") + "<StUF:details>".len();
    let end = start + shown[start..].find("</StUF:details>").unwrap();
    quick_xml::escape::unescape(&shown[start..end])
        .unwrap()
        .into_owned()
}

/// The message as stored (`inbox show`): the one in the SOAP body, with
/// the namespace declarations of the envelope that are in scope. The
/// positions in validation and details are in this text.
fn stored_message(shown: &str) -> &str {
    let start = shown.find("--- message ---\n").expect("a message") + "--- message ---\n".len();
    let end = start + shown[start..].find("\n--- answer ---").expect("an answer");
    &shown[start..end]
}

/// The 1-based line and column of the first `needle` in `text`.
fn line_col(text: &str, needle: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find_map(|(i, l)| l.find(needle).map(|c| (i + 1, c + 1)))
        .unwrap_or_else(|| panic!("no {needle}"))
}

/// A variant that `xmllint --schema` accepts against the 1.0.7 schema.
fn schema_valid(xml: &str, dir: &Path, name: &str) {
    let verdict = referee::xmllint_str(&referee::schema_1_0_7(), xml, dir, name);
    assert!(verdict.valid, "xmllint rejects {name}: {}", verdict.message);
}

#[test]
fn serve_answers_a_broken_rule_with_fo01_stuf055() {
    let dir = scratch("serve-rules");
    let gemeente = dir.join("gemeente");
    let receiver = serve_with(gemeente.to_str().unwrap(), &["--reference-prefix", "GEM"]);

    // One digit of the child's BSN changed: the schema accepts it, the
    // 11-proef does not.
    let text = sample_text("1.0.7", "vtoDi01", "minimal");
    let (good, bad) = ("<BG:inp.bsn>725763863<", "<BG:inp.bsn>725763864<");
    assert!(stuf_jz_rules::bsn_11_proef("725763863"));
    assert!(!stuf_jz_rules::bsn_11_proef("725763864"));
    let broken = text.replacen(good, bad, 1);
    assert_ne!(broken, text, "the sample has the BSN to change");
    schema_valid(&broken, &dir, "bsn-schema-valid.xml");
    let path = "/vtoDi01/object/heeftBetrekkingOp/gerelateerde/natuurlijkPersoon/inp.bsn";

    // Every rule (the default): Bv03, then Fo01 StUF055 at the callback.
    let raad = dir.join("raad");
    let sender = serve_with(
        raad.to_str().unwrap(),
        &["--callback", &receiver.url, "--reference-prefix", "RVDK"],
    );
    let (stored, reply) = exchange(&sender, &raad, &gemeente, &dir, "bsn.xml", &broken);
    let (line, column) = line_col(stored_message(&stored), bad);
    let expected =
        format!("bsn-11-proef at {path} ({line}:{column}): `725763864` fails the 11-proef");
    assert!(reply.contains("<StUF:Fo01Bericht"), "{reply}");
    assert!(reply.contains("<StUF:code>StUF055</StUF:code>"), "{reply}");
    assert!(reply.contains("<StUF:plek>client</StUF:plek>"), "{reply}");
    assert_eq!(details(&reply), expected);
    assert!(
        reply.contains("<StUF:crossRefnummer>GRO-20260302-0117</StUF:crossRefnummer>"),
        "{reply}"
    );
    assert_eq!(
        field(&stored, "validation"),
        format!("invalid 1.0.7: 1 rule error: {expected}")
    );
    assert!(
        field(&stored, "callback").starts_with("Fo01 sent"),
        "{stored}"
    );

    // The schema only: the same message gets its Bv01.
    let schema_only = dir.join("raad-schema");
    let sender = serve_with(
        schema_only.to_str().unwrap(),
        &[
            "--callback",
            &receiver.url,
            "--rules",
            "schema",
            "--reference-prefix",
            "RVDKS",
        ],
    );
    let (stored, reply) = exchange(&sender, &schema_only, &gemeente, &dir, "bsn.xml", &broken);
    assert!(reply.contains("<StUF:Bv01Bericht"), "{reply}");
    assert_eq!(field(&stored, "validation"), "valid 1.0.7");
}

#[test]
fn serve_records_a_warning_and_rejects_it_with_deny_warnings() {
    let dir = scratch("serve-warning");
    let gemeente = dir.join("gemeente");
    let receiver = serve_with(gemeente.to_str().unwrap(), &["--reference-prefix", "GEM"]);

    // extraElement names are case-sensitive: `Clientvolgnummer` breaks only
    // the warning rule corv-extraelement-naam.
    let text = sample_text("1.0.7", "vtoDi01", "maximal");
    let changed = text.replacen("naam=\"clientvolgnummer\"", "naam=\"Clientvolgnummer\"", 1);
    assert_ne!(changed, text, "the sample has the extraElement to rename");
    schema_valid(&changed, &dir, "warning-schema-valid.xml");
    let warning = |stored: &str| {
        let (line, column) = line_col(
            stored_message(stored),
            "<StUF:extraElement naam=\"Clientvolgnummer\"",
        );
        format!("corv-extraelement-naam (warning) at /vtoDi01/object/heeftBetrekkingOp/extraElementen/extraElement ({line}:{column}): ")
    };

    let allowed = dir.join("raad");
    let sender = serve_with(
        allowed.to_str().unwrap(),
        &["--callback", &receiver.url, "--reference-prefix", "RVDK"],
    );
    let (stored, reply) = exchange(&sender, &allowed, &gemeente, &dir, "warn.xml", &changed);
    assert!(reply.contains("<StUF:Bv01Bericht"), "{reply}");
    let validation = field(&stored, "validation");
    assert!(
        validation.starts_with(&format!("valid 1.0.7, 1 warning: {}", warning(&stored))),
        "{validation}"
    );
    assert!(validation.contains("Clientvolgnummer"), "{validation}");

    let denied = dir.join("raad-deny");
    let sender = serve_with(
        denied.to_str().unwrap(),
        &[
            "--callback",
            &receiver.url,
            "--deny-warnings",
            "--reference-prefix",
            "RVDKD",
        ],
    );
    let (stored, reply) = exchange(&sender, &denied, &gemeente, &dir, "warn.xml", &changed);
    assert!(reply.contains("<StUF:Fo01Bericht"), "{reply}");
    assert!(reply.contains("<StUF:code>StUF055</StUF:code>"), "{reply}");
    assert!(
        details(&reply).starts_with(&warning(&stored)),
        "{}",
        details(&reply)
    );
    let validation = field(&stored, "validation");
    assert!(
        validation.starts_with(&format!(
            "invalid 1.0.7: 1 warning (denied): {}",
            warning(&stored)
        )),
        "{validation}"
    );
}

#[test]
fn serve_refuses_an_unreadable_reference_list_workbook() {
    let dir = scratch("serve-lists");
    let store = dir.join("inbox");
    let missing = dir.join("missing.xlsx");
    let r = run(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--store",
        store.to_str().unwrap(),
        "--reference-lists",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(r.code, Some(2), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.starts_with("stuf-jz: --reference-lists: "),
        "{}",
        r.stderr
    );
}
