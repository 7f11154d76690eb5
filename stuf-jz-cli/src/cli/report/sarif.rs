//! `sarif`: SARIF 2.1.0, as GitHub code scanning uploads it. One run of
//! the tool `stuf-jz`; one rule per violated schema rule (`minOccurs`,
//! `pattern`, ...) or rule beyond the schema (`bsn-11-proef`, with its
//! description, source and severity); one result per violation with its
//! level (`error`, or `warning` for a rule warning), file (a relative URI
//! reference, percent-encoded), line and column. Inputs that could not be
//! read or checked are tool execution notifications.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::{Part, Report, Style, Summary};
use crate::cli::check::{Checked, Outcome};
use crate::cli::{inputs::Source, safe};

/// The `sarif` format.
pub struct Sarif {
    style: Style,
    results: Vec<String>,
    notifications: Vec<String>,
    rules: std::collections::BTreeSet<String>,
}

impl Sarif {
    /// An empty report.
    pub fn new(style: Style) -> Sarif {
        Sarif {
            style,
            results: Vec::new(),
            notifications: Vec::new(),
            rules: Default::default(),
        }
    }
}

/// Separates the notifications of a part from its results.
const NOTIFICATION: char = '\u{1}';

impl Report for Sarif {
    fn part(&self, checked: &Checked) -> Part {
        let uri = uri(&checked.source);
        let location = |line: Option<u32>, column: Option<u32>| {
            let mut physical = json!({"artifactLocation": {"uri": uri}});
            if let (Some(line), Some(column)) = (line, column) {
                physical["region"] = json!({"startLine": line, "startColumn": column});
            }
            json!({"physicalLocation": physical})
        };
        let mut out = String::new();
        let mut notify = |level: &str, text: String| {
            let n = json!({
                "level": level,
                "message": {"text": text},
                "locations": [location(None, None)],
            });
            out.push(NOTIFICATION);
            out.push_str(&n.to_string());
            out.push('\n');
        };
        match &checked.outcome {
            Outcome::Unreadable(error) => notify("error", format!("cannot read: {error}")),
            Outcome::NotChecked(violations) => {
                for v in violations {
                    notify("error", format!("not checked: {}", v.message));
                }
            }
            Outcome::Valid | Outcome::Invalid(_) | Outcome::Broken => {}
        }
        if !matches!(checked.outcome, Outcome::NotChecked(_)) {
            for v in checked.findings() {
                let mut text = format!(
                    "{}: {}",
                    v.path,
                    safe::message(v.message, self.style.full_values)
                );
                if let Some(ty) = v.schema_type {
                    text.push_str(&format!(" (type {ty})"));
                }
                let result = json!({
                    "ruleId": v.rule,
                    "level": v.severity.name(),
                    "message": {"text": text},
                    "locations": [location(
                        v.position.map(|p| p.line),
                        v.position.map(|p| p.column),
                    )],
                });
                out.push_str(&result.to_string());
                out.push('\n');
            }
        }
        Part {
            out,
            err: String::new(),
        }
    }

    fn write(&mut self, _out: &mut dyn Write, part: &str) -> io::Result<()> {
        for line in part.lines() {
            match line.strip_prefix(NOTIFICATION) {
                Some(n) => self.notifications.push(n.to_string()),
                None => {
                    if let Ok(value) = serde_json::from_str::<Value>(line) {
                        if let Some(id) = value["ruleId"].as_str() {
                            self.rules.insert(id.to_string());
                        }
                    }
                    self.results.push(line.to_string());
                }
            }
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let rules: Vec<Value> = self
            .rules
            .iter()
            .map(|id| match stuf_jz_rules::rule(id) {
                Some(rule) => json!({
                    "id": id,
                    "shortDescription": {"text": rule.description},
                    "fullDescription": {"text": format!("{} ({} rule; source: {})", rule.description, rule.group.name(), rule.source)},
                    "defaultConfiguration": {"level": rule.severity.name()},
                    "properties": {"group": rule.group.name(), "source": rule.source},
                }),
                None => json!({
                    "id": id,
                    "shortDescription": {"text": format!("XML Schema rule `{id}` of the StUF-JZ message schemas")},
                }),
            })
            .collect();
        let parse = |items: &[String]| -> Vec<Value> {
            items
                .iter()
                .filter_map(|s| serde_json::from_str(s).ok())
                .collect()
        };
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "stuf-jz",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://example.invalid/stuf-jz",
                    "rules": rules,
                }},
                "invocations": [{
                    "executionSuccessful": summary.unreadable == 0 && summary.not_checked == 0,
                    "exitCode": summary.exit_code,
                    "toolExecutionNotifications": parse(&self.notifications),
                }],
                "results": parse(&self.results),
            }],
        });
        let text = serde_json::to_string_pretty(&log).map_err(io::Error::other)?;
        out.write_all(safe::json_escape(text).as_bytes())?;
        out.write_all(b"\n")
    }
}

/// A relative URI reference for a path: unreserved characters and `/` as
/// they are, every other byte percent-encoded (also bytes that are not UTF-8).
fn uri(source: &Source) -> String {
    let Some(path) = source.path() else {
        return "stdin".to_string();
    };
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().replace('\\', "/").into_bytes();
    let mut out = String::with_capacity(bytes.len());
    for b in bytes {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out.strip_prefix("./").map(str::to_string).unwrap_or(out)
}
