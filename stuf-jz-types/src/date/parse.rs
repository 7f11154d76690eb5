//! Reading a `StUF:Datum` lexical.

use chrono::NaiveDate;

use super::{DateError, DatePrecision, DateProblem, Known, StufDate};
use crate::lexical::{compare_decimal, digit_counts, Builtin};

/// The form a `StUF:Datum` must have.
const EXPECTED: &str = "a whole number of at most 8 digits (yyyymmdd)";

/// Reads `lexical` as a `StUF:Datum` of the given precision (see
/// [`StufDate::parse`]).
pub(super) fn parse_datum(lexical: &str, precision: DatePrecision) -> Result<StufDate, DateError> {
    let invalid = |problem: DateProblem| DateError::Invalid {
        schema_type: "StUF:Datum",
        lexical: lexical.to_owned(),
        problem,
    };
    let syntax = || invalid(DateProblem::Syntax { expected: EXPECTED });
    let v = lexical.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
    Builtin::Decimal.check_lexical(v).map_err(|_| syntax())?;
    let (total, fraction) = digit_counts(v).ok_or_else(syntax)?;
    if fraction != 0 || total > 8 || compare_decimal(v, "0") == Some(std::cmp::Ordering::Less) {
        return Err(syntax());
    }
    let int_part = v
        .trim_start_matches(['+', '-'])
        .split('.')
        .next()
        .unwrap_or("")
        .trim_start_matches('0');
    let n: u32 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().map_err(|_| syntax())?
    };
    let (year, month, day) = (n / 10_000, n / 100 % 100, n % 100);
    // At most 8 digits: the year is at most 9999.
    let year_i32 = i32::try_from(year).map_err(|_| syntax())?;
    let real_date = NaiveDate::from_ymd_opt(year_i32, month, day).filter(|_| year > 0);
    let unknown_parts = |zero: bool| {
        if zero || real_date.is_some() {
            Ok(())
        } else {
            Err(invalid(DateProblem::UnknownPartsNotZero { precision }))
        }
    };
    if precision != DatePrecision::Unknown && year == 0 {
        return Err(invalid(DateProblem::YearZero));
    }
    if matches!(precision, DatePrecision::Full | DatePrecision::YearMonth)
        && !(1..=12).contains(&month)
    {
        return Err(invalid(DateProblem::NoSuchMonth { month }));
    }
    let known = match precision {
        DatePrecision::Full => Known::Complete(real_date.ok_or_else(|| {
            invalid(DateProblem::NoSuchDate {
                year: year_i32,
                month,
                day,
            })
        })?),
        DatePrecision::YearMonth => {
            unknown_parts(day == 0)?;
            Known::YearMonth(year_i32, month)
        }
        DatePrecision::Year => {
            unknown_parts(month == 0 && day == 0)?;
            Known::Year(year_i32)
        }
        DatePrecision::Unknown => {
            unknown_parts(n == 0)?;
            Known::Unknown
        }
    };
    Ok(StufDate(known))
}
