//! The rules beyond the schemas (crate `stuf-jz-rules`): which run in
//! `validate` and `serve` (`--rules`, `--deny-warnings`,
//! `--reference-lists`), and the `rules` subcommand that lists them.

use stuf_jz_rules::{ReferenceLists, RuleSet, Severity, RULES};

use super::args::{Format, Global, RuleArgs, RulesArg};
use stuf_jz::SchemaVersion;
use stuf_jz_rules::RuleViolation;

use super::check::{self, Checked, Outcome};
use super::inputs::Source;
use super::safe;

/// What `validate` and `serve` check beyond the schema.
pub struct RuleOptions {
    /// The rules that run (none with `--rules schema`).
    pub set: RuleSet,
    /// `--reference-lists`; `None`: the lists built in.
    pub lists: Option<ReferenceLists>,
    /// A warning makes the file fail.
    pub deny_warnings: bool,
}

impl RuleOptions {
    /// From the arguments of `validate` or `serve`; a workbook that cannot
    /// be read is an error.
    pub fn new(args: &RuleArgs) -> Result<RuleOptions, String> {
        let name = match args.rules {
            RulesArg::Schema => "schema",
            RulesArg::Stuf => "stuf",
            RulesArg::Corv => "corv",
            RulesArg::All => "all",
        };
        let set = RuleSet::by_name(name).expect("every --rules value names a rule set");
        let lists = match &args.reference_lists {
            Some(path) => Some(ReferenceLists::from_xlsx(path).map_err(|e| {
                format!(
                    "--reference-lists: {}",
                    safe::escape(&e.to_string()).into_owned()
                )
            })?),
            None => None,
        };
        Ok(RuleOptions {
            set,
            lists,
            deny_warnings: args.deny_warnings,
        })
    }

    /// Whether any rule runs (the rules need the document text).
    pub fn active(&self) -> bool {
        self.set.rules().next().is_some()
    }

    /// The reference lists the rules read.
    pub fn lists(&self) -> &ReferenceLists {
        self.lists
            .as_ref()
            .unwrap_or_else(|| ReferenceLists::builtin())
    }

    /// Reads and checks one input: the schemas, then, for a message a
    /// schema accepts, the rules, from one typed read per candidate
    /// version. A broken error rule, or any rule with `--deny-warnings`,
    /// makes the outcome [`Outcome::Broken`].
    pub fn check(&self, source: Source, forced: Option<SchemaVersion>, keep_text: bool) -> Checked {
        if !self.active() {
            return check::check(source, forced, keep_text);
        }
        let mut found: Option<(SchemaVersion, Vec<RuleViolation>)> = None;
        let mut checked = check::check_with(source, forced, keep_text, &mut |version, xml, _| {
            match stuf_jz_rules::check_xml_with(version, xml, &self.set, self.lists()) {
                Ok(rules) => {
                    found = Some((version, rules));
                    Vec::new()
                }
                Err(schema) => schema.violations,
            }
        });
        let chosen = checked.version.map(|(version, _)| version);
        if let (Outcome::Valid, Some((version, rules))) = (&checked.outcome, found) {
            if chosen == Some(version) {
                let fails = rules
                    .iter()
                    .any(|v| v.severity == Severity::Error || self.deny_warnings);
                checked.rules = rules;
                if fails {
                    checked.outcome = Outcome::Broken;
                }
            }
        }
        checked
    }
}

/// `rules`: every rule with its id, severity, group and source
/// (`--format json`: one object per rule; `--verbose`: why each has its
/// severity).
pub fn list(global: &Global) -> Result<u8, String> {
    let mut out = String::new();
    match global.format {
        Some(Format::Json) => {
            for r in RULES {
                let object = serde_json::json!({
                    "id": r.id,
                    "severity": r.severity.name(),
                    "group": r.group.name(),
                    "description": r.description,
                    "source": r.source,
                    "severity_reason": r.severity_reason,
                });
                out.push_str(&safe::json_text(&object));
                out.push('\n');
            }
        }
        None | Some(Format::Short) | Some(Format::Human) => {
            let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in RULES {
                out.push_str(&format!(
                    "{:width$}  {:7}  {:6}  {}\n{:width$}  source: {}\n",
                    r.id,
                    r.severity.name(),
                    r.group.name(),
                    r.description,
                    "",
                    r.source,
                ));
                if global.verbose {
                    out.push_str(&format!(
                        "{:width$}  {}: {}\n",
                        "", r.severity, r.severity_reason
                    ));
                }
            }
        }
        Some(other) => {
            return Err(format!(
                "rules prints `short` (alias `text`) or `json`, not `{other:?}`"
            ))
        }
    }
    super::write_stdout(out.as_bytes())?;
    Ok(0)
}
