//! Lexical spaces of the XML Schema 1.0 built-in datatypes.
//!
//! This module knows, for every built-in simple type the StUF-JZ schemas
//! can derive from ([`Builtin`]), its whitespace handling
//! ([`Builtin::whitespace`], [`normalize_whitespace`]) and its exact
//! lexical space ([`Builtin::check_lexical`]). It also offers the helpers
//! that facet checking needs: the length of a value in the units of its
//! type ([`length_of`]), the digit counts of a decimal ([`digit_counts`]) and
//! an exact, arbitrary-precision comparison of decimal lexicals
//! ([`compare_decimal`]).
//!
//! Every function here is total: whatever the input, it returns a value and
//! never panics.
//!
//! Choices where XML Schema 1.0 is vague or was later revised:
//!
//! * XML name characters (`Name`, `NCName`, `NMTOKEN`, `ID`, `IDREF`,
//!   `QName`) follow the simpler ranges of XML 1.0 fifth edition, which are
//!   a superset of the older character tables.
//! * `float` and `double` accept any number of mantissa digits and any
//!   exponent (values that overflow round to infinity); `+INF` is rejected,
//!   as XML Schema 1.0 only knows `INF`, `-INF` and `NaN`.
//! * In `date`, `dateTime`, `gYear` and `gYearMonth` the year `0000` is
//!   invalid (XML Schema 1.0). Leap years follow the XML Schema 1.0
//!   appendix E formula applied to the year value (so `-0004` is a leap
//!   year). Years may have any number of digits.
//! * `gMonth` accepts both `--MM` (errata) and the original `--MM--`.
//! * `duration` seconds accept `5S`, `5.5S`, `5.S` and `.5S`.
//! * `anyURI` accepts almost anything made of XML characters (spaces
//!   included, as XML Schema 1.0 escapes them); it rejects only a `%` not
//!   followed by two hexadecimal digits, more than one `#`, and a `:` before
//!   the first `/`, `?` or `#` whose prefix is not a valid URI scheme
//!   (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`).
//! * `anySimpleType` preserves whitespace and accepts any XML characters.

mod binary;
mod names;
mod numbers;
mod temporal;

use std::borrow::Cow;

pub(crate) use names::{is_name_char, is_name_start_char};
pub use numbers::{compare_decimal, digit_counts};
pub(crate) use temporal::split_timezone;

/// The value of the `whiteSpace` facet: how a lexical value is normalized
/// before it is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WhiteSpace {
    /// Keep the value as it is.
    Preserve,
    /// Replace every tab, line feed and carriage return by a space.
    Replace,
    /// As [`WhiteSpace::Replace`], then trim leading and trailing spaces and
    /// fold every run of spaces into a single space.
    Collapse,
}

/// Whether `c` is XML whitespace (`#x9`, `#xA`, `#xD` or `#x20`).
fn is_xml_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' ')
}

/// Normalizes `value` according to the XML Schema whitespace rule `ws`.
///
/// Returns the input unchanged (borrowed) when no change is needed.
#[inline]
pub fn normalize_whitespace(value: &str, ws: WhiteSpace) -> Cow<'_, str> {
    match ws {
        WhiteSpace::Preserve => Cow::Borrowed(value),
        _ => normalize_replaced(value, ws),
    }
}

/// [`normalize_whitespace`] for `replace` and `collapse`.
fn normalize_replaced(value: &str, ws: WhiteSpace) -> Cow<'_, str> {
    const CONTROL: [char; 3] = ['\t', '\n', '\r'];
    let control = |b: &u8| matches!(b, b'\t' | b'\n' | b'\r');
    match ws {
        WhiteSpace::Preserve => Cow::Borrowed(value),
        WhiteSpace::Replace => {
            if value.as_bytes().iter().any(control) {
                Cow::Owned(value.replace(CONTROL, " "))
            } else {
                Cow::Borrowed(value)
            }
        }
        WhiteSpace::Collapse => {
            let bytes = value.as_bytes();
            let collapsed = bytes.first() != Some(&b' ')
                && bytes.last() != Some(&b' ')
                && !bytes.iter().any(control)
                && !bytes.windows(2).any(|w| w == b"  ");
            if collapsed {
                Cow::Borrowed(value)
            } else {
                let parts: Vec<&str> = value
                    .split(is_xml_space)
                    .filter(|part| !part.is_empty())
                    .collect();
                Cow::Owned(parts.join(" "))
            }
        }
    }
}

/// A built-in simple type of XML Schema 1.0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `xs:string`.
    String,
    /// `xs:normalizedString`.
    NormalizedString,
    /// `xs:token`.
    Token,
    /// `xs:language`.
    Language,
    /// `xs:Name`.
    Name,
    /// `xs:NCName`.
    NCName,
    /// `xs:NMTOKEN`.
    NmToken,
    /// `xs:ID`.
    Id,
    /// `xs:IDREF`.
    IdRef,
    /// `xs:anyURI`.
    AnyUri,
    /// `xs:QName`.
    QName,
    /// `xs:boolean`.
    Boolean,
    /// `xs:decimal`.
    Decimal,
    /// `xs:integer`.
    Integer,
    /// `xs:nonNegativeInteger`.
    NonNegativeInteger,
    /// `xs:positiveInteger`.
    PositiveInteger,
    /// `xs:nonPositiveInteger`.
    NonPositiveInteger,
    /// `xs:negativeInteger`.
    NegativeInteger,
    /// `xs:long`.
    Long,
    /// `xs:int`.
    Int,
    /// `xs:short`.
    Short,
    /// `xs:byte`.
    Byte,
    /// `xs:unsignedLong`.
    UnsignedLong,
    /// `xs:unsignedInt`.
    UnsignedInt,
    /// `xs:unsignedShort`.
    UnsignedShort,
    /// `xs:unsignedByte`.
    UnsignedByte,
    /// `xs:float`.
    Float,
    /// `xs:double`.
    Double,
    /// `xs:date`.
    Date,
    /// `xs:dateTime`.
    DateTime,
    /// `xs:time`.
    Time,
    /// `xs:gYear`.
    GYear,
    /// `xs:gYearMonth`.
    GYearMonth,
    /// `xs:gMonth`.
    GMonth,
    /// `xs:gMonthDay`.
    GMonthDay,
    /// `xs:gDay`.
    GDay,
    /// `xs:duration`.
    Duration,
    /// `xs:base64Binary`.
    Base64Binary,
    /// `xs:hexBinary`.
    HexBinary,
    /// `xs:anySimpleType`.
    AnySimpleType,
}

/// Every built-in with its XML Schema local name.
const NAMES: [(Builtin, &str); 40] = [
    (Builtin::String, "string"),
    (Builtin::NormalizedString, "normalizedString"),
    (Builtin::Token, "token"),
    (Builtin::Language, "language"),
    (Builtin::Name, "Name"),
    (Builtin::NCName, "NCName"),
    (Builtin::NmToken, "NMTOKEN"),
    (Builtin::Id, "ID"),
    (Builtin::IdRef, "IDREF"),
    (Builtin::AnyUri, "anyURI"),
    (Builtin::QName, "QName"),
    (Builtin::Boolean, "boolean"),
    (Builtin::Decimal, "decimal"),
    (Builtin::Integer, "integer"),
    (Builtin::NonNegativeInteger, "nonNegativeInteger"),
    (Builtin::PositiveInteger, "positiveInteger"),
    (Builtin::NonPositiveInteger, "nonPositiveInteger"),
    (Builtin::NegativeInteger, "negativeInteger"),
    (Builtin::Long, "long"),
    (Builtin::Int, "int"),
    (Builtin::Short, "short"),
    (Builtin::Byte, "byte"),
    (Builtin::UnsignedLong, "unsignedLong"),
    (Builtin::UnsignedInt, "unsignedInt"),
    (Builtin::UnsignedShort, "unsignedShort"),
    (Builtin::UnsignedByte, "unsignedByte"),
    (Builtin::Float, "float"),
    (Builtin::Double, "double"),
    (Builtin::Date, "date"),
    (Builtin::DateTime, "dateTime"),
    (Builtin::Time, "time"),
    (Builtin::GYear, "gYear"),
    (Builtin::GYearMonth, "gYearMonth"),
    (Builtin::GMonth, "gMonth"),
    (Builtin::GMonthDay, "gMonthDay"),
    (Builtin::GDay, "gDay"),
    (Builtin::Duration, "duration"),
    (Builtin::Base64Binary, "base64Binary"),
    (Builtin::HexBinary, "hexBinary"),
    (Builtin::AnySimpleType, "anySimpleType"),
];

// `NAMES` lists the built-ins in declaration order, so that a discriminant
// indexes its own entry (checked at compile time).
const _: () = {
    let mut i = 0;
    while i < NAMES.len() {
        assert!(NAMES[i].0 as usize == i);
        i += 1;
    }
};

impl Builtin {
    /// Every built-in type, in declaration order.
    pub const ALL: [Builtin; 40] = {
        let mut all = [Builtin::String; 40];
        let mut i = 0;
        while i < NAMES.len() {
            all[i] = NAMES[i].0;
            i += 1;
        }
        all
    };

    /// Looks a built-in up by its XML Schema local name (`"string"`,
    /// `"nonNegativeInteger"`, `"NCName"`, ...); the match is case-sensitive.
    pub fn from_xsd_name(local_name: &str) -> Option<Builtin> {
        NAMES
            .iter()
            .find(|(_, name)| *name == local_name)
            .map(|(builtin, _)| *builtin)
    }

    /// The XML Schema local name of the type, e.g. `"nonNegativeInteger"`.
    pub const fn xsd_name(self) -> &'static str {
        NAMES[self as usize].1
    }

    /// The fixed (or default) `whiteSpace` of the type: `preserve` for
    /// `string` and `anySimpleType`, `replace` for `normalizedString`,
    /// `collapse` for every other type.
    pub const fn whitespace(self) -> WhiteSpace {
        match self {
            Builtin::String | Builtin::AnySimpleType => WhiteSpace::Preserve,
            Builtin::NormalizedString => WhiteSpace::Replace,
            _ => WhiteSpace::Collapse,
        }
    }

    /// Whether the length facets of the type count characters: the string
    /// family, `anyURI`, `QName` and `anySimpleType`.
    pub const fn is_string_like(self) -> bool {
        matches!(
            self,
            Builtin::String
                | Builtin::NormalizedString
                | Builtin::Token
                | Builtin::Language
                | Builtin::Name
                | Builtin::NCName
                | Builtin::NmToken
                | Builtin::Id
                | Builtin::IdRef
                | Builtin::AnyUri
                | Builtin::QName
                | Builtin::AnySimpleType
        )
    }

    /// Whether the length facets of the type count octets
    /// (`base64Binary` and `hexBinary`).
    pub const fn is_binary(self) -> bool {
        matches!(self, Builtin::Base64Binary | Builtin::HexBinary)
    }

    /// Whether the type is `decimal` or one of the integer types derived
    /// from it: `totalDigits` and `fractionDigits` apply and bounds compare
    /// as exact decimals.
    pub const fn is_decimal_like(self) -> bool {
        matches!(
            self,
            Builtin::Decimal
                | Builtin::Integer
                | Builtin::NonNegativeInteger
                | Builtin::PositiveInteger
                | Builtin::NonPositiveInteger
                | Builtin::NegativeInteger
                | Builtin::Long
                | Builtin::Int
                | Builtin::Short
                | Builtin::Byte
                | Builtin::UnsignedLong
                | Builtin::UnsignedInt
                | Builtin::UnsignedShort
                | Builtin::UnsignedByte
        )
    }

    /// Checks that `normalized` (a value already normalized with
    /// [`Builtin::whitespace`] or a stricter rule) is in the lexical space
    /// of the type.
    ///
    /// On failure returns a human-readable reason such as
    /// ``"`12a` is not a valid xs:integer"``, possibly followed by a detail
    /// after a colon.
    pub fn check_lexical(self, normalized: &str) -> Result<(), String> {
        self.check_lexical_of(normalized, false)
    }

    /// [`Builtin::check_lexical`] of a value whose characters are known
    /// to be XML characters (`chars_checked`: read by the XML layer).
    #[inline]
    pub(crate) fn check_lexical_of(
        self,
        normalized: &str,
        chars_checked: bool,
    ) -> Result<(), String> {
        let checked = match self {
            // Every string of XML characters is a string.
            Builtin::String | Builtin::AnySimpleType if chars_checked => return Ok(()),
            _ if chars_checked => self.check_type(normalized),
            _ => self.check_inner(normalized),
        };
        checked.map_err(|detail| self.lexical_message(normalized, &detail))
    }

    /// The message of a value that is not in the lexical space.
    #[cold]
    fn lexical_message(self, normalized: &str, detail: &str) -> String {
        let mut message = format!("`{normalized}` is not a valid xs:{}", self.xsd_name());
        if !detail.is_empty() {
            message.push_str(": ");
            message.push_str(detail);
        }
        message
    }

    /// The check behind [`Builtin::check_lexical`]; the error is a detail
    /// (possibly empty).
    fn check_inner(self, v: &str) -> Result<(), String> {
        if let Some(c) = v.chars().find(|c| !is_xml_char(*c)) {
            return Err(format!(
                "contains U+{:04X}, which is not an XML character",
                c as u32
            ));
        }
        self.check_type(v)
    }

    /// The check of the type's own lexical space, on XML characters.
    fn check_type(self, v: &str) -> Result<(), String> {
        match self {
            Builtin::String | Builtin::AnySimpleType => Ok(()),
            Builtin::NormalizedString => names::check_normalized_string(v),
            Builtin::Token => names::check_token(v),
            Builtin::Language => names::check_language(v),
            Builtin::Name => names::check_name(v, true),
            Builtin::NCName | Builtin::Id | Builtin::IdRef => names::check_name(v, false),
            Builtin::NmToken => names::check_nmtoken(v),
            Builtin::QName => names::check_qname(v),
            Builtin::AnyUri => names::check_any_uri(v),
            Builtin::Boolean => match v {
                "true" | "false" | "1" | "0" => Ok(()),
                _ => Err("allowed are `true`, `false`, `1` and `0`".to_owned()),
            },
            Builtin::Decimal => numbers::check_decimal(v),
            Builtin::Float | Builtin::Double => numbers::check_float(v),
            Builtin::Date => temporal::check_timezoned(v, temporal::check_date),
            Builtin::DateTime => temporal::check_timezoned(v, temporal::check_date_time),
            Builtin::Time => temporal::check_timezoned(v, temporal::check_time),
            Builtin::GYear => temporal::check_timezoned(v, temporal::check_g_year),
            Builtin::GYearMonth => temporal::check_timezoned(v, temporal::check_g_year_month),
            Builtin::GMonth => temporal::check_timezoned(v, temporal::check_g_month),
            Builtin::GMonthDay => temporal::check_timezoned(v, temporal::check_g_month_day),
            Builtin::GDay => temporal::check_timezoned(v, temporal::check_g_day),
            Builtin::Duration => temporal::check_duration(v),
            Builtin::Base64Binary => binary::base64_octets(v).map(|_| ()),
            Builtin::HexBinary => binary::check_hex(v),
            Builtin::Integer
            | Builtin::NonNegativeInteger
            | Builtin::PositiveInteger
            | Builtin::NonPositiveInteger
            | Builtin::NegativeInteger
            | Builtin::Long
            | Builtin::Int
            | Builtin::Short
            | Builtin::Byte
            | Builtin::UnsignedLong
            | Builtin::UnsignedInt
            | Builtin::UnsignedShort
            | Builtin::UnsignedByte => self.check_integer(v),
        }
    }
}

/// Whether `c` matches the XML 1.0 `Char` production.
fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// The length of a normalized value as the length facets count it:
/// octets for `base64Binary` and `hexBinary`, characters (not bytes)
/// otherwise.
///
/// For an invalid binary lexical the result is an estimate (it never
/// panics).
pub fn length_of(builtin: Builtin, normalized: &str) -> usize {
    match builtin {
        Builtin::Base64Binary => binary::base64_octets(normalized).unwrap_or_else(|_| {
            let data = normalized.chars().filter(|c| *c != ' ').count();
            let padding = normalized.matches('=').count();
            (data / 4 * 3).saturating_sub(padding)
        }),
        Builtin::HexBinary => normalized.chars().count() / 2,
        _ if normalized.is_ascii() => normalized.len(),
        _ => normalized.chars().count(),
    }
}

#[cfg(test)]
mod tests;
