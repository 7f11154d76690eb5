//! The rules beyond the schemas (crate `stuf-jz-rules`): which run in
//! `validate` and `serve` (`--rules`, `--deny-warnings`,
//! `--reference-lists`), and the `rules` subcommand that lists them.

use stuf_jz_rules::{ReferenceLists, RuleSet, Severity, RULES};

use super::args::{Format, Global, RuleArgs, RulesArg};
use super::check::{Checked, Outcome};
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

    /// Runs the rules on a message the schema accepted (its text must be
    /// kept); a broken error rule, or any rule with `--deny-warnings`, makes
    /// the outcome [`Outcome::Broken`].
    pub fn apply(&self, checked: &mut Checked) {
        if !matches!(checked.outcome, Outcome::Valid) || !self.active() {
            return;
        }
        let (Some((version, _)), Some(text)) = (checked.version, checked.text.as_deref()) else {
            return;
        };
        match stuf_jz_rules::check_xml_with(version, text, &self.set, self.lists()) {
            Ok(found) => {
                let fails = found
                    .iter()
                    .any(|v| v.severity == Severity::Error || self.deny_warnings);
                checked.rules = found;
                if fails {
                    checked.outcome = Outcome::Broken;
                }
            }
            // The schema accepted it, so this does not happen; if it did,
            // the schema violations are the verdict.
            Err(schema) => checked.outcome = Outcome::Invalid(schema.violations),
        }
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
