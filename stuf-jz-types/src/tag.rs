//! Start tags as the reader sees them: element and attribute names resolved
//! to namespaces, attributes waiting to be claimed by the type, and the
//! small text helpers of messages. Names and values that need no change
//! are kept as byte ranges of the document, not copied.

use std::borrow::Cow;
use std::ops::Range;

use crate::decl::XSI;
use crate::xml::parser::Parser;

/// A start tag, with its attributes still to be claimed by the type.
#[derive(Debug)]
pub struct Tag {
    /// Namespace URI ("" for none).
    pub(crate) ns: Cow<'static, str>,
    /// Local name, as a range of the document.
    pub(crate) local: Range<usize>,
    pub(crate) attributes: Vec<RawAttribute>,
    /// How many of `attributes` are not claimed yet: a type asks for each
    /// attribute it declares, and most tags have none or one.
    pub(crate) unclaimed: usize,
    /// `xsi:nil` and `xsi:type`, rare enough to live behind a box.
    pub(crate) xsi: Option<Box<Xsi>>,
    pub(crate) offset: usize,
}

/// The `xsi:nil` and `xsi:type` attributes of a start tag.
#[derive(Debug, Default)]
pub(crate) struct Xsi {
    pub(crate) nil: Option<RawAttribute>,
    pub(crate) xsi_type: Option<XsiType>,
}

impl Tag {
    /// Takes `xsi:nil`.
    pub(crate) fn take_nil(&mut self) -> Option<RawAttribute> {
        self.xsi.as_mut().and_then(|x| x.nil.take())
    }

    /// Takes `xsi:type`.
    pub(crate) fn take_xsi_type(&mut self) -> Option<XsiType> {
        self.xsi.as_mut().and_then(|x| x.xsi_type.take())
    }
}

/// `xsi:type` as written, and the type it names (namespace, local name)
/// when its prefix is declared.
pub(crate) type XsiType = (RawAttribute, Option<(Cow<'static, str>, String)>);

/// An attribute value: a range of the document, or normalized text.
#[derive(Debug)]
pub(crate) enum AttrValue {
    Span(Range<usize>),
    Owned(String),
}

/// An attribute as read.
#[derive(Debug)]
pub(crate) struct RawAttribute {
    pub(crate) ns: Cow<'static, str>,
    pub(crate) local: Range<usize>,
    pub(crate) value: AttrValue,
    pub(crate) offset: usize,
    pub(crate) claimed: bool,
}

impl RawAttribute {
    /// The value, given the document.
    pub(crate) fn value<'a>(&'a self, input: &'a str) -> &'a str {
        match &self.value {
            AttrValue::Span(range) => &input[range.clone()],
            AttrValue::Owned(text) => text,
        }
    }

    /// The local name, given the document.
    pub(crate) fn local<'a>(&self, input: &'a str) -> &'a str {
        &input[self.local.clone()]
    }
}

/// The byte range of `part`, a slice of `whole`.
fn range_in(whole: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    start..start + part.len()
}

/// Builds a [`Tag`] from the start tag the parser just read; its list of
/// attributes is taken from `spare` (lists of tags read before) when the
/// tag has attributes.
pub(crate) fn make_tag(
    parser: &Parser<'_>,
    input: &str,
    offset: usize,
    spare: &mut SpareAttributes,
) -> Tag {
    let (ns, local) = parser.element();
    let mut tag = Tag {
        ns,
        local: range_in(input, local),
        attributes: Vec::new(),
        unclaimed: 0,
        xsi: None,
        offset,
    };
    if parser.attribute_count() == 0 {
        return tag;
    }
    tag.attributes = spare.take();
    tag.attributes.reserve(parser.attribute_count());
    for attr in parser.attributes() {
        let value = match attr.value {
            Cow::Borrowed(text) => AttrValue::Span(range_in(input, text)),
            Cow::Owned(text) => AttrValue::Owned(text.clone()),
        };
        let raw = RawAttribute {
            ns: attr.ns,
            local: range_in(input, attr.local),
            value,
            offset: attr.offset,
            claimed: false,
        };
        if raw.ns == XSI {
            match attr.local {
                "nil" => {
                    tag.xsi.get_or_insert_with(Box::default).nil = Some(raw);
                    continue;
                }
                "type" => {
                    let resolved = parser.resolve_qname(attr.value.trim());
                    tag.xsi.get_or_insert_with(Box::default).xsi_type = Some((raw, resolved));
                    continue;
                }
                "schemaLocation" | "noNamespaceSchemaLocation" => continue,
                _ => {}
            }
        }
        tag.attributes.push(raw);
    }
    tag.unclaimed = tag.attributes.len();
    tag
}

/// Emptied attribute lists of tags that were read, for the next tags: a
/// document allocates a few of them, not one per tag with attributes.
#[derive(Debug, Default)]
pub(crate) struct SpareAttributes(Vec<Vec<RawAttribute>>);

impl SpareAttributes {
    /// At most this many lists are kept.
    const KEEP: usize = 16;

    fn take(&mut self) -> Vec<RawAttribute> {
        self.0.pop().unwrap_or_default()
    }

    /// Keeps the list of a tag that was read.
    #[inline]
    pub(crate) fn give(&mut self, mut attributes: Vec<RawAttribute>) {
        if attributes.capacity() > 0 && self.0.len() < Self::KEEP {
            attributes.clear();
            self.0.push(attributes);
        }
    }
}

pub(crate) fn is_blank(text: &str) -> bool {
    text.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

pub(crate) fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// `prefix:local` with the customary prefix, or `{ns}local`.
pub(crate) fn display_name(ns: &str, local: &str) -> String {
    match crate::decl::prefix_of(ns) {
        Some(prefix) => format!("`{prefix}:{local}`"),
        None if ns.is_empty() => format!("`{local}`"),
        None => format!("`{local}` in namespace `{ns}`"),
    }
}

pub(crate) fn attr_display(ns: &str, local: &str) -> String {
    match crate::decl::prefix_of(ns) {
        Some(prefix) => format!("{prefix}:{local}"),
        None => local.to_string(),
    }
}
