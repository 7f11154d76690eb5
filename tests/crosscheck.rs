//! Cross-check of the two 1.0.9 generations: the types generated from the
//! normative bundle (`stuf_jz::v1_0_9`) and those generated from the four
//! resolved bundles (`stuf_jz::v1_0_9_resolved::*`) are two independent
//! routes from the official schemas to Rust; they must behave the same.
//!
//! Proves, for every 1.0.9 sample and for [`BUDGET`] variants the
//! deterministic mutation engine of the differential suite
//! (`tests/support/mutate.rs`, every category round-robin) makes of it:
//!
//! - the verdict (valid / invalid) of `v1_0_9::Message::read` equals the one
//!   of every resolved group that declares the root (the vtberichten bundle
//!   also declares the five jzberichten roots, so those are checked twice);
//! - when both accept, both write the same namespace-aware tree.
//!
//! Differences in the violation lists of variants both reject are counted
//! and listed (not a failure: the verdict is what must agree).
//!
//! Run with `cargo test --features v1_0_9,v1_0_9_resolved --test crosscheck
//! -- --nocapture` to see the counts. With `STUF_JZ_CROSSCHECK_KEEP=DIR`
//! every variant is also written to `DIR/<root>/<file>-<n>.xml`, and
//! `DIR/verdicts.tsv` lists file, verdict and edit (for feeding to a
//! reference validator by hand).
#![cfg(all(feature = "v1_0_9", feature = "v1_0_9_resolved"))]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use stuf_jz::v1_0_9_resolved::{gmberichten, jzberichten, vtberichten, vvberichten};
use stuf_jz::{Violation, WriteError};
use support::mutate::{self, Context, Variant};
use support::{list_violations, samples, tree, xml};

/// What one generated module made of a document.
struct Outcome {
    /// A message was built and no violation found.
    valid: bool,
    /// The re-written document, when a message was built.
    written: Option<Result<String, WriteError>>,
    violations: Vec<Violation>,
}

type ReadFn = fn(&str) -> Outcome;

macro_rules! reader {
    ($module:path) => {{
        fn read(xml: &str) -> Outcome {
            use $module as m;
            let (message, violations) = m::Message::read(xml);
            Outcome {
                valid: message.is_some() && violations.is_empty(),
                written: message.map(|m| m.to_xml()),
                violations,
            }
        }
        read as ReadFn
    }};
}

/// The resolved groups: name, roots, reader.
fn resolved_groups() -> [(&'static str, &'static [&'static str], ReadFn); 4] {
    [
        (
            "jzberichten",
            jzberichten::Message::ROOTS,
            reader!(jzberichten),
        ),
        (
            "vtberichten",
            vtberichten::Message::ROOTS,
            reader!(vtberichten),
        ),
        (
            "vvberichten",
            vvberichten::Message::ROOTS,
            reader!(vvberichten),
        ),
        (
            "gmberichten",
            gmberichten::Message::ROOTS,
            reader!(gmberichten),
        ),
    ]
}

/// Variants per sample.
const BUDGET: usize = 30;

/// The variants of every sample, in the order of `samples`: the engine's
/// context (message roots, elements seen below each parent) is that of all
/// samples together.
fn variants(samples: &[samples::Sample]) -> Vec<Vec<Variant>> {
    let docs: Vec<xml::Document> = samples
        .iter()
        .map(|s| xml::parse(&s.xml).unwrap_or_else(|e| panic!("{}: {e}", s.label)))
        .collect();
    let mut ctx = Context {
        roots: stuf_jz::v1_0_9::Message::ROOTS
            .iter()
            .map(|r| r.to_string())
            .collect(),
        pool: Vec::new(),
    };
    for doc in &docs {
        ctx.add_to_pool(doc);
    }
    docs.iter()
        .enumerate()
        .map(|(i, doc)| mutate::variants(doc, &ctx, BUDGET, i))
        .collect()
}

/// How the two generations compared on one document.
enum Agreement {
    /// Same verdict (and, when valid, the same written tree).
    Agree {
        valid: bool,
        /// Both reject but list different violations (path, rule).
        violations_differ: bool,
    },
    Disagree(String),
}

fn compare(xml: &str, normative: ReadFn, resolved: ReadFn, group: &str) -> Agreement {
    let n = normative(xml);
    let r = resolved(xml);
    let both = || {
        format!(
            "  normative v1_0_9 violations:\n{}\n  resolved {group} violations:\n{}",
            list_violations(&n.violations),
            list_violations(&r.violations)
        )
    };
    if n.valid != r.valid {
        return Agreement::Disagree(format!(
            "verdicts differ: normative {}, resolved {group} {}\n{}",
            verdict(n.valid),
            verdict(r.valid),
            both()
        ));
    }
    if n.valid {
        return match (&n.written, &r.written) {
            (Some(Ok(a)), Some(Ok(b))) => match tree::compare(a, b) {
                Ok(()) => Agreement::Agree {
                    valid: true,
                    violations_differ: false,
                },
                Err(diff) => Agreement::Disagree(format!(
                    "both accept, written trees differ (- normative, + resolved {group}):\n{diff}"
                )),
            },
            (a, b) => Agreement::Disagree(format!(
                "both accept, writing failed: normative {}, resolved {group} {}",
                write_status(a),
                write_status(b)
            )),
        };
    }
    let key = |v: &[Violation]| {
        let mut k: Vec<(String, String)> = v
            .iter()
            .map(|v| (v.path.clone(), v.rule.to_string()))
            .collect();
        k.sort();
        k
    };
    Agreement::Agree {
        valid: false,
        violations_differ: key(&n.violations) != key(&r.violations),
    }
}

fn verdict(valid: bool) -> &'static str {
    if valid {
        "valid"
    } else {
        "invalid"
    }
}

fn write_status(written: &Option<Result<String, WriteError>>) -> String {
    match written {
        None => "no message".to_string(),
        Some(Ok(_)) => "ok".to_string(),
        Some(Err(e)) => format!("error:\n{}", list_violations(&e.violations)),
    }
}

#[derive(Default)]
struct Tally {
    documents: usize,
    valid: usize,
    invalid: usize,
    violations_differ: Vec<String>,
    disagreements: Vec<String>,
}

impl Tally {
    fn record(&mut self, label: String, xml: &str, agreement: Agreement) {
        self.documents += 1;
        match agreement {
            Agreement::Agree {
                valid,
                violations_differ,
            } => {
                if valid {
                    self.valid += 1;
                } else {
                    self.invalid += 1;
                }
                if violations_differ {
                    self.violations_differ.push(label);
                }
            }
            Agreement::Disagree(why) => self
                .disagreements
                .push(format!("{label}: {why}\n  --- document ---\n{xml}")),
        }
    }
}

/// Writes every variant and the normative verdict (see the module doc).
fn keep_variants(
    dir: &std::path::Path,
    samples: &[samples::Sample],
    variants: &[Vec<Variant>],
    normative: ReadFn,
) {
    let mut manifest = String::new();
    for (sample, variants) in samples.iter().zip(variants) {
        let stem = sample.label.trim_end_matches(".xml");
        for (n, variant) in variants.iter().enumerate() {
            let file = dir.join(format!("{stem}-{n:03}.xml"));
            std::fs::create_dir_all(file.parent().expect("has a parent"))
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
            std::fs::write(&file, &variant.xml)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
            manifest.push_str(&format!(
                "{}\t{}\t{}\n",
                file.display(),
                verdict(normative(&variant.xml).valid),
                variant.description
            ));
        }
    }
    let path = dir.join("verdicts.tsv");
    std::fs::write(&path, manifest)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

#[test]
fn normative_and_resolved_1_0_9_agree() {
    let started = Instant::now();
    let groups = resolved_groups();
    let normative = reader!(stuf_jz::v1_0_9);
    let samples = samples::samples("1.0.9");

    // Every normative root is declared by at least one resolved group (the
    // vtberichten bundle also declares the five jzberichten roots; such a
    // root is checked against each group that declares it).
    let mut owners_of: BTreeMap<&str, Vec<(&str, ReadFn)>> = BTreeMap::new();
    for root in stuf_jz::v1_0_9::Message::ROOTS {
        let owners: Vec<(&str, ReadFn)> = groups
            .iter()
            .filter(|(_, roots, _)| roots.contains(root))
            .map(|(name, _, read)| (*name, *read))
            .collect();
        assert!(!owners.is_empty(), "no resolved group declares {root}");
        owners_of.insert(root, owners);
    }
    let resolved_roots: BTreeSet<&str> = groups
        .iter()
        .flat_map(|(_, roots, _)| roots.iter().copied())
        .collect();
    let normative_roots: BTreeSet<&str> = stuf_jz::v1_0_9::Message::ROOTS.iter().copied().collect();
    assert_eq!(
        normative_roots, resolved_roots,
        "normative and resolved 1.0.9 offer different roots"
    );
    println!(
        "crosscheck 1.0.9 roots: {}",
        owners_of
            .iter()
            .map(|(root, owners)| format!(
                "{root} ({})",
                owners
                    .iter()
                    .map(|(g, _)| *g)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let mut on_samples = Tally::default();
    let mut on_variants = Tally::default();
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let all_variants = variants(&samples);
    for (sample, variants) in samples.iter().zip(&all_variants) {
        let owners = owners_of
            .get(sample.root.as_str())
            .unwrap_or_else(|| panic!("{}: not a 1.0.9 root", sample.label));

        // The engine's tree must not change a sample's meaning.
        let identity = xml::serialize(&xml::parse(&sample.xml).expect("parsed before"));
        if let Err(diff) = tree::compare(&sample.xml, &identity) {
            panic!(
                "the mutation engine changes {} without an edit:\n{diff}",
                sample.label
            );
        }
        for variant in variants {
            *by_kind.entry(variant.category.name()).or_default() += 1;
        }
        for (group, resolved) in owners {
            on_samples.record(
                format!("{} vs {group}", sample.label),
                &sample.xml,
                compare(&sample.xml, normative, *resolved, group),
            );
            for variant in variants {
                let agreement = compare(&variant.xml, normative, *resolved, group);
                on_variants.record(
                    format!("{} [{}] vs {group}", sample.label, variant.description),
                    &variant.xml,
                    agreement,
                );
            }
        }
    }
    let variant_count: usize = by_kind.values().sum();
    if let Some(dir) = std::env::var_os("STUF_JZ_CROSSCHECK_KEEP") {
        keep_variants(
            std::path::Path::new(&dir),
            &samples,
            &all_variants,
            normative,
        );
    }

    println!(
        "crosscheck 1.0.9 samples: {} files, {} comparisons, {} valid in both, {} invalid in both, {} disagreements",
        samples.len(),
        on_samples.documents,
        on_samples.valid,
        on_samples.invalid,
        on_samples.disagreements.len()
    );
    println!(
        "crosscheck 1.0.9 variants: {} ({}), {} comparisons, {} valid in both, {} invalid in both, {} disagreements",
        variant_count,
        by_kind
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        on_variants.documents,
        on_variants.valid,
        on_variants.invalid,
        on_variants.disagreements.len()
    );
    println!(
        "crosscheck 1.0.9: {} rejected variants with different violation lists (path, rule){}",
        on_variants.violations_differ.len(),
        on_variants
            .violations_differ
            .iter()
            .map(|l| format!("\n  {l}"))
            .collect::<String>()
    );
    println!("crosscheck 1.0.9: {:.1} s", started.elapsed().as_secs_f64());

    assert!(
        variant_count >= 300,
        "the mutator made only {variant_count} variants"
    );
    assert!(
        on_variants.invalid > 0 && on_variants.valid > 0,
        "variants should include both valid and invalid documents ({} valid, {} invalid)",
        on_variants.valid,
        on_variants.invalid
    );
    let disagreements: Vec<&String> = on_samples
        .disagreements
        .iter()
        .chain(&on_variants.disagreements)
        .collect();
    assert!(
        disagreements.is_empty(),
        "normative and resolved 1.0.9 disagree on {} of {} comparisons:\n\n{}",
        disagreements.len(),
        on_samples.documents + on_variants.documents,
        disagreements
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
