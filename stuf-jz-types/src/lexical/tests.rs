//! Tests of the dispatching and the shared helpers of [`super`], and the
//! [`ok`] helper that the tests of the submodules share.

use super::*;

/// Whether `v` is in the lexical space of `b`.
pub(super) fn ok(b: Builtin, v: &str) -> bool {
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
fn lengths_count_characters() {
    assert_eq!(length_of(Builtin::String, "héé"), 3);
    assert_eq!(length_of(Builtin::String, ""), 0);
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
