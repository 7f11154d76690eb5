//! The `enumeration` facet: equality of a value with an allowed literal in
//! the value space of its type.

use std::cmp::Ordering;

use super::bounds::parse_float;
use super::{quoted_list, FacetDetail, FacetError, Facets};
use crate::lexical::{compare_decimal, normalize_whitespace, Builtin, WhiteSpace};

/// The index in `facets.enumeration` of the literal that `raw` equals (after
/// white space normalization; decimal-like types compare by value).
pub fn enumeration_index(raw: &str, facets: &Facets) -> Option<usize> {
    let value = normalize_whitespace(raw, facets.whitespace);
    facets
        .enumeration
        .iter()
        .position(|literal| enumeration_equal(facets.builtin, facets.whitespace, &value, literal))
}

/// Whether the lexical value `raw` equals `literal` in the value space of
/// the type described by `facets` (white space normalized first; booleans
/// `1`/`true`, decimals `1.0`/`1`, floats by value). Used for `fixed`.
pub fn same_value(raw: &str, literal: &str, facets: &Facets) -> bool {
    let value = normalize_whitespace(raw, facets.whitespace);
    enumeration_equal(facets.builtin, facets.whitespace, &value, literal)
}

/// Whether `value` equals the enumeration literal `literal` (see the module
/// documentation).
fn enumeration_equal(builtin: Builtin, whitespace: WhiteSpace, value: &str, literal: &str) -> bool {
    // The same lexical form is the same value (a boolean literal must
    // still be a boolean, below).
    if value == literal && builtin != Builtin::Boolean {
        return true;
    }
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

/// Checks the `enumeration` facet (called when the type has one).
pub(super) fn check_enumeration(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    // A literal written as the value is the usual case, and equal in every
    // value space but boolean's (checked below with the others).
    let exact = facets.builtin != Builtin::Boolean && facets.enumeration.contains(&value);
    let found = exact
        || facets
            .enumeration
            .iter()
            .any(|literal| enumeration_equal(facets.builtin, facets.whitespace, value, literal));
    if !found {
        errors.push(FacetError::new(
            FacetDetail::Enumeration {
                allowed: facets.enumeration,
            },
            format!(
                "value `{value}` is not one of the allowed values: {}",
                quoted_list(facets.enumeration)
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::facets::tests::facets_of;
    use crate::facets::{check, Facet, Facets};
    use crate::lexical::Builtin;

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
}
