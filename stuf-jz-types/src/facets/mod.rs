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

mod bounds;
mod enumeration;
mod lengths;
mod patterns;
mod simple_pattern;

use crate::lexical::normalize_whitespace;
use crate::lexical::{Builtin, WhiteSpace};

pub use crate::facet_error::{check_value, parse_checked, parse_enum, FacetDetail, ValueError};
pub use enumeration::{enumeration_index, same_value};

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
    /// The facet's limit and what the value had, for programs.
    pub detail: FacetDetail,
}

impl FacetError {
    /// Creates an error about the facet of `detail`.
    pub(crate) fn new(detail: FacetDetail, message: String) -> FacetError {
        FacetError {
            facet: detail.facet(),
            message,
            detail,
        }
    }
}

impl std::fmt::Display for FacetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FacetError {}

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
    check_of(raw, facets, false)
}

/// [`check`] of a value read by the XML layer, whose characters are
/// known to be XML characters.
pub(crate) fn check_read(raw: &str, facets: &Facets) -> Vec<FacetError> {
    check_of(raw, facets, true)
}

fn check_of(raw: &str, facets: &Facets, chars_checked: bool) -> Vec<FacetError> {
    let value = normalize_whitespace(raw, facets.whitespace);
    let value: &str = &value;
    let builtin = facets.builtin;
    if let Err(message) = builtin.check_lexical_of(value, chars_checked) {
        return vec![FacetError::new(FacetDetail::Lexical { builtin }, message)];
    }
    let mut errors = Vec::new();
    // Each facet is looked at only when the type has it: most types have
    // one or two.
    if !facets.patterns.is_empty() {
        patterns::check_patterns(value, facets, &mut errors);
    }
    if !facets.enumeration.is_empty() {
        enumeration::check_enumeration(value, facets, &mut errors);
    }
    if facets.length.is_some() || facets.min_length.is_some() || facets.max_length.is_some() {
        lengths::check_lengths(value, facets, &mut errors);
    }
    if facets.total_digits.is_some() || facets.fraction_digits.is_some() {
        bounds::check_digits(value, facets, &mut errors);
    }
    let bounded = [
        facets.min_inclusive,
        facets.max_inclusive,
        facets.min_exclusive,
        facets.max_exclusive,
    ];
    if bounded.iter().any(Option::is_some) {
        bounds::check_bounds(value, facets, &mut errors);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The facets of `errors`, in order.
    pub(super) fn facets_of(errors: &[FacetError]) -> Vec<Facet> {
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
}
