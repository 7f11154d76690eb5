//! Text report of a differential run: the per-category table and the
//! details of every disagreement.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use super::mutate::Category;
use super::referee::Judgement;

/// One validated file and everybody's opinion about it.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Schema version (`1.0.7`, `1.0.9`).
    pub version: String,
    /// Index of the sample the variant was derived from.
    pub sample: usize,
    /// Mutation category.
    pub category: Category,
    /// What the mutation changed.
    pub description: String,
    /// The variant file.
    pub file: PathBuf,
    /// Referee schema used.
    pub schema: PathBuf,
    /// Referee verdicts (filled in after the referees ran).
    pub judgement: Option<Judgement>,
    /// Our violation lines for this file (empty = valid for us).
    pub ours: Vec<String>,
}

impl Entry {
    /// The referees' verdict (Xerces decides on disagreement).
    pub fn referee_valid(&self) -> bool {
        self.judgement.as_ref().is_some_and(Judgement::valid)
    }

    /// Whether xmllint and Xerces disagree on this file.
    pub fn referees_disagree(&self) -> bool {
        self.judgement.as_ref().is_some_and(Judgement::disagree)
    }

    /// Our verdict.
    pub fn ours_valid(&self) -> bool {
        self.ours.is_empty()
    }

    /// Whether we disagree with the referee verdict.
    pub fn we_disagree(&self) -> bool {
        self.ours_valid() != self.referee_valid()
    }
}

/// Per-category counters.
#[derive(Clone, Copy, Debug, Default)]
struct Row {
    variants: usize,
    invalid: usize,
    referee_disagreements: usize,
    our_disagreements: usize,
}

impl Row {
    fn add(&mut self, e: &Entry) {
        self.variants += 1;
        self.invalid += usize::from(!e.referee_valid());
        self.referee_disagreements += usize::from(e.referees_disagree());
        self.our_disagreements += usize::from(e.we_disagree());
    }
}

/// The per-version, per-category table.
pub fn table(entries: &[Entry]) -> String {
    let mut rows: BTreeMap<(String, Category), Row> = BTreeMap::new();
    let mut totals: BTreeMap<String, Row> = BTreeMap::new();
    for e in entries {
        rows.entry((e.version.clone(), e.category))
            .or_default()
            .add(e);
        totals.entry(e.version.clone()).or_default().add(e);
    }
    let mut out = String::new();
    let header = format!(
        "{:<8}{:<22}{:>9}{:>12}{:>16}{:>10}",
        "version", "category", "variants", "ref-invalid", "xmllint!=xerces", "ours!=ref"
    );
    let _ = writeln!(out, "{header}\n{}", "-".repeat(header.len()));
    let line = |out: &mut String, v: &str, c: &str, r: &Row| {
        let _ = writeln!(
            out,
            "{v:<8}{c:<22}{:>9}{:>12}{:>16}{:>10}",
            r.variants, r.invalid, r.referee_disagreements, r.our_disagreements
        );
    };
    for (version, total) in &totals {
        for ((v, cat), row) in rows.iter().filter(|((v, _), _)| v == version) {
            line(&mut out, v, cat.name(), row);
        }
        line(&mut out, version, "TOTAL", total);
        let _ = writeln!(out, "{}", "-".repeat(header.len()));
    }
    out
}

/// Lines that differ between `before` and `after` (common head and tail
/// removed), at most `max` per side, each cut to 200 characters.
pub fn diff_summary(before: &str, after: &str, max: usize) -> String {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let (head, tail) = super::tree::common_ends(&a, &b);
    let cut = |s: &str| -> String {
        let s = s.trim();
        if s.chars().count() > 200 {
            format!("{}...", s.chars().take(200).collect::<String>())
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    for (sign, lines) in [
        ('-', &a[head..a.len() - tail]),
        ('+', &b[head..b.len() - tail]),
    ] {
        for (k, l) in lines.iter().enumerate().take(max) {
            let _ = writeln!(out, "      {sign} line {}: {}", head + 1 + k, cut(l));
        }
        if lines.len() > max {
            let _ = writeln!(out, "      {sign} ... {} more lines", lines.len() - max);
        }
    }
    out
}

/// Detailed list of the files where xmllint and Xerces disagree.
pub fn referee_disagreements(entries: &[Entry], limit: usize) -> String {
    let list: Vec<&Entry> = entries.iter().filter(|e| e.referees_disagree()).collect();
    let mut out = String::new();
    for e in list.iter().take(limit) {
        let j = e.judgement.as_ref().expect("judged");
        let verdict = |valid: bool, msg: &str| {
            if valid {
                "valid".to_string()
            } else {
                format!("invalid ({msg})")
            }
        };
        let _ = writeln!(
            out,
            "  [{} {}] {}\n    {}\n    xmllint: {}\n    xerces:  {}",
            e.version,
            e.category.name(),
            e.file.display(),
            e.description,
            verdict(j.xmllint.valid, &j.xmllint.message),
            verdict(j.xerces.valid, &j.xerces.message)
        );
    }
    if list.len() > limit {
        let _ = writeln!(out, "  ... and {} more", list.len() - limit);
    }
    out
}

/// Detailed description of one of our disagreements; `original` is the
/// serialised sample, `variant` the file content.
pub fn our_disagreement(e: &Entry, sample: &str, original: &str, variant: &str) -> String {
    let j = e.judgement.as_ref().expect("judged");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  [{} {}] {}\n    sample: {}\n    change: {}",
        e.version,
        e.category.name(),
        e.file.display(),
        sample,
        e.description
    );
    if e.category != Category::Original {
        out.push_str(&diff_summary(original, variant, 4));
    }
    let referee = if e.referee_valid() {
        "valid".to_string()
    } else {
        format!("INVALID: {}", j.message())
    };
    let _ = writeln!(
        out,
        "    referee: {referee}{}",
        if j.disagree() {
            " (xmllint and Xerces disagree; Xerces decides)"
        } else {
            ""
        }
    );
    if e.ours.is_empty() {
        let _ = writeln!(out, "    ours:    valid (no violation lines)");
    } else {
        let _ = writeln!(out, "    ours:    INVALID:");
        for l in e.ours.iter().take(5) {
            let _ = writeln!(out, "      {l}");
        }
        if e.ours.len() > 5 {
            let _ = writeln!(out, "      ... {} more lines", e.ours.len() - 5);
        }
    }
    out
}
