//! A broken rule, printed like a schema violation.

use std::fmt;

use stuf_jz_types::Position;

use crate::catalogue::{rule, Severity};

/// One broken rule: where, which rule, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleViolation {
    /// The rule id (`bsn-11-proef`).
    pub rule: &'static str,
    /// The rule's severity.
    pub severity: Severity,
    /// Element path, as in schema violations
    /// (`/vtoDi01/object/heeftBetrekkingOp[2]/gerelateerde/inp.bsn`).
    pub path: String,
    /// Line and column of the element, when checked from XML text.
    pub position: Option<Position>,
    /// The offending value, when there is one.
    pub value: Option<String>,
    /// What is wrong, for a person.
    pub message: String,
}

impl RuleViolation {
    pub(crate) fn new(rule_id: &'static str, path: String, message: String) -> Self {
        let severity = rule(rule_id).map_or(Severity::Error, |r| r.severity);
        RuleViolation {
            rule: rule_id,
            severity,
            path,
            position: None,
            value: None,
            message,
        }
    }

    pub(crate) fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl fmt::Display for RuleViolation {
    /// `LINE:COL: PATH: RULE: message`, the format of schema violations
    /// (without position when unknown); a warning says so.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(f, "{}: {}: ", self.path, self.rule)?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&self.message)
    }
}
