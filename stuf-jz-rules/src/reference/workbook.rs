//! Reading the official reference-list workbook with calamine: the `JZR`
//! sheet and every `INS <maand> <jaar>` sheet into [`ListData`].
//!
//! Shared with `build.rs` (which embeds the default lists); in the library
//! only with the feature `xlsx` (loading a newer workbook at run time).

use super::data::{
    excel_serial_to_ymd, ins_sheet_month, plausible_ymd, Instantie, InstantieList, ListData,
    RoleCode, Ymd,
};

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
    entries(sheet, range, header_row, cols[0], |code, row, at| {
        Ok(RoleCode {
            code,
            description: text_cell(cell(row, cols[1])),
            valid_from: date_cell(cell(row, cols[2])).map_err(at)?,
            valid_until: date_cell(cell(row, cols[3])).map_err(at)?,
            remark: text_cell(cell(row, remark_col)),
        })
    })
}

/// Reads one `INS` sheet.
fn read_instanties(
    sheet: &str,
    range: &calamine::Range<calamine::Data>,
) -> Result<Vec<Instantie>, String> {
    let names = ["IDINST", "NMINST1", "DTAANV", "DTOPHINST"];
    let (header_row, cols) = header(range, &names)
        .ok_or_else(|| format!("sheet `{sheet}`: no header row with `IDINST`"))?;
    entries(sheet, range, header_row, cols[0], |code, row, at| {
        Ok(Instantie {
            code,
            name: text_cell(cell(row, cols[1])),
            valid_from: date_cell(cell(row, cols[2])).map_err(at)?,
            valid_until: date_cell(cell(row, cols[3])).map_err(at)?,
        })
    })
}

/// The rows below the header that have a code, each made into an entry by
/// `make` (given the code, the row, and what turns an error into one
/// naming the sheet and row).
fn entries<T>(
    sheet: &str,
    range: &calamine::Range<calamine::Data>,
    header_row: usize,
    code_col: Option<usize>,
    make: impl Fn(String, &[calamine::Data], &dyn Fn(String) -> String) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    for (r, row) in range.rows().enumerate().skip(header_row + 1) {
        let code = text_cell(cell(row, code_col));
        if code.is_empty() {
            continue;
        }
        let at = |e: String| format!("sheet `{sheet}` row {}: {e}", r + 1);
        out.push(make(code, row, &at)?);
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
