//! StUF date and time values (`StUF:Datum` and `StUF:Tijdstip`), both ways.
//!
//! * `StUF:Datum` is an `xs:decimal` with `totalDigits` 8 and
//!   `fractionDigits` 0 holding `yyyymmdd`, e.g. `20240131`. With the
//!   attribute `StUF:indOnvolledigeDatum` (type `StUF:IndOnvolledigeDatum`,
//!   default `V`, here [`DatePrecision`]) it holds an incomplete date:
//!   `D` day unknown, `M` month and day unknown, `J` year, month and day
//!   unknown (the enumeration's documentation in `stuf0301.xsd`).
//!   [`StufDate`] is such a date; [`StufDate::lexical`] writes the unknown
//!   parts as zeros (`20170600` with `D`, `20170000` with `M`, `00000000`
//!   with `J`), as the StUF-JZ samples do. StUF 03.01 ("StUF 03.01 in
//!   gebruik", on `StUF:beginGeldigheid`) also lets a sender fill an
//!   incomplete date with a real date and set the indicator, and CORV
//!   test cases send `J` with `20141231`; [`StufDate::parse`] therefore
//!   accepts, for the unknown parts, either zeros or a real date (and then
//!   ignores them). The known parts must form a real (partial) date: year
//!   0001–9999, month 01–12, a day that exists in that month.
//! * `StUF:Tijdstip` is a string with pattern `[0-9]{8,17}`:
//!   `yyyymmddhhmmssfff`, which may end after the day, hour, minute,
//!   second or a fraction digit ("StUF 03.01 in gebruik": the last 9, 7,
//!   5, 3, 2 or 1 digits may be left out). [`parse_timestamp`] accepts 8,
//!   10, 12, 14, 15, 16 or 17 digits (missing parts are zero);
//!   [`format_timestamp`] writes 14 digits, or 17 when there are
//!   milliseconds.
//! * [`DateType`] and [`TimestampType`] are implemented by the generated
//!   date types (one line each, with [`crate::date_type!`] and
//!   [`crate::timestamp_type!`]) and give them the conversions.
//!
//! All functions are total and never panic.

mod error;
mod parse;
mod precision;
#[cfg(test)]
mod tests;
mod tijdstip;
mod types;

use chrono::{Datelike, NaiveDate};

pub use error::{DateError, DateProblem};
pub use precision::DatePrecision;
pub use tijdstip::{format_timestamp, parse_tijdstip, parse_timestamp};
pub use types::{DateType, TimestampType};

/// A possibly incomplete `StUF:Datum`: a complete date, year and month,
/// only a year, or a date whose parts are all unknown.
///
/// A value built by the constructors or by [`StufDate::parse`] is always a
/// real (partial) date with a year from 1 to 9999; only
/// [`StufDate::from`] a [`NaiveDate`] outside those years gives a date
/// whose [`lexical`](StufDate::lexical) is not a valid `StUF:Datum` (the
/// writer's validation reports it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StufDate(Known);

/// The known parts of a [`StufDate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Known {
    Complete(NaiveDate),
    YearMonth(i32, u32),
    Year(i32),
    Unknown,
}

impl StufDate {
    /// The date whose year, month and day are unknown (`J`).
    pub const UNKNOWN: StufDate = StufDate(Known::Unknown);

    /// The complete date `year`-`month`-`day`, if it exists and the year is
    /// 1 to 9999.
    pub fn ymd(year: i32, month: u32, day: u32) -> Result<StufDate, DateError> {
        check_year(year)?;
        check_month(month)?;
        NaiveDate::from_ymd_opt(year, month, day)
            .map(StufDate::from)
            .ok_or(DateError::OutOfRange {
                part: "day",
                value: i64::from(day),
                range: "a day of that month",
            })
    }

    /// A date of which only year and month are known (`D`), e.g.
    /// `StufDate::year_month(2017, 6)`, written `20170600`.
    pub fn year_month(year: i32, month: u32) -> Result<StufDate, DateError> {
        check_year(year)?;
        check_month(month)?;
        Ok(StufDate(Known::YearMonth(year, month)))
    }

    /// A date of which only the year is known (`M`), written `20170000`.
    pub fn year_only(year: i32) -> Result<StufDate, DateError> {
        check_year(year)?;
        Ok(StufDate(Known::Year(year)))
    }

    /// The year, if known.
    pub fn year(&self) -> Option<i32> {
        match self.0 {
            Known::Complete(date) => Some(date.year()),
            Known::YearMonth(year, _) | Known::Year(year) => Some(year),
            Known::Unknown => None,
        }
    }

    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u32> {
        match self.0 {
            Known::Complete(date) => Some(date.month()),
            Known::YearMonth(_, month) => Some(month),
            Known::Year(_) | Known::Unknown => None,
        }
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u32> {
        self.to_naive_date().map(|date| date.day())
    }

    /// How much of the date is known: the `StUF:indOnvolledigeDatum` to
    /// send with it.
    pub fn precision(&self) -> DatePrecision {
        match self.0 {
            Known::Complete(_) => DatePrecision::Full,
            Known::YearMonth(..) => DatePrecision::YearMonth,
            Known::Year(_) => DatePrecision::Year,
            Known::Unknown => DatePrecision::Unknown,
        }
    }

    /// Whether the date is complete.
    pub fn is_complete(&self) -> bool {
        matches!(self.0, Known::Complete(_))
    }

    /// The date as a [`NaiveDate`], only when it is complete.
    pub fn to_naive_date(&self) -> Option<NaiveDate> {
        match self.0 {
            Known::Complete(date) => Some(date),
            _ => None,
        }
    }

    /// The complete date, or [`DateError::Incomplete`].
    pub fn complete(&self) -> Result<NaiveDate, DateError> {
        self.to_naive_date().ok_or(DateError::Incomplete {
            precision: self.precision(),
        })
    }

    /// The `yyyymmdd` lexical, with zeros for the unknown parts
    /// (`"20240131"`, `"20240100"`, `"20240000"`, `"00000000"`).
    pub fn lexical(&self) -> String {
        let (year, month, day) = match self.0 {
            Known::Complete(date) => (date.year(), date.month(), date.day()),
            Known::YearMonth(year, month) => (year, month, 0),
            Known::Year(year) => (year, 0, 0),
            Known::Unknown => (0, 0, 0),
        };
        format!("{year:04}{month:02}{day:02}")
    }

    /// Reads a `StUF:Datum` lexical with its `StUF:indOnvolledigeDatum`
    /// (`None`: absent, which means `V`).
    ///
    /// The lexical is an `xs:decimal` (surrounding XML whitespace is
    /// ignored; a `+` sign, leading zeros and a zero fraction such as
    /// `20240131.0` are accepted) with at most 8 digits. The unknown parts
    /// must be zeros, or the whole value a real date (see the module
    /// documentation); the known parts must form a real (partial) date.
    pub fn parse(lexical: &str, precision: Option<DatePrecision>) -> Result<StufDate, DateError> {
        parse::parse_datum(lexical, precision.unwrap_or_default())
    }
}

impl From<NaiveDate> for StufDate {
    fn from(date: NaiveDate) -> StufDate {
        StufDate(Known::Complete(date))
    }
}

impl std::fmt::Display for StufDate {
    /// ISO 8601 with the known parts: `2017-06-14`, `2017-06`, `2017`, or
    /// `unknown`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Known::Complete(date) => write!(f, "{}", date.format("%Y-%m-%d")),
            Known::YearMonth(year, month) => write!(f, "{year:04}-{month:02}"),
            Known::Year(year) => write!(f, "{year:04}"),
            Known::Unknown => f.write_str("unknown"),
        }
    }
}

/// Checks that a year given to a constructor is 1 to 9999.
fn check_year(year: i32) -> Result<(), DateError> {
    if (1..=9999).contains(&year) {
        Ok(())
    } else {
        Err(DateError::OutOfRange {
            part: "year",
            value: i64::from(year),
            range: "1 to 9999",
        })
    }
}

/// Checks that a month given to a constructor is 1 to 12.
fn check_month(month: u32) -> Result<(), DateError> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err(DateError::OutOfRange {
            part: "month",
            value: i64::from(month),
            range: "1 to 12",
        })
    }
}

/// Reads a `StUF:Datum` with its `StUF:indOnvolledigeDatum` given as text
/// (`None`: absent).
///
/// The form that generated code of earlier releases calls; new code uses
/// [`StufDate::parse`] or [`DateType::to_date`], which return a
/// [`DateError`].
pub fn parse_datum(lexical: &str, indicator: Option<&str>) -> Result<StufDate, String> {
    let precision = match indicator {
        None => None,
        Some(text) => Some(text.parse::<DatePrecision>().map_err(|e| e.to_string())?),
    };
    StufDate::parse(lexical, precision).map_err(|e| e.to_string())
}
