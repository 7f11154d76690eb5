//! Load and crash check (run it by hand, it is no timed test):
//!
//! ```sh
//! cargo run --release -p stuf-jz-server --example load_crash [SENDERS] [MESSAGES]
//! ```
//!
//! Starts the server as a child process (this program in `--serve` mode)
//! on a fresh store, lets SENDERS (8) threads post MESSAGES (1,000)
//! distinct zorgmeldingDi01 each, SIGKILLs the server when half of all
//! messages are acknowledged and restarts it on the same store. Senders
//! retry a message until it is answered. Then it checks that every
//! message is stored exactly once, that every acknowledged message is in
//! the store with the very answer that was received, and that a repeat
//! of an acknowledged message gets that earlier answer. Prints throughput
//! and latency percentiles.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use stuf_jz_server::client::{self, Verdict};
use stuf_jz_server::exchange::{Exchange, Role};
use stuf_jz_server::reply::{CountingReferences, Replier, SystemClock};
use stuf_jz_server::server::{self, Callback};
use stuf_jz_server::store::Store;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--serve") {
        return serve(&args[2], &args[3]);
    }
    let senders: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(8);
    let messages: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1000);
    match run(senders, messages) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve(listen: &str, store: &str) -> ExitCode {
    let exchange = Exchange {
        role: Role::EndNode,
        parties: Vec::new(),
        replier: Replier::new(CountingReferences::from_time("LOAD"), SystemClock),
        store: Arc::new(Store::open(store).expect("store")),
    };
    let running = server::start(listen, exchange, Callback::default()).expect("listen");
    running.wait();
    ExitCode::SUCCESS
}

fn spawn(listen: &str, store: &Path) -> Child {
    Command::new(std::env::current_exe().expect("own path"))
        .arg("--serve")
        .arg(listen)
        .arg(store)
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start the server")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn sample() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages/1.0.7/zorgmeldingDi01/typical.xml");
    std::fs::read_to_string(&path).expect("the zorgmeldingDi01 sample")
}

/// Message `i` of sender `s`: its own zender applicatie, referentienummer
/// and an increasing tijdstipBericht.
fn message(template: &str, s: usize, i: usize) -> String {
    template
        .replace(
            "<StUF:applicatie>BVH</StUF:applicatie>",
            &format!("<StUF:applicatie>BVH-{s}</StUF:applicatie>"),
        )
        .replace("POL-AMS-2026-0418820", &format!("LOAD-{s}-{i}"))
        .replace("20260322023855140", &format!("2026032202{:07}", i * 10))
}

struct Outcome {
    /// (sender, index, answer referentienummer)
    acknowledged: Vec<(usize, usize, String)>,
    latencies: Vec<Duration>,
    retries: usize,
}

fn run(senders: usize, messages: usize) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("stuf-jz-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store_dir: PathBuf = dir.join("store");
    let listen = format!("127.0.0.1:{}", free_port());
    let url = format!("http://{listen}/");
    let child = Arc::new(Mutex::new(spawn(&listen, &store_dir)));
    std::thread::sleep(Duration::from_millis(300));
    let template = Arc::new(sample());
    let acked = Arc::new(AtomicUsize::new(0));
    let total = senders * messages;
    let started = Instant::now();
    let mut handles = Vec::new();
    for s in 0..senders {
        let (url, template, acked) = (url.clone(), Arc::clone(&template), Arc::clone(&acked));
        handles.push(std::thread::spawn(move || {
            let mut out = Outcome {
                acknowledged: Vec::new(),
                latencies: Vec::new(),
                retries: 0,
            };
            for i in 0..messages {
                let xml = message(&template, s, i);
                loop {
                    let sent = Instant::now();
                    match client::post(&url, &xml, None, Duration::from_secs(30)) {
                        Ok(Verdict::Accepted {
                            code,
                            referentienummer,
                            ..
                        }) if code == "Bv03" => {
                            out.latencies.push(sent.elapsed());
                            out.acknowledged.push((s, i, referentienummer));
                            acked.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                        Ok(Verdict::Transport(_)) => {
                            out.retries += 1;
                            std::thread::sleep(Duration::from_millis(20));
                        }
                        Ok(other) => panic!("message {s}-{i}: unexpected answer {other}"),
                        Err(e) => panic!("message {s}-{i}: {e}"),
                    }
                }
            }
            out
        }));
    }
    // SIGKILL midway, restart on the same store.
    while acked.load(Ordering::Relaxed) < total / 2 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed_at = acked.load(Ordering::Relaxed);
    {
        let mut c = child.lock().unwrap();
        c.kill().map_err(|e| format!("kill: {e}"))?;
        let _ = c.wait();
        *c = spawn(&listen, &store_dir);
    }
    let mut outcomes = Vec::new();
    for h in handles {
        outcomes.push(h.join().map_err(|_| "a sender panicked".to_string())?);
    }
    let elapsed = started.elapsed();
    // Repeats of acknowledged messages get the earlier answer.
    let mut repeats_checked = 0;
    for o in &outcomes {
        for (s, i, answer) in o.acknowledged.iter().step_by(50) {
            match client::post(
                &url,
                &message(&template, *s, *i),
                None,
                Duration::from_secs(30),
            ) {
                Ok(Verdict::Accepted {
                    referentienummer, ..
                }) if &referentienummer == answer => repeats_checked += 1,
                other => {
                    return Err(format!(
                        "repeat of {s}-{i}: expected the earlier Bv03 {answer}, got {other:?}"
                    ))
                }
            }
        }
    }
    {
        let mut c = child.lock().unwrap();
        let _ = c.kill();
        let _ = c.wait();
    }
    // Every acknowledged message is stored, exactly once, with its answer.
    let store = Store::open(store_dir.to_str().unwrap()).map_err(|e| e.to_string())?;
    let entries = store.list().map_err(|e| e.to_string())?;
    let mut lost = 0;
    let mut keys = std::collections::HashSet::new();
    for e in &entries {
        if !keys.insert((e.zender.clone(), e.referentienummer.clone())) {
            return Err(format!("{} {} stored twice", e.zender, e.referentienummer));
        }
    }
    let by_ref: std::collections::HashMap<&str, &str> = entries
        .iter()
        .map(|e| (e.referentienummer.as_str(), e.answer.as_str()))
        .collect();
    for o in &outcomes {
        for (s, i, answer) in &o.acknowledged {
            match by_ref.get(format!("LOAD-{s}-{i}").as_str()) {
                Some(stored) => match client::verdict(200, stored) {
                    Verdict::Accepted {
                        referentienummer, ..
                    } if &referentienummer == answer => {}
                    _ => lost += 1,
                },
                None => lost += 1,
            }
        }
    }
    let acknowledged: usize = outcomes.iter().map(|o| o.acknowledged.len()).sum();
    let retries: usize = outcomes.iter().map(|o| o.retries).sum();
    let mut latencies: Vec<Duration> = outcomes
        .iter()
        .flat_map(|o| o.latencies.iter().copied())
        .collect();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!("senders {senders} x messages {messages} = {total}");
    println!("acknowledged {acknowledged}, stored {} rows, SIGKILL after {killed_at} acks, {retries} retried requests", entries.len());
    println!(
        "acknowledged but lost: {lost}; repeats answered with the earlier Bv03: {repeats_checked}"
    );
    println!(
        "throughput {:.0} messages/s over {:.1} s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        acknowledged as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
        latencies.last().unwrap().as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_dir_all(&dir);
    if lost > 0 || entries.len() != total || acknowledged != total {
        return Err(format!("{lost} lost, {} stored of {total}", entries.len()));
    }
    Ok(())
}
