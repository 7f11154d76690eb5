//! `junit`: JUnit XML as GitLab and Jenkins read it. One `<testcase>` per
//! input (name: the file, classname: `stuf-jz.VERSION`); an invalid
//! message has a `<failure>` whose text lists its violations as `short`
//! lines (also one that the schema accepts but that breaks a rule beyond
//! it); an unreadable or not checked input has an `<error>`; a valid
//! message with rule warnings lists them in `<system-out>`.
//!
//! All text is escaped for XML after control characters were escaped, so
//! the document is well-formed whatever a message contains.

use std::io::{self, Write};

use quick_xml::escape::escape;

use super::{short, Part, Report, Style, Summary};
use crate::cli::check::{Checked, Outcome};
use crate::cli::finding::Finding;
use crate::cli::safe;

/// The `junit` format (buffers the testcases: the counts come first).
pub struct Junit {
    style: Style,
    cases: String,
}

impl Junit {
    /// An empty report.
    pub fn new(style: Style) -> Junit {
        Junit {
            style,
            cases: String::new(),
        }
    }
}

impl Report for Junit {
    fn part(&self, checked: &Checked) -> Part {
        let file = safe::escape(&checked.source.shown()).into_owned();
        let classname = match checked.version {
            Some((v, _)) => format!("stuf-jz.{}", v.number().replace('.', "_")),
            None => "stuf-jz".to_string(),
        };
        let mut out = format!(
            "    <testcase name=\"{}\" classname=\"{classname}\">\n",
            escape(file.as_str())
        );
        let findings: Vec<Finding<'_>> = checked.findings().collect();
        let lines = || {
            let mut text = String::new();
            for v in &findings {
                text.push_str(&short::line(&file, v, self.style));
                text.push('\n');
            }
            escape(text.as_str()).into_owned()
        };
        match &checked.outcome {
            Outcome::Valid if findings.is_empty() => {}
            Outcome::Valid => {
                out.push_str(&format!(
                    "      <system-out>\n{}      </system-out>\n",
                    lines()
                ));
            }
            Outcome::Invalid(_) | Outcome::Broken => {
                // The first error (under --deny-warnings maybe a warning).
                let first = findings
                    .iter()
                    .find(|f| !f.is_warning())
                    .or(findings.first())
                    .expect("an invalid file has a violation");
                out.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">\n{}      </failure>\n",
                    escape(first.rule),
                    escape(short::rest(first, self.style).as_str()),
                    lines()
                ));
            }
            Outcome::NotChecked(_) => {
                out.push_str(&format!(
                    "      <error type=\"not-checked\" message=\"not checked: a safety limit stopped the reader\">\n{}      </error>\n",
                    lines()
                ));
            }
            Outcome::Unreadable(error) => {
                out.push_str(&format!(
                    "      <error type=\"unreadable\" message=\"{}\"/>\n",
                    escape(safe::escape(error).as_ref())
                ));
            }
        }
        out.push_str("    </testcase>\n");
        Part {
            out,
            err: String::new(),
        }
    }

    fn write(&mut self, _out: &mut dyn Write, part: &str) -> io::Result<()> {
        self.cases.push_str(part);
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let errors = summary.not_checked + summary.unreadable;
        let counts = format!(
            "tests=\"{}\" failures=\"{}\" errors=\"{errors}\" time=\"{:.3}\"",
            summary.files,
            summary.invalid,
            summary.elapsed.as_secs_f64()
        );
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites name=\"stuf-jz validate\" {counts}>\n  \
             <testsuite name=\"stuf-jz validate\" {counts} skipped=\"0\">\n{}  \
             </testsuite>\n</testsuites>\n",
            self.cases
        )
    }
}
