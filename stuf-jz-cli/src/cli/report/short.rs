//! `short`: `FILE:LINE:COL: PATH: RULE: message (type T)`, one line per
//! violation (a rule warning: `PATH: RULE: warning: message`); unreadable
//! inputs on stderr.

use super::{Part, Report, Style};
use crate::cli::check::{Checked, Outcome};
use crate::cli::finding::Finding;
use crate::cli::safe;

/// The `short` format.
pub struct Short {
    /// How values look.
    pub style: Style,
}

impl Report for Short {
    fn part(&self, checked: &Checked) -> Part {
        let file = safe::escape(&checked.source.shown()).into_owned();
        let mut part = Part::default();
        if let Outcome::Unreadable(error) = &checked.outcome {
            part.err = format!("stuf-jz: {file}: {}\n", safe::escape(error));
        }
        for v in checked.findings() {
            part.out.push_str(&line(&file, &v, self.style));
            part.out.push('\n');
        }
        part
    }
}

/// One violation as a `short` line (without the line break); `file` is
/// already escaped.
pub fn line(file: &str, v: &Finding<'_>, style: Style) -> String {
    let mut out = String::with_capacity(128);
    out.push_str(file);
    match v.position {
        Some(p) => out.push_str(&format!(":{}:{}: ", p.line, p.column)),
        None => out.push_str(": "),
    }
    out.push_str(&rest(v, style));
    out
}

/// `PATH: RULE: message (type T)` (`PATH: RULE: warning: message`),
/// escaped.
pub fn rest(v: &Finding<'_>, style: Style) -> String {
    let mut out = format!(
        "{}: {}: {}{}",
        safe::escape(v.path),
        v.rule,
        if v.is_warning() { "warning: " } else { "" },
        safe::message(v.message, style.full_values)
    );
    if let Some(ty) = v.schema_type {
        out.push_str(&format!(" (type {ty})"));
    }
    out
}
