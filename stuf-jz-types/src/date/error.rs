//! Why a StUF date or timestamp cannot be read or built.

use super::DatePrecision;

/// A StUF date or timestamp that cannot be read, built or converted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text is not a valid `StUF:Datum` or `StUF:Tijdstip`.
    #[error("`{lexical}` is not a valid {schema_type}: {problem}")]
    Invalid {
        /// `StUF:Datum` or `StUF:Tijdstip`.
        schema_type: &'static str,
        /// The text as given.
        lexical: String,
        /// What is wrong with it.
        problem: DateProblem,
    },
    /// A complete date was asked for, but `StUF:indOnvolledigeDatum` says
    /// that parts of it are unknown.
    #[error("the date is incomplete (StUF:indOnvolledigeDatum {precision}): {}", precision.description())]
    Incomplete {
        /// How much of the date is known.
        precision: DatePrecision,
    },
    /// A part given to a constructor is out of its range.
    #[error("{part} {value} is out of range ({range})")]
    OutOfRange {
        /// `year`, `month` or `day`.
        part: &'static str,
        /// The value given.
        value: i64,
        /// The allowed range, e.g. `1 to 12`.
        range: &'static str,
    },
    /// An incomplete date was given for a type without the attribute
    /// `StUF:indOnvolledigeDatum`, which cannot say so.
    #[error(
        "the type has no StUF:indOnvolledigeDatum, so it cannot hold an incomplete date \
         ({precision}: {})",
        precision.description()
    )]
    NoIndicator {
        /// The precision of the date given.
        precision: DatePrecision,
    },
}

/// What is wrong with the text of a date or timestamp.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateProblem {
    /// The text does not have the expected form.
    #[error("expected {expected}")]
    Syntax {
        /// The expected form.
        expected: &'static str,
    },
    /// The year is `0000` while it is known.
    #[error("the year is 0000")]
    YearZero,
    /// The month is not `01` to `12`.
    #[error("month {month:02} does not exist")]
    NoSuchMonth {
        /// The month given.
        month: u32,
    },
    /// The day does not exist in that month.
    #[error("{year:04}-{month:02}-{day:02} does not exist")]
    NoSuchDate {
        /// The year.
        year: i32,
        /// The month.
        month: u32,
        /// The day.
        day: u32,
    },
    /// The time of day does not exist.
    #[error("{hour:02}:{minute:02}:{second:02} is not a time of day")]
    NoSuchTime {
        /// The hour.
        hour: u32,
        /// The minute.
        minute: u32,
        /// The second.
        second: u32,
    },
    /// The unknown parts are neither zero nor part of a real date.
    #[error(
        "with StUF:indOnvolledigeDatum {precision} the unknown parts must be zeros \
         (or the whole value a real date)"
    )]
    UnknownPartsNotZero {
        /// The indicator.
        precision: DatePrecision,
    },
}
