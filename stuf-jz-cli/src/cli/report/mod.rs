//! The report formats of `validate`.
//!
//! Each file's part of a report is rendered where the file was checked (in
//! parallel); the parts are written in input order, between the format's
//! header and footer.

mod github;
mod human;
mod json;
mod junit;
mod sarif;
mod short;

use std::io::{self, Write};
use std::time::Duration;

use crate::cli::args::Format;
use crate::cli::check::{Checked, Outcome};

/// Options that change how reports look.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Show long values whole.
    pub full_values: bool,
    /// Colour (only `human` uses it).
    pub color: bool,
}

/// One file's part of a report.
#[derive(Debug, Default)]
pub struct Part {
    /// For stdout.
    pub out: String,
    /// For stderr.
    pub err: String,
}

/// The counts of a run.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Inputs (valid, invalid, not checked and unreadable).
    pub files: usize,
    /// Valid messages.
    pub valid: usize,
    /// Invalid messages.
    pub invalid: usize,
    /// Messages that a safety limit stopped.
    pub not_checked: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
    /// Violations in all (schema and rules, warnings included).
    pub violations: usize,
    /// Of those, rule warnings.
    pub warnings: usize,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
    /// The exit code of the run.
    pub exit_code: u8,
}

impl Summary {
    /// Counts one checked input.
    pub fn add(&mut self, checked: &Checked) {
        self.files += 1;
        for finding in checked.findings() {
            self.violations += 1;
            self.warnings += usize::from(finding.is_warning());
        }
        match checked.outcome {
            Outcome::Valid => self.valid += 1,
            Outcome::Invalid(_) | Outcome::Broken => self.invalid += 1,
            Outcome::NotChecked(_) => self.not_checked += 1,
            Outcome::Unreadable(_) => self.unreadable += 1,
        }
        self.exit_code = self.exit_code.max(exit_code(&checked.outcome));
    }

    /// `N file(s): ...` for stderr.
    pub fn line(&self) -> String {
        let mut line = format!(
            "{} file(s): {} valid, {} invalid",
            self.files, self.valid, self.invalid
        );
        if self.not_checked > 0 {
            line.push_str(&format!(", {} not checked", self.not_checked));
        }
        if self.unreadable > 0 {
            line.push_str(&format!(", {} unreadable", self.unreadable));
        }
        line.push_str(&format!("; {} violation(s)", self.violations));
        if self.warnings > 0 {
            line.push_str(&format!(" ({} warning(s))", self.warnings));
        }
        line.push_str(&format!("; {:.2} s", self.elapsed.as_secs_f64()));
        line
    }
}

/// The exit code one outcome asks for (the run's is the highest).
pub fn exit_code(outcome: &Outcome) -> u8 {
    match outcome {
        Outcome::Valid => 0,
        Outcome::Invalid(_) | Outcome::Broken => 1,
        Outcome::Unreadable(_) => 2,
        Outcome::NotChecked(_) => 3,
    }
}

/// A report format.
pub trait Report: Sync {
    /// What comes before the first file.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// One file's part (called in parallel, in any order).
    fn part(&self, checked: &Checked) -> Part;
    /// Writes one file's stdout part (called in input order).
    fn write(&mut self, out: &mut dyn Write, part: &str) -> io::Result<()> {
        out.write_all(part.as_bytes())
    }
    /// What comes after the last file.
    fn end(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
    /// Whether the summary line also goes to stderr.
    fn summary_on_stderr(&self) -> bool {
        true
    }
}

/// The report of a format.
pub fn make(format: Format, style: Style) -> Box<dyn Report> {
    match format {
        Format::Human => Box::new(human::Human::new(style)),
        Format::Short => Box::new(short::Short { style }),
        Format::Json => Box::new(json::Json { style }),
        Format::Junit => Box::new(junit::Junit::new(style)),
        Format::Sarif => Box::new(sarif::Sarif::new(style)),
        Format::Github => Box::new(github::Github { style }),
    }
}

/// Whether the format shows source lines (the checker then keeps the text).
pub fn needs_text(format: Format) -> bool {
    format == Format::Human
}
