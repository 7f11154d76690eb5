//! `short`: `FILE:LINE:COL: PATH: RULE: message (type T)`, one line per
//! violation; unreadable inputs on stderr.

use stuf_jz::Violation;

use super::{Part, Report, Style};
use crate::cli::check::{Checked, Outcome};
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
        for v in checked.violations() {
            part.out.push_str(&line(&file, v, self.style));
            part.out.push('\n');
        }
        part
    }
}

/// One violation as a `short` line (without the line break); `file` is
/// already escaped.
pub fn line(file: &str, v: &Violation, style: Style) -> String {
    let mut out = String::with_capacity(128);
    out.push_str(file);
    match v.position {
        Some(p) => out.push_str(&format!(":{}:{}: ", p.line, p.column)),
        None => out.push_str(": "),
    }
    out.push_str(&rest(v, style));
    out
}

/// `PATH: RULE: message (type T)`, escaped.
pub fn rest(v: &Violation, style: Style) -> String {
    let mut out = format!(
        "{}: {}: {}",
        safe::escape(&v.path),
        v.rule,
        safe::message(&v.message, style.full_values)
    );
    if let Some(ty) = v.schema_type {
        out.push_str(&format!(" (type {ty})"));
    }
    out
}
