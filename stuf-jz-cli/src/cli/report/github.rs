//! `github`: GitHub Actions workflow commands, one `::error` per violation
//! (`::error file=F,line=L,col=C,title=RULE::PATH: message`), `::warning`
//! for a rule warning.
//!
//! Property values escape `%`, CR, LF, `:` and `,`; the message escapes
//! `%`, CR and LF, as the runner expects; control characters are escaped
//! before that, so no message can end the command early.

use super::{short, Part, Report, Style};
use crate::cli::check::{Checked, Outcome};
use crate::cli::safe;

/// The `github` format.
pub struct Github {
    /// How values look.
    pub style: Style,
}

impl Report for Github {
    fn part(&self, checked: &Checked) -> Part {
        let file = property(&checked.source.shown());
        let mut part = Part::default();
        if let Outcome::Unreadable(error) = &checked.outcome {
            part.out = format!(
                "::error file={file},title=unreadable::{}\n",
                data(&safe::escape(error))
            );
        }
        for v in checked.findings() {
            let mut props = format!("file={file}");
            if let Some(p) = v.position {
                props.push_str(&format!(",line={},col={}", p.line, p.column));
            }
            props.push_str(&format!(",title={}", property(v.rule)));
            let command = if v.is_warning() { "warning" } else { "error" };
            part.out.push_str(&format!(
                "::{command} {props}::{}\n",
                data(&short::rest(&v, self.style))
            ));
        }
        part
    }
}

/// Escapes the message part of a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn property(text: &str) -> String {
    data(&safe::escape(text))
        .replace(':', "%3A")
        .replace(',', "%2C")
}
