//! Reading simple values: attributes and text, with their facets checked
//! where they are read so that violations carry line and column.

use crate::decl::AttributeDecl;
use crate::error::{ReadResult, Rule, Stop};
use crate::facets;
use crate::lexical::normalize_whitespace;
use crate::reader::{Reader, Tag};
use crate::value::SimpleValue;

impl Reader<'_> {
    /// Claims the attribute `decl` from `tag`: checks presence, fixed value
    /// and facets. An absent attribute stays `None` (defaults are not filled in).
    pub fn attribute<V: SimpleValue>(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
    ) -> ReadResult<Option<V>> {
        let Some(index) = tag
            .attributes
            .iter()
            .position(|a| decl.matches(&a.ns, &a.local))
        else {
            if decl.required {
                let suffix = format!("@{}", attribute_name(decl));
                let message = format!("required attribute `{}` is missing", attribute_name(decl));
                self.record_full(
                    tag.offset,
                    Rule::RequiredAttribute,
                    Some(&suffix),
                    Some(decl.schema_type),
                    None,
                    message,
                );
            }
            return Ok(None);
        };
        let attr = tag.attributes.remove(index);
        let suffix = format!("@{}", attribute_name(decl));
        let ok = self.check_simple::<V>(&attr.value, attr.offset, Some(&suffix));
        if let Some(fixed) = decl.fixed {
            let ws = V::FACETS.whitespace;
            if normalize_whitespace(&attr.value, ws) != normalize_whitespace(fixed, ws) {
                let message = format!(
                    "value `{}` differs from the fixed value `{fixed}`",
                    attr.value
                );
                self.record_full(
                    attr.offset,
                    Rule::Fixed,
                    Some(&suffix),
                    Some(decl.schema_type),
                    Some(attr.value.clone()),
                    message,
                );
            }
        }
        if !ok {
            return Ok(None);
        }
        Ok(V::from_lexical(attr.value).ok())
    }

    /// Reports every attribute of `tag` as undeclared.
    pub fn no_attributes(&mut self, tag: &Tag) {
        self.leftover_attributes(tag);
    }

    /// Reads the text content as a simple value (the end tag is left for
    /// [`Reader::end`]).
    pub fn simple_text<V: SimpleValue>(&mut self) -> ReadResult<V> {
        let (text, offset) = self.text()?;
        if !self.check_simple::<V>(&text, offset, None) {
            return Err(Stop::Skip);
        }
        V::from_lexical(text).map_err(|_| Stop::Skip)
    }

    /// Checks facets; records violations; false when the value cannot be
    /// represented (an unknown enumeration literal).
    fn check_simple<V: SimpleValue>(
        &mut self,
        raw: &str,
        offset: usize,
        suffix: Option<&str>,
    ) -> bool {
        let errors = facets::check(raw, V::FACETS);
        let mut representable = true;
        for error in errors {
            if error.facet == facets::Facet::Enumeration {
                representable = false;
            }
            self.record_full(
                offset,
                Rule::Facet(error.facet),
                suffix,
                Some(V::SCHEMA_TYPE),
                Some(raw.to_string()),
                error.message,
            );
        }
        representable
    }
}

/// `StUF:noValue` or `naam`.
pub(crate) fn attribute_name(decl: &AttributeDecl) -> String {
    match crate::decl::prefix_of(decl.ns) {
        Some(prefix) => format!("{prefix}:{}", decl.name),
        None => decl.name.to_string(),
    }
}
