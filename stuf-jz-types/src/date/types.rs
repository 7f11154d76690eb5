//! The traits the generated date and timestamp types implement, and the
//! macros that implement them in one line.

use chrono::{NaiveDate, NaiveDateTime};

use super::{format_timestamp, parse_timestamp, DateError, DatePrecision, StufDate};

/// A generated type whose value is a `StUF:Datum`: the simple type itself
/// or a restriction of it (`struct Datum(pub String)`), or an element type
/// with such simple content (`StUF:Datum-e`, `StUF:DatumMetIndicator`, ...),
/// with or without `StUF:indOnvolledigeDatum`.
///
/// Generated code implements the four required items with
/// [`crate::date_type!`]; the provided methods convert both ways.
pub trait DateType: Sized {
    /// Whether the type has the attribute `StUF:indOnvolledigeDatum`, so
    /// that it can hold an incomplete date.
    const HAS_INDICATOR: bool;
    /// The `yyyymmdd` text.
    fn lexical(&self) -> &str;
    /// The `StUF:indOnvolledigeDatum` attribute (`None`: absent, or the type
    /// has none).
    fn indicator(&self) -> Option<DatePrecision>;
    /// A value with this text and indicator and every other attribute
    /// absent. `indicator` is `None` when the type has no indicator.
    fn from_parts(lexical: String, indicator: Option<DatePrecision>) -> Self;

    /// The date, honouring `StUF:indOnvolledigeDatum`.
    fn to_date(&self) -> Result<StufDate, DateError> {
        StufDate::parse(self.lexical(), self.indicator())
    }

    /// The complete date; [`DateError::Incomplete`] when
    /// `StUF:indOnvolledigeDatum` says parts are unknown.
    fn to_naive_date(&self) -> Result<NaiveDate, DateError> {
        self.to_date()?.complete()
    }

    /// The complete date `date` (without `StUF:indOnvolledigeDatum`, which
    /// then means `V`).
    fn from_naive_date(date: NaiveDate) -> Self {
        Self::from_parts(StufDate::from(date).lexical(), None)
    }

    /// The possibly incomplete `date`, with `StUF:indOnvolledigeDatum` set
    /// when it is incomplete; [`DateError::NoIndicator`] for an incomplete
    /// date when the type has no indicator.
    fn from_date(date: StufDate) -> Result<Self, DateError> {
        from_parts_checked(date.lexical(), date.precision(), Self::HAS_INDICATOR)
            .map(|(lexical, indicator)| Self::from_parts(lexical, indicator))
    }
}

/// A generated type whose value is a `StUF:Tijdstip`: the simple type, a
/// restriction of it, or an element type with such simple content
/// (`StUF:Tijdstip-e`, `StUF:TijdstipMetIndicator`, ...).
///
/// Generated code implements the four required items with
/// [`crate::timestamp_type!`]; the provided methods convert both ways.
pub trait TimestampType: Sized {
    /// Whether the type has the attribute `StUF:indOnvolledigeDatum`.
    const HAS_INDICATOR: bool;
    /// The `yyyymmdd[hh[mm[ss[fff]]]]` text.
    fn lexical(&self) -> &str;
    /// The `StUF:indOnvolledigeDatum` attribute (`None`: absent, or the type
    /// has none).
    fn indicator(&self) -> Option<DatePrecision>;
    /// A value with this text and indicator and every other attribute
    /// absent. `indicator` is `None` when the type has no indicator.
    fn from_parts(lexical: String, indicator: Option<DatePrecision>) -> Self;

    /// The timestamp; [`DateError::Incomplete`] when
    /// `StUF:indOnvolledigeDatum` says the date is not known to the day.
    fn to_naive_date_time(&self) -> Result<NaiveDateTime, DateError> {
        match self.indicator() {
            Some(precision) if precision != DatePrecision::Full => {
                Err(DateError::Incomplete { precision })
            }
            _ => parse_timestamp(self.lexical()),
        }
    }

    /// The date part, honouring `StUF:indOnvolledigeDatum`.
    fn to_date(&self) -> Result<StufDate, DateError> {
        match self.indicator().unwrap_or_default() {
            DatePrecision::Full => parse_timestamp(self.lexical()).map(|ts| ts.date().into()),
            precision => {
                let lexical = self.lexical();
                let date = lexical
                    .get(..8)
                    .filter(|_| lexical.bytes().all(|b| b.is_ascii_digit()))
                    .unwrap_or(lexical);
                StufDate::parse(date, Some(precision))
            }
        }
    }

    /// The timestamp `ts` (see [`format_timestamp`]).
    fn from_naive_date_time(ts: NaiveDateTime) -> Self {
        Self::from_parts(format_timestamp(ts), None)
    }

    /// A timestamp of which only the (possibly incomplete) date is known,
    /// written as the 8 digits of [`StufDate::lexical`] with
    /// `StUF:indOnvolledigeDatum` when incomplete.
    fn from_date(date: StufDate) -> Result<Self, DateError> {
        from_parts_checked(date.lexical(), date.precision(), Self::HAS_INDICATOR)
            .map(|(lexical, indicator)| Self::from_parts(lexical, indicator))
    }
}

/// The text and indicator for a date of `precision`, refusing an
/// incomplete date for a type without indicator.
fn from_parts_checked(
    lexical: String,
    precision: DatePrecision,
    has_indicator: bool,
) -> Result<(String, Option<DatePrecision>), DateError> {
    match precision {
        DatePrecision::Full => Ok((lexical, None)),
        precision if has_indicator => Ok((lexical, Some(precision))),
        precision => Err(DateError::NoIndicator { precision }),
    }
}

/// Implements [`DateType`] (and `From<NaiveDate>` and inherent
/// `to_date`, `to_naive_date`, `from_date`) for a generated type, in one
/// line:
///
/// - `rt::date_type!(Datum);` for a simple type `struct Datum(pub String)`;
/// - `rt::date_type!(DatumE, value);` for an element type whose simple
///   content is the field `value` (a type with `Deref<Target = str>` and
///   `From<String>`, as `lexical_type!` gives) and that has `Default`;
/// - `rt::date_type!(DatumMetIndicator, value, ind_onvolledige_datum);`
///   when the type also has `StUF:indOnvolledigeDatum` as the field
///   `ind_onvolledige_datum: Option<rt::date::DatePrecision>`; this form
///   also gives the constructors `year_month`, `year_only` and `unknown`.
#[macro_export]
macro_rules! date_type {
    ($($args:tt)*) => {
        $crate::__temporal_type!(DateType, $($args)*);
        $crate::__date_methods!($($args)*);
    };
}

/// Implements [`TimestampType`] (and `From<NaiveDateTime>` and inherent
/// `to_naive_date_time`, `to_date`, `from_date`) for a generated type, in
/// one line, with the same three forms as [`crate::date_type!`]:
/// `rt::timestamp_type!(Tijdstip);`, `rt::timestamp_type!(TijdstipE,
/// value);`, `rt::timestamp_type!(TijdstipMetIndicator, value,
/// ind_onvolledige_datum);`.
#[macro_export]
macro_rules! timestamp_type {
    ($($args:tt)*) => {
        $crate::__temporal_type!(TimestampType, $($args)*);
        $crate::__timestamp_methods!($($args)*);
    };
}

/// The required items of [`DateType`] or [`TimestampType`].
#[doc(hidden)]
#[macro_export]
macro_rules! __temporal_type {
    ($trait:ident, $name:ty) => {
        impl $crate::date::$trait for $name {
            const HAS_INDICATOR: bool = false;
            fn lexical(&self) -> &str {
                &self.0
            }
            fn indicator(&self) -> Option<$crate::date::DatePrecision> {
                None
            }
            fn from_parts(lexical: String, _: Option<$crate::date::DatePrecision>) -> Self {
                Self(lexical)
            }
        }
    };
    ($trait:ident, $name:ty, $value:ident) => {
        impl $crate::date::$trait for $name {
            const HAS_INDICATOR: bool = false;
            fn lexical(&self) -> &str {
                &self.$value
            }
            fn indicator(&self) -> Option<$crate::date::DatePrecision> {
                None
            }
            #[allow(clippy::needless_update)]
            fn from_parts(lexical: String, _: Option<$crate::date::DatePrecision>) -> Self {
                Self {
                    $value: ::core::convert::From::from(lexical),
                    ..::core::default::Default::default()
                }
            }
        }
    };
    ($trait:ident, $name:ty, $value:ident, $indicator:ident) => {
        impl $crate::date::$trait for $name {
            const HAS_INDICATOR: bool = true;
            fn lexical(&self) -> &str {
                &self.$value
            }
            fn indicator(&self) -> Option<$crate::date::DatePrecision> {
                self.$indicator
            }
            #[allow(clippy::needless_update)]
            fn from_parts(lexical: String, indicator: Option<$crate::date::DatePrecision>) -> Self {
                Self {
                    $value: ::core::convert::From::from(lexical),
                    $indicator: indicator,
                    ..::core::default::Default::default()
                }
            }
        }
    };
}

/// The inherent methods and `From` impl that [`crate::date_type!`] adds.
#[doc(hidden)]
#[macro_export]
macro_rules! __date_methods {
    ($name:ty $(, $value:ident)?) => {
        $crate::__date_methods!(@common $name);
    };
    ($name:ty, $value:ident, $indicator:ident) => {
        $crate::__date_methods!(@common $name);
        impl $name {
            /// A date of which only year and month are known
            /// (`StUF:indOnvolledigeDatum` `D`).
            pub fn year_month(year: i32, month: u32) -> Result<Self, $crate::date::DateError> {
                Self::from_date($crate::date::StufDate::year_month(year, month)?)
            }
            /// A date of which only the year is known
            /// (`StUF:indOnvolledigeDatum` `M`).
            pub fn year_only(year: i32) -> Result<Self, $crate::date::DateError> {
                Self::from_date($crate::date::StufDate::year_only(year)?)
            }
            /// A date of which year, month and day are unknown
            /// (`StUF:indOnvolledigeDatum` `J`, written `00000000`).
            pub fn unknown() -> Self {
                <Self as $crate::date::DateType>::from_parts(
                    $crate::date::StufDate::UNKNOWN.lexical(),
                    Some($crate::date::DatePrecision::Unknown),
                )
            }
        }
    };
    (@common $name:ty) => {
        impl $name {
            /// The date, honouring `StUF:indOnvolledigeDatum`.
            pub fn to_date(&self) -> Result<$crate::date::StufDate, $crate::date::DateError> {
                $crate::date::DateType::to_date(self)
            }
            /// The complete date (an error when parts are unknown).
            pub fn to_naive_date(
                &self,
            ) -> Result<$crate::chrono::NaiveDate, $crate::date::DateError> {
                $crate::date::DateType::to_naive_date(self)
            }
            /// The possibly incomplete `date`.
            pub fn from_date(
                date: $crate::date::StufDate,
            ) -> Result<Self, $crate::date::DateError> {
                <Self as $crate::date::DateType>::from_date(date)
            }
        }
        impl From<$crate::chrono::NaiveDate> for $name {
            fn from(date: $crate::chrono::NaiveDate) -> Self {
                <Self as $crate::date::DateType>::from_naive_date(date)
            }
        }
    };
}

/// The inherent methods and `From` impl that [`crate::timestamp_type!`]
/// adds.
#[doc(hidden)]
#[macro_export]
macro_rules! __timestamp_methods {
    ($name:ty $(, $field:ident)*) => {
        impl $name {
            /// The timestamp (an error when the date is incomplete).
            pub fn to_naive_date_time(
                &self,
            ) -> Result<$crate::chrono::NaiveDateTime, $crate::date::DateError> {
                $crate::date::TimestampType::to_naive_date_time(self)
            }
            /// The date part, honouring `StUF:indOnvolledigeDatum`.
            pub fn to_date(&self) -> Result<$crate::date::StufDate, $crate::date::DateError> {
                $crate::date::TimestampType::to_date(self)
            }
            /// A timestamp of which only the (possibly incomplete) date is
            /// known.
            pub fn from_date(
                date: $crate::date::StufDate,
            ) -> Result<Self, $crate::date::DateError> {
                <Self as $crate::date::TimestampType>::from_date(date)
            }
        }
        impl From<$crate::chrono::NaiveDateTime> for $name {
            fn from(ts: $crate::chrono::NaiveDateTime) -> Self {
                <Self as $crate::date::TimestampType>::from_naive_date_time(ts)
            }
        }
    };
}
