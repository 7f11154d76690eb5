//! Optional attributes with a fixed value: only their presence is kept
//! (required and fixed attributes: [`Reader::required_attribute`],
//! [`Reader::fixed_attribute`]).

use crate::decl::AttributeDecl;
use crate::facets::Facets;
use crate::reader::{Reader, Tag};

/// Whether an optional attribute with a fixed value is written. The value
/// itself is the declaration's; only its presence is kept, so that a message
/// read without the attribute is written without it.
///
/// A value built in code carries it: [`Presence::Present`] is the default,
/// unlike the `None` of other optional attributes. In the StUF-JZ schemas
/// every such attribute is a `StUF:entiteittype` (`BTR`, `ZAKOBJ`, `OBJ`,
/// ...), which StUF 03.01 requires on every element of an entity type of
/// the sector model (section 3.2.1, table 3.1); the schemas leave it
/// optional only because StUF's history elements must not carry it, and
/// the StUF test platform expects it on the entity and relation elements
/// of a message. Leaving it out is a choice to make explicitly
/// (`Presence::Absent`).
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
        let input = self.input;
        let present = tag.unclaimed > 0
            && tag
                .attributes
                .iter()
                .any(|a| !a.claimed && decl.matches(&a.ns, a.local(input)));
        self.claim_attribute(tag, decl, facets, schema_type);
        if present {
            Presence::Present
        } else {
            Presence::Absent
        }
    }
}
