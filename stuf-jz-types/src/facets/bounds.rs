//! The value facets of ordered types: `totalDigits` and `fractionDigits`,
//! and the bounds `minInclusive`, `maxInclusive`, `minExclusive` and
//! `maxExclusive`.

use std::borrow::Cow;
use std::cmp::Ordering;

use super::{Facet, FacetDetail, FacetError, Facets};
use crate::lexical::{compare_decimal, digit_counts, normalize_whitespace, split_timezone};
use crate::lexical::{Builtin, WhiteSpace};

/// Checks `totalDigits` and `fractionDigits`.
pub(super) fn check_digits(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    if !facets.builtin.is_decimal_like() {
        return;
    }
    let Some((total, fraction)) = digit_counts(value) else {
        return;
    };
    if let Some(max) = facets.total_digits {
        if total > max {
            errors.push(FacetError::new(
                FacetDetail::TotalDigits { max, digits: total },
                format!("value `{value}` has {total} digits, more than totalDigits {max}"),
            ));
        }
    }
    if let Some(max) = facets.fraction_digits {
        if fraction > max {
            errors.push(FacetError::new(
                FacetDetail::FractionDigits {
                    max,
                    digits: fraction,
                },
                format!(
                    "value `{value}` has {fraction} fraction digits, more than fractionDigits {max}"
                ),
            ));
        }
    }
}

/// Parses an `xs:float`/`xs:double` lexical as `f64`.
pub(super) fn parse_float(v: &str) -> Option<f64> {
    match v {
        "INF" => Some(f64::INFINITY),
        "-INF" => Some(f64::NEG_INFINITY),
        "NaN" => Some(f64::NAN),
        _ if Builtin::Double.check_lexical(v).is_ok() => v.parse().ok(),
        _ => None,
    }
}

/// The outcome of comparing a value with a bound.
enum BoundOrder {
    /// The comparison result (`None`: unordered, e.g. `NaN`).
    Known(Option<Ordering>),
    /// The bound is not a valid literal of the type.
    InvalidBound(String),
    /// The type or this pair of values is not supported: skip the facet.
    Unsupported,
}

/// Compares `value` with `bound` in the value space of `builtin`.
fn compare_to_bound(builtin: Builtin, value: &str, bound: &str) -> BoundOrder {
    let supported = builtin.is_decimal_like()
        || matches!(
            builtin,
            Builtin::Float
                | Builtin::Double
                | Builtin::Date
                | Builtin::DateTime
                | Builtin::Time
                | Builtin::GYear
                | Builtin::GYearMonth
        );
    if !supported {
        return BoundOrder::Unsupported;
    }
    let bound = normalize_whitespace(bound, WhiteSpace::Collapse);
    if let Err(message) = builtin.check_lexical(&bound) {
        return BoundOrder::InvalidBound(message);
    }
    if builtin.is_decimal_like() {
        return match compare_decimal(value, &bound) {
            Some(ordering) => BoundOrder::Known(Some(ordering)),
            None => BoundOrder::Unsupported,
        };
    }
    match builtin {
        Builtin::Float | Builtin::Double => match (parse_float(value), parse_float(&bound)) {
            (Some(a), Some(b)) => BoundOrder::Known(a.partial_cmp(&b)),
            _ => BoundOrder::Unsupported,
        },
        _ => match compare_temporal(value, &bound) {
            Some(ordering) => BoundOrder::Known(Some(ordering)),
            None => BoundOrder::Unsupported,
        },
    }
}

/// Compares two valid lexicals of the same date/time type when they have
/// the same timezone and non-negative years.
fn compare_temporal(a: &str, b: &str) -> Option<Ordering> {
    let (a_body, a_tz) = split_timezone(a);
    let (b_body, b_tz) = split_timezone(b);
    if a_tz != b_tz || a_body.starts_with('-') || b_body.starts_with('-') {
        return None;
    }
    let a_key = trim_fraction(a_body);
    let b_key = trim_fraction(b_body);
    // Years without leading zeros beyond four digits: a longer year is later.
    let year_len = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    Some(
        year_len(&a_key)
            .cmp(&year_len(&b_key))
            .then_with(|| a_key.cmp(&b_key)),
    )
}

/// Removes trailing zeros of fractional seconds (and a bare `.`), so that
/// `12:00:00.50` and `12:00:00.5` compare equal.
fn trim_fraction(body: &str) -> Cow<'_, str> {
    match body.rfind('.') {
        Some(dot) => {
            let (head, fraction) = body.split_at(dot);
            let digits = fraction.get(1..).unwrap_or("").trim_end_matches('0');
            if digits.is_empty() {
                Cow::Borrowed(head)
            } else {
                Cow::Owned(format!("{head}.{digits}"))
            }
        }
        None => Cow::Borrowed(body),
    }
}

/// Checks `minInclusive`, `maxInclusive`, `minExclusive` and
/// `maxExclusive`.
pub(super) fn check_bounds(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    let bounds = [
        (Facet::MinInclusive, facets.min_inclusive),
        (Facet::MaxInclusive, facets.max_inclusive),
        (Facet::MinExclusive, facets.min_exclusive),
        (Facet::MaxExclusive, facets.max_exclusive),
    ];
    for (facet, bound) in bounds {
        let Some(bound) = bound else { continue };
        let ordering = match compare_to_bound(facets.builtin, value, bound) {
            BoundOrder::Known(ordering) => ordering,
            BoundOrder::Unsupported => continue,
            BoundOrder::InvalidBound(reason) => {
                let message = format!("{} bound is invalid: {reason}", facet.xsd_name());
                errors.push(FacetError::new(
                    FacetDetail::InvalidBound {
                        facet,
                        bound,
                        reason,
                    },
                    message,
                ));
                continue;
            }
        };
        let (holds, relation) = match facet {
            Facet::MinInclusive => (
                matches!(ordering, Some(Ordering::Greater | Ordering::Equal)),
                "less than",
            ),
            Facet::MaxInclusive => (
                matches!(ordering, Some(Ordering::Less | Ordering::Equal)),
                "greater than",
            ),
            Facet::MinExclusive => (ordering == Some(Ordering::Greater), "less than or equal to"),
            _ => (ordering == Some(Ordering::Less), "greater than or equal to"),
        };
        if !holds {
            let message = if ordering.is_none() {
                format!(
                    "value `{value}` cannot be compared with {} {bound}",
                    facet.xsd_name()
                )
            } else {
                format!("value `{value}` is {relation} {} {bound}", facet.xsd_name())
            };
            errors.push(FacetError::new(
                FacetDetail::Bound { facet, bound },
                message,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facets::tests::facets_of;
    use crate::facets::{check, Facet, Facets};
    use crate::lexical::Builtin;

    #[test]
    fn digits_and_bounds() {
        static DATUM: Facets = Facets {
            total_digits: Some(8),
            fraction_digits: Some(0),
            ..Facets::of(Builtin::Decimal)
        };
        assert!(check("20240131", &DATUM).is_empty());
        assert!(check("020240131.000", &DATUM).is_empty());
        let errors = check("202401311.5", &DATUM);
        assert_eq!(
            facets_of(&errors),
            vec![Facet::TotalDigits, Facet::FractionDigits]
        );
        assert_eq!(
            errors[0].message,
            "value `202401311.5` has 10 digits, more than totalDigits 8"
        );
        static RANGE: Facets = Facets {
            min_inclusive: Some("1"),
            max_inclusive: Some("999999999"),
            min_exclusive: Some("0"),
            max_exclusive: Some("1000000000"),
            ..Facets::of(Builtin::NonNegativeInteger)
        };
        assert!(check("999999999", &RANGE).is_empty());
        assert_eq!(
            facets_of(&check("1000000000", &RANGE)),
            vec![Facet::MaxInclusive, Facet::MaxExclusive]
        );
        assert_eq!(
            facets_of(&check("0", &RANGE)),
            vec![Facet::MinInclusive, Facet::MinExclusive]
        );
        assert_eq!(
            check("0", &RANGE)[0].message,
            "value `0` is less than minInclusive 1"
        );
    }

    #[test]
    fn invalid_bound_is_reported() {
        static F: Facets = Facets {
            max_inclusive: Some("ten"),
            ..Facets::of(Builtin::Integer)
        };
        assert_eq!(facets_of(&check("1", &F)), vec![Facet::MaxInclusive]);
    }

    #[test]
    fn float_and_date_bounds() {
        static F: Facets = Facets {
            min_inclusive: Some("0"),
            max_exclusive: Some("1e2"),
            ..Facets::of(Builtin::Double)
        };
        assert!(check("99.5", &F).is_empty());
        assert_eq!(facets_of(&check("100", &F)), vec![Facet::MaxExclusive]);
        assert_eq!(check("NaN", &F).len(), 2);
        static D: Facets = Facets {
            min_inclusive: Some("2000-01-01"),
            max_inclusive: Some("2099-12-31"),
            ..Facets::of(Builtin::Date)
        };
        assert!(check("2024-02-29", &D).is_empty());
        assert_eq!(
            facets_of(&check("1999-12-31", &D)),
            vec![Facet::MinInclusive]
        );
        assert_eq!(
            facets_of(&check("12000-01-01", &D)),
            vec![Facet::MaxInclusive]
        );
        // Different timezone: not comparable, not checked.
        assert!(check("1999-12-31Z", &D).is_empty());
        static T: Facets = Facets {
            max_inclusive: Some("12:00:00.50"),
            ..Facets::of(Builtin::Time)
        };
        assert!(check("12:00:00.5", &T).is_empty());
        assert_eq!(check("12:00:00.51", &T).len(), 1);
    }
}
