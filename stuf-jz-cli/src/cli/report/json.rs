//! `json`: JSON Lines. One object per violation, one per unreadable input,
//! and a last summary object. Stable fields:
//!
//! - violation: `{"type":"violation","file","line","column","path","rule",
//!   "severity","group","message","schema_type","value","value_length",
//!   "schema_version"}` (`line`, `column`, `schema_type`, `value`,
//!   `schema_version` may be `null`; `rule` is the schema rule or the rule
//!   id; `severity` is `error` or `warning` (schema violations are errors);
//!   `group` is `schema`, `stuf` or `corv`; `value` is shortened like in the
//!   text formats unless `--full-values`, `value_length` is its full length
//!   in characters);
//! - error: `{"type":"error","file","message"}`;
//! - summary: `{"type":"summary","files","valid","invalid","not_checked",
//!   "unreadable","violations","warnings","seconds","exit_code"}`
//!   (`violations` counts schema and rule violations, `warnings` the rule
//!   warnings among them).
//!
//! Files are named as given (a path that is not UTF-8 lossily); strings
//! are JSON-escaped, so no object spans more than one line.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::{Part, Report, Style, Summary};
use crate::cli::check::{Checked, Outcome};
use crate::cli::safe;

/// The `json` format.
pub struct Json {
    /// How values look.
    pub style: Style,
}

impl Report for Json {
    fn part(&self, checked: &Checked) -> Part {
        let file = checked.source.shown();
        let mut part = Part::default();
        if let Outcome::Unreadable(error) = &checked.outcome {
            push(
                &mut part.out,
                &json!({"type": "error", "file": file, "message": error}),
            );
        }
        let version = checked.version.map(|(v, _)| v.number());
        for v in checked.findings() {
            let value = v.value;
            push(
                &mut part.out,
                &json!({
                    "type": "violation",
                    "file": file,
                    "line": v.position.map(|p| p.line),
                    "column": v.position.map(|p| p.column),
                    "path": v.path,
                    "rule": v.rule,
                    "severity": v.severity.name(),
                    "group": v.group,
                    "message": if self.style.full_values { v.message.to_string() } else { safe::message_shortened(v.message) },
                    "schema_type": v.schema_type,
                    "value": value.map(|s| safe::shorten(s, self.style.full_values)),
                    "value_length": value.map(|s| s.chars().count()),
                    "schema_version": version,
                }),
            );
        }
        part
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let mut line = String::new();
        push(
            &mut line,
            &json!({
                "type": "summary",
                "files": summary.files,
                "valid": summary.valid,
                "invalid": summary.invalid,
                "not_checked": summary.not_checked,
                "unreadable": summary.unreadable,
                "violations": summary.violations,
                "warnings": summary.warnings,
                "seconds": summary.elapsed.as_secs_f64(),
                "exit_code": summary.exit_code,
            }),
        );
        out.write_all(line.as_bytes())
    }

    fn summary_on_stderr(&self) -> bool {
        false
    }
}

fn push(out: &mut String, value: &Value) {
    out.push_str(&safe::json_text(value));
    out.push('\n');
}
