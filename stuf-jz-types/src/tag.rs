//! Start tags as the reader sees them: element and attribute names resolved
//! to namespaces, attributes waiting to be claimed by the type, and the
//! small text helpers of messages.

use std::borrow::Cow;

use quick_xml::events::BytesStart;
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::decl::{intern_namespace, XSI};

/// A start tag, with its attributes still to be claimed by the type.
#[derive(Debug)]
pub struct Tag {
    /// Namespace URI ("" for none).
    pub ns: Cow<'static, str>,
    /// Local name.
    pub local: String,
    pub(crate) attributes: Vec<RawAttribute>,
    pub(crate) nil: Option<RawAttribute>,
    pub(crate) offset: usize,
    pub(crate) empty: bool,
}

/// An attribute as read.
#[derive(Debug)]
pub(crate) struct RawAttribute {
    pub(crate) ns: Cow<'static, str>,
    pub(crate) local: String,
    pub(crate) value: String,
    pub(crate) offset: usize,
}

/// Builds a [`Tag`], resolving the namespaces of the element and attributes.
pub(crate) fn make_tag(
    xml: &NsReader<&[u8]>,
    ns: Result<Cow<'static, str>, String>,
    start: &BytesStart<'_>,
    offset: usize,
    empty: bool,
) -> Result<Tag, String> {
    let ns = ns.map_err(|p| format!("undeclared namespace prefix `{p}`"))?;
    let local = std::str::from_utf8(start.local_name().into_inner())
        .map_err(|e| e.to_string())?
        .to_string();
    let raw = start.as_ref();
    let mut cursor = 0usize;
    let mut attributes = Vec::new();
    let mut nil = None;
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("bad attribute: {e}"))?;
        let key = attr.key.as_ref();
        if key == b"xmlns" || key.starts_with(b"xmlns:") {
            continue;
        }
        let (attr_ns, attr_local) = xml.resolve_attribute(attr.key);
        let attr_ns =
            namespace(attr_ns).map_err(|p| format!("undeclared namespace prefix `{p}`"))?;
        let value = attr
            .decode_and_unescape_value(xml.decoder())
            .map_err(|e| format!("bad attribute value: {e}"))?
            .into_owned();
        // Attributes come in order: search each key after the previous one,
        // so that many attributes cost linear time.
        let found = find(&raw[cursor.min(raw.len())..], key).map(|at| cursor + at);
        if let Some(at) = found {
            cursor = at + key.len();
        }
        let attr_offset = offset + 1 + found.unwrap_or(0);
        let local = String::from_utf8_lossy(attr_local.into_inner()).into_owned();
        let raw_attr = RawAttribute {
            ns: attr_ns,
            local,
            value,
            offset: attr_offset,
        };
        if raw_attr.ns == XSI {
            match raw_attr.local.as_str() {
                "nil" => {
                    nil = Some(raw_attr);
                    continue;
                }
                "schemaLocation" | "noNamespaceSchemaLocation" => continue,
                _ => {}
            }
        }
        attributes.push(raw_attr);
    }
    Ok(Tag {
        ns,
        local,
        attributes,
        nil,
        offset,
        empty,
    })
}

pub(crate) fn namespace(ns: ResolveResult<'_>) -> Result<Cow<'static, str>, String> {
    match ns {
        ResolveResult::Bound(n) => Ok(match intern_namespace(n.as_ref()) {
            Some(known) => Cow::Borrowed(known),
            None => Cow::Owned(String::from_utf8_lossy(n.as_ref()).into_owned()),
        }),
        ResolveResult::Unbound => Ok(Cow::Borrowed("")),
        ResolveResult::Unknown(p) => Err(String::from_utf8_lossy(&p).into_owned()),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len().max(1))
        .position(|w| w == needle)
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
