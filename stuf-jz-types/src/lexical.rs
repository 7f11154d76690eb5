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

use std::borrow::Cow;
use std::cmp::Ordering;

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
pub fn normalize_whitespace(value: &str, ws: WhiteSpace) -> Cow<'_, str> {
    const CONTROL: [char; 3] = ['\t', '\n', '\r'];
    match ws {
        WhiteSpace::Preserve => Cow::Borrowed(value),
        WhiteSpace::Replace => {
            if value.contains(CONTROL) {
                Cow::Owned(value.replace(CONTROL, " "))
            } else {
                Cow::Borrowed(value)
            }
        }
        WhiteSpace::Collapse => {
            let collapsed = !value.contains(CONTROL)
                && !value.starts_with(' ')
                && !value.ends_with(' ')
                && !value.contains("  ");
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
        match self {
            Builtin::String => "string",
            Builtin::NormalizedString => "normalizedString",
            Builtin::Token => "token",
            Builtin::Language => "language",
            Builtin::Name => "Name",
            Builtin::NCName => "NCName",
            Builtin::NmToken => "NMTOKEN",
            Builtin::Id => "ID",
            Builtin::IdRef => "IDREF",
            Builtin::AnyUri => "anyURI",
            Builtin::QName => "QName",
            Builtin::Boolean => "boolean",
            Builtin::Decimal => "decimal",
            Builtin::Integer => "integer",
            Builtin::NonNegativeInteger => "nonNegativeInteger",
            Builtin::PositiveInteger => "positiveInteger",
            Builtin::NonPositiveInteger => "nonPositiveInteger",
            Builtin::NegativeInteger => "negativeInteger",
            Builtin::Long => "long",
            Builtin::Int => "int",
            Builtin::Short => "short",
            Builtin::Byte => "byte",
            Builtin::UnsignedLong => "unsignedLong",
            Builtin::UnsignedInt => "unsignedInt",
            Builtin::UnsignedShort => "unsignedShort",
            Builtin::UnsignedByte => "unsignedByte",
            Builtin::Float => "float",
            Builtin::Double => "double",
            Builtin::Date => "date",
            Builtin::DateTime => "dateTime",
            Builtin::Time => "time",
            Builtin::GYear => "gYear",
            Builtin::GYearMonth => "gYearMonth",
            Builtin::GMonth => "gMonth",
            Builtin::GMonthDay => "gMonthDay",
            Builtin::GDay => "gDay",
            Builtin::Duration => "duration",
            Builtin::Base64Binary => "base64Binary",
            Builtin::HexBinary => "hexBinary",
            Builtin::AnySimpleType => "anySimpleType",
        }
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

    /// Checks that `normalized` (a value already normalized with
    /// [`Builtin::whitespace`] or a stricter rule) is in the lexical space
    /// of the type.
    ///
    /// On failure returns a human-readable reason such as
    /// ``"`12a` is not a valid xs:integer"``, possibly followed by a detail
    /// after a colon.
    pub fn check_lexical(self, normalized: &str) -> Result<(), String> {
        self.check_inner(normalized).map_err(|detail| {
            let mut message = format!("`{normalized}` is not a valid xs:{}", self.xsd_name());
            if !detail.is_empty() {
                message.push_str(": ");
                message.push_str(&detail);
            }
            message
        })
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
        match self {
            Builtin::String | Builtin::AnySimpleType => Ok(()),
            Builtin::NormalizedString => check_normalized_string(v),
            Builtin::Token => check_token(v),
            Builtin::Language => check_language(v),
            Builtin::Name => check_name(v, true),
            Builtin::NCName | Builtin::Id | Builtin::IdRef => check_name(v, false),
            Builtin::NmToken => {
                if !v.is_empty() && v.chars().all(is_name_char) {
                    Ok(())
                } else {
                    Err(String::new())
                }
            }
            Builtin::QName => check_qname(v),
            Builtin::AnyUri => check_any_uri(v),
            Builtin::Boolean => match v {
                "true" | "false" | "1" | "0" => Ok(()),
                _ => Err("allowed are `true`, `false`, `1` and `0`".to_owned()),
            },
            Builtin::Decimal => parse_decimal(v).map(|_| ()).ok_or_else(String::new),
            Builtin::Float | Builtin::Double => check_float(v),
            Builtin::Date => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                check_date(body)
            }),
            Builtin::DateTime => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                let (date, time) = body
                    .split_once('T')
                    .ok_or_else(|| "missing `T` between date and time".to_owned())?;
                check_date(date)?;
                check_time(time)
            }),
            Builtin::Time => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                check_time(body)
            }),
            Builtin::GYear => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                parse_year(body).map(|_| ())
            }),
            Builtin::GYearMonth => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                check_year_month(body).map(|_| ())
            }),
            Builtin::GMonth => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                let month = body
                    .strip_prefix("--")
                    .map(|rest| rest.strip_suffix("--").unwrap_or(rest))
                    .ok_or_else(|| "expected `--MM`".to_owned())?;
                parse_month(month).map(|_| ())
            }),
            Builtin::GMonthDay => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                let rest = body
                    .strip_prefix("--")
                    .ok_or_else(|| "expected `--MM-DD`".to_owned())?;
                let (month, day) = rest
                    .split_once('-')
                    .ok_or_else(|| "expected `--MM-DD`".to_owned())?;
                let month = parse_month(month)?;
                // February 29 is allowed: some year has it.
                check_day(day, days_in_month(month, true))
            }),
            Builtin::GDay => check_ascii(v).and_then(|()| {
                let (body, tz) = split_timezone(v)?;
                check_timezone(tz)?;
                let day = body
                    .strip_prefix("---")
                    .ok_or_else(|| "expected `---DD`".to_owned())?;
                check_day(day, 31)
            }),
            Builtin::Duration => check_ascii(v).and_then(|()| check_duration(v)),
            Builtin::Base64Binary => base64_octets(v).map(|_| ()),
            Builtin::HexBinary => check_hex(v),
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

    /// Checks an integer lexical and the value range of the type.
    fn check_integer(self, v: &str) -> Result<(), String> {
        let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
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

/// Whether `c` matches the XML 1.0 `Char` production.
fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// Whether `c` matches `NameStartChar` of XML 1.0 fifth edition.
fn is_name_start_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}'
        | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// Whether `c` matches `NameChar` of XML 1.0 fifth edition.
fn is_name_char(c: char) -> bool {
    is_name_start_char(c)
        || matches!(c,
            '-' | '.' | '0'..='9' | '\u{B7}'
            | '\u{300}'..='\u{36F}'
            | '\u{203F}'..='\u{2040}')
}

/// Checks the `Name` production (`with_colon`) or the `NCName` production.
fn check_name(v: &str, with_colon: bool) -> Result<(), String> {
    let mut chars = v.chars();
    let Some(first) = chars.next() else {
        return Err("empty".to_owned());
    };
    if !is_name_start_char(first) || (!with_colon && first == ':') {
        return Err(format!("`{first}` cannot start a name"));
    }
    match chars.find(|c| !is_name_char(*c) || (!with_colon && *c == ':')) {
        Some(c) => Err(format!("`{c}` cannot appear in a name")),
        None => Ok(()),
    }
}

/// Checks `xs:normalizedString`: no tab, line feed or carriage return.
fn check_normalized_string(v: &str) -> Result<(), String> {
    if v.contains(['\t', '\n', '\r']) {
        Err("contains a tab, line feed or carriage return".to_owned())
    } else {
        Ok(())
    }
}

/// Checks `xs:token`: a normalized string without leading, trailing or
/// double spaces.
fn check_token(v: &str) -> Result<(), String> {
    check_normalized_string(v)?;
    if v.starts_with(' ') || v.ends_with(' ') || v.contains("  ") {
        Err("contains leading, trailing or consecutive spaces".to_owned())
    } else {
        Ok(())
    }
}

/// Checks `xs:language`: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
fn check_language(v: &str) -> Result<(), String> {
    let mut parts = v.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(())
    } else {
        Err(String::new())
    }
}

/// Checks `xs:QName`: `(NCName ':')? NCName`.
fn check_qname(v: &str) -> Result<(), String> {
    match v.split_once(':') {
        Some((prefix, local)) => {
            check_name(prefix, false)?;
            check_name(local, false)
        }
        None => check_name(v, false),
    }
}

/// Checks `xs:anyURI` leniently (see the module documentation).
fn check_any_uri(v: &str) -> Result<(), String> {
    let bytes = v.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%' {
            let escape_ok = bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !escape_ok {
                return Err("`%` is not followed by two hexadecimal digits".to_owned());
            }
        }
    }
    if v.matches('#').count() > 1 {
        return Err("more than one `#`".to_owned());
    }
    let head_end = v.find(['/', '?', '#']).unwrap_or(v.len());
    let head = v.get(..head_end).unwrap_or(v);
    if let Some((scheme, _)) = head.split_once(':') {
        let mut chars = scheme.chars();
        let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !valid {
            return Err(format!("`{scheme}` is not a valid URI scheme"));
        }
    }
    Ok(())
}

/// Rejects non-ASCII input, so that later byte slicing is safe.
fn check_ascii(v: &str) -> Result<(), String> {
    if v.is_ascii() {
        Ok(())
    } else {
        Err("contains non-ASCII characters".to_owned())
    }
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
fn check_float(v: &str) -> Result<(), String> {
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
        let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err("invalid exponent".to_owned());
        }
    }
    Ok(())
}

/// Splits an optional timezone (`Z` or `±hh:mm`) off the end of an ASCII
/// date/time lexical.
fn split_timezone(v: &str) -> Result<(&str, Option<&str>), String> {
    if let Some(body) = v.strip_suffix('Z') {
        return Ok((body, Some("Z")));
    }
    let bytes = v.as_bytes();
    let n = bytes.len();
    if n >= 6 && matches!(bytes[n - 6], b'+' | b'-') && bytes[n - 3] == b':' {
        // A date such as `2024-01-01` has `-` at n - 6 but no `:` at n - 3;
        // a time ends in `:ss`, which has `:` at n - 3 but no sign at n - 6.
        if let (Some(body), Some(tz)) = (v.get(..n - 6), v.get(n - 6..)) {
            return Ok((body, Some(tz)));
        }
    }
    Ok((v, None))
}

/// Checks a timezone `Z` or `(+|-)hh:mm` with `hh:mm` at most `14:00`.
fn check_timezone(tz: Option<&str>) -> Result<(), String> {
    let Some(tz) = tz else { return Ok(()) };
    if tz == "Z" {
        return Ok(());
    }
    let hours = tz.get(1..3).and_then(two_digits);
    let minutes = tz.get(4..6).and_then(two_digits);
    match (hours, minutes) {
        (Some(h), Some(m)) if m <= 59 && (h < 14 || (h == 14 && m == 0)) => Ok(()),
        _ => Err(format!("`{tz}` is not a valid timezone")),
    }
}

/// Parses exactly two ASCII digits.
fn two_digits(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() == 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit() {
        Some(u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'))
    } else {
        None
    }
}

/// Parses a year `-?YYYY` (four or more digits, no leading zero beyond
/// four, not `0000`) and returns whether it is a leap year.
fn parse_year(s: &str) -> Result<bool, String> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the year must have at least four digits".to_owned());
    }
    if digits.len() > 4 && digits.starts_with('0') {
        return Err("a year of more than four digits cannot start with 0".to_owned());
    }
    if digits.bytes().all(|b| b == b'0') {
        return Err("year 0000 does not exist in XML Schema 1.0".to_owned());
    }
    let rem400 = digits
        .bytes()
        .fold(0u32, |acc, b| (acc * 10 + u32::from(b - b'0')) % 400);
    Ok(rem400 % 4 == 0 && (rem400 % 100 != 0 || rem400 == 0))
}

/// Parses a two-digit month `01`..`12`.
fn parse_month(s: &str) -> Result<u32, String> {
    match two_digits(s) {
        Some(m) if (1..=12).contains(&m) => Ok(m),
        _ => Err(format!("`{s}` is not a month (01 to 12)")),
    }
}

/// The number of days in `month` (1..=12).
fn days_in_month(month: u32, leap: bool) -> u32 {
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Checks a two-digit day `01`..`max`.
fn check_day(s: &str, max: u32) -> Result<(), String> {
    match two_digits(s) {
        Some(d) if (1..=max).contains(&d) => Ok(()),
        Some(_) => Err(format!("day `{s}` does not exist in that month")),
        None => Err(format!("`{s}` is not a two-digit day")),
    }
}

/// Checks `-?YYYY-MM` and returns `(month, leap year)`.
fn check_year_month(s: &str) -> Result<(u32, bool), String> {
    let sign = usize::from(s.starts_with('-'));
    let split = s
        .get(sign..)
        .and_then(|rest| rest.find('-'))
        .map(|i| i + sign)
        .ok_or_else(|| "expected `YYYY-MM`".to_owned())?;
    let year = s.get(..split).unwrap_or("");
    let month = s.get(split + 1..).unwrap_or("");
    let leap = parse_year(year)?;
    Ok((parse_month(month)?, leap))
}

/// Checks `-?YYYY-MM-DD` including the calendar.
fn check_date(s: &str) -> Result<(), String> {
    let n = s.len();
    if n < 3 || s.as_bytes()[n - 3] != b'-' {
        return Err("expected `YYYY-MM-DD`".to_owned());
    }
    let (month, leap) = check_year_month(s.get(..n - 3).unwrap_or(""))?;
    check_day(s.get(n - 2..).unwrap_or(""), days_in_month(month, leap))
}

/// Checks `hh:mm:ss(.s+)?`, allowing `24:00:00`.
fn check_time(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    if b.len() < 8 || b[2] != b':' || b[5] != b':' {
        return Err("expected `hh:mm:ss`".to_owned());
    }
    let h = s.get(0..2).and_then(two_digits);
    let m = s.get(3..5).and_then(two_digits);
    let sec = s.get(6..8).and_then(two_digits);
    let (Some(h), Some(m), Some(sec)) = (h, m, sec) else {
        return Err("expected `hh:mm:ss`".to_owned());
    };
    let fraction = s.get(8..).unwrap_or("");
    let fraction_zero = match fraction.strip_prefix('.') {
        None if fraction.is_empty() => true,
        Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.bytes().all(|b| b == b'0')
        }
        _ => return Err("invalid fractional seconds".to_owned()),
    };
    if m > 59 || sec > 59 || h > 24 || (h == 24 && (m != 0 || sec != 0 || !fraction_zero)) {
        return Err("time out of range".to_owned());
    }
    Ok(())
}

/// Checks `-?PnYnMnDTnHnMnS`.
fn check_duration(v: &str) -> Result<(), String> {
    let body = v.strip_prefix('-').unwrap_or(v);
    let body = body
        .strip_prefix('P')
        .ok_or_else(|| "must start with `P`".to_owned())?;
    let (date, time) = match body.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (body, None),
    };
    let mut count = duration_components(date, b"YMD")?;
    if let Some(time) = time {
        let time_count = duration_components(time, b"HMS")?;
        if time_count == 0 {
            return Err("`T` must be followed by hours, minutes or seconds".to_owned());
        }
        count += time_count;
    }
    if count == 0 {
        Err("at least one component is required".to_owned())
    } else {
        Ok(())
    }
}

/// Parses `(digits designator)*` with designators in the given order; only
/// `S` takes a decimal number. Returns the number of components.
fn duration_components(s: &str, designators: &[u8]) -> Result<usize, String> {
    let mut count = 0;
    let mut next = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .ok_or_else(|| "a number must be followed by a designator".to_owned())?;
        let number = rest.get(..end).unwrap_or("");
        let designator = rest.as_bytes()[end];
        let position = designators
            .get(next..)
            .and_then(|ds| ds.iter().position(|d| *d == designator))
            .ok_or_else(|| format!("unexpected `{}`", char::from(designator)))?;
        let number_ok = if designator == b'S' {
            !number.starts_with(['+', '-']) && parse_decimal(number).is_some()
        } else {
            !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
        };
        if !number_ok {
            return Err(format!(
                "invalid number before `{}`",
                char::from(designator)
            ));
        }
        next += position + 1;
        count += 1;
        rest = rest.get(end + 1..).unwrap_or("");
    }
    Ok(count)
}

/// Checks the `xs:base64Binary` grammar and returns the number of octets.
fn base64_octets(v: &str) -> Result<usize, String> {
    if v.starts_with(' ') || v.ends_with(' ') || v.contains("  ") {
        return Err("spaces are only allowed singly between characters".to_owned());
    }
    let data: Vec<u8> = v.bytes().filter(|b| *b != b' ').collect();
    if !data.len().is_multiple_of(4) {
        return Err("the number of base64 characters must be a multiple of 4".to_owned());
    }
    let padding = data.iter().rev().take_while(|b| **b == b'=').count();
    let payload = data.get(..data.len() - padding).unwrap_or(&[]);
    if let Some(b) = payload
        .iter()
        .find(|b| !(b.is_ascii_alphanumeric() || **b == b'+' || **b == b'/'))
    {
        return Err(format!("`{}` is not a base64 character", char::from(*b)));
    }
    let last = payload.last().copied();
    let valid_padding = match padding {
        0 => true,
        1 => last.is_some_and(|b| b"AEIMQUYcgkosw048".contains(&b)),
        2 => last.is_some_and(|b| b"AQgw".contains(&b)),
        _ => false,
    };
    if !valid_padding {
        return Err("invalid padding".to_owned());
    }
    Ok(data.len() / 4 * 3 - padding)
}

/// Checks `xs:hexBinary`: an even number of hexadecimal digits.
fn check_hex(v: &str) -> Result<(), String> {
    if !v.bytes().all(|b| b.is_ascii_hexdigit()) {
        Err("only hexadecimal digits are allowed".to_owned())
    } else if !v.len().is_multiple_of(2) {
        Err("the number of hexadecimal digits must be even".to_owned())
    } else {
        Ok(())
    }
}

/// The length of a normalized value as the length facets count it:
/// octets for `base64Binary` and `hexBinary`, characters (not bytes)
/// otherwise.
///
/// For an invalid binary lexical the result is an estimate (it never
/// panics).
pub fn length_of(builtin: Builtin, normalized: &str) -> usize {
    match builtin {
        Builtin::Base64Binary => base64_octets(normalized).unwrap_or_else(|_| {
            let data = normalized.chars().filter(|c| *c != ' ').count();
            let padding = normalized.matches('=').count();
            (data / 4 * 3).saturating_sub(padding)
        }),
        Builtin::HexBinary => normalized.chars().count() / 2,
        _ => normalized.chars().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(b: Builtin, v: &str) -> bool {
        b.check_lexical(v).is_ok()
    }

    #[test]
    fn whitespace_normalization() {
        let v = " a\tb \n\n c ";
        assert_eq!(normalize_whitespace(v, WhiteSpace::Preserve), v);
        assert_eq!(normalize_whitespace(v, WhiteSpace::Replace), " a b    c ");
        assert_eq!(normalize_whitespace(v, WhiteSpace::Collapse), "a b c");
        assert!(matches!(
            normalize_whitespace("a b", WhiteSpace::Collapse),
            Cow::Borrowed(_)
        ));
        assert_eq!(normalize_whitespace(" \t ", WhiteSpace::Collapse), "");
    }

    #[test]
    fn names_round_trip() {
        for b in Builtin::ALL {
            assert_eq!(Builtin::from_xsd_name(b.xsd_name()), Some(b));
        }
        assert_eq!(
            Builtin::from_xsd_name("nonNegativeInteger"),
            Some(Builtin::NonNegativeInteger)
        );
        assert_eq!(Builtin::from_xsd_name("String"), None);
        assert_eq!(Builtin::String.whitespace(), WhiteSpace::Preserve);
        assert_eq!(Builtin::NormalizedString.whitespace(), WhiteSpace::Replace);
        assert_eq!(Builtin::Decimal.whitespace(), WhiteSpace::Collapse);
        assert!(Builtin::Token.is_string_like());
        assert!(!Builtin::Int.is_string_like());
        assert!(Builtin::UnsignedByte.is_decimal_like());
        assert!(!Builtin::Double.is_decimal_like());
    }

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
    fn dates() {
        for v in [
            "2024-01-31",
            "2024-02-29",
            "2000-02-29",
            "-0001-01-01",
            "12345-06-07",
            "2024-01-31Z",
            "2024-01-31+14:00",
            "2024-01-31-05:30",
        ] {
            assert!(ok(Builtin::Date, v), "{v}");
        }
        for v in [
            "2023-02-29",
            "1900-02-29",
            "0000-01-01",
            "2024-13-01",
            "2024-00-01",
            "2024-04-31",
            "024-01-01",
            "02024-01-01",
            "2024-1-01",
            "2024-01-31+14:01",
            "2024-01-31+15:00",
            "2024-01-31 ",
            "20240131",
            "2024-01-3é",
            "",
        ] {
            assert!(!ok(Builtin::Date, v), "{v}");
        }
    }

    #[test]
    fn times() {
        for v in [
            "2024-01-31T12:30:00",
            "2024-01-31T24:00:00",
            "2024-01-31T12:30:00.123456Z",
            "2024-01-31T12:30:00+01:00",
        ] {
            assert!(ok(Builtin::DateTime, v), "{v}");
        }
        for v in [
            "2024-01-31",
            "2024-01-31T12:30",
            "2024-01-31T24:00:01",
            "2024-01-31T12:60:00",
            "2024-01-31T12:30:00.",
            "2024-01-31 12:30:00",
        ] {
            assert!(!ok(Builtin::DateTime, v), "{v}");
        }
        assert!(ok(Builtin::Time, "23:59:59.5-01:00"));
        assert!(!ok(Builtin::Time, "23:59:60"));
        assert!(!ok(Builtin::Time, "1:00:00"));
    }

    #[test]
    fn gregorian_fragments() {
        assert!(ok(Builtin::GYear, "2024"));
        assert!(ok(Builtin::GYear, "-2024Z"));
        assert!(!ok(Builtin::GYear, "24"));
        assert!(ok(Builtin::GYearMonth, "2024-02"));
        assert!(!ok(Builtin::GYearMonth, "2024-13"));
        assert!(ok(Builtin::GMonth, "--02"));
        assert!(ok(Builtin::GMonth, "--02--"));
        assert!(ok(Builtin::GMonth, "--12Z"));
        assert!(!ok(Builtin::GMonth, "--13"));
        assert!(ok(Builtin::GMonthDay, "--02-29"));
        assert!(!ok(Builtin::GMonthDay, "--02-30"));
        assert!(!ok(Builtin::GMonthDay, "--04-31"));
        assert!(ok(Builtin::GDay, "---31"));
        assert!(!ok(Builtin::GDay, "---32"));
        assert!(!ok(Builtin::GDay, "--31"));
    }

    #[test]
    fn durations() {
        for v in [
            "P1Y",
            "-P1Y2M3DT4H5M6.7S",
            "PT0S",
            "P0D",
            "PT.5S",
            "PT5.S",
            "P1DT1H",
        ] {
            assert!(ok(Builtin::Duration, v), "{v}");
        }
        for v in [
            "P", "PT", "P1DT", "P1M1Y", "P1.5Y", "1Y", "P-1Y", "PT1H1H", "P1", "PT.S",
        ] {
            assert!(!ok(Builtin::Duration, v), "{v}");
        }
    }

    #[test]
    fn binaries() {
        for v in [
            "",
            "QUJD",
            "QUI=",
            "QQ==",
            "QQ ==",
            "QQ= =",
            "QU JD QUJD",
            "+/+/",
        ] {
            assert!(ok(Builtin::Base64Binary, v), "{v}");
        }
        for v in [
            "QUJ", "QUJ=D", "QR==", "QUK=", "Q===", " QUJD", "QU  JD", "QUJD ", "QU_D",
        ] {
            assert!(!ok(Builtin::Base64Binary, v), "{v}");
        }
        assert_eq!(length_of(Builtin::Base64Binary, "QUJD"), 3);
        assert_eq!(length_of(Builtin::Base64Binary, "QQ = ="), 1);
        assert_eq!(length_of(Builtin::Base64Binary, "QUI="), 2);
        assert!(ok(Builtin::HexBinary, "0aFF"));
        assert!(ok(Builtin::HexBinary, ""));
        assert!(!ok(Builtin::HexBinary, "0aF"));
        assert!(!ok(Builtin::HexBinary, "0g"));
        assert_eq!(length_of(Builtin::HexBinary, "0aFF"), 2);
    }

    #[test]
    fn names_and_strings() {
        assert!(ok(Builtin::Name, "a:b"));
        assert!(ok(Builtin::NCName, "_a.b-c"));
        assert!(ok(Builtin::NCName, "été"));
        assert!(!ok(Builtin::NCName, "a:b"));
        assert!(!ok(Builtin::NCName, "1a"));
        assert!(!ok(Builtin::NCName, ""));
        assert!(ok(Builtin::NmToken, "1a"));
        assert!(!ok(Builtin::NmToken, "a b"));
        assert!(ok(Builtin::Id, "id1"));
        assert!(ok(Builtin::IdRef, "id1"));
        assert!(ok(Builtin::QName, "StUF:Datum"));
        assert!(ok(Builtin::QName, "Datum"));
        assert!(!ok(Builtin::QName, "a:b:c"));
        assert!(!ok(Builtin::QName, ":b"));
        assert!(ok(Builtin::Language, "nl"));
        assert!(ok(Builtin::Language, "en-GB-oed"));
        assert!(!ok(Builtin::Language, "toolongtag"));
        assert!(!ok(Builtin::Language, "nl-"));
        assert!(ok(Builtin::String, " a\tb "));
        assert!(!ok(Builtin::String, "a\u{1}b"));
        assert!(!ok(Builtin::NormalizedString, "a\tb"));
        assert!(ok(Builtin::Token, "a b"));
        assert!(!ok(Builtin::Token, "a  b"));
        assert!(!ok(Builtin::Token, " a"));
    }

    #[test]
    fn uris() {
        for v in [
            "",
            "http://example.com/a b",
            "urn:x",
            "../a?b#c",
            "%41",
            "mailto:a@b",
        ] {
            assert!(ok(Builtin::AnyUri, v), "{v}");
        }
        for v in ["%4", "%zz", "a#b#c", "1a:b", ":x"] {
            assert!(!ok(Builtin::AnyUri, v), "{v}");
        }
    }

    #[test]
    fn lengths_count_characters() {
        assert_eq!(length_of(Builtin::String, "héé"), 3);
        assert_eq!(length_of(Builtin::String, ""), 0);
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

    #[test]
    fn never_panics_on_odd_input() {
        let inputs = [
            "",
            "-",
            "+",
            ".",
            "T",
            "Z",
            "-P",
            "P",
            "--",
            "---",
            "+00:00",
            "é",
            "éééééé",
            "2024-é1-01",
            "12:é0:00",
            "--é",
            "=",
            "==",
            "%",
            "\u{0}",
            "PTé",
            "1eé",
            "-01:00",
            "2024-01-01T",
            "T12:00:00",
            "Pé1Y",
            "2024-01-01+é0:00",
        ];
        for b in Builtin::ALL {
            for v in inputs {
                let _ = b.check_lexical(v);
                let _ = length_of(b, v);
            }
        }
    }
}
