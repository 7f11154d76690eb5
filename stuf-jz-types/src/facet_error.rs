//! Typed errors for building simple values from text: which facet of which
//! schema type a value breaks ([`ValueError`], [`FacetDetail`]), and the
//! parsing of enumeration literals ([`parse_enum`], giving an
//! [`EnumParseError`]).
//!
//! Generated code calls [`check_value`] (or [`parse_checked`]) from the
//! validating `FromStr` of a restricted simple type; the facet checks
//! themselves are those of [`crate::facets::check`].

use crate::enum_error::EnumParseError;
use crate::facets::{self, Facet, FacetError, Facets};
use crate::lexical::Builtin;
use crate::value::SimpleValue;

/// The specifics of one violated facet: the facet with its limit and what
/// the value had.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FacetDetail {
    /// The value is not in the lexical space of the built-in type.
    Lexical {
        /// The built-in ancestor of the type.
        builtin: Builtin,
    },
    /// The value matches none of the patterns of one restriction step.
    Pattern {
        /// The XML Schema patterns of that step (alternatives).
        patterns: &'static [&'static str],
    },
    /// A pattern of the schema could not be compiled.
    PatternInvalid {
        /// The XML Schema pattern.
        pattern: &'static str,
        /// Why it does not compile.
        reason: String,
    },
    /// The value is not one of the allowed literals.
    Enumeration {
        /// The allowed literals.
        allowed: &'static [&'static str],
    },
    /// `length`: the value does not have the required length.
    Length {
        /// The required length.
        expected: u32,
        /// The length of the value (characters or octets).
        length: u64,
    },
    /// `minLength`: the value is too short.
    MinLength {
        /// The minimum length.
        min: u32,
        /// The length of the value (characters or octets).
        length: u64,
    },
    /// `maxLength`: the value is too long.
    MaxLength {
        /// The maximum length.
        max: u32,
        /// The length of the value (characters or octets).
        length: u64,
    },
    /// `totalDigits`: the value has too many digits.
    TotalDigits {
        /// The maximum number of digits.
        max: u32,
        /// The digits of the value.
        digits: u32,
    },
    /// `fractionDigits`: the value has too many fraction digits.
    FractionDigits {
        /// The maximum number of fraction digits.
        max: u32,
        /// The fraction digits of the value.
        digits: u32,
    },
    /// A bound (`minInclusive`, `maxInclusive`, `minExclusive`,
    /// `maxExclusive`) does not hold or cannot be compared.
    Bound {
        /// Which bound.
        facet: Facet,
        /// The bound, as a lexical of the type.
        bound: &'static str,
    },
    /// A bound of the schema is itself not a valid literal of the type.
    InvalidBound {
        /// Which bound.
        facet: Facet,
        /// The bound as written in the schema.
        bound: &'static str,
        /// Why it is invalid.
        reason: String,
    },
}

impl FacetDetail {
    /// The facet this detail is about.
    pub fn facet(&self) -> Facet {
        match self {
            FacetDetail::Lexical { .. } => Facet::Lexical,
            FacetDetail::Pattern { .. } | FacetDetail::PatternInvalid { .. } => Facet::Pattern,
            FacetDetail::Enumeration { .. } => Facet::Enumeration,
            FacetDetail::Length { .. } => Facet::Length,
            FacetDetail::MinLength { .. } => Facet::MinLength,
            FacetDetail::MaxLength { .. } => Facet::MaxLength,
            FacetDetail::TotalDigits { .. } => Facet::TotalDigits,
            FacetDetail::FractionDigits { .. } => Facet::FractionDigits,
            FacetDetail::Bound { facet, .. } | FacetDetail::InvalidBound { facet, .. } => *facet,
        }
    }
}

/// A text that is not a valid value of a schema type: every facet it
/// breaks (at least one), with the schema type and the text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {schema_type}: {}", messages(.violations))]
#[non_exhaustive]
pub struct ValueError {
    /// The schema type (`BG:BSN`, `StUF:Datum`, ...).
    pub schema_type: &'static str,
    /// The text as given.
    pub value: String,
    /// The violated facets, in checking order (never empty).
    pub violations: Vec<FacetError>,
}

impl ValueError {
    /// The first violated facet.
    pub fn facet(&self) -> Option<Facet> {
        self.violations.first().map(|v| v.facet)
    }

    /// The specifics of the first violated facet.
    pub fn detail(&self) -> Option<&FacetDetail> {
        self.violations.first().map(|v| &v.detail)
    }
}

/// Joins the messages of `violations` with `; `.
fn messages(violations: &[FacetError]) -> String {
    violations
        .iter()
        .map(|v| v.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Checks `lexical` against the facets of the schema type `schema_type`;
/// `Err` names every violated facet.
///
/// Generated `FromStr` implementations call it as
/// `rt::facets::check_value(s, Self::FACETS, Self::SCHEMA_TYPE)?`.
pub fn check_value(
    lexical: &str,
    facets: &'static Facets,
    schema_type: &'static str,
) -> Result<(), ValueError> {
    let violations = facets::check(lexical, facets);
    if violations.is_empty() {
        Ok(())
    } else {
        Err(ValueError {
            schema_type,
            value: lexical.to_owned(),
            violations,
        })
    }
}

/// Builds a value of `V` from text after checking its facets: the body of a
/// validating `FromStr` (`fn from_str(s: &str) -> Result<Self, Self::Err> {
/// rt::facets::parse_checked(s) }`).
///
/// The text is kept as given (not whitespace-normalized), like a value read
/// from XML.
pub fn parse_checked<V: SimpleValue>(lexical: &str) -> Result<V, ValueError> {
    check_value(lexical, V::FACETS, V::SCHEMA_TYPE)?;
    V::from_lexical(std::borrow::Cow::Borrowed(lexical)).map_err(|_| ValueError {
        schema_type: V::SCHEMA_TYPE,
        value: lexical.to_owned(),
        violations: vec![FacetError::new(
            FacetDetail::Enumeration {
                allowed: V::FACETS.enumeration,
            },
            format!("value `{lexical}` is not a value of {}", V::SCHEMA_TYPE),
        )],
    })
}

/// The value of the enumeration `V` that `literal` equals (compared as
/// XML Schema compares enumeration literals), or an [`EnumParseError`].
///
/// The body of a generated enumeration's `FromStr`: `fn from_str(s: &str)
/// -> Result<Self, Self::Err> { rt::facets::parse_enum(s, &Self::ALL) }`,
/// where `ALL` lists the variants in the order of `FACETS.enumeration`.
pub fn parse_enum<V: SimpleValue + Copy>(literal: &str, all: &[V]) -> Result<V, EnumParseError> {
    facets::enumeration_index(literal, V::FACETS)
        .and_then(|i| all.get(i).copied())
        .ok_or_else(|| EnumParseError {
            literal: literal.to_owned(),
            schema_type: V::SCHEMA_TYPE,
            allowed: V::FACETS.enumeration,
        })
}

/// Implements [`SimpleValue`], `Display`, `FromStr`, `TryFrom<&str>` and
/// the element traits for a hand-written enumeration with `ALL` and
/// `as_str()`.
macro_rules! schema_enum {
    ($name:ty) => {
        impl $crate::SimpleValue for $name {
            const SCHEMA_TYPE: &'static str = <$name>::SCHEMA_TYPE;
            const FACETS: &'static $crate::Facets = &<$name>::FACETS;
            fn from_lexical(lexical: std::borrow::Cow<'_, str>) -> Result<Self, String> {
                $crate::facets::parse_enum(&lexical, &<$name>::ALL)
                    .map_err(|_| lexical.into_owned())
            }
            fn lexical(&self) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Borrowed(self.as_str())
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl std::str::FromStr for $name {
            type Err = $crate::EnumParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::facets::parse_enum(s, &<$name>::ALL)
            }
        }
        impl TryFrom<&str> for $name {
            type Error = $crate::EnumParseError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
        $crate::simple_element!($name);
    };
}
pub(crate) use schema_enum;

#[cfg(test)]
mod tests {
    use super::*;

    const BSN: Facets = Facets {
        patterns: &[&["^(?:[0-9]{9})$"]],
        pattern_sources: &[&["[0-9]{9}"]],
        max_length: Some(9),
        ..Facets::of(Builtin::String)
    };

    #[test]
    fn check_value_names_the_facets() {
        assert_eq!(check_value("123456782", &BSN, "BG:BSN"), Ok(()));
        let err = check_value("1234567890", &BSN, "BG:BSN").unwrap_err();
        assert_eq!(err.schema_type, "BG:BSN");
        assert_eq!(err.facet(), Some(Facet::Pattern));
        assert_eq!(
            err.detail(),
            Some(&FacetDetail::Pattern {
                patterns: &["[0-9]{9}"]
            })
        );
        assert_eq!(
            err.violations[1].detail,
            FacetDetail::MaxLength { max: 9, length: 10 }
        );
        assert_eq!(
            err.to_string(),
            "`1234567890` is not a valid BG:BSN: value `1234567890` does not match pattern \
             `[0-9]{9}`; value `1234567890` is longer than maxLength 9 (10 characters)"
        );
    }

    #[derive(Debug, PartialEq)]
    struct Bsn(String);
    crate::lexical_type!(Bsn, "BG:BSN", BSN);

    #[test]
    fn parse_checked_keeps_the_text_or_names_the_facet() {
        assert_eq!(
            parse_checked::<Bsn>("123456782"),
            Ok(Bsn("123456782".into()))
        );
        let err = parse_checked::<Bsn>("12345678A").unwrap_err();
        assert_eq!(
            (err.schema_type, err.value.as_str()),
            ("BG:BSN", "12345678A")
        );
        assert_eq!(err.facet(), Some(Facet::Pattern));
        assert_eq!(err.violations.len(), 1);
    }

    #[test]
    fn digits_and_lexical_details() {
        static DATUM: Facets = Facets {
            total_digits: Some(8),
            fraction_digits: Some(0),
            ..Facets::of(Builtin::Decimal)
        };
        let err = check_value("202401311", &DATUM, "StUF:Datum").unwrap_err();
        assert_eq!(
            err.detail(),
            Some(&FacetDetail::TotalDigits { max: 8, digits: 9 })
        );
        let err = check_value("2024-01-31", &DATUM, "StUF:Datum").unwrap_err();
        assert_eq!(
            err.detail(),
            Some(&FacetDetail::Lexical {
                builtin: Builtin::Decimal
            })
        );
    }
}
