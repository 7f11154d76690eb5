//! `stuf-jz serve`, `send` and `inbox` through the one binary, over real
//! HTTP on 127.0.0.1: a message is acknowledged with a Bv03, other content
//! under the same referentienummer gets the Fo03 StUF016 fault, the store
//! lists what was received, and a transport error is exit 2. (The
//! exchange itself is tested at length by stuf-jz-server's scenario tests.)
#![cfg(feature = "server")]

mod cli_common;

use std::io::{BufRead, BufReader};
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
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--store", store])
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
    // A missing argument is a usage error.
    assert_eq!(run(&["send", "x.xml"]).code, Some(2));
}
