//! The HTTP side: a SOAP endpoint on every path (a vendor configures one
//! URL), a pool of request threads, and a worker that validates each
//! stored message after it was acknowledged and reports Bv01 / Fo01 to the
//! callback with bounded retries. One log line per exchange on stderr.
//!
//! # What the worker checks
//! The body against its schema first; a body the schema accepts is then
//! checked against the StUF 03.01 and CORV rules beyond the schemas
//! (feature `rules`, crate `stuf-jz-rules`: the BSN 11-proef, the CORV-A/B/C/D
//! rules, the JZR and INS reference lists), as chosen by
//! [`Callback::rules`] ([`RuleCheck`]; `None`: the schema only). A schema
//! violation, a broken rule of severity error, or (with
//! [`RuleCheck::deny_warnings`]) a broken warning rule makes the answer a
//! Fo01 with code StUF055, whose `details` list the violations, each rule as
//! `RULE-ID at PATH (LINE:COL): message`, at most
//! [`MAX_DETAILS`](crate::reply::MAX_DETAILS) characters. LINE:COL are in
//! the message as stored (the message of the SOAP body, with the namespace
//! declarations of the envelope in scope: [`Entry::message`](crate::store::Entry::message),
//! `stuf-jz inbox show`), not in the HTTP request. Warnings alone do
//! not block the Bv01 of a vtoDi01; they are recorded in the store's
//! validation column (`valid 1.0.7, 1 warning: ...`), as is every finding.
//!
//! # Why StUF055 for a broken rule
//! CORV's generic validation service (GVS) validates messages against the
//! schema *and* against the rules of the koppelvlak description, and answers
//! a message that fails either with a Fo01 (forum thread
//! `generieke-validatie-service-gvs`, in `shared/reference/corv-forum`, reply
//! of 7 January 2019). StUF 03.01 Tabel 4.1 has no more specific client-side
//! code for content that breaks such a rule: StUF055 (plek client, allowed in
//! Fo01 and Fo02) is the code for a body that does not conform, the other
//! client codes are about the stuurgegevens (StUF010 to StUF043) or
//! authorisation (StUF052), and StUF058 (processing failed) puts the fault
//! at the server. So a broken rule gets the answer a schema error gets.

use std::io::Read;
use std::net::SocketAddr;
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use stuf_jz::SchemaVersion;
use stuf_jz_types::Foutcode;

use crate::client::{self, Verdict};
use crate::exchange::{Answer, Exchange};
use crate::header::Header;
use crate::validation::Findings;
#[cfg(feature = "rules")]
pub use crate::validation::RuleCheck;

/// Request threads.
pub const THREADS: usize = 8;
/// Largest request accepted (CORV refuses messages over 35 MB).
pub const MAX_REQUEST_BYTES: usize = 35 * 1024 * 1024;

/// Settings of the validation and callback worker.
#[derive(Debug, Clone)]
pub struct Callback {
    /// Where Bv01 and Fo01 are posted; `None`: validate only.
    pub url: Option<String>,
    /// Attempts per callback (at least 1).
    pub attempts: u32,
    /// Pause before the second attempt; doubled for each further one.
    pub backoff: Duration,
    /// Timeout of one attempt.
    pub timeout: Duration,
    /// The schema version for validation; `None`: chosen per document.
    pub version: Option<SchemaVersion>,
    /// The rules beyond the schemas checked on a schema-valid body (feature
    /// `rules`); `None`: the schema only. Default: every rule, the
    /// reference lists built in, warnings recorded but not rejected.
    #[cfg(feature = "rules")]
    pub rules: Option<RuleCheck>,
}

impl Default for Callback {
    fn default() -> Self {
        Callback {
            url: None,
            attempts: 4,
            backoff: Duration::from_millis(200),
            timeout: Duration::from_secs(10),
            version: None,
            #[cfg(feature = "rules")]
            rules: Some(RuleCheck::default()),
        }
    }
}

/// A running server.
pub struct Running {
    addr: SocketAddr,
    http: Arc<tiny_http::Server>,
    threads: Vec<thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running").field("addr", &self.addr).finish()
    }
}

impl Running {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops accepting, lets the request threads end.
    pub fn stop(self) {
        self.http.unblock();
        for _ in 1..THREADS {
            self.http.unblock();
        }
        for t in self.threads {
            let _ = t.join();
        }
    }

    /// Blocks until the server stops (never, unless stopped elsewhere).
    pub fn wait(self) {
        for t in self.threads {
            let _ = t.join();
        }
    }
}

/// Starts the server on `listen` (`127.0.0.1:0` picks a free port).
/// Messages stored before a restart and not yet validated are validated
/// (and reported) first.
pub fn start(listen: &str, exchange: Exchange, callback: Callback) -> Result<Running, String> {
    let http =
        tiny_http::Server::http(listen).map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let addr = http
        .server_addr()
        .to_ip()
        .ok_or_else(|| format!("{listen} is no IP address"))?;
    let http = Arc::new(http);
    let exchange = Arc::new(exchange);
    let (jobs, queue) = mpsc::channel::<i64>();
    if let Ok(pending) = exchange.store.unvalidated() {
        for entry in pending {
            let _ = jobs.send(entry.id);
        }
    }
    let mut threads = Vec::new();
    {
        let exchange = Arc::clone(&exchange);
        thread::spawn(move || worker(&exchange, &callback, queue));
    }
    for _ in 0..THREADS {
        let http = Arc::clone(&http);
        let exchange = Arc::clone(&exchange);
        let jobs = jobs.clone();
        threads.push(thread::spawn(move || {
            while let Ok(request) = http.recv() {
                serve(&exchange, request, &jobs);
            }
        }));
    }
    Ok(Running {
        addr,
        http,
        threads,
    })
}

fn header_value(request: &tiny_http::Request, name: &str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str().to_string())
}

fn serve(exchange: &Exchange, mut request: tiny_http::Request, jobs: &mpsc::Sender<i64>) {
    let started = Instant::now();
    let path = request.url().to_string();
    let method = request.method().clone();
    let answer = if method != tiny_http::Method::Post {
        Answer {
            status: 405,
            body: crate::soap::plain_fault(true, "only SOAP POST requests are answered here"),
            verdict: format!("{method} refused"),
            stored: None,
            repeated: false,
            header: None,
        }
    } else {
        let action = header_value(&request, "SOAPAction");
        let content_type = header_value(&request, "Content-Type");
        let mut body = Vec::new();
        let read = request
            .as_reader()
            .take(MAX_REQUEST_BYTES as u64 + 1)
            .read_to_end(&mut body);
        match read {
            Err(e) => exchange.handle(None, Some("x/unreadable"), format!("{e}").as_bytes()),
            Ok(_) if body.len() > MAX_REQUEST_BYTES => Answer {
                status: 413,
                body: crate::soap::plain_fault(true, "message larger than 35 MB"),
                verdict: "413 too large".into(),
                stored: None,
                repeated: false,
                header: None,
            },
            Ok(_) => exchange.handle(action.as_deref(), content_type.as_deref(), &body),
        }
    };
    if let Some(id) = answer.stored {
        let _ = jobs.send(id);
    }
    log(&method.to_string(), &path, &answer, started.elapsed());
    let content_type = tiny_http::Header::from_bytes("Content-Type", "text/xml; charset=utf-8")
        .expect("a valid header");
    let response = tiny_http::Response::from_string(answer.body)
        .with_status_code(answer.status)
        .with_header(content_type);
    let _ = request.respond(response);
}

fn log(method: &str, path: &str, answer: &Answer, elapsed: Duration) {
    let (root, zender, reference) = match &answer.header {
        Some(h) => (
            h.root.as_str(),
            h.zender.key(),
            h.referentienummer.clone().unwrap_or_default(),
        ),
        None => ("-", "-".to_string(), "-".to_string()),
    };
    eprintln!(
        "{} {method} {path} {root} zender={zender} ref={reference} -> {} {} ({} ms)",
        chrono::Local::now().format("%Y-%m-%dT%H:%M:%S%.3f"),
        answer.status,
        answer.verdict,
        elapsed.as_millis()
    );
}

fn worker(exchange: &Exchange, callback: &Callback, queue: mpsc::Receiver<i64>) {
    while let Ok(id) = queue.recv() {
        let Ok(Some(entry)) = exchange.store.show(&id.to_string()) else {
            continue;
        };
        if entry.id != id {
            continue;
        }
        let version = callback
            .version
            .or_else(|| SchemaVersion::for_document(&entry.message))
            .unwrap_or(SchemaVersion::ALL[0]);
        let findings = Findings::of(&entry.message, version, callback);
        let _ = exchange.store.set_validation(id, &findings.summary());
        let Ok(header) = Header::read(&entry.message) else {
            continue;
        };
        if !header.root.ends_with("Di01") {
            continue;
        }
        let reply = if let Some(details) = findings.rejection() {
            exchange
                .replier
                .reject(&header, Foutcode::StUF055, Some(&details))
        } else if header.root == "vtoDi01" {
            // The WSDLs: Bv01 "geldt alleen voor VTO-berichten".
            exchange.replier.processed(&header, &[])
        } else {
            continue;
        };
        let Some(url) = &callback.url else {
            continue;
        };
        let outcome = match reply {
            Err(e) => format!("no reply: {e}"),
            Ok(reply) => deliver(url, &reply, callback),
        };
        eprintln!(
            "{} callback {url} for #{id} {} ref={}: {outcome}",
            chrono::Local::now().format("%Y-%m-%dT%H:%M:%S%.3f"),
            header.root,
            header.referentienummer.as_deref().unwrap_or("")
        );
        let _ = exchange.store.set_callback(id, &outcome);
    }
}

fn deliver(url: &str, reply: &crate::reply::Reply, callback: &Callback) -> String {
    let mut pause = callback.backoff;
    let mut last = String::new();
    for attempt in 1..=callback.attempts.max(1) {
        if attempt > 1 {
            thread::sleep(pause);
            pause *= 2;
        }
        match client::post(url, &reply.xml, None, callback.timeout) {
            Ok(Verdict::Transport(e)) => last = format!("attempt {attempt}: {e}"),
            Ok(verdict) => {
                return format!(
                    "{} sent ({} ref {}): answered {verdict}",
                    reply.berichtcode,
                    reply.root(),
                    reply.referentienummer
                )
            }
            Err(e) => return format!("{} not sent: {e}", reply.berichtcode),
        }
    }
    format!(
        "{} not delivered after {} attempts: {last}",
        reply.berichtcode,
        callback.attempts.max(1)
    )
}
