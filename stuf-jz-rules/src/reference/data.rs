//! The content of the official reference-list workbook
//! (`referentielijsten-*.xlsx`): the `JZR` sheet (jeugdzorgrollen, with
//! their validity dates) and every `INS <month> <year>` sheet (instanties,
//! one sheet per validity month).
//!
//! This module is shared with `build.rs` (which embeds the default lists):
//! it uses only `std` and `calamine`, and dates are `yyyymmdd` numbers.

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

fn plausible_ymd(n: u32) -> Option<Ymd> {
    let (m, d) = (n / 100 % 100, n % 100);
    ((10_000_101..=99_991_231).contains(&n) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some(n)
}

/// A date cell: an Excel date (serial number), a `yyyymmdd` number or a
/// `yyyymmdd` / `dd-mm-yyyy` text. Empty gives `Ok(None)`.
fn date_cell(cell: &calamine::Data) -> Result<Option<Ymd>, String> {
    use calamine::Data;
    let number = match cell {
        Data::Empty => return Ok(None),
        Data::Int(i) => *i as f64,
        Data::Float(f) => *f,
        Data::DateTime(dt) => dt.as_f64(),
        Data::String(s) | Data::DateTimeIso(s) => {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            let n: u32 = digits.parse().map_err(|_| format!("not a date: `{s}`"))?;
            let n = if s.contains('-') && s.find('-') == Some(2) {
                // dd-mm-yyyy
                (n % 10000) * 10000 + (n / 10000 % 100) * 100 + n / 1_000_000
            } else {
                n
            };
            return plausible_ymd(n)
                .map(Some)
                .ok_or_else(|| format!("not a date: `{s}`"));
        }
        other => return Err(format!("not a date: `{other}`")),
    };
    if number >= 10_000_101.0 {
        plausible_ymd(number as u32)
            .map(Some)
            .ok_or_else(|| format!("not a date: `{number}`"))
    } else {
        excel_serial_to_ymd(number)
            .map(Some)
            .ok_or_else(|| format!("not a date: `{number}`"))
    }
}

fn text_cell(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Empty => String::new(),
        calamine::Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        other => other.to_string().trim().to_string(),
    }
}

/// Finds the header row holding `first` and the columns of `names` in it.
fn header(
    range: &calamine::Range<calamine::Data>,
    names: &[&str],
) -> Option<(usize, Vec<Option<usize>>)> {
    for (r, row) in range.rows().enumerate().take(10) {
        let cells: Vec<String> = row.iter().map(text_cell).collect();
        if cells.iter().any(|c| c == names[0]) {
            let columns = names
                .iter()
                .map(|n| cells.iter().position(|c| c == n))
                .collect();
            return Some((r, columns));
        }
    }
    None
}

fn cell(row: &[calamine::Data], column: Option<usize>) -> &calamine::Data {
    const EMPTY: calamine::Data = calamine::Data::Empty;
    column.and_then(|c| row.get(c)).unwrap_or(&EMPTY)
}

/// Reads the `JZR` sheet.
fn read_roles(
    sheet: &str,
    range: &calamine::Range<calamine::Data>,
) -> Result<Vec<RoleCode>, String> {
    let names = [
        "Rolcode",
        "Rolomschrijving",
        "Datum begin geldigheid",
        "Datum einde geldigheid",
    ];
    let (header_row, cols) = header(range, &names)
        .ok_or_else(|| format!("sheet `{sheet}`: no header row with `Rolcode`"))?;
    let remark_col = cols[3].map(|c| c + 1);
    let mut out = Vec::new();
    for (r, row) in range.rows().enumerate().skip(header_row + 1) {
        let code = text_cell(cell(row, cols[0]));
        if code.is_empty() {
            continue;
        }
        let at = |e: String| format!("sheet `{sheet}` row {}: {e}", r + 1);
        out.push(RoleCode {
            code,
            description: text_cell(cell(row, cols[1])),
            valid_from: date_cell(cell(row, cols[2])).map_err(at)?,
            valid_until: date_cell(cell(row, cols[3])).map_err(at)?,
            remark: text_cell(cell(row, remark_col)),
        });
    }
    Ok(out)
}

/// Reads one `INS` sheet.
fn read_instanties(
    sheet: &str,
    range: &calamine::Range<calamine::Data>,
) -> Result<Vec<Instantie>, String> {
    let names = ["IDINST", "NMINST1", "DTAANV", "DTOPHINST"];
    let (header_row, cols) = header(range, &names)
        .ok_or_else(|| format!("sheet `{sheet}`: no header row with `IDINST`"))?;
    let mut out = Vec::new();
    for (r, row) in range.rows().enumerate().skip(header_row + 1) {
        let code = text_cell(cell(row, cols[0]));
        if code.is_empty() {
            continue;
        }
        let at = |e: String| format!("sheet `{sheet}` row {}: {e}", r + 1);
        out.push(Instantie {
            code,
            name: text_cell(cell(row, cols[1])),
            valid_from: date_cell(cell(row, cols[2])).map_err(at)?,
            valid_until: date_cell(cell(row, cols[3])).map_err(at)?,
        });
    }
    Ok(out)
}

/// Reads the lists from an opened workbook.
pub fn read_workbook<R, W>(workbook: &mut W, source: &str) -> Result<ListData, String>
where
    R: std::io::Read + std::io::Seek,
    W: calamine::Reader<R>,
    W::Error: std::fmt::Display,
{
    let mut data = ListData {
        source: source.to_string(),
        ..ListData::default()
    };
    let sheets = workbook.sheet_names();
    for sheet in &sheets {
        let is_jzr = sheet == "JZR";
        let month = ins_sheet_month(sheet);
        if !is_jzr && month.is_none() {
            continue;
        }
        let range = workbook
            .worksheet_range(sheet)
            .map_err(|e| format!("sheet `{sheet}`: {e}"))?;
        if is_jzr {
            data.roles = read_roles(sheet, &range)?;
        } else if let Some(valid_from) = month {
            data.instanties.push(InstantieList {
                valid_from,
                sheet: sheet.clone(),
                entries: read_instanties(sheet, &range)?,
            });
        }
    }
    if data.roles.is_empty() {
        return Err(format!("{source}: no `JZR` sheet with role codes"));
    }
    if data.instanties.is_empty() {
        return Err(format!("{source}: no `INS <maand> <jaar>` sheet"));
    }
    data.instanties.sort_by_key(|l| l.valid_from);
    Ok(data)
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
