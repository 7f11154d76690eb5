//! `StUF:Tijdstip`: `yyyymmdd[hh[mm[ss[f[f[f]]]]]]`.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::{DateError, DateProblem};

/// The form a `StUF:Tijdstip` must have.
const EXPECTED: &str =
    "yyyymmdd, optionally followed by hh, mm, ss and 1 to 3 fraction digits (8 to 17 digits)";

/// Reads a `StUF:Tijdstip` lexical: `yyyymmdd[hh[mm[ss[f[f[f]]]]]]` (8,
/// 10, 12, 14, 15, 16 or 17 digits); missing parts are zero and 1–3
/// fraction digits are tenths, hundredths or thousandths of a second.
pub fn parse_timestamp(lexical: &str) -> Result<NaiveDateTime, DateError> {
    let invalid = |problem: DateProblem| DateError::Invalid {
        schema_type: "StUF:Tijdstip",
        lexical: lexical.to_owned(),
        problem,
    };
    if !lexical.bytes().all(|b| b.is_ascii_digit())
        || !matches!(lexical.len(), 8 | 10 | 12 | 14..=17)
    {
        return Err(invalid(DateProblem::Syntax { expected: EXPECTED }));
    }
    let field = |from: usize, to: usize| -> u32 {
        lexical
            .get(from..to)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    };
    let (year, month, day) = (field(0, 4), field(4, 6), field(6, 8));
    let (hour, minute, second) = (field(8, 10), field(10, 12), field(12, 14));
    let millis = match lexical.len() {
        15 => field(14, 15) * 100,
        16 => field(14, 16) * 10,
        _ => field(14, 17),
    };
    if year == 0 {
        return Err(invalid(DateProblem::YearZero));
    }
    // Four digits: the year is at most 9999.
    let year = i32::try_from(year).unwrap_or(0);
    let date = NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| invalid(DateProblem::NoSuchDate { year, month, day }))?;
    let time = NaiveTime::from_hms_milli_opt(hour, minute, second, millis).filter(|_| second < 60);
    let time = time.ok_or_else(|| {
        invalid(DateProblem::NoSuchTime {
            hour,
            minute,
            second,
        })
    })?;
    Ok(NaiveDateTime::new(date, time))
}

/// Writes a timestamp as a `StUF:Tijdstip` lexical: `yyyymmddhhmmss`, and
/// three more digits when the millisecond is not zero (sub-millisecond
/// precision is dropped; a leap second is written as second 59,
/// millisecond 999).
///
/// Years outside 1–9999 give a text that is not a valid `StUF:Tijdstip`
/// (the writer's validation reports it).
pub fn format_timestamp(ts: NaiveDateTime) -> String {
    let mut out = format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}",
        ts.year(),
        ts.month(),
        ts.day(),
        ts.hour(),
        ts.minute(),
        ts.second()
    );
    let millis = (ts.nanosecond() / 1_000_000).min(999);
    if millis != 0 {
        out.push_str(&format!("{millis:03}"));
    }
    out
}

/// Reads a `StUF:Tijdstip` lexical, with the reason as text.
///
/// The form that generated code of earlier releases calls; new code uses
/// [`parse_timestamp`] or [`super::TimestampType::to_naive_date_time`].
pub fn parse_tijdstip(lexical: &str) -> Result<NaiveDateTime, String> {
    parse_timestamp(lexical).map_err(|e| e.to_string())
}
