//! Facets of one `xs:restriction` step applied to a simple type.

use crate::model::{EnumValue, SimpleType};
use crate::resolve::Resolver;
use crate::xml_doc::Node;

/// Applies the facets of `restriction` on top of `ty` (which starts as a copy
/// of the base): patterns of this step become one new list of alternatives,
/// the other facets replace the inherited value.
pub(crate) fn apply_facets(resolver: &mut Resolver<'_>, restriction: &Node, ty: &mut SimpleType) {
    let mut step_patterns = Vec::new();
    let mut enumeration = Vec::new();
    for facet in restriction.xs_children() {
        let Some(value) = facet.attr("value") else {
            continue;
        };
        let value = value.to_string();
        let number = || value.trim().parse::<u32>().ok();
        match facet.local.as_str() {
            "pattern" => step_patterns.push(value.clone()),
            "enumeration" => enumeration.push(EnumValue {
                value: value.clone(),
                doc: facet.documentation(),
            }),
            "whiteSpace" => ty.whitespace = Some(value.trim().to_string()),
            "length" => ty.length = number(),
            "minLength" => ty.min_length = number(),
            "maxLength" => ty.max_length = number(),
            "totalDigits" => ty.total_digits = number(),
            "fractionDigits" => ty.fraction_digits = number(),
            "minInclusive" => ty.min_inclusive = Some(value.trim().to_string()),
            "maxInclusive" => ty.max_inclusive = Some(value.trim().to_string()),
            "minExclusive" => ty.min_exclusive = Some(value.trim().to_string()),
            "maxExclusive" => ty.max_exclusive = Some(value.trim().to_string()),
            other => {
                resolver.error(facet, format!("unknown facet xs:{other}"));
                continue;
            }
        }
        let numeric = matches!(
            facet.local.as_str(),
            "length" | "minLength" | "maxLength" | "totalDigits" | "fractionDigits"
        );
        if numeric && number().is_none() {
            resolver.error(
                facet,
                format!(
                    "facet xs:{} needs a whole number, found `{value}`",
                    facet.local
                ),
            );
        }
    }
    if !step_patterns.is_empty() {
        ty.patterns.push(step_patterns);
    }
    if !enumeration.is_empty() {
        ty.enumeration = enumeration;
    }
}
