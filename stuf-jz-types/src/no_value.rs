//! `StUF:NoValue`: why a nil element (`xsi:nil="true"`) has no value.

use crate::facets::Facets;
use crate::lexical::Builtin;

/// The simple type `StUF:NoValue` of the attribute `StUF:noValue`, which
/// says why an element is nil (StUF 03.01 §3.3.1, §3.4).
///
/// The literals are the same in the 1.0.7 and the 1.0.9 bundles; the
/// generated code of both versions uses this type wherever the schema
/// names `StUF:NoValue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NoValue {
    /// `nietOndersteund`: the sender does not support the element.
    NietOndersteund,
    /// `nietGeautoriseerd`: the receiver is not authorised for the value.
    NietGeautoriseerd,
    /// `geenWaarde`: there really is no value.
    GeenWaarde,
    /// `waardeOnbekend`: the value is unknown to the sender.
    WaardeOnbekend,
    /// `vastgesteldOnbekend`: it has been established that the value
    /// cannot be known.
    VastgesteldOnbekend,
}

impl NoValue {
    /// The schema type.
    pub const SCHEMA_TYPE: &'static str = "StUF:NoValue";
    /// The facets of `StUF:NoValue`: its enumeration, in schema order.
    pub const FACETS: Facets = Facets {
        enumeration: &[
            "nietOndersteund",
            "nietGeautoriseerd",
            "geenWaarde",
            "waardeOnbekend",
            "vastgesteldOnbekend",
        ],
        ..Facets::of(Builtin::String)
    };
    /// Every value, in schema order.
    pub const ALL: [NoValue; 5] = [
        NoValue::NietOndersteund,
        NoValue::NietGeautoriseerd,
        NoValue::GeenWaarde,
        NoValue::WaardeOnbekend,
        NoValue::VastgesteldOnbekend,
    ];

    /// The schema literal (`"geenWaarde"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            NoValue::NietOndersteund => "nietOndersteund",
            NoValue::NietGeautoriseerd => "nietGeautoriseerd",
            NoValue::GeenWaarde => "geenWaarde",
            NoValue::WaardeOnbekend => "waardeOnbekend",
            NoValue::VastgesteldOnbekend => "vastgesteldOnbekend",
        }
    }
}

crate::facet_error::schema_enum!(NoValue);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SimpleValue;

    #[test]
    fn literals_round_trip() {
        for (value, literal) in NoValue::ALL.iter().zip(NoValue::FACETS.enumeration) {
            assert_eq!(value.as_str(), *literal);
            assert_eq!(literal.parse::<NoValue>(), Ok(*value));
            assert_eq!(NoValue::try_from(*literal), Ok(*value));
            assert_eq!(value.to_string(), *literal);
            assert_eq!(NoValue::from_lexical((*literal).into()), Ok(*value));
            assert_eq!(value.lexical(), *literal);
        }
    }

    #[test]
    fn unknown_literals_are_refused() {
        let err = "GeenWaarde".parse::<NoValue>().unwrap_err();
        assert_eq!(err.literal, "GeenWaarde");
        assert_eq!(err.schema_type, "StUF:NoValue");
        assert_eq!(
            err.to_string(),
            "`GeenWaarde` is not a value of StUF:NoValue (allowed: nietOndersteund, \
             nietGeautoriseerd, geenWaarde, waardeOnbekend, vastgesteldOnbekend)"
        );
        assert!(
            NoValue::try_from(" geenWaarde").is_err(),
            "xs:string keeps spaces"
        );
        assert!(NoValue::from_lexical("".into()).is_err());
    }
}
