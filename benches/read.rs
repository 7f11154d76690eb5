//! How fast StUF-JZ 1.0.7 messages are read, validated and written, against
//! the speed of merely scanning the same bytes with quick-xml.
//!
//! For the 1.0.7 sample messages (`examples/messages/1.0.7/<root>/*.xml`)
//! it measures, one message per iteration (criterion reports messages/s
//! through `Throughput::Elements(1)`):
//!
//! - `scan`: the baseline, a plain quick-xml `NsReader` over the same text,
//!   `read_resolved_event` until `Eof`, counting the elements;
//! - `read_validate`: `stuf_jz::v1_0_7::Message::read`, the text into typed
//!   values with every violation of every rule collected (reading is
//!   validating: there is one rule engine);
//! - `validate_value`: `Message::validate` of a message read beforehand
//!   (the value is written and read back);
//! - `write`: `Message::to_xml` of a message read beforehand (which validates
//!   the value before writing it).
//!
//! Criterion measures `vtoDi01` (typical, minimal and maximal) and the sample
//! closest to 5.7 KB. After criterion, a summary times every typical sample
//! (and the `vtoDi01` minimal and maximal ones) with `std::time` in the same
//! run and prints one line per sample with the ratios to the scan, such as
//! `vtoDi01 typical 8.5 KB: scan … msg/s, read+validate … msg/s (0.53x scan), …`.
//! For the `vtoDi01` samples it also measures libxml2's schema validation
//! of the same bytes (`xmllint --schema`, see `support/libxml2.rs`)
//! and prints the ratio to it. The design targets are read+validate at
//! 0.66x the scan or better and 3x libxml2 or better for the `vtoDi01`
//! typical and maximal samples.
//!
//! Run with `cargo bench --bench read` (add `-- --quick` for a shorter run;
//! set `STUF_JZ_BENCH_SUMMARY=0` to skip the summary).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use quick_xml::events::Event;
use quick_xml::NsReader;
use stuf_jz::v1_0_7::Message;

#[path = "support/libxml2.rs"]
mod libxml2;

/// The size of message the design target is stated for.
const TARGET_BYTES: usize = 5_700;

/// One sample message.
struct Sample {
    /// Root element name, such as `vtoDi01`.
    root: String,
    /// `minimal`, `typical` or `maximal`.
    kind: String,
    xml: String,
}

impl Sample {
    fn label(&self) -> String {
        format!("{} {} {:.1} KB", self.root, self.kind, kb(self.xml.len()))
    }

    fn id(&self) -> String {
        format!("{}-{}", self.root, self.kind)
    }
}

fn kb(bytes: usize) -> f64 {
    bytes as f64 / 1000.0
}

/// Every 1.0.7 sample, by root and then minimal, typical, maximal.
fn samples() -> Vec<Sample> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/messages/1.0.7");
    let mut roots: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    roots.sort();
    let mut samples = Vec::new();
    for root in roots {
        for kind in ["minimal", "typical", "maximal"] {
            let path = dir.join(&root).join(format!("{kind}.xml"));
            if let Ok(xml) = std::fs::read_to_string(&path) {
                samples.push(Sample {
                    root: root.clone(),
                    kind: kind.to_string(),
                    xml,
                });
            }
        }
    }
    assert!(!samples.is_empty(), "no samples in {}", dir.display());
    samples
}

/// The baseline: a namespace-resolving scan that builds nothing.
fn scan(xml: &str) -> usize {
    let mut reader = NsReader::from_str(xml);
    let mut elements = 0;
    loop {
        match reader.read_resolved_event() {
            Ok((_, Event::Start(_) | Event::Empty(_))) => elements += 1,
            Ok((_, Event::Eof)) => return elements,
            Ok(_) => {}
            Err(e) => panic!("sample is not well-formed: {e}"),
        }
    }
}

fn read_validate(xml: &str) -> (Option<Message>, usize) {
    let (message, violations) = Message::read(xml);
    (message, violations.len())
}

/// The message of a sample, read once, when it is valid (and so writable).
fn parsed(sample: &Sample) -> Option<Message> {
    match Message::read(&sample.xml) {
        (Some(message), violations) if violations.is_empty() => Some(message),
        (_, violations) => {
            eprintln!(
                "warning: {} does not read clean ({} violations); not written",
                sample.id(),
                violations.len()
            );
            None
        }
    }
}

/// The samples criterion measures: vtoDi01 (all three) and the sample
/// closest to `TARGET_BYTES` bytes.
fn measured(samples: &[Sample]) -> Vec<&Sample> {
    let mut chosen: Vec<&Sample> = samples.iter().filter(|s| s.root == "vtoDi01").collect();
    if let Some(closest) = samples
        .iter()
        .min_by_key(|s| s.xml.len().abs_diff(TARGET_BYTES))
    {
        if !chosen.iter().any(|s| std::ptr::eq(*s, closest)) {
            chosen.push(closest);
        }
    }
    chosen
}

fn benches(c: &mut Criterion) {
    let samples = samples();
    for sample in measured(&samples) {
        let xml = sample.xml.as_str();
        let mut group = c.benchmark_group(format!("read/{}", sample.id()));
        group.throughput(Throughput::Elements(1));
        group.bench_function("scan", |b| b.iter(|| scan(black_box(xml))));
        group.bench_function("read_validate", |b| {
            b.iter(|| read_validate(black_box(xml)))
        });
        if let Some(message) = parsed(sample) {
            group.bench_function("validate_value", |b| {
                b.iter(|| black_box(&message).validate())
            });
            group.bench_function("write", |b| b.iter(|| black_box(&message).to_xml()));
        }
        group.finish();
    }
}

/// Messages per second of `op`: the best of a few rounds of about
/// `round` each, so that other work on the machine disturbs it less.
fn rate(round: Duration, mut op: impl FnMut()) -> f64 {
    // Warm up and find how many iterations fill a round.
    let mut batch = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            op();
        }
        if start.elapsed() >= round / 10 {
            break;
        }
        batch *= 2;
    }
    batch *= 10;
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..batch {
            op();
        }
        best = best.min(start.elapsed());
    }
    batch as f64 / best.as_secs_f64()
}

/// One line per sample: the rates and their ratios to the scan.
fn summary() {
    let samples = samples();
    let round = Duration::from_millis(200);
    println!();
    println!("Summary (std::time, best of 5 rounds of ~200 ms; messages per second):");
    let mut headlines = Vec::new();
    for sample in samples
        .iter()
        .filter(|s| s.kind == "typical" || s.root == "vtoDi01")
    {
        let xml = sample.xml.as_str();
        let scan_rate = rate(round, || {
            black_box(scan(black_box(xml)));
        });
        let read_rate = rate(round, || {
            black_box(read_validate(black_box(xml)));
        });
        let message = parsed(sample);
        let value_rates = message.map(|message| {
            let validate = rate(round, || {
                black_box(black_box(&message).validate());
            });
            let write = rate(round, || {
                let _ = black_box(black_box(&message).to_xml());
            });
            (validate, write)
        });
        let mut line = format!(
            "{}: scan {:.0} msg/s, read+validate {:.0} msg/s ({:.2}x scan)",
            sample.label(),
            scan_rate,
            read_rate,
            read_rate / scan_rate,
        );
        if let Some((validate_rate, write_rate)) = value_rates {
            line.push_str(&format!(
                ", validate a value {:.0} msg/s ({:.2}x scan), write {:.0} msg/s ({:.2}x scan)",
                validate_rate,
                validate_rate / scan_rate,
                write_rate,
                write_rate / scan_rate
            ));
        }
        let mut to_libxml2 = None;
        if sample.root == "vtoDi01" {
            match libxml2::rate(&sample.id(), xml) {
                Ok(libxml2_rate) => {
                    line.push_str(&format!(
                        ", libxml2 (xmllint --schema) {:.0} msg/s (read+validate {:.2}x libxml2)",
                        libxml2_rate,
                        read_rate / libxml2_rate
                    ));
                    to_libxml2 = Some(read_rate / libxml2_rate);
                }
                Err(why) => line.push_str(&format!(", libxml2: no figure ({why})")),
            }
        }
        println!("{line}");
        if sample.root == "vtoDi01" && sample.kind != "minimal" {
            headlines.push((sample.label(), read_rate / scan_rate, to_libxml2));
        }
    }
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    for (label, ratio, to_libxml2) in headlines {
        println!(
            "Design target read+validate >= 0.66x scan for {label}: {ratio:.2}x, {}",
            verdict(ratio >= 0.66)
        );
        match to_libxml2 {
            Some(r) => println!(
                "Design target read+validate >= 3x libxml2 for {label}: {r:.2}x, {}",
                verdict(r >= 3.0)
            ),
            None => println!("Design target read+validate >= 3x libxml2 for {label}: no figure"),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion);
    criterion.final_summary();
    // Only a real measuring run gets the summary: not `--list`, nor the
    // single pass of `cargo test --benches`.
    let measuring = args.iter().any(|a| a == "--bench")
        && !args
            .iter()
            .any(|a| a == "--list" || a == "--test" || a == "--profile-time");
    let wanted = std::env::var("STUF_JZ_BENCH_SUMMARY").map_or(true, |v| v != "0");
    if measuring && wanted {
        summary();
    }
}
