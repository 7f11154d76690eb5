//! The length facets: `length`, `minLength` and `maxLength`.

use super::{FacetDetail, FacetError, Facets};
use crate::lexical::length_of;

/// Checks `length`, `minLength` and `maxLength` (called when the type has
/// one of them).
pub(super) fn check_lengths(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
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
                FacetDetail::Length { expected, length },
                format!(
                    "value `{value}` has length {length} {unit}, but length must be {expected}"
                ),
            ));
        }
    }
    if let Some(min) = facets.min_length {
        if length < u64::from(min) {
            errors.push(FacetError::new(
                FacetDetail::MinLength { min, length },
                format!("value `{value}` is shorter than minLength {min} ({length} {unit})"),
            ));
        }
    }
    if let Some(max) = facets.max_length {
        if length > u64::from(max) {
            errors.push(FacetError::new(
                FacetDetail::MaxLength { max, length },
                format!("value `{value}` is longer than maxLength {max} ({length} {unit})"),
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
}
