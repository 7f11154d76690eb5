//! Static descriptions of element and attribute declarations, emitted by the
//! generator next to the types that use them.

/// An element as used at one place in a content model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElementDecl {
    /// Namespace URI ("" for an unqualified local element).
    pub ns: &'static str,
    /// Local name.
    pub name: &'static str,
    /// `minOccurs`.
    pub min: u32,
    /// `maxOccurs` ([`UNBOUNDED`] for `unbounded`).
    pub max: u32,
    /// `nillable="true"`.
    pub nillable: bool,
    /// The `fixed` value, if any.
    pub fixed: Option<&'static str>,
    /// The schema type (`ZKN:ZAK-vto`), for messages.
    pub schema_type: &'static str,
}

/// `maxOccurs="unbounded"`.
pub const UNBOUNDED: u32 = u32::MAX;

impl ElementDecl {
    /// Whether a start tag with this namespace and local name is this element.
    #[inline]
    pub fn matches(&self, ns: &str, local: &str) -> bool {
        same_name(self.name, local) && same_name(self.ns, ns)
    }
}

/// An attribute use of a complex type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttributeDecl {
    /// Namespace URI ("" for an unqualified attribute).
    pub ns: &'static str,
    /// Local name.
    pub name: &'static str,
    /// `use="required"`.
    pub required: bool,
    /// The `fixed` value, if any.
    pub fixed: Option<&'static str>,
    /// The `default` value, if any (never written unless it was present).
    pub default: Option<&'static str>,
    /// The schema type, for messages.
    pub schema_type: &'static str,
}

impl AttributeDecl {
    /// Whether an attribute with this namespace and local name is this one.
    #[inline]
    pub fn matches(&self, ns: &str, local: &str) -> bool {
        same_name(self.name, local) && same_name(self.ns, ns)
    }
}

/// String equality for names and namespace URIs, which mostly differ in
/// length or in their last byte (`…/bg/0310`, `…/zkn/0310`): those are
/// rejected without a call; the same string (a `'static` URI) is accepted
/// by its address.
#[inline]
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len()
        && (std::ptr::eq(a, b)
            || (a.last() == b.last() && a.first() == b.first() && crate::bytes::same_bytes(a, b)))
}

/// The namespaces of StUF-JZ messages and the prefixes written for them.
pub const PREFIXES: &[(&str, &str)] = &[
    ("StUF", "http://www.egem.nl/StUF/StUF0301"),
    ("BG", "http://www.egem.nl/StUF/sector/bg/0310"),
    ("ZKN", "http://www.egem.nl/StUF/sector/zkn/0310"),
    ("JZ", "http://www.stufstandaarden.nl/koppelvlak/jz0100"),
    ("xsi", XSI),
    ("xmime", "http://www.w3.org/2005/05/xmlmime"),
    ("gml", "http://www.opengis.net/gml"),
    ("xlink", "http://www.w3.org/1999/xlink"),
];

/// The XML Schema instance namespace (`xsi:nil`).
pub const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// The XML namespace (`xml:lang`).
pub const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// The prefix written for a namespace.
pub fn prefix_of(ns: &str) -> Option<&'static str> {
    PREFIXES.iter().find(|(_, uri)| *uri == ns).map(|(p, _)| *p)
}

/// A `&'static` copy of a well-known namespace URI, to avoid allocating.
pub fn intern_namespace(ns: &[u8]) -> Option<&'static str> {
    PREFIXES
        .iter()
        .map(|(_, uri)| *uri)
        .chain([XML])
        .find(|uri| uri.as_bytes() == ns)
}
