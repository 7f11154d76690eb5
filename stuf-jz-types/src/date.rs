//! StUF date and time values (`StUF:Datum` and `StUF:Tijdstip`).
//!
//! * `StUF:Datum` is an `xs:decimal` with `totalDigits` 8 and
//!   `fractionDigits` 0 holding `yyyymmdd`, e.g. `20240131`. Together with
//!   the attribute `StUF:indOnvolledigeDatum` (default `V`) it can hold an
//!   incomplete date. The StUF 03.01 schema documents the indicator values
//!   as:
//!   * `V`: "datum is volledig" — the date is complete
//!     ([`DatePrecision::Full`]);
//!   * `D`: "de datum heeft een waarde maar de dag is onbekend" — the day is
//!     unknown ([`DatePrecision::YearMonth`]);
//!   * `M`: "de datum heeft een waarde maar maand en dag zijn onbekend" —
//!     month and day are unknown ([`DatePrecision::Year`]);
//!   * `J`: "de datum heeft een waarde maar jaar, maand en dag zijn onbekend"
//!     — year, month and day are unknown ([`DatePrecision::Unknown`]).
//!
//!   The unknown parts are written as zeros (`20240000` with `M`,
//!   `00000000` with `J`); [`parse_datum`] requires that, and requires the
//!   known parts to be valid (year 0001–9999, month 01–12, a day that
//!   exists in that month, leap years included).
//! * `StUF:Tijdstip` is a string with pattern `[0-9]{8,17}`:
//!   `yyyymmddhhmmssmmm`, which may be truncated after the day, hour,
//!   minute, second or a fractional-second digit. [`parse_tijdstip`]
//!   accepts 8, 10, 12, 14, 15, 16 or 17 digits (missing parts are zero;
//!   9, 11 and 13 digits would split a two-digit field and are rejected).
//!
//! All functions are total and never panic.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::lexical::{compare_decimal, digit_counts, Builtin};

/// How much of a `StUF:Datum` is known, i.e. the meaning of
/// `StUF:indOnvolledigeDatum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    /// `V`: the date is complete (the default).
    Full,
    /// `D`: year and month are known, the day is unknown.
    YearMonth,
    /// `M`: only the year is known.
    Year,
    /// `J`: the date has a value, but year, month and day are unknown.
    Unknown,
}

impl DatePrecision {
    /// Interprets a `StUF:indOnvolledigeDatum` value (`"V"`, `"D"`, `"M"`
    /// or `"J"`, case-sensitive).
    pub fn from_indicator(indicator: &str) -> Option<DatePrecision> {
        match indicator {
            "V" => Some(DatePrecision::Full),
            "D" => Some(DatePrecision::YearMonth),
            "M" => Some(DatePrecision::Year),
            "J" => Some(DatePrecision::Unknown),
            _ => None,
        }
    }

    /// The `StUF:indOnvolledigeDatum` value for this precision.
    pub const fn indicator(self) -> &'static str {
        match self {
            DatePrecision::Full => "V",
            DatePrecision::YearMonth => "D",
            DatePrecision::Year => "M",
            DatePrecision::Unknown => "J",
        }
    }
}

/// A possibly incomplete `StUF:Datum`.
///
/// The known parts are `Some`; a part is only meaningful when the parts
/// before it are known (a month without a year, or a day without a month,
/// is ignored by [`StufDate::precision`] and [`StufDate::lexical`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StufDate {
    /// The year (1–9999 when parsed), if known.
    pub year: Option<i32>,
    /// The month (1–12), if known.
    pub month: Option<u32>,
    /// The day of the month (1–31), if known.
    pub day: Option<u32>,
}

impl StufDate {
    /// The complete date `date`.
    pub fn from_naive(date: NaiveDate) -> StufDate {
        StufDate {
            year: Some(date.year()),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// How much of the date is known.
    pub fn precision(&self) -> DatePrecision {
        match (self.year, self.month, self.day) {
            (None, _, _) => DatePrecision::Unknown,
            (Some(_), None, _) => DatePrecision::Year,
            (Some(_), Some(_), None) => DatePrecision::YearMonth,
            (Some(_), Some(_), Some(_)) => DatePrecision::Full,
        }
    }

    /// The `StUF:indOnvolledigeDatum` value to send with this date.
    pub fn indicator(&self) -> &'static str {
        self.precision().indicator()
    }

    /// The date as a [`NaiveDate`], only when it is complete and exists.
    pub fn to_naive_date(&self) -> Option<NaiveDate> {
        match (self.year, self.month, self.day) {
            (Some(year), Some(month), Some(day)) => NaiveDate::from_ymd_opt(year, month, day),
            _ => None,
        }
    }

    /// The `yyyymmdd` lexical, with zeros for the unknown parts
    /// (`"20240131"`, `"20240100"`, `"20240000"`, `"00000000"`).
    ///
    /// Parts outside their ranges (a year outside 0–9999, or a month or
    /// day above 99) give a string that is not a valid `StUF:Datum`.
    pub fn lexical(&self) -> String {
        let (year, month, day) = match self.precision() {
            DatePrecision::Unknown => (0, 0, 0),
            DatePrecision::Year => (self.year.unwrap_or(0), 0, 0),
            DatePrecision::YearMonth => (self.year.unwrap_or(0), self.month.unwrap_or(0), 0),
            DatePrecision::Full => (
                self.year.unwrap_or(0),
                self.month.unwrap_or(0),
                self.day.unwrap_or(0),
            ),
        };
        format!("{year:04}{month:02}{day:02}")
    }
}

/// Parses a `StUF:Datum` lexical with its optional
/// `StUF:indOnvolledigeDatum` value (`None` means `V`, complete).
///
/// The lexical is an `xs:decimal` (surrounding XML whitespace is ignored;
/// a `+` sign, leading zeros and a zero fraction such as `20240131.0` are
/// accepted) with at most 8 digits and no fraction digits. Unknown parts
/// must be zero; known parts must form a real (partial) date.
pub fn parse_datum(lexical: &str, incomplete: Option<&str>) -> Result<StufDate, String> {
    let v = lexical.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let invalid = |reason: &str| format!("`{v}` is not a valid StUF:Datum: {reason}");
    Builtin::Decimal.check_lexical(v)?;
    let (total, fraction) = digit_counts(v).ok_or_else(|| invalid("not a decimal"))?;
    if fraction != 0 {
        return Err(invalid("it has fraction digits"));
    }
    if total > 8 {
        return Err(invalid("it has more than 8 digits"));
    }
    if compare_decimal(v, "0") == Some(std::cmp::Ordering::Less) {
        return Err(invalid("it is negative"));
    }
    let unsigned = v.trim_start_matches(['+', '-']);
    let int_part = unsigned.split('.').next().unwrap_or("");
    let int_part = int_part.trim_start_matches('0');
    let n: u32 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().map_err(|_| invalid("not a number"))?
    };
    let (year, month, day) = (n / 10_000, n / 100 % 100, n % 100);
    let precision = match incomplete {
        None => DatePrecision::Full,
        Some(indicator) => DatePrecision::from_indicator(indicator).ok_or_else(|| {
            format!("`{indicator}` is not a valid StUF:indOnvolledigeDatum (expected V, D, M or J)")
        })?,
    };
    let year_i32 = i32::try_from(year).map_err(|_| invalid("year out of range"))?;
    let need_year = || {
        if year == 0 {
            Err(invalid("the year is 0000"))
        } else {
            Ok(Some(year_i32))
        }
    };
    let need_month = || {
        if (1..=12).contains(&month) {
            Ok(Some(month))
        } else {
            Err(invalid(&format!("month {month:02} does not exist")))
        }
    };
    let zero = |value: u32, what: &str| {
        if value == 0 {
            Ok(())
        } else {
            Err(invalid(&format!(
                "the {what} must be 00 when indOnvolledigeDatum is {}",
                precision.indicator()
            )))
        }
    };
    match precision {
        DatePrecision::Unknown => {
            zero(year, "year")?;
            zero(month, "month")?;
            zero(day, "day")?;
            Ok(StufDate {
                year: None,
                month: None,
                day: None,
            })
        }
        DatePrecision::Year => {
            let year = need_year()?;
            zero(month, "month")?;
            zero(day, "day")?;
            Ok(StufDate {
                year,
                month: None,
                day: None,
            })
        }
        DatePrecision::YearMonth => {
            let year = need_year()?;
            let month = need_month()?;
            zero(day, "day")?;
            Ok(StufDate {
                year,
                month,
                day: None,
            })
        }
        DatePrecision::Full => {
            let year = need_year()?;
            let month = need_month()?;
            if NaiveDate::from_ymd_opt(year_i32, month.unwrap_or(0), day).is_none() {
                return Err(invalid(&format!(
                    "day {day:02} does not exist in {year_i32:04}-{:02}",
                    month.unwrap_or(0)
                )));
            }
            Ok(StufDate {
                year,
                month,
                day: Some(day),
            })
        }
    }
}

/// Formats a complete date as a `StUF:Datum` lexical, e.g. `"20240131"`.
///
/// Years outside 0–9999 give a string that is not a valid `StUF:Datum`.
pub fn datum_from_naive(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Parses a `StUF:Tijdstip` lexical: `yyyymmdd[hh[mm[ss[f[f[f]]]]]]`
/// (8, 10, 12, 14, 15, 16 or 17 digits); missing parts are zero and 1–3
/// fraction digits are tenths, hundredths or thousandths of a second.
pub fn parse_tijdstip(lexical: &str) -> Result<NaiveDateTime, String> {
    let invalid = |reason: &str| format!("`{lexical}` is not a valid StUF:Tijdstip: {reason}");
    if !lexical.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("only digits are allowed"));
    }
    if !matches!(lexical.len(), 8 | 10 | 12 | 14..=17) {
        return Err(invalid(
            "expected yyyymmdd, optionally followed by hh, mm, ss and 1 to 3 fraction digits",
        ));
    }
    let field = |from: usize, to: usize| -> u32 {
        lexical
            .get(from..to)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    };
    let year = field(0, 4);
    let (month, day) = (field(4, 6), field(6, 8));
    let (hour, minute, second) = (field(8, 10), field(10, 12), field(12, 14));
    let fraction = lexical.get(14..).unwrap_or("");
    let millis = match fraction.len() {
        1 => field(14, 15) * 100,
        2 => field(14, 16) * 10,
        _ => field(14, 17),
    };
    if year == 0 {
        return Err(invalid("the year is 0000"));
    }
    let year = i32::try_from(year).map_err(|_| invalid("year out of range"))?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        invalid(&format!(
            "{year:04}-{month:02}-{day:02} is not an existing date"
        ))
    })?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err(invalid(&format!(
            "{hour:02}:{minute:02}:{second:02} is not a valid time"
        )));
    }
    let time = NaiveTime::from_hms_milli_opt(hour, minute, second, millis)
        .ok_or_else(|| invalid("not a valid time"))?;
    Ok(NaiveDateTime::new(date, time))
}

/// Formats a timestamp as a `StUF:Tijdstip` lexical: `yyyymmddhhmmss`, plus
/// three millisecond digits when `with_millis` (sub-millisecond precision
/// is truncated; a leap second is written as second 59, millisecond 999).
///
/// Years outside 0–9999 give a string that is not a valid `StUF:Tijdstip`.
pub fn tijdstip_from_naive(ts: NaiveDateTime, with_millis: bool) -> String {
    let mut out = format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}",
        ts.year(),
        ts.month(),
        ts.day(),
        ts.hour(),
        ts.minute(),
        ts.second()
    );
    if with_millis {
        let millis = (ts.nanosecond() / 1_000_000).min(999);
        out.push_str(&format!("{millis:03}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn complete_date() {
        let date = parse_datum("20240131", None).expect("valid");
        assert_eq!(
            date,
            StufDate {
                year: Some(2024),
                month: Some(1),
                day: Some(31)
            }
        );
        assert_eq!(date.precision(), DatePrecision::Full);
        assert_eq!(date.indicator(), "V");
        assert_eq!(date.to_naive_date(), Some(ymd(2024, 1, 31)));
        assert_eq!(date.lexical(), "20240131");
        assert_eq!(parse_datum(" 20240131\n", Some("V")), Ok(date));
        assert_eq!(parse_datum("+020240131.00", None), Ok(date));
        assert_eq!(StufDate::from_naive(ymd(2024, 1, 31)), date);
        assert_eq!(datum_from_naive(ymd(2024, 1, 31)), "20240131");
        assert_eq!(datum_from_naive(ymd(987, 6, 5)), "09870605");
        assert_eq!(
            parse_datum("9870605", None).map(|d| d.lexical()),
            Ok("09870605".into())
        );
    }

    #[test]
    fn incomplete_dates() {
        let d = parse_datum("20240100", Some("D")).expect("day unknown");
        assert_eq!(
            d,
            StufDate {
                year: Some(2024),
                month: Some(1),
                day: None
            }
        );
        assert_eq!(d.precision(), DatePrecision::YearMonth);
        assert_eq!(d.indicator(), "D");
        assert_eq!(d.lexical(), "20240100");
        assert_eq!(d.to_naive_date(), None);

        let m = parse_datum("20240000", Some("M")).expect("month and day unknown");
        assert_eq!(m.year, Some(2024));
        assert_eq!((m.month, m.day), (None, None));
        assert_eq!(m.precision(), DatePrecision::Year);
        assert_eq!(m.lexical(), "20240000");

        let j = parse_datum("00000000", Some("J")).expect("all unknown");
        assert_eq!(j.precision(), DatePrecision::Unknown);
        assert_eq!(j.lexical(), "00000000");
        assert_eq!(parse_datum("0", Some("J")), Ok(j));

        assert!(parse_datum("20240115", Some("D")).is_err());
        assert!(parse_datum("20241300", Some("D")).is_err());
        assert!(parse_datum("20240100", Some("M")).is_err());
        assert!(parse_datum("00000100", Some("D")).is_err());
        assert!(parse_datum("20240000", Some("J")).is_err());
        assert!(parse_datum("20240000", None).is_err());
        assert!(parse_datum("20240101", Some("X")).is_err());
        for p in [
            DatePrecision::Full,
            DatePrecision::YearMonth,
            DatePrecision::Year,
            DatePrecision::Unknown,
        ] {
            assert_eq!(DatePrecision::from_indicator(p.indicator()), Some(p));
        }
    }

    #[test]
    fn invalid_dates() {
        let err = parse_datum("20241301", None).unwrap_err();
        assert!(err.contains("month 13"), "{err}");
        assert!(parse_datum("20240229", None).is_ok());
        assert!(parse_datum("20000229", None).is_ok());
        assert!(parse_datum("20230229", None).is_err());
        assert!(parse_datum("19000229", None).is_err());
        assert!(parse_datum("20240431", None).is_err());
        assert!(parse_datum("00000101", None).is_err());
        assert!(parse_datum("202401311", None).is_err());
        assert!(parse_datum("20240131.5", None).is_err());
        assert!(parse_datum("-20240131", None).is_err());
        assert!(parse_datum("2024-01-31", None).is_err());
        assert!(parse_datum("", None).is_err());
        assert!(parse_datum("é", Some("é")).is_err());
    }

    #[test]
    fn tijdstip() {
        let full = parse_tijdstip("20240131235959123").expect("with millis");
        assert_eq!(
            full,
            ymd(2024, 1, 31)
                .and_hms_milli_opt(23, 59, 59, 123)
                .expect("valid")
        );
        assert_eq!(tijdstip_from_naive(full, true), "20240131235959123");
        assert_eq!(tijdstip_from_naive(full, false), "20240131235959");

        let plain = parse_tijdstip("20240229120000").expect("without millis");
        assert_eq!(
            plain,
            ymd(2024, 2, 29).and_hms_opt(12, 0, 0).expect("valid")
        );
        assert_eq!(tijdstip_from_naive(plain, true), "20240229120000000");

        assert_eq!(
            parse_tijdstip("202402291200005").map(|t| t.nanosecond()),
            Ok(500_000_000)
        );
        assert_eq!(
            parse_tijdstip("2024022912000005").map(|t| t.nanosecond()),
            Ok(50_000_000)
        );
        assert_eq!(
            parse_tijdstip("20240229"),
            Ok(ymd(2024, 2, 29).and_hms_opt(0, 0, 0).expect("valid"))
        );
        assert_eq!(
            parse_tijdstip("2024022913"),
            Ok(ymd(2024, 2, 29).and_hms_opt(13, 0, 0).expect("valid"))
        );
        assert!(parse_tijdstip("202402291").is_err());
        assert!(parse_tijdstip("20230229120000").is_err());
        assert!(parse_tijdstip("20241301120000").is_err());
        assert!(parse_tijdstip("20240131240000").is_err());
        assert!(parse_tijdstip("20240131126000").is_err());
        assert!(parse_tijdstip("20240131120060").is_err());
        assert!(parse_tijdstip("202401311200001234").is_err());
        assert!(parse_tijdstip("2024013112000a").is_err());
        assert!(parse_tijdstip("00000101120000").is_err());
        assert!(parse_tijdstip("").is_err());
        assert!(parse_tijdstip("éééééééé").is_err());
    }
}
