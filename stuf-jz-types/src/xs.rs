//! XML Schema built-in types used directly by a schema (`type="xs:boolean"`),
//! and the macro that gives generated restricted types the same shape.
//!
//! Every such type keeps the lexical value exactly as it was read (so that
//! writing it back loses nothing) and offers typed accessors.

use std::borrow::Cow;

use crate::facets::Facets;
use crate::lexical::{normalize_whitespace, Builtin, WhiteSpace};
use crate::value::SimpleValue;

/// Implements [`SimpleValue`] and the usual conversions for a newtype over
/// `String` that keeps a lexical value: `lexical_type!(Name, "schema type",
/// FACETS)` (a constant expression of type [`Facets`]). `From<&str>` and `From<String>` take the text unchecked (the
/// value is checked when it is written or validated); `FromStr` checks the
/// facets first and says which one a value breaks
/// ([`crate::facets::parse_checked`]).
#[macro_export]
macro_rules! lexical_type {
    ($name:ident, $schema_type:expr, $facets:expr) => {
        impl $crate::SimpleValue for $name {
            const SCHEMA_TYPE: &'static str = $schema_type;
            const FACETS: &'static $crate::Facets = &$facets;
            fn from_lexical(lexical: std::borrow::Cow<'_, str>) -> Result<Self, String> {
                Ok($name(lexical.into_owned()))
            }
            fn lexical(&self) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Borrowed(&self.0)
            }
        }
        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                $name(value.to_string())
            }
        }
        impl From<String> for $name {
            fn from(value: String) -> Self {
                $name(value)
            }
        }
        impl std::str::FromStr for $name {
            type Err = $crate::ValueError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::facets::parse_checked(s)
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }
        $crate::simple_element!($name);
    };
}

/// `xs:string`: any text.
impl SimpleValue for String {
    const SCHEMA_TYPE: &'static str = "xs:string";
    const FACETS: &'static Facets = &Facets::of(Builtin::String);
    fn from_lexical(lexical: Cow<'_, str>) -> Result<Self, String> {
        Ok(lexical.into_owned())
    }
    fn lexical(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

crate::simple_element!(String);

macro_rules! builtin_types {
    ($($(#[$doc:meta])* $name:ident = $builtin:ident, $xsd:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(transparent))]
        pub struct $name(pub String);
        lexical_type!($name, concat!("xs:", $xsd), Facets::of(Builtin::$builtin));
    )*};
}

builtin_types! {
    /// `xs:normalizedString`
    NormalizedString = NormalizedString, "normalizedString";
    /// `xs:token`
    Token = Token, "token";
    /// `xs:boolean`: `true`, `false`, `1` or `0`.
    Boolean = Boolean, "boolean";
    /// `xs:decimal`
    Decimal = Decimal, "decimal";
    /// `xs:integer`
    Integer = Integer, "integer";
    /// `xs:nonNegativeInteger`
    NonNegativeInteger = NonNegativeInteger, "nonNegativeInteger";
    /// `xs:positiveInteger`
    PositiveInteger = PositiveInteger, "positiveInteger";
    /// `xs:int`
    Int = Int, "int";
    /// `xs:long`
    Long = Long, "long";
    /// `xs:short`
    Short = Short, "short";
    /// `xs:double`
    Double = Double, "double";
    /// `xs:float`
    Float = Float, "float";
    /// `xs:date`
    Date = Date, "date";
    /// `xs:dateTime`
    DateTime = DateTime, "dateTime";
    /// `xs:time`
    Time = Time, "time";
    /// `xs:gYear`
    GYear = GYear, "gYear";
    /// `xs:anyURI`
    AnyUri = AnyUri, "anyURI";
    /// `xs:base64Binary`
    Base64Binary = Base64Binary, "base64Binary";
    /// `xs:hexBinary`
    HexBinary = HexBinary, "hexBinary";
    /// `xs:language`
    Language = Language, "language";
    /// `xs:NCName`
    NcName = NCName, "NCName";
    /// `xs:ID`
    Id = Id, "ID";
    /// `xs:anySimpleType`
    AnySimpleType = AnySimpleType, "anySimpleType";
}

impl Boolean {
    /// The value, when the lexical form is valid.
    pub fn value(&self) -> Option<bool> {
        match normalize_whitespace(&self.0, WhiteSpace::Collapse).as_ref() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        }
    }
}

impl From<bool> for Boolean {
    fn from(value: bool) -> Self {
        Boolean(value.to_string())
    }
}

impl Integer {
    /// The value, when it is a valid integer within `i64`.
    pub fn value(&self) -> Option<i64> {
        normalize_whitespace(&self.0, WhiteSpace::Collapse)
            .trim_start_matches('+')
            .parse()
            .ok()
    }
}

/// The Rust type of a built-in, as a path below this crate (used by the
/// generator): `None` for `xs:string`, which is `String`.
pub fn rust_name(builtin: Builtin) -> Option<&'static str> {
    Some(match builtin {
        Builtin::String => return None,
        Builtin::NormalizedString => "NormalizedString",
        Builtin::Token => "Token",
        Builtin::Boolean => "Boolean",
        Builtin::Decimal => "Decimal",
        Builtin::Integer => "Integer",
        Builtin::NonNegativeInteger => "NonNegativeInteger",
        Builtin::PositiveInteger => "PositiveInteger",
        Builtin::Int => "Int",
        Builtin::Long => "Long",
        Builtin::Short => "Short",
        Builtin::Double => "Double",
        Builtin::Float => "Float",
        Builtin::Date => "Date",
        Builtin::DateTime => "DateTime",
        Builtin::Time => "Time",
        Builtin::GYear => "GYear",
        Builtin::AnyUri => "AnyUri",
        Builtin::Base64Binary => "Base64Binary",
        Builtin::HexBinary => "HexBinary",
        Builtin::Language => "Language",
        Builtin::NCName => "NcName",
        Builtin::Id => "Id",
        _ => "AnySimpleType",
    })
}

/// The content of an `xs:any processContents="skip"` wildcard.
pub use crate::any::AnyContent;
