//! One thing a report prints about a file: a schema violation or a broken
//! rule beyond the schema, seen the same way by every format.

use stuf_jz::types::Position;
use stuf_jz::Violation;
use stuf_jz_rules::{RuleViolation, Severity};

use crate::cli::check::Checked;

/// A schema violation or a rule violation.
#[derive(Debug, Clone, Copy)]
pub struct Finding<'a> {
    /// The schema rule (`minOccurs`, `pattern`) or the rule id
    /// (`bsn-11-proef`).
    pub rule: &'a str,
    /// Schema violations are errors; rules have their own severity.
    pub severity: Severity,
    /// `schema`, or the rule's group (`stuf`, `corv`), as `--rules` names them.
    pub group: &'static str,
    /// Element path.
    pub path: &'a str,
    /// Line and column, when known.
    pub position: Option<Position>,
    /// The schema type (schema violations only).
    pub schema_type: Option<&'a str>,
    /// The offending value, when there is one.
    pub value: Option<&'a str>,
    /// What is wrong.
    pub message: &'a str,
}

impl<'a> Finding<'a> {
    /// Whether it is a warning.
    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }
}

impl<'a> From<&'a Violation> for Finding<'a> {
    fn from(v: &'a Violation) -> Finding<'a> {
        Finding {
            rule: v.rule.name(),
            severity: Severity::Error,
            group: "schema",
            path: &v.path,
            position: v.position,
            schema_type: v.schema_type,
            value: v.value.as_deref(),
            message: &v.message,
        }
    }
}

impl<'a> From<&'a RuleViolation> for Finding<'a> {
    fn from(v: &'a RuleViolation) -> Finding<'a> {
        Finding {
            rule: v.rule,
            severity: v.severity,
            group: stuf_jz_rules::rule(v.rule).map_or("rules", |r| r.group.name()),
            path: &v.path,
            position: v.position,
            schema_type: None,
            value: v.value.as_deref(),
            message: &v.message,
        }
    }
}

impl Checked {
    /// The schema violations, then the rule violations (a file has rule
    /// violations only when the schema accepts it).
    pub fn findings(&self) -> impl Iterator<Item = Finding<'_>> {
        self.violations()
            .iter()
            .map(Finding::from)
            .chain(self.rules.iter().map(Finding::from))
    }
}
