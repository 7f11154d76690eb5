//! Reading simple values: attributes and text, with their facets checked
//! where they are read so that violations carry line and column.

use std::borrow::Cow;

use crate::decl::AttributeDecl;
use crate::error::{ReadResult, Rule, Stop};
use crate::facets::{self, Facets};
use crate::reader::{Reader, Tag};
use crate::value::SimpleValue;

impl<'x> Reader<'x> {
    /// Claims the attribute `decl` from `tag`: checks presence, fixed value
    /// and facets. An absent attribute stays `None` (defaults are not filled in).
    pub fn attribute<V: SimpleValue>(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
    ) -> ReadResult<Option<V>> {
        let raw = self.claim_attribute(tag, decl, V::FACETS, V::SCHEMA_TYPE);
        Ok(raw.and_then(|value| V::from_lexical(Cow::Borrowed(value)).ok()))
    }

    /// The non-generic part of [`Reader::attribute`]: the raw value, when
    /// present and representable (a slice of the document or of the tag:
    /// nothing is copied for a value that is not kept).
    pub(crate) fn claim_attribute<'t>(
        &mut self,
        tag: &'t mut Tag,
        decl: &AttributeDecl,
        facets: &'static Facets,
        schema_type: &'static str,
    ) -> Option<&'t str>
    where
        'x: 't,
    {
        let input = self.input;
        let found = match tag.unclaimed {
            0 => None,
            _ => tag
                .attributes
                .iter_mut()
                .find(|a| !a.claimed && decl.matches(&a.ns, a.local(input))),
        };
        let Some(attr) = found else {
            if decl.required {
                self.missing_attribute(tag.offset, decl);
            }
            return None;
        };
        attr.claimed = true;
        tag.unclaimed -= 1;
        let offset = attr.offset;
        let value = attr.value(input);
        // A value written exactly as the fixed one is valid: a schema's
        // fixed value is valid for its type (XML Schema 1.0, a-props-correct).
        if decl.fixed == Some(value) {
            return Some(value);
        }
        let representable = self.check_simple(value, offset, Some(decl), facets, schema_type);
        if let Some(fixed) = decl.fixed {
            if representable && !facets::same_value(value, fixed, facets) {
                self.fixed_differs(offset, decl, value, fixed);
            }
        }
        representable.then_some(value)
    }

    /// Records that the required attribute `decl` is missing.
    #[cold]
    fn missing_attribute(&mut self, offset: usize, decl: &AttributeDecl) {
        let message = format!("required attribute `{}` is missing", attribute_name(decl));
        self.record_full(
            offset,
            Rule::RequiredAttribute,
            Some(&attr_suffix(decl)),
            Some(decl.schema_type),
            None,
            message,
        );
    }

    /// Records that an attribute's value differs from its fixed value.
    #[cold]
    fn fixed_differs(&mut self, offset: usize, decl: &AttributeDecl, value: &str, fixed: &str) {
        let message = format!("value `{value}` differs from the fixed value `{fixed}`");
        self.record_full(
            offset,
            Rule::Fixed,
            Some(&attr_suffix(decl)),
            Some(decl.schema_type),
            Some(value.to_string()),
            message,
        );
    }

    /// Claims the required attribute `decl` from `tag`: a missing attribute
    /// is a violation and `Err(Stop::Skip)`; otherwise as
    /// [`Reader::attribute`] (an unrepresentable value is also `Err`).
    pub fn required_attribute<V: SimpleValue>(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
    ) -> ReadResult<V> {
        let raw = self.claim_required(tag, decl, V::FACETS, V::SCHEMA_TYPE)?;
        V::from_lexical(Cow::Borrowed(raw)).map_err(|_| Stop::Skip)
    }

    /// The non-generic part of [`Reader::required_attribute`].
    fn claim_required<'t>(
        &mut self,
        tag: &'t mut Tag,
        decl: &AttributeDecl,
        facets: &'static Facets,
        schema_type: &'static str,
    ) -> ReadResult<&'t str>
    where
        'x: 't,
    {
        let required = AttributeDecl {
            required: true,
            ..*decl
        };
        self.claim_attribute(tag, &required, facets, schema_type)
            .ok_or(Stop::Skip)
    }

    /// Claims an attribute whose value is `decl.fixed` and is not kept in
    /// the value (the writer writes the fixed value): checks presence when
    /// required, its facets and the fixed value in the value space of the
    /// type; every violation is kept with its position.
    pub fn fixed_attribute(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
        facets: &'static Facets,
        schema_type: &'static str,
    ) {
        self.claim_attribute(tag, decl, facets, schema_type);
    }

    /// Reports every attribute of `tag` as undeclared.
    pub fn no_attributes(&mut self, tag: &Tag) {
        self.leftover_attributes(tag);
    }

    /// Reads the text content as a simple value (the end tag is left for
    /// [`Reader::end`]).
    pub fn simple_text<V: SimpleValue>(&mut self) -> ReadResult<V> {
        let text = self.checked_text(V::FACETS, V::SCHEMA_TYPE)?;
        V::from_lexical(text).map_err(|_| Stop::Skip)
    }

    /// The non-generic part of [`Reader::simple_text`].
    fn checked_text(
        &mut self,
        facets: &'static Facets,
        schema_type: &'static str,
    ) -> ReadResult<Cow<'x, str>> {
        let (mut text, offset) = self.text()?;
        if let (true, Some(fixed)) = (text.is_empty(), self.fixed_value.take()) {
            text = Cow::Borrowed(fixed);
        }
        if !self.check_simple(&text, offset, None, facets, schema_type) {
            return Err(Stop::Skip);
        }
        Ok(text)
    }

    /// Checks facets; records violations; false when the value cannot be
    /// represented (an unknown enumeration literal).
    fn check_simple(
        &mut self,
        raw: &str,
        offset: usize,
        attribute: Option<&AttributeDecl>,
        facets: &'static Facets,
        schema_type: &'static str,
    ) -> bool {
        let errors = facets::check_read(raw, facets);
        errors.is_empty() || self.facet_violations(errors, raw, offset, attribute, schema_type)
    }

    /// Records the facet violations of a value; false when the value cannot
    /// be represented (an unknown enumeration literal).
    #[cold]
    fn facet_violations(
        &mut self,
        errors: Vec<facets::FacetError>,
        raw: &str,
        offset: usize,
        attribute: Option<&AttributeDecl>,
        schema_type: &'static str,
    ) -> bool {
        let mut representable = true;
        for error in errors {
            if error.facet == facets::Facet::Enumeration {
                representable = false;
            }
            let value = Some(raw.to_string());
            self.record_full(
                offset,
                Rule::Facet(error.facet),
                attribute.map(attr_suffix).as_deref(),
                Some(schema_type),
                value,
                error.message,
            );
        }
        representable
    }
}

/// The path suffix of an attribute: `@StUF:noValue`.
pub(crate) fn attr_suffix(decl: &AttributeDecl) -> String {
    format!("@{}", attribute_name(decl))
}

/// `StUF:noValue` or `naam`.
pub(crate) fn attribute_name(decl: &AttributeDecl) -> String {
    match crate::decl::prefix_of(decl.ns) {
        Some(prefix) => format!("{prefix}:{}", decl.name),
        None => decl.name.to_string(),
    }
}
