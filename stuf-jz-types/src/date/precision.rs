//! `StUF:IndOnvolledigeDatum`: how much of a date is known.

use crate::facets::Facets;
use crate::lexical::Builtin;

/// How much of a `StUF:Datum` is known: the simple type
/// `StUF:IndOnvolledigeDatum` of the attribute `StUF:indOnvolledigeDatum`
/// (default `V`).
///
/// The generated code of every version uses this type wherever the schema
/// names `StUF:IndOnvolledigeDatum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DatePrecision {
    /// `V`: the date is complete (the default).
    #[default]
    Full,
    /// `D`: year and month are known, the day is unknown.
    YearMonth,
    /// `M`: only the year is known.
    Year,
    /// `J`: the date has a value, but year, month and day are unknown.
    Unknown,
}

impl DatePrecision {
    /// The schema type.
    pub const SCHEMA_TYPE: &'static str = "StUF:IndOnvolledigeDatum";
    /// The facets of `StUF:IndOnvolledigeDatum`: its enumeration, in schema
    /// order.
    pub const FACETS: Facets = Facets {
        enumeration: &["J", "M", "D", "V"],
        ..Facets::of(Builtin::String)
    };
    /// Every value, in schema order (`J`, `M`, `D`, `V`).
    pub const ALL: [DatePrecision; 4] = [
        DatePrecision::Unknown,
        DatePrecision::Year,
        DatePrecision::YearMonth,
        DatePrecision::Full,
    ];

    /// The `StUF:indOnvolledigeDatum` literal: `"V"`, `"D"`, `"M"` or `"J"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Full => "V",
            DatePrecision::YearMonth => "D",
            DatePrecision::Year => "M",
            DatePrecision::Unknown => "J",
        }
    }

    /// What the literal means, in English.
    pub const fn description(self) -> &'static str {
        match self {
            DatePrecision::Full => "the date is complete",
            DatePrecision::YearMonth => "the day is unknown",
            DatePrecision::Year => "month and day are unknown",
            DatePrecision::Unknown => "year, month and day are unknown",
        }
    }
}

crate::facet_error::schema_enum!(DatePrecision);
