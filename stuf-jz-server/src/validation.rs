//! What the worker finds in a stored body: the schema first, then (feature
//! `rules`) the StUF 03.01 / CORV rules beyond it; the Foutdetails of the
//! Fo01 that follows, and the line kept in the store's validation column.
//! Why a broken rule is answered like a schema error (Fo01 StUF055) is in
//! the documentation of [`crate::server`].

use stuf_jz::{SchemaVersion, Violation};

#[cfg(feature = "rules")]
use stuf_jz_rules::{ReferenceLists, RuleSet, RuleViolation, Severity};

use crate::reply::MAX_DETAILS;
use crate::server::Callback;

/// The rules beyond the schemas that the worker runs on a body the schema
/// accepts (feature `rules`), as `stuf-jz validate --rules`,
/// `--deny-warnings` and `--reference-lists` do.
#[cfg(feature = "rules")]
#[derive(Debug, Clone)]
pub struct RuleCheck {
    /// The rules that run ([`RuleSet::default`]: every rule).
    pub set: RuleSet,
    /// The reference lists (JZR role codes, INS instanties) the rules read,
    /// for example a newer workbook loaded with
    /// [`ReferenceLists::from_xlsx`]; `None`: the lists built in.
    pub lists: Option<ReferenceLists>,
    /// Whether a broken warning rule rejects the body (Fo01) as an error
    /// rule does; otherwise warnings are only recorded in the store.
    pub deny_warnings: bool,
}

#[cfg(feature = "rules")]
impl Default for RuleCheck {
    /// Every rule, the reference lists built in, warnings recorded only.
    fn default() -> Self {
        RuleCheck {
            set: RuleSet::default(),
            lists: None,
            deny_warnings: false,
        }
    }
}

#[cfg(feature = "rules")]
impl RuleCheck {
    /// The reference lists the rules read.
    pub fn lists(&self) -> &ReferenceLists {
        self.lists
            .as_ref()
            .unwrap_or_else(|| ReferenceLists::builtin())
    }
}

/// A broken rule, as one entry of the Foutdetails.
#[derive(Debug)]
struct Broken {
    /// `RULE-ID at PATH (LINE:COL): message` (`RULE-ID (warning) at ...`).
    line: String,
    warning: bool,
    /// It rejects the body (an error rule, or a warning with deny-warnings).
    rejects: bool,
}

#[cfg(feature = "rules")]
impl Broken {
    fn new(v: &RuleViolation, deny_warnings: bool) -> Broken {
        let warning = v.severity == Severity::Warning;
        let mut line = v.rule.to_string();
        if warning {
            line.push_str(" (warning)");
        }
        line.push_str(" at ");
        line.push_str(&v.path);
        if let Some(position) = v.position {
            line.push_str(&format!(" ({position})"));
        }
        line.push_str(": ");
        line.push_str(&v.message);
        Broken {
            line,
            warning,
            rejects: !warning || deny_warnings,
        }
    }
}

/// What was found in one body.
#[derive(Debug)]
pub(crate) struct Findings {
    version: SchemaVersion,
    schema: Vec<Violation>,
    /// The broken rules, those that reject first (each group in document
    /// order), so that the bound of the details cuts warnings first.
    rules: Vec<Broken>,
}

impl Findings {
    /// Validates `message` with `version`; when the schema accepts it and
    /// the callback settings name rules, checks them too.
    pub(crate) fn of(message: &str, version: SchemaVersion, settings: &Callback) -> Findings {
        let schema = version.validate(message);
        #[cfg(feature = "rules")]
        if let (true, Some(check)) = (schema.is_empty(), &settings.rules) {
            return Findings::by_rules(message, version, check);
        }
        #[cfg(not(feature = "rules"))]
        let _ = settings;
        Findings {
            version,
            schema,
            rules: Vec::new(),
        }
    }

    /// The rules on a body the schema accepted.
    #[cfg(feature = "rules")]
    fn by_rules(message: &str, version: SchemaVersion, check: &RuleCheck) -> Findings {
        match stuf_jz_rules::check_xml_with(version, message, &check.set, check.lists()) {
            Ok(found) => {
                let mut rules: Vec<Broken> = found
                    .iter()
                    .map(|v| Broken::new(v, check.deny_warnings))
                    .collect();
                rules.sort_by_key(|b| !b.rejects);
                Findings {
                    version,
                    schema: Vec::new(),
                    rules,
                }
            }
            // The schema accepted it, so this does not happen; if it did,
            // its schema violations are the verdict.
            Err(read) => Findings {
                version,
                schema: read.violations,
                rules: Vec::new(),
            },
        }
    }

    /// The Foutdetails of the Fo01 StUF055 when the body is rejected (a
    /// schema violation, a broken error rule, or a warning denied);
    /// `None` when it is accepted.
    pub(crate) fn rejection(&self) -> Option<String> {
        if !self.schema.is_empty() {
            Some(self.schema_details())
        } else if self.rules.iter().any(|b| b.rejects) {
            Some(self.rule_details())
        } else {
            None
        }
    }

    /// The store's validation column: `valid 1.0.7`, `valid 1.0.7, 2
    /// warnings: ...`, `invalid 1.0.7: ...` (schema), `invalid 1.0.7: 1 rule
    /// error, 1 warning: ...` (rules).
    pub(crate) fn summary(&self) -> String {
        let version = self.version;
        if !self.schema.is_empty() {
            return format!("invalid {version}: {}", self.schema_details());
        }
        if self.rules.is_empty() {
            return format!("valid {version}");
        }
        let warnings = self.rules.iter().filter(|b| b.warning).count();
        let errors = self.rules.len() - warnings;
        let mut counts = Vec::new();
        if errors > 0 {
            counts.push(plural(errors, "rule error", "rule errors"));
        }
        if warnings > 0 {
            counts.push(plural(warnings, "warning", "warnings"));
        }
        let counts = counts.join(", ");
        if self.rules.iter().any(|b| b.rejects) {
            let denied = if errors == 0 { " (denied)" } else { "" };
            format!(
                "invalid {version}: {counts}{denied}: {}",
                self.rule_details()
            )
        } else {
            format!("valid {version}, {counts}: {}", self.rule_details())
        }
    }

    fn schema_details(&self) -> String {
        bounded(
            &self
                .schema
                .iter()
                .map(|v| v.to_string())
                .collect::<Vec<_>>(),
        )
    }

    fn rule_details(&self) -> String {
        bounded(
            &self
                .rules
                .iter()
                .map(|b| b.line.clone())
                .collect::<Vec<_>>(),
        )
    }
}

fn plural(n: usize, one: &str, more: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { more })
}

/// The entries joined by `; `, at most [`MAX_DETAILS`] characters (the
/// bound of Foutdetails); when they do not all fit, the whole entries that
/// do (at least the start of the first) and how many there were.
fn bounded(lines: &[String]) -> String {
    let all = lines.join("; ");
    if all.chars().count() <= MAX_DETAILS {
        return all;
    }
    let suffix = format!("; ... ({})", plural(lines.len(), "violation", "violations"));
    let room = MAX_DETAILS - suffix.chars().count();
    let (mut kept, mut used) = (String::new(), 0);
    for line in lines {
        let sep = if kept.is_empty() { "" } else { "; " };
        let size = line.chars().count();
        if used + sep.len() + size > room {
            if kept.is_empty() {
                kept = line.chars().take(room).collect();
            }
            break;
        }
        kept.push_str(sep);
        kept.push_str(line);
        used += sep.len() + size;
    }
    kept + &suffix
}

#[cfg(test)]
mod tests {
    use super::bounded;
    use crate::reply::MAX_DETAILS;

    #[test]
    fn details_are_bounded_and_say_how_many_there_were() {
        let lines: Vec<String> = (0..100)
            .map(|i| format!("bsn-11-proef at /vtoDi01/object[{i}]: `123456789` fails"))
            .collect();
        let details = bounded(&lines);
        assert!(details.chars().count() <= MAX_DETAILS, "{}", details.len());
        assert!(details.starts_with(&lines[..3].join("; ")), "{details}");
        assert!(details.ends_with("; ... (100 violations)"), "{details}");
        // Whole entries only.
        let kept = details.strip_suffix("; ... (100 violations)").unwrap();
        assert!(lines.iter().any(|l| kept.ends_with(l.as_str())), "{kept}");
        assert_eq!(bounded(&lines[..2]), lines[..2].join("; "));
        // One entry longer than the bound: its start.
        let long = vec!["x".repeat(3 * MAX_DETAILS)];
        let cut = bounded(&long);
        assert_eq!(cut.chars().count(), MAX_DETAILS);
        assert!(cut.starts_with("xxx") && cut.ends_with("; ... (1 violation)"));
    }
}
