//! The numeric lexical spaces: `decimal`, the integer family with its
//! value ranges, `float` and `double`; exact digit counting and comparison
//! of decimal lexicals.

use std::cmp::Ordering;

use super::Builtin;

impl Builtin {
    /// The inclusive value range of an integer type, if it has one
    /// (`None` bounds are unbounded).
    fn integer_range(self) -> Option<(Option<&'static str>, Option<&'static str>)> {
        let range = match self {
            Builtin::Integer => (None, None),
            Builtin::NonNegativeInteger => (Some("0"), None),
            Builtin::PositiveInteger => (Some("1"), None),
            Builtin::NonPositiveInteger => (None, Some("0")),
            Builtin::NegativeInteger => (None, Some("-1")),
            Builtin::Long => (Some("-9223372036854775808"), Some("9223372036854775807")),
            Builtin::Int => (Some("-2147483648"), Some("2147483647")),
            Builtin::Short => (Some("-32768"), Some("32767")),
            Builtin::Byte => (Some("-128"), Some("127")),
            Builtin::UnsignedLong => (Some("0"), Some("18446744073709551615")),
            Builtin::UnsignedInt => (Some("0"), Some("4294967295")),
            Builtin::UnsignedShort => (Some("0"), Some("65535")),
            Builtin::UnsignedByte => (Some("0"), Some("255")),
            _ => return None,
        };
        Some(range)
    }

    /// Checks an integer lexical and the value range of the type.
    pub(super) fn check_integer(self, v: &str) -> Result<(), String> {
        if !is_signed_digits(v) {
            return Err(String::new());
        }
        if let Some((min, max)) = self.integer_range() {
            if let Some(min) = min {
                if compare_decimal(v, min) == Some(Ordering::Less) {
                    return Err(format!("less than the minimum {min}"));
                }
            }
            if let Some(max) = max {
                if compare_decimal(v, max) == Some(Ordering::Greater) {
                    return Err(format!("greater than the maximum {max}"));
                }
            }
        }
        Ok(())
    }
}

/// Whether `s` is a non-empty run of ASCII digits.
pub(super) fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `s` is an optional sign followed by a non-empty run of ASCII
/// digits (an integer lexical).
fn is_signed_digits(s: &str) -> bool {
    is_digits(s.strip_prefix(['+', '-']).unwrap_or(s))
}

/// A decimal lexical split into its parts.
struct Dec<'a> {
    /// Whether the value is negative (never set for zero).
    negative: bool,
    /// Integer digits without leading zeros (empty for zero).
    int: &'a str,
    /// Fraction digits without trailing zeros.
    frac: &'a str,
}

/// Parses `[+-]?(digits(.digits?)?|.digits)`.
fn parse_decimal(v: &str) -> Option<Dec<'_>> {
    let (negative, rest) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let is_zero = int.is_empty() && frac.is_empty();
    Some(Dec {
        negative: negative && !is_zero,
        int,
        frac,
    })
}

/// Checks `xs:decimal`; the error detail is empty.
pub(super) fn check_decimal(v: &str) -> Result<(), String> {
    parse_decimal(v).map(|_| ()).ok_or_else(String::new)
}

/// Returns `(totalDigits, fractionDigits)` of a valid `xs:decimal` lexical,
/// counted in the value space: the sign, leading zeros of the integer part
/// and trailing zeros of the fraction are ignored, and zero has one digit.
///
/// `"00123.4500"` gives `(5, 2)`, `"0"` gives `(1, 0)` and `"0.05"` gives
/// `(2, 2)` (as `0.05` is `5 × 10^-2`). Returns `None` when `decimal` is not
/// a valid decimal lexical.
pub fn digit_counts(decimal: &str) -> Option<(u32, u32)> {
    let dec = parse_decimal(decimal)?;
    let total = (dec.int.len() + dec.frac.len()).max(1);
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Some((to_u32(total), to_u32(dec.frac.len())))
}

/// Compares two `xs:decimal` lexicals exactly (any length, no floating
/// point); `"1.0"` equals `"1"` and `"-0"` equals `"0"`.
///
/// Returns `None` when either argument is not a valid decimal lexical.
/// Integer lexicals are decimal lexicals too.
pub fn compare_decimal(a: &str, b: &str) -> Option<Ordering> {
    let a = parse_decimal(a)?;
    let b = parse_decimal(b)?;
    let magnitude = a
        .int
        .len()
        .cmp(&b.int.len())
        .then_with(|| a.int.cmp(b.int))
        .then_with(|| a.frac.cmp(b.frac));
    Some(match (a.negative, b.negative) {
        (false, false) => magnitude,
        (true, true) => magnitude.reverse(),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
    })
}

/// Checks `xs:float` / `xs:double`.
pub(super) fn check_float(v: &str) -> Result<(), String> {
    if matches!(v, "INF" | "-INF" | "NaN") {
        return Ok(());
    }
    let (mantissa, exponent) = match v.find(['e', 'E']) {
        Some(i) => (v.get(..i).unwrap_or(""), v.get(i + 1..)),
        None => (v, None),
    };
    if parse_decimal(mantissa).is_none() {
        return Err(String::new());
    }
    if let Some(exponent) = exponent {
        if !is_signed_digits(exponent) {
            return Err("invalid exponent".to_owned());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexical::tests::ok;

    #[test]
    fn decimals() {
        for v in ["+1.50", "-.5", "5.", "0", "-0", "007", ".0"] {
            assert!(ok(Builtin::Decimal, v), "{v}");
        }
        for v in ["1e3", "", " 1", ".", "+", "-", "1.2.3", "1,5", "INF", "+-1"] {
            assert!(!ok(Builtin::Decimal, v), "{v}");
        }
        assert_eq!(
            Builtin::Integer.check_lexical("12a").unwrap_err(),
            "`12a` is not a valid xs:integer"
        );
    }

    #[test]
    fn integers_and_ranges() {
        assert!(ok(Builtin::Integer, "-123456789012345678901234567890"));
        assert!(!ok(Builtin::Integer, "1.0"));
        assert!(ok(Builtin::NonNegativeInteger, "-0"));
        assert!(!ok(Builtin::NonNegativeInteger, "-1"));
        assert!(!ok(Builtin::PositiveInteger, "0"));
        assert!(ok(Builtin::PositiveInteger, "+1"));
        assert!(ok(Builtin::NegativeInteger, "-1"));
        assert!(!ok(Builtin::NegativeInteger, "-0"));
        assert!(ok(Builtin::NonPositiveInteger, "0"));
        assert!(ok(Builtin::Long, "-9223372036854775808"));
        assert!(!ok(Builtin::Long, "9223372036854775808"));
        assert!(ok(Builtin::Int, "2147483647"));
        assert!(!ok(Builtin::Int, "2147483648"));
        assert!(ok(Builtin::Short, "-32768"));
        assert!(!ok(Builtin::Short, "32768"));
        assert!(ok(Builtin::Byte, "-128"));
        assert!(!ok(Builtin::Byte, "128"));
        assert!(ok(Builtin::UnsignedLong, "18446744073709551615"));
        assert!(!ok(Builtin::UnsignedLong, "18446744073709551616"));
        assert!(!ok(Builtin::UnsignedInt, "4294967296"));
        assert!(ok(Builtin::UnsignedShort, "0065535"));
        assert!(!ok(Builtin::UnsignedByte, "256"));
        assert!(!ok(Builtin::UnsignedByte, "-1"));
    }

    #[test]
    fn booleans_and_floats() {
        for v in ["true", "false", "1", "0"] {
            assert!(ok(Builtin::Boolean, v));
        }
        for v in ["TRUE", "yes", "", "01"] {
            assert!(!ok(Builtin::Boolean, v));
        }
        for v in ["INF", "-INF", "NaN", "1e3", "-1.5E-10", ".5e+2", "12", "5."] {
            assert!(ok(Builtin::Double, v), "{v}");
            assert!(ok(Builtin::Float, v), "{v}");
        }
        for v in ["+INF", "inf", "nan", "e3", "1e", "1e+", "1.5e3.2", ""] {
            assert!(!ok(Builtin::Double, v), "{v}");
        }
    }

    #[test]
    fn digit_counting() {
        assert_eq!(digit_counts("00123.4500"), Some((5, 2)));
        assert_eq!(digit_counts("0"), Some((1, 0)));
        assert_eq!(digit_counts("-0.000"), Some((1, 0)));
        assert_eq!(digit_counts("0.05"), Some((2, 2)));
        assert_eq!(digit_counts("+20240131"), Some((8, 0)));
        assert_eq!(digit_counts("1e3"), None);
    }

    #[test]
    fn decimal_comparison() {
        use Ordering::*;
        assert_eq!(compare_decimal("1.0", "1"), Some(Equal));
        assert_eq!(compare_decimal("-0", "+0.00"), Some(Equal));
        assert_eq!(compare_decimal("0.5", "0.51"), Some(Less));
        assert_eq!(compare_decimal("10", "9.99"), Some(Greater));
        assert_eq!(compare_decimal("-10", "-9.99"), Some(Less));
        assert_eq!(compare_decimal("-1", "0"), Some(Less));
        assert_eq!(compare_decimal("0", "-.1"), Some(Greater));
        assert_eq!(
            compare_decimal(
                "123456789012345678901234567890",
                "123456789012345678901234567891"
            ),
            Some(Less)
        );
        assert_eq!(compare_decimal("x", "1"), None);
    }
}
