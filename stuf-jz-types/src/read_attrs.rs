//! Reading the attributes that generated code does not keep as `Option`:
//! required attributes and attributes with a fixed value.

use crate::decl::AttributeDecl;
use crate::error::{ReadResult, Stop};
use crate::facets::Facets;
use crate::reader::{Reader, Tag};
use crate::value::SimpleValue;

impl Reader<'_> {
    /// Claims a required attribute: a missing or unrepresentable value is a
    /// violation and the element cannot become a value.
    pub fn required_attribute<V: SimpleValue>(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
    ) -> ReadResult<V> {
        self.attribute(tag, decl)?.ok_or(Stop::Skip)
    }

    /// Claims an attribute with a fixed value: presence (when required), the
    /// facets of its type and the fixed value are checked; nothing is kept,
    /// since the value is known.
    pub fn fixed_attribute(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
        facets: &'static Facets,
        schema_type: &'static str,
    ) {
        self.claim_attribute(tag, decl, facets, schema_type);
    }
}

/// Whether an optional attribute with a fixed value is written. The value
/// itself is the declaration's; only its presence is kept, so that a message
/// read without the attribute is written without it. A value built in code
/// carries it ([`Presence::Present`] is the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Presence {
    /// The attribute is written, with its fixed value.
    #[default]
    Present,
    /// The attribute is left out.
    Absent,
}

impl Presence {
    /// Whether the attribute is written.
    pub fn is_present(&self) -> bool {
        *self == Presence::Present
    }
}

impl Reader<'_> {
    /// Claims an optional attribute with a fixed value (checked like
    /// [`Reader::fixed_attribute`]) and says whether it was there.
    pub fn optional_fixed_attribute(
        &mut self,
        tag: &mut Tag,
        decl: &AttributeDecl,
        facets: &'static Facets,
        schema_type: &'static str,
    ) -> Presence {
        let present = tag.attributes.iter().any(|a| decl.matches(&a.ns, &a.local));
        self.claim_attribute(tag, decl, facets, schema_type);
        if present {
            Presence::Present
        } else {
            Presence::Absent
        }
    }
}
