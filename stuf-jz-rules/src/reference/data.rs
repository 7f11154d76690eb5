//! The content of the official reference-list workbook
//! (`referentielijsten-*.xlsx`): the `JZR` sheet (jeugdzorgrollen, with
//! their validity dates) and every `INS <month> <year>` sheet (instanties,
//! one sheet per validity month).
//!
//! This module is shared with `build.rs` (which embeds the default lists):
//! it uses only `std`, and dates are `yyyymmdd` numbers. Reading the
//! workbook itself is in `workbook.rs` (calamine).

use std::fmt::Write as _;

/// A date as the number `yyyymmdd` (`20260703`).
pub type Ymd = u32;

/// One jeugdzorgrol of the `JZR` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCode {
    /// `Rolcode` (`112`, `015`).
    pub code: String,
    /// `Rolomschrijving` (`ouder met gezag`), trimmed.
    pub description: String,
    /// `Datum begin geldigheid`.
    pub valid_from: Option<Ymd>,
    /// `Datum einde geldigheid`: from this day on the code is no longer valid.
    pub valid_until: Option<Ymd>,
    /// The remark next to a retired code (`Niet te gebruiken vanaf versie-1-berichten.`).
    pub remark: String,
}

/// One instantie of an `INS` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instantie {
    /// `IDINST` (`RC0109`, `AR0048`, `AST094`).
    pub code: String,
    /// `NMINST1`.
    pub name: String,
    /// `DTAANV`: since when the instantie exists.
    pub valid_from: Option<Ymd>,
    /// `DTOPHINST`: the day it was dissolved (no longer valid from then on).
    pub valid_until: Option<Ymd>,
}

/// One `INS <month> <year>` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstantieList {
    /// The first day of the month from which the sheet is valid (`20260701`).
    pub valid_from: Ymd,
    /// The sheet name (`INS Juli 2026`).
    pub sheet: String,
    /// Its instanties.
    pub entries: Vec<Instantie>,
}

/// Everything the rules use from one reference-list workbook.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListData {
    /// Where the lists come from (file name).
    pub source: String,
    /// The `JZR` sheet.
    pub roles: Vec<RoleCode>,
    /// The `INS` sheets, oldest first.
    pub instanties: Vec<InstantieList>,
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The validity month of an `INS <maand> <jaar>` sheet name, as `yyyymm01`.
pub fn ins_sheet_month(name: &str) -> Option<Ymd> {
    let mut words = name.split_whitespace();
    if words.next()? != "INS" {
        return None;
    }
    let month = words.next()?.to_lowercase();
    let month = MONTHS.iter().position(|m| *m == month)? as u32 + 1;
    let year: u32 = words.next()?.parse().ok()?;
    if words.next().is_some() || !(1900..=9999).contains(&year) {
        return None;
    }
    Some(year * 10000 + month * 100 + 1)
}

/// Days since 0001-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// An Excel serial day number (1900 date system) as `yyyymmdd`.
pub fn excel_serial_to_ymd(serial: f64) -> Option<Ymd> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let base = days_from_civil(1899, 12, 30);
    let (y, m, d) = civil_from_days(base + serial.floor() as i64);
    Some((y * 10000 + m * 100 + d) as Ymd)
}

/// A `yyyymmdd` date as an Excel serial day number.
pub fn ymd_to_excel_serial(ymd: Ymd) -> f64 {
    let (y, m, d) = (
        i64::from(ymd / 10000),
        i64::from(ymd / 100 % 100),
        i64::from(ymd % 100),
    );
    (days_from_civil(y, m, d) - days_from_civil(1899, 12, 30)) as f64
}

pub(crate) fn plausible_ymd(n: u32) -> Option<Ymd> {
    let (m, d) = (n / 100 % 100, n % 100);
    ((10_000_101..=99_991_231).contains(&n) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some(n)
}

fn opt(d: Option<Ymd>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl ListData {
    /// A compact tab-separated form (what `build.rs` embeds).
    pub fn to_compact(&self) -> String {
        let mut out = format!("SRC\t{}\n", clean(&self.source));
        for r in &self.roles {
            let _ = writeln!(
                out,
                "JZR\t{}\t{}\t{}\t{}\t{}",
                clean(&r.code),
                clean(&r.description),
                opt(r.valid_from),
                opt(r.valid_until),
                clean(&r.remark)
            );
        }
        for list in &self.instanties {
            let _ = writeln!(out, "INS\t{}\t{}", list.valid_from, clean(&list.sheet));
            for i in &list.entries {
                let _ = writeln!(
                    out,
                    "I\t{}\t{}\t{}\t{}",
                    clean(&i.code),
                    clean(&i.name),
                    opt(i.valid_from),
                    opt(i.valid_until)
                );
            }
        }
        out
    }

    /// Reads the form written by [`ListData::to_compact`].
    pub fn from_compact(text: &str) -> Result<ListData, String> {
        fn date(s: &str) -> Result<Option<Ymd>, String> {
            if s.is_empty() {
                Ok(None)
            } else {
                s.parse().map(Some).map_err(|_| format!("bad date `{s}`"))
            }
        }
        let mut data = ListData::default();
        for (n, line) in text.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            let bad = || format!("line {}: malformed `{line}`", n + 1);
            match f.as_slice() {
                ["SRC", source] => data.source = source.to_string(),
                ["JZR", code, description, from, until, remark] => data.roles.push(RoleCode {
                    code: code.to_string(),
                    description: description.to_string(),
                    valid_from: date(from)?,
                    valid_until: date(until)?,
                    remark: remark.to_string(),
                }),
                ["INS", from, sheet] => data.instanties.push(InstantieList {
                    valid_from: from.parse().map_err(|_| bad())?,
                    sheet: sheet.to_string(),
                    entries: Vec::new(),
                }),
                ["I", code, name, from, until] => data
                    .instanties
                    .last_mut()
                    .ok_or_else(bad)?
                    .entries
                    .push(Instantie {
                        code: code.to_string(),
                        name: name.to_string(),
                        valid_from: date(from)?,
                        valid_until: date(until)?,
                    }),
                _ => return Err(bad()),
            }
        }
        Ok(data)
    }
}
