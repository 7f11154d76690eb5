//! Facet checking of one simple value.
//!
//! Generated code describes every simple type by a static [`Facets`] value
//! and validates a raw lexical value with [`check`], which returns every
//! violated facet as a [`FacetError`] with a message meant for a person.
//!
//! What is checked, in order:
//!
//! 1. The value is normalized with the effective `whiteSpace`.
//! 2. The lexical space of the built-in ancestor
//!    ([`Builtin::check_lexical`]). If this fails, only that error is
//!    reported.
//! 3. `pattern`: every restriction step must hold; within a step the
//!    patterns are alternatives. Regexes are compiled once per process and
//!    cached; a pattern that does not compile is reported as a
//!    [`Facet::Pattern`] error.
//! 4. `enumeration`: literals are normalized like the value. Decimal-like
//!    types compare by exact value (`1.0` equals `1`), `boolean` by value
//!    (`1` equals `true`), `float`/`double` by floating-point value (`NaN`
//!    equals `NaN`); all other types compare the normalized literals.
//! 5. `length`, `minLength`, `maxLength`: only for string-like types
//!    (characters) and `base64Binary`/`hexBinary` (octets); ignored for
//!    all other types.
//! 6. `totalDigits`, `fractionDigits`: only for decimal-like types.
//! 7. `minInclusive`, `maxInclusive`, `minExclusive`, `maxExclusive`:
//!    decimal-like types compare exactly; `float`/`double` compare as `f64`
//!    (`NaN` violates every bound); `date`, `dateTime`, `time`, `gYear` and
//!    `gYearMonth` compare when value and bound have the same timezone
//!    (both none, or the identical suffix) and non-negative years, which
//!    covers the StUF-JZ schemas; if they cannot be compared this way the
//!    bound is not checked. Bounds are ignored for all other types. A bound
//!    that is itself not a valid literal of the type is reported as an
//!    error of that facet.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use regex::Regex;

use crate::lexical::{compare_decimal, digit_counts, length_of, normalize_whitespace};
use crate::lexical::{Builtin, WhiteSpace};

/// The facets of a simple type, as generated code declares them in statics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facets {
    /// The built-in ancestor of the type, which fixes its lexical space.
    pub builtin: Builtin,
    /// The effective `whiteSpace` of the type.
    pub whitespace: WhiteSpace,
    /// The patterns, one slice per restriction step. Within a step the
    /// patterns are alternatives (the value must match at least one); every
    /// step must hold. The strings are anchored Rust `regex` syntax, e.g.
    /// `"^(?:[0-9]{4})$"`.
    pub patterns: &'static [&'static [&'static str]],
    /// The original XML Schema patterns, in the same shape as
    /// [`Facets::patterns`], used in messages.
    pub pattern_sources: &'static [&'static [&'static str]],
    /// The allowed literals (empty: no `enumeration` facet).
    pub enumeration: &'static [&'static str],
    /// The `length` facet.
    pub length: Option<u32>,
    /// The `minLength` facet.
    pub min_length: Option<u32>,
    /// The `maxLength` facet.
    pub max_length: Option<u32>,
    /// The `totalDigits` facet.
    pub total_digits: Option<u32>,
    /// The `fractionDigits` facet.
    pub fraction_digits: Option<u32>,
    /// The `minInclusive` facet, as a lexical of the type.
    pub min_inclusive: Option<&'static str>,
    /// The `maxInclusive` facet, as a lexical of the type.
    pub max_inclusive: Option<&'static str>,
    /// The `minExclusive` facet, as a lexical of the type.
    pub min_exclusive: Option<&'static str>,
    /// The `maxExclusive` facet, as a lexical of the type.
    pub max_exclusive: Option<&'static str>,
}

impl Facets {
    /// The facets of the bare built-in type: its own `whiteSpace` and
    /// nothing else. Usable in statics as `..Facets::of(Builtin::String)`.
    pub const fn of(builtin: Builtin) -> Facets {
        Facets {
            builtin,
            whitespace: builtin.whitespace(),
            patterns: &[],
            pattern_sources: &[],
            enumeration: &[],
            length: None,
            min_length: None,
            max_length: None,
            total_digits: None,
            fraction_digits: None,
            min_inclusive: None,
            max_inclusive: None,
            min_exclusive: None,
            max_exclusive: None,
        }
    }
}

/// A constraining facet (or the lexical space itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    /// The lexical space of the built-in type.
    Lexical,
    /// `pattern`.
    Pattern,
    /// `enumeration`.
    Enumeration,
    /// `length`.
    Length,
    /// `minLength`.
    MinLength,
    /// `maxLength`.
    MaxLength,
    /// `totalDigits`.
    TotalDigits,
    /// `fractionDigits`.
    FractionDigits,
    /// `minInclusive`.
    MinInclusive,
    /// `maxInclusive`.
    MaxInclusive,
    /// `minExclusive`.
    MinExclusive,
    /// `maxExclusive`.
    MaxExclusive,
}

impl Facet {
    /// The XML Schema name of the facet (`"pattern"`, `"maxLength"`, ...);
    /// `"lexical"` for [`Facet::Lexical`].
    pub const fn xsd_name(self) -> &'static str {
        match self {
            Facet::Lexical => "lexical",
            Facet::Pattern => "pattern",
            Facet::Enumeration => "enumeration",
            Facet::Length => "length",
            Facet::MinLength => "minLength",
            Facet::MaxLength => "maxLength",
            Facet::TotalDigits => "totalDigits",
            Facet::FractionDigits => "fractionDigits",
            Facet::MinInclusive => "minInclusive",
            Facet::MaxInclusive => "maxInclusive",
            Facet::MinExclusive => "minExclusive",
            Facet::MaxExclusive => "maxExclusive",
        }
    }
}

/// One violated facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetError {
    /// The violated facet.
    pub facet: Facet,
    /// What is wrong, for a person, e.g.
    /// ``"value `ABC` does not match pattern `[0-9]{4}`"``.
    pub message: String,
}

impl FacetError {
    /// Creates an error.
    fn new(facet: Facet, message: String) -> FacetError {
        FacetError { facet, message }
    }
}

impl std::fmt::Display for FacetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FacetError {}

/// The process-wide cache of compiled patterns (or their compile errors).
type RegexCache = RwLock<HashMap<&'static str, Result<Regex, String>>>;

/// The cache behind [`regex_matches`].
fn cache() -> &'static RegexCache {
    static CACHE: OnceLock<RegexCache> = OnceLock::new();
    CACHE.get_or_init(|| RwLock::new(HashMap::new()))
}

/// Whether `value` matches the cached regex `pattern`; `Err` if the
/// pattern does not compile.
fn regex_matches(pattern: &'static str, value: &str) -> Result<bool, String> {
    {
        let map = cache()
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(compiled) = map.get(pattern) {
            return compiled
                .as_ref()
                .map(|re| re.is_match(value))
                .map_err(Clone::clone);
        }
    }
    let compiled = Regex::new(pattern).map_err(|e| e.to_string());
    let result = compiled
        .as_ref()
        .map(|re| re.is_match(value))
        .map_err(Clone::clone);
    cache()
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(pattern, compiled);
    result
}

/// Joins literals as `` `a`, `b` ``.
fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks `raw` against `facets` and returns every violation (empty: the
/// value is valid).
///
/// The value is first normalized with `facets.whitespace`; if it is not in
/// the lexical space of `facets.builtin`, only that [`Facet::Lexical`]
/// error is returned. See the module documentation for which facets apply
/// to which types.
pub fn check(raw: &str, facets: &Facets) -> Vec<FacetError> {
    let value = normalize_whitespace(raw, facets.whitespace);
    let value: &str = &value;
    let builtin = facets.builtin;
    if let Err(message) = builtin.check_lexical(value) {
        return vec![FacetError::new(Facet::Lexical, message)];
    }
    let mut errors = Vec::new();
    check_patterns(value, facets, &mut errors);
    check_enumeration(value, facets, &mut errors);
    check_lengths(value, facets, &mut errors);
    check_digits(value, facets, &mut errors);
    check_bounds(value, facets, &mut errors);
    errors
}

/// Checks the `pattern` steps.
fn check_patterns(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    for (step, patterns) in facets.patterns.iter().enumerate() {
        if patterns.is_empty() {
            continue;
        }
        let sources = facets.pattern_sources.get(step).copied().unwrap_or(&[]);
        let source = |i: usize| sources.get(i).or(patterns.get(i)).copied().unwrap_or("");
        let mut matched = false;
        let mut broken = false;
        for (i, pattern) in patterns.iter().enumerate() {
            match regex_matches(pattern, value) {
                Ok(true) => matched = true,
                Ok(false) => {}
                Err(e) => {
                    broken = true;
                    errors.push(FacetError::new(
                        Facet::Pattern,
                        format!(
                            "pattern `{}` could not be compiled (as `{pattern}`): {e}",
                            source(i)
                        ),
                    ));
                }
            }
            if matched {
                break;
            }
        }
        if !matched && !broken {
            let message = if patterns.len() == 1 {
                format!("value `{value}` does not match pattern `{}`", source(0))
            } else {
                let all: Vec<&str> = (0..patterns.len()).map(source).collect();
                format!(
                    "value `{value}` does not match any of the patterns {}",
                    quoted_list(&all)
                )
            };
            errors.push(FacetError::new(Facet::Pattern, message));
        }
    }
}

/// The index in `facets.enumeration` of the literal that `raw` equals (after
/// white space normalization; decimal-like types compare by value).
pub fn enumeration_index(raw: &str, facets: &Facets) -> Option<usize> {
    let value = normalize_whitespace(raw, facets.whitespace);
    facets
        .enumeration
        .iter()
        .position(|literal| enumeration_equal(facets.builtin, facets.whitespace, &value, literal))
}

/// Whether `value` equals the enumeration literal `literal` (see the module
/// documentation).
fn enumeration_equal(builtin: Builtin, whitespace: WhiteSpace, value: &str, literal: &str) -> bool {
    let literal = normalize_whitespace(literal, whitespace);
    if builtin.is_decimal_like() {
        if let Some(ordering) = compare_decimal(value, &literal) {
            return ordering == Ordering::Equal;
        }
    }
    match builtin {
        Builtin::Boolean => {
            let truth = |v: &str| matches!(v, "true" | "1");
            builtin.check_lexical(&literal).is_ok() && truth(value) == truth(&literal)
        }
        Builtin::Float | Builtin::Double => match (parse_float(value), parse_float(&literal)) {
            (Some(a), Some(b)) => a == b || (a.is_nan() && b.is_nan()),
            _ => value == literal,
        },
        _ => value == literal,
    }
}

/// Parses an `xs:float`/`xs:double` lexical as `f64`.
fn parse_float(v: &str) -> Option<f64> {
    match v {
        "INF" => Some(f64::INFINITY),
        "-INF" => Some(f64::NEG_INFINITY),
        "NaN" => Some(f64::NAN),
        _ if Builtin::Double.check_lexical(v).is_ok() => v.parse().ok(),
        _ => None,
    }
}

/// Checks the `enumeration` facet.
fn check_enumeration(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    if facets.enumeration.is_empty() {
        return;
    }
    let found = facets
        .enumeration
        .iter()
        .any(|literal| enumeration_equal(facets.builtin, facets.whitespace, value, literal));
    if !found {
        errors.push(FacetError::new(
            Facet::Enumeration,
            format!(
                "value `{value}` is not one of the allowed values: {}",
                quoted_list(facets.enumeration)
            ),
        ));
    }
}

/// Checks `length`, `minLength` and `maxLength`.
fn check_lengths(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    let builtin = facets.builtin;
    let unit = if builtin.is_string_like() {
        "characters"
    } else if builtin.is_binary() {
        "octets"
    } else {
        return;
    };
    let length = u64::try_from(length_of(builtin, value)).unwrap_or(u64::MAX);
    if let Some(expected) = facets.length {
        if length != u64::from(expected) {
            errors.push(FacetError::new(
                Facet::Length,
                format!(
                    "value `{value}` has length {length} {unit}, but length must be {expected}"
                ),
            ));
        }
    }
    if let Some(min) = facets.min_length {
        if length < u64::from(min) {
            errors.push(FacetError::new(
                Facet::MinLength,
                format!("value `{value}` is shorter than minLength {min} ({length} {unit})"),
            ));
        }
    }
    if let Some(max) = facets.max_length {
        if length > u64::from(max) {
            errors.push(FacetError::new(
                Facet::MaxLength,
                format!("value `{value}` is longer than maxLength {max} ({length} {unit})"),
            ));
        }
    }
}

/// Checks `totalDigits` and `fractionDigits`.
fn check_digits(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    if !facets.builtin.is_decimal_like() {
        return;
    }
    let Some((total, fraction)) = digit_counts(value) else {
        return;
    };
    if let Some(max) = facets.total_digits {
        if total > max {
            errors.push(FacetError::new(
                Facet::TotalDigits,
                format!("value `{value}` has {total} digits, more than totalDigits {max}"),
            ));
        }
    }
    if let Some(max) = facets.fraction_digits {
        if fraction > max {
            errors.push(FacetError::new(
                Facet::FractionDigits,
                format!(
                    "value `{value}` has {fraction} fraction digits, more than fractionDigits {max}"
                ),
            ));
        }
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
    let (a_body, a_tz) = split_tz(a);
    let (b_body, b_tz) = split_tz(b);
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

/// Splits a timezone suffix (`Z` or `±hh:mm`) off a date/time lexical.
fn split_tz(v: &str) -> (&str, &str) {
    if let Some(body) = v.strip_suffix('Z') {
        return (body, "Z");
    }
    let bytes = v.as_bytes();
    let n = bytes.len();
    if n >= 6 && matches!(bytes[n - 6], b'+' | b'-') && bytes[n - 3] == b':' {
        if let (Some(body), Some(tz)) = (v.get(..n - 6), v.get(n - 6..)) {
            return (body, tz);
        }
    }
    (v, "")
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
fn check_bounds(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
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
                errors.push(FacetError::new(
                    facet,
                    format!("{} bound is invalid: {reason}", facet.xsd_name()),
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
            errors.push(FacetError::new(facet, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facets_of(errors: &[FacetError]) -> Vec<Facet> {
        errors.iter().map(|e| e.facet).collect()
    }

    #[test]
    fn bare_builtin_has_no_facets() {
        let f = Facets::of(Builtin::String);
        assert_eq!(f.whitespace, WhiteSpace::Preserve);
        assert!(check("  anything \t", &f).is_empty());
        assert_eq!(Facets::of(Builtin::Token).whitespace, WhiteSpace::Collapse);
        assert_eq!(Facet::MaxLength.xsd_name(), "maxLength");
        assert_eq!(Facet::Lexical.xsd_name(), "lexical");
    }

    #[test]
    fn lexical_failure_is_reported_alone() {
        static F: Facets = Facets {
            max_inclusive: Some("5"),
            enumeration: &["1"],
            ..Facets::of(Builtin::Integer)
        };
        let errors = check("12a", &F);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].facet, Facet::Lexical);
        assert_eq!(errors[0].message, "`12a` is not a valid xs:integer");
        assert!(check(" 1\n", &F).is_empty());
    }

    #[test]
    fn patterns() {
        static F: Facets = Facets {
            patterns: &[&["^(?:[0-9]{4})$"]],
            pattern_sources: &[&["[0-9]{4}"]],
            ..Facets::of(Builtin::String)
        };
        assert!(check("1234", &F).is_empty());
        let errors = check("ABC", &F);
        assert_eq!(
            errors,
            vec![FacetError {
                facet: Facet::Pattern,
                message: "value `ABC` does not match pattern `[0-9]{4}`".to_owned()
            }]
        );
        static STEPS: Facets = Facets {
            patterns: &[&["^(?:[A-Z]+)$", "^(?:[0-9]+)$"], &["^(?:.{2})$"]],
            pattern_sources: &[&["[A-Z]+", "[0-9]+"], &[".{2}"]],
            ..Facets::of(Builtin::String)
        };
        assert!(check("AB", &STEPS).is_empty());
        assert!(check("12", &STEPS).is_empty());
        assert_eq!(facets_of(&check("ABC", &STEPS)), vec![Facet::Pattern]);
        let errors = check("a", &STEPS);
        assert_eq!(errors.len(), 2);
        assert!(errors[0]
            .message
            .contains("any of the patterns `[A-Z]+`, `[0-9]+`"));
        // Cached second use gives the same answer.
        assert_eq!(check("ABC", &F).len(), 1);
    }

    #[test]
    fn broken_pattern_is_an_error_not_a_panic() {
        static F: Facets = Facets {
            patterns: &[&["^(?:[0-9$"]],
            pattern_sources: &[&["[0-9"]],
            ..Facets::of(Builtin::String)
        };
        for _ in 0..2 {
            let errors = check("1", &F);
            assert_eq!(facets_of(&errors), vec![Facet::Pattern]);
            assert!(errors[0].message.contains("could not be compiled"));
        }
    }

    #[test]
    fn enumerations() {
        static F: Facets = Facets {
            enumeration: &["J", "N"],
            ..Facets::of(Builtin::String)
        };
        assert!(check("J", &F).is_empty());
        let errors = check("X", &F);
        assert_eq!(
            errors[0].message,
            "value `X` is not one of the allowed values: `J`, `N`"
        );
        static D: Facets = Facets {
            enumeration: &["1", "2.5"],
            ..Facets::of(Builtin::Decimal)
        };
        assert!(check("1.0", &D).is_empty());
        assert!(check("+2.50", &D).is_empty());
        assert_eq!(facets_of(&check("3", &D)), vec![Facet::Enumeration]);
        static B: Facets = Facets {
            enumeration: &["true"],
            ..Facets::of(Builtin::Boolean)
        };
        assert!(check("1", &B).is_empty());
        assert_eq!(check("0", &B).len(), 1);
        static T: Facets = Facets {
            enumeration: &["a b"],
            ..Facets::of(Builtin::Token)
        };
        assert!(check("  a   b ", &T).is_empty());
        static X: Facets = Facets {
            enumeration: &["1.0", "NaN"],
            ..Facets::of(Builtin::Double)
        };
        assert!(check("1e0", &X).is_empty());
        assert!(check("NaN", &X).is_empty());
        assert_eq!(check("INF", &X).len(), 1);
    }

    #[test]
    fn lengths() {
        static F: Facets = Facets {
            max_length: Some(10),
            min_length: Some(2),
            ..Facets::of(Builtin::String)
        };
        let errors = check("12345678901", &F);
        assert_eq!(
            errors[0].message,
            "value `12345678901` is longer than maxLength 10 (11 characters)"
        );
        assert_eq!(facets_of(&check("1", &F)), vec![Facet::MinLength]);
        assert!(check("éééééééééé", &F).is_empty());
        static L: Facets = Facets {
            length: Some(2),
            ..Facets::of(Builtin::HexBinary)
        };
        assert!(check("0aFF", &L).is_empty());
        assert_eq!(facets_of(&check("0a", &L)), vec![Facet::Length]);
        static N: Facets = Facets {
            max_length: Some(1),
            ..Facets::of(Builtin::Integer)
        };
        assert!(check("12345", &N).is_empty());
    }

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

    #[test]
    fn all_violations_are_reported() {
        static F: Facets = Facets {
            patterns: &[&["^(?:[0-9]+)$"]],
            pattern_sources: &[&["[0-9]+"]],
            enumeration: &["A"],
            max_length: Some(1),
            ..Facets::of(Builtin::Token)
        };
        assert_eq!(
            facets_of(&check("ABC", &F)),
            vec![Facet::Pattern, Facet::Enumeration, Facet::MaxLength]
        );
    }

    #[test]
    fn mismatched_pattern_sources_do_not_panic() {
        static F: Facets = Facets {
            patterns: &[&["^(?:a)$", "^(?:b)$"], &["^(?:.)$"]],
            pattern_sources: &[&["a"]],
            ..Facets::of(Builtin::String)
        };
        assert_eq!(check("c", &F).len(), 1);
        assert_eq!(check("cc", &F).len(), 2);
    }
}
