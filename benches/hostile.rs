//! Hostile inputs: time per MB of reading (and validating) documents built
//! to make a careless reader quadratic, each at two sizes, so that the
//! ratio shows whether the cost grows linearly.
//!
//! Shapes, inserted into the `vtoDi01` typical sample:
//!
//! - `attributes`: N undeclared attributes on the root element (one line,
//!   so also N defects on one long line);
//! - `namespaces`: N namespace declarations on the root (a valid file);
//! - `unknown-children`: N distinct unknown child elements, one per line;
//! - `defects-one-line`: N unknown child elements on one long line.
//!
//! N is 100,000 and 200,000. The limits of [`ReaderConfig`] that would stop
//! these documents early (attributes per element, violations kept) are
//! lifted, so that the algorithm itself is measured. After criterion, a
//! summary prints one line per shape: ms per MB at both sizes and their
//! ratio (1.0 is linear; 2.0 would be quadratic).
//!
//! Run with `cargo bench --bench hostile` (set `STUF_JZ_BENCH_SUMMARY=0` to
//! skip the summary).
//!
//! Memory: with `STUF_JZ_MEMORY_FILE=path` the bench binary only validates
//! that message as `stuf-jz validate` does (`SchemaVersion::validate` of the
//! text borrowed from the bytes read) and prints the outcome, so that
//! `/usr/bin/time -v target/release/deps/hostile-* ` shows the peak of one
//! validation; with `STUF_JZ_MEMORY_KEEP=1` as well it reads the typed value
//! with `VtoDi01::from_reader` instead (the peak then includes the value).
//! `scripts/big-message.py` writes a 35 MB message for this.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, Throughput};
use stuf_jz::v1_0_7::jz::VtoDi01;
use stuf_jz_types::{Document, Reader, ReaderConfig};

const SIZES: [usize; 2] = [100_000, 200_000];

/// The limits, lifted.
fn config() -> ReaderConfig {
    ReaderConfig {
        max_attributes: usize::MAX,
        max_violations: usize::MAX,
        ..ReaderConfig::default()
    }
}

fn typical() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/messages/1.0.7/vtoDi01/typical.xml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The sample with `attrs` added to the root start tag and `children`
/// before the root's first child.
fn build(base: &str, attrs: &str, children: &str) -> String {
    let root = base.find("<JZ:vtoDi01").expect("root start tag");
    let close = root + base[root..].find('>').expect("end of root start tag");
    format!("{}{attrs}>{children}{}", &base[..close], &base[close + 1..])
}

/// A hostile document of `shape` with `n` repetitions.
fn hostile(base: &str, shape: &str, n: usize) -> String {
    let mut part = String::new();
    use std::fmt::Write;
    match shape {
        "attributes" => {
            for i in 0..n {
                let _ = write!(part, " a{i}=\"v\"");
            }
            build(base, &part, "")
        }
        "namespaces" => {
            for i in 0..n {
                let _ = write!(part, " xmlns:p{i}=\"urn:example:{i}\"");
            }
            build(base, &part, "")
        }
        "unknown-children" => {
            for i in 0..n {
                let _ = writeln!(part, "<JZ:unknown{i}/>");
            }
            build(base, "", &part)
        }
        "defects-one-line" => {
            for _ in 0..n {
                part.push_str("<JZ:x/>");
            }
            build(base, "", &part)
        }
        _ => unreachable!(),
    }
}

fn read(xml: &str) -> usize {
    let reader = Reader::with_config(xml, config());
    let (value, violations) = reader.read_document::<VtoDi01>(<VtoDi01 as Document>::ROOT);
    violations.len() + usize::from(value.is_some())
}

const SHAPES: [&str; 4] = [
    "attributes",
    "namespaces",
    "unknown-children",
    "defects-one-line",
];

fn bench(c: &mut Criterion) {
    let base = typical();
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for shape in SHAPES {
        for n in SIZES {
            let xml = hostile(&base, shape, n);
            group.throughput(Throughput::Bytes(xml.len() as u64));
            group.bench_function(format!("{shape}/{n}"), |b| b.iter(|| read(black_box(&xml))));
        }
    }
    group.finish();
}

/// Milliseconds per MB of reading `xml` (best of a few runs).
fn ms_per_mb(xml: &str) -> f64 {
    let best = (0..3)
        .map(|_| {
            let start = Instant::now();
            black_box(read(black_box(xml)));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    best * 1000.0 / (xml.len() as f64 / 1e6)
}

fn summary() {
    let base = typical();
    for shape in SHAPES {
        let small = hostile(&base, shape, SIZES[0]);
        let large = hostile(&base, shape, SIZES[1]);
        let (a, b) = (ms_per_mb(&small), ms_per_mb(&large));
        println!(
            "hostile {shape}: {}k = {:.1} MB at {a:.1} ms/MB, {}k = {:.1} MB at {b:.1} ms/MB, ratio {:.2}",
            SIZES[0] / 1000,
            small.len() as f64 / 1e6,
            SIZES[1] / 1000,
            large.len() as f64 / 1e6,
            b / a
        );
    }
}

fn main() {
    if let Some(path) = std::env::var_os("STUF_JZ_MEMORY_FILE") {
        if std::env::var_os("STUF_JZ_MEMORY_KEEP").is_some() {
            let file = std::fs::File::open(&path).expect("STUF_JZ_MEMORY_FILE");
            match VtoDi01::from_reader(std::io::BufReader::new(file)) {
                Ok(_) => println!("valid (value kept)"),
                Err(e) => println!("invalid: {e}"),
            }
            return;
        }
        let bytes = std::fs::read(&path).expect("STUF_JZ_MEMORY_FILE");
        let violations = match stuf_jz_types::reader::decode_document(&bytes, &config()) {
            Ok(text) => stuf_jz::SchemaVersion::V1_0_7.validate(&text),
            Err(violation) => vec![violation],
        };
        println!("{} violation(s)", violations.len());
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion);
    criterion.final_summary();
    if std::env::var("STUF_JZ_BENCH_SUMMARY").as_deref() != Ok("0") {
        summary();
    }
}
