//! The differential run: samples -> variants -> referees and our validator
//! -> comparison and report.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::corpus::{self, Sample};
use super::encodings;
use super::mutate::{self, Category, Context};
use super::ours;
use super::referee::{self, Tools};
use super::report::{self, Entry};
use super::xml;

/// Schema versions looked for under `examples/messages/`.
pub const VERSIONS: [&str; 2] = ["1.0.7", "1.0.9"];
/// Variants aimed at per schema version, spread over its samples.
pub const TARGET_PER_VERSION: usize = 1400;
/// Lower bound of variants per sample when there are many samples.
pub const MIN_PER_SAMPLE: usize = 24;
/// Our disagreements described in detail per version (the rest is counted).
pub const MAX_DETAILS: usize = 250;
/// The suite fails if 1.0.7 yields fewer variants than this.
pub const MIN_VARIANTS_1_0_7: usize = 500;

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct Config {
    /// Workspace root (holds `xsd/`, `examples/`, `tests/referee/`).
    pub root: PathBuf,
    /// Our command-line tool.
    pub bin: PathBuf,
    /// Keep the temporary directory (for debugging).
    pub keep: bool,
    /// Schema versions our tool was built with (`1.0.7`, `1.0.9`); sample
    /// directories of other versions are announced and skipped.
    pub built_versions: Vec<String>,
}

/// A temporary directory removed on drop (unless kept).
struct TempDir {
    path: PathBuf,
    keep: bool,
}

impl TempDir {
    fn new(keep: bool) -> Result<Self, String> {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "stuf-jz-differential-{}-{nanos}",
            std::process::id()
        ));
        fs::create_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(TempDir { path, keep })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if self.keep {
            eprintln!("kept variants in {}", self.path.display());
        } else {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

/// Everything produced for one schema version.
struct VersionRun {
    samples: Vec<Sample>,
    entries: Vec<Entry>,
    problems: Vec<String>,
    /// Our validator could not judge the files (its verdicts are missing).
    ours_failed: bool,
}

/// Writes a file, creating its directory.
fn write(path: &Path, text: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// File-name-safe form of a sample's stem.
fn stem(path: &Path) -> String {
    let s = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("sample");
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Generates and writes the variants of one version.
fn generate(cfg: &Config, version: &str, out_dir: &Path) -> Result<VersionRun, String> {
    let schemas = corpus::schemas(&cfg.root.join("xsd"), version)?;
    let (samples, mut problems) =
        corpus::samples(&cfg.root.join("examples/messages").join(version))?;
    let mut ctx = Context {
        roots: schemas.names(),
        pool: Vec::new(),
    };
    for s in &samples {
        ctx.add_to_pool(&s.doc);
    }
    let budget = (TARGET_PER_VERSION / samples.len().max(1) + 1).max(MIN_PER_SAMPLE);
    let mut entries = Vec::new();
    for (i, s) in samples.iter().enumerate() {
        let root = s.doc.root.local();
        if root != s.dir_root {
            problems.push(format!(
                "{}: root element {root} but directory {}",
                s.path.display(),
                s.dir_root
            ));
        }
        let Some(schema) = schemas.schema_for(root) else {
            problems.push(format!(
                "{}: {root} is no {version} message element",
                s.path.display()
            ));
            continue;
        };
        let dir = out_dir
            .join(version)
            .join(root)
            .join(format!("{i:03}-{}", stem(&s.path)));
        let mut push = |n: usize, category: Category, description: String, text: &[u8]| {
            let file = dir.join(format!("{n:04}-{}.xml", category.name()));
            write(&file, text)?;
            entries.push(Entry {
                version: version.to_string(),
                sample: i,
                category,
                description,
                file,
                schema: schema.to_path_buf(),
                judgement: None,
                ours: Vec::new(),
            });
            Ok::<(), String>(())
        };
        push(
            0,
            Category::Original,
            "unmutated sample".into(),
            s.text.as_bytes(),
        )?;
        let variants = mutate::variants(&s.doc, &ctx, budget, i);
        for (n, v) in variants.iter().enumerate() {
            push(n + 1, v.category, v.description.clone(), v.xml.as_bytes())?;
        }
        // The sample in other encodings and line ends, and so are the first
        // few variants (a violation must be found whatever the bytes).
        let mut n = variants.len() + 1;
        let copied = std::iter::once((s.text.as_str(), "the sample".to_string())).chain(
            variants
                .iter()
                .take(encodings::VARIANTS_COPIED)
                .map(|v| (v.xml.as_str(), v.description.clone())),
        );
        for (k, (text, what)) in copied.enumerate() {
            for c in encodings::copies(text) {
                if k == 0
                    || c.description.starts_with("UTF-16LE")
                    || c.description == "CR line ends"
                {
                    push(
                        n,
                        c.category,
                        format!("{what}, {}", c.description),
                        &c.bytes,
                    )?;
                    n += 1;
                }
            }
        }
    }
    Ok(VersionRun {
        samples,
        entries,
        problems,
        ours_failed: false,
    })
}

/// Entry indices of one schema group and their referee verdicts.
type JudgedGroup = (Vec<usize>, Vec<referee::Judgement>);

/// Runs referees and our tool over the entries of one version.
fn validate(
    cfg: &Config,
    tools: &Tools,
    version: &str,
    run: &mut VersionRun,
) -> Result<(), String> {
    let mut by_schema: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for (i, e) in run.entries.iter().enumerate() {
        by_schema.entry(e.schema.clone()).or_default().push(i);
    }
    let files: Vec<PathBuf> = run.entries.iter().map(|e| e.file.clone()).collect();
    let (judged, ours) = std::thread::scope(|s| {
        let ours = s.spawn(|| ours::validate(&cfg.bin, version, &files));
        let judged: Result<Vec<JudgedGroup>, String> = by_schema
            .iter()
            .map(|(schema, idx)| {
                let group: Vec<PathBuf> = idx.iter().map(|&i| files[i].clone()).collect();
                referee::judge(tools, schema, &group).map(|j| (idx.clone(), j))
            })
            .collect();
        let ours = ours
            .join()
            .unwrap_or_else(|_| Err("our validator thread panicked".into()));
        (judged, ours)
    });
    for (idx, judgements) in judged? {
        for (i, j) in idx.into_iter().zip(judgements) {
            run.entries[i].judgement = Some(j);
        }
    }
    let ours = match ours {
        Ok(ours) => ours,
        Err(e) => {
            run.problems.push(format!("our validator failed: {e}"));
            run.ours_failed = true;
            return Ok(());
        }
    };
    for (e, lines) in run.entries.iter_mut().zip(ours.lines) {
        e.ours = lines;
    }
    run.problems.extend(
        ours.contract
            .into_iter()
            .map(|c| format!("our exit-code contract: {c}")),
    );
    if !ours.stray.is_empty() {
        println!(
            "note: {version}: {} stdout lines of our tool name no input file, e.g. {:?}",
            ours.stray.len(),
            ours.stray.first()
        );
    }
    Ok(())
}

/// Runs the whole differential suite and prints the report. Returns the
/// list of failures (empty = pass); errors are setup failures.
pub fn run(cfg: &Config) -> Result<Vec<String>, String> {
    let tools = referee::check_tools(&cfg.root)?;
    let tmp = TempDir::new(cfg.keep)?;
    let mut failures = Vec::new();
    let mut all: Vec<Entry> = Vec::new();
    let mut details = String::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for version in VERSIONS {
        if !cfg.root.join("examples/messages").join(version).is_dir() {
            println!("no examples/messages/{version}/ directory: version skipped");
            continue;
        }
        if !cfg.built_versions.iter().any(|v| v == version) {
            println!(
                "NOTE: examples/messages/{version}/ exists but stuf-jz is built without \
                 {version}: version SKIPPED (enable its feature, e.g. `--all-features`)"
            );
            continue;
        }
        let started = Instant::now();
        let mut run = generate(cfg, version, &tmp.path)?;
        let generated = started.elapsed();
        validate(cfg, &tools, version, &mut run)?;
        println!(
            "{version}: {} samples, {} files; generated in {:.1?}, validated in {:.1?}",
            run.samples.len(),
            run.entries.len(),
            generated,
            started.elapsed() - generated
        );
        let mutated = run
            .entries
            .iter()
            .filter(|e| e.category != Category::Original)
            .count();
        counts.insert(version.to_string(), mutated);
        failures.extend(run.problems.iter().map(|p| format!("{version}: {p}")));
        for e in run
            .entries
            .iter()
            .filter(|e| e.category == Category::Original && !e.referee_valid())
        {
            let msg = e
                .judgement
                .as_ref()
                .map(|j| j.message().to_string())
                .unwrap_or_default();
            failures.push(format!(
                "{version}: sample {} is invalid for the referee: {msg}",
                run.samples[e.sample].path.display()
            ));
        }
        let originals: Vec<String> = run.samples.iter().map(|s| xml::serialize(&s.doc)).collect();
        for e in run
            .entries
            .iter()
            .filter(|e| !run.ours_failed && e.we_disagree())
            .take(MAX_DETAILS)
        {
            let variant = corpus::read_text(&e.file).unwrap_or_default();
            let sample = &run.samples[e.sample];
            details.push_str(&report::our_disagreement(
                e,
                &sample.path.display().to_string(),
                &originals[e.sample],
                &variant,
            ));
        }
        let rd = report::referee_disagreements(&run.entries, 25);
        if !rd.is_empty() {
            println!("\nxmllint/Xerces disagreements ({version}; Xerces decides):\n{rd}");
        }
        if !run.ours_failed {
            all.append(&mut run.entries);
        }
    }
    println!("\n{}", report::table(&all));
    let ours_wrong = all.iter().filter(|e| e.we_disagree()).count();
    if ours_wrong > 0 {
        println!(
            "OUR DISAGREEMENTS WITH THE REFEREE ({ours_wrong}; \
             at most {MAX_DETAILS} per version in detail):\n{details}"
        );
        failures.push(format!(
            "{ours_wrong} files where stuf-jz disagrees with the referee (details above; \
             set STUF_JZ_DIFF_KEEP=1 to keep the variant files)"
        ));
    }
    let n107 = counts.get("1.0.7").copied().unwrap_or(0);
    if n107 < MIN_VARIANTS_1_0_7 {
        failures.push(format!(
            "only {n107} mutated variants for 1.0.7 (need at least {MIN_VARIANTS_1_0_7}); \
             add samples under examples/messages/1.0.7/<root>/"
        ));
    }
    Ok(failures)
}
