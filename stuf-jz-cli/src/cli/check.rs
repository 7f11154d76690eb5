//! Reading one input and validating it with the right schema version.

use std::io::Read;

use stuf_jz::types::reader::MAX_DOCUMENT_BYTES;
use stuf_jz::types::{Position, Reader, Rule, Violation};
use stuf_jz::SchemaVersion;
use stuf_jz_rules::RuleViolation;

use crate::cli::inputs::Source;

/// Why a message was read with the version it was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// `--schema-version`.
    Forced,
    /// The first version (oldest first) that has the root and accepts the message.
    Accepted,
    /// No version accepted it; this one found the fewest violations.
    Fewest,
    /// No version has the root element (or there is none).
    UnknownRoot,
}

impl Reason {
    /// For `--verbose`.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Forced => "--schema-version",
            Reason::Accepted => "the first version with this root that accepts the message",
            Reason::Fewest => "no version accepts it; the version with the fewest violations",
            Reason::UnknownRoot => "no version has this root element; the newest version",
        }
    }
}

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    /// Valid.
    Valid,
    /// Invalid: every violation, in document order.
    Invalid(Vec<Violation>),
    /// Valid for the schema, but breaks rules beyond it ([`Checked::rules`]).
    Broken,
    /// Not checked: a safety limit (size, depth, DTD) stopped the reader.
    NotChecked(Vec<Violation>),
    /// Could not be read.
    Unreadable(String),
}

/// One input, checked.
#[derive(Debug)]
pub struct Checked {
    /// Where it came from.
    pub source: Source,
    /// The verdict.
    pub outcome: Outcome,
    /// The version it was read with, and why (none when unreadable).
    pub version: Option<(SchemaVersion, Reason)>,
    /// The versions that have its root element.
    pub candidates: Vec<SchemaVersion>,
    /// The document text, when asked for (`human` reports, `convert`, the rules).
    pub text: Option<String>,
    /// What the rules beyond the schema found (see `cli::rules`).
    pub rules: Vec<RuleViolation>,
}

impl Checked {
    /// A file that could not be read.
    pub fn unreadable(source: Source, error: String) -> Checked {
        Checked::before_reading(source, Outcome::Unreadable(error))
    }

    /// An outcome found before any version read the message.
    fn before_reading(source: Source, outcome: Outcome) -> Checked {
        Checked {
            source,
            outcome,
            version: None,
            candidates: Vec::new(),
            text: None,
            rules: Vec::new(),
        }
    }

    /// The violations (empty when valid or unreadable).
    pub fn violations(&self) -> &[Violation] {
        match &self.outcome {
            Outcome::Invalid(v) | Outcome::NotChecked(v) => v,
            Outcome::Valid | Outcome::Broken | Outcome::Unreadable(_) => &[],
        }
    }
}

/// How the document is checked with one candidate version: its schema
/// violations (empty when the version accepts it). The first call may be
/// given the reader that read the root element's name, to go on with.
pub type Validator<'a> =
    dyn for<'x> FnMut(SchemaVersion, &'x str, Option<Reader<'x>>) -> Vec<Violation> + 'a;

/// Reads and validates one input against the schemas.
pub fn check(source: Source, forced: Option<SchemaVersion>, keep_text: bool) -> Checked {
    check_with(source, forced, keep_text, &mut |version, xml, reader| {
        version.validate_with(reader.unwrap_or_else(|| Reader::new(xml)))
    })
}

/// [`check`] with each candidate version checked by `validate` (the rules
/// read the message once for the schema and for themselves).
pub fn check_with(
    source: Source,
    forced: Option<SchemaVersion>,
    keep_text: bool,
    validate: &mut Validator<'_>,
) -> Checked {
    let bytes = match read(&source) {
        Ok(bytes) => bytes,
        Err(e) => return Checked::unreadable(source, e.to_string()),
    };
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let violation = violation(
            Rule::Limit,
            None,
            format!("document larger than {MAX_DOCUMENT_BYTES} bytes"),
        );
        return Checked::before_reading(source, Outcome::NotChecked(vec![violation]));
    }
    // Every encoding the XML declaration or a BOM names (UTF-8 borrowed,
    // not copied: the document is in memory once).
    let config = stuf_jz_types::ReaderConfig::default();
    let text = match stuf_jz_types::reader::decode_document(&bytes, &config) {
        Ok(text) => text,
        Err(violation) => {
            return Checked::before_reading(source, Outcome::Invalid(vec![violation]));
        }
    };
    let (version, reason, candidates, violations) = choose(&text, forced, validate);
    let outcome = if violations.is_empty() {
        Outcome::Valid
    } else if violations
        .iter()
        .any(|v| matches!(v.rule, Rule::Limit | Rule::Doctype))
    {
        Outcome::NotChecked(violations)
    } else {
        Outcome::Invalid(violations)
    };
    Checked {
        source,
        outcome,
        version: Some((version, reason)),
        candidates,
        text: keep_text.then(|| text.into_owned()),
        rules: Vec::new(),
    }
}

/// Reads at most one byte more than the reader accepts.
fn read(source: &Source) -> std::io::Result<Vec<u8>> {
    let limit = MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    match source {
        Source::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut bytes)?;
        }
        Source::File(path) => {
            let file = std::fs::File::open(path)?;
            // Room for the whole file up front: one read instead of a
            // series of growing ones.
            let size = file.metadata().map_or(0, |meta| meta.len().min(limit));
            bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
            file.take(limit).read_to_end(&mut bytes)?;
        }
    }
    Ok(bytes)
}

/// The version to report, why, the versions that have the root, and the
/// violations found with the chosen version (see `validate --help`).
fn choose(
    xml: &str,
    forced: Option<SchemaVersion>,
    validate: &mut Validator<'_>,
) -> (SchemaVersion, Reason, Vec<SchemaVersion>, Vec<Violation>) {
    // The reader that finds the root element reads the first candidate.
    let mut reader = Reader::new(xml);
    let root = reader.root_name().map(|(_, local)| local);
    let mut reader = Some(reader);
    let candidates: Vec<SchemaVersion> = SchemaVersion::ALL
        .iter()
        .copied()
        .filter(|v| root.as_deref().is_some_and(|r| v.roots().contains(&r)))
        .collect();
    if let Some(version) = forced {
        let violations = validate(version, xml, reader.take());
        return (version, Reason::Forced, candidates, violations);
    }
    let newest = *SchemaVersion::ALL
        .last()
        .expect("the cli feature enables versions");
    if candidates.is_empty() {
        return (
            newest,
            Reason::UnknownRoot,
            candidates,
            validate(newest, xml, reader.take()),
        );
    }
    let mut best: Option<(SchemaVersion, Vec<Violation>)> = None;
    for &version in &candidates {
        let violations = validate(version, xml, reader.take());
        if violations.is_empty() {
            return (version, Reason::Accepted, candidates, violations);
        }
        // `<=`: the newer version wins a tie.
        if best
            .as_ref()
            .is_none_or(|(_, b)| violations.len() <= b.len())
        {
            best = Some((version, violations));
        }
    }
    let (version, violations) = best.expect("at least one candidate");
    (version, Reason::Fewest, candidates, violations)
}

fn violation(rule: Rule, position: Option<Position>, message: String) -> Violation {
    Violation {
        path: "/".to_string(),
        position,
        rule,
        schema_type: None,
        value: None,
        message,
    }
}
