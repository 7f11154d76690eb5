//! The content of an `xs:any processContents="skip"` wildcard (for
//! example `StUF:FoutdetailsXML`, the `detailsXML` of a Fo-bericht): any
//! well-formed elements, kept as a small tree and written back as read.
//!
//! The schema checks nothing inside such content, and neither does this
//! type. Kept: element and attribute names by namespace URI and local
//! name, attribute values, `xsi:nil`, text and the order of children.
//! Not kept: prefixes and namespace declarations (written afresh),
//! comments, processing instructions, `xsi:schemaLocation`, and white
//! space between elements when an element has element children only.

use std::borrow::Cow;

use crate::decl::ElementDecl;
use crate::error::ReadResult;
use crate::reader::{Reader, Tag};
use crate::writer::Writer;

/// Elements of skipped (unvalidated) content, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(transparent)
)]
pub struct AnyContent {
    /// The child elements (text directly inside the wildcard's element is
    /// not allowed: its content is element-only).
    pub elements: Vec<AnyElement>,
}

/// One element of skipped content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AnyElement {
    /// Namespace URI ("" for none).
    pub ns: String,
    /// Local name.
    pub local: String,
    /// Attributes: namespace URI, local name, value (`xsi:nil` included).
    pub attributes: Vec<(String, String, String)>,
    /// Children in order.
    pub children: Vec<AnyNode>,
}

/// A child of an [`AnyElement`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum AnyNode {
    /// An element.
    Element(AnyElement),
    /// Character data (unescaped).
    Text(String),
}

impl AnyElement {
    /// An element without attributes holding only `text`.
    pub fn text(ns: impl Into<String>, local: impl Into<String>, text: impl Into<String>) -> Self {
        AnyElement {
            ns: ns.into(),
            local: local.into(),
            attributes: Vec::new(),
            children: vec![AnyNode::Text(text.into())],
        }
    }
}

impl crate::value::ElementValue for AnyContent {
    fn read(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self> {
        let elements = r.skipped_children()?;
        r.end(tag)?;
        Ok(AnyContent { elements })
    }
    fn write(&self, w: &mut Writer, decl: &ElementDecl) {
        w.start(decl);
        for element in &self.elements {
            w.any_element(element);
        }
        w.end();
    }
    fn text(&self) -> Option<Cow<'_, str>> {
        None
    }
}

impl crate::value::Nillable for AnyContent {
    type Nil = crate::NoAttributes;
}
