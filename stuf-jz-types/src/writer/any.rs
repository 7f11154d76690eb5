//! Writing skipped wildcard content ([`crate::any::AnyElement`] trees).

use super::{escape, Writer};
use crate::any::{AnyElement, AnyNode};
use crate::decl::PREFIXES;

/// The prefixes the writer declares on every root element.
const ROOT_PREFIXES: usize = 6;

fn declared_prefix(ns: &str) -> Option<&'static str> {
    PREFIXES
        .iter()
        .take(ROOT_PREFIXES)
        .find(|(_, uri)| *uri == ns)
        .map(|(p, _)| *p)
}

impl Writer<'_> {
    /// Writes an element of skipped content with everything inside it as
    /// a child of the open element. Namespaces other than the ones
    /// declared on the root are declared on the element that uses them.
    pub fn any_element(&mut self, element: &AnyElement) {
        self.close_start();
        let depth = self.open.len();
        if let Some(open) = self.open.last_mut() {
            open.3 = true;
        }
        let mut out = String::from("\n");
        serialize(element, depth, true, &mut out);
        self.out.push_str(&out);
        // The elements written count for the places of a DocumentRecord.
        self.record.elements += element_count(element);
    }
}

/// `element` and the elements inside it.
fn element_count(element: &AnyElement) -> usize {
    1 + element
        .children
        .iter()
        .map(|child| match child {
            AnyNode::Element(e) => element_count(e),
            _ => 0,
        })
        .sum::<usize>()
}

/// Appends `element`; `indent` when it stands in element-only content.
fn serialize(element: &AnyElement, depth: usize, indent: bool, out: &mut String) {
    if indent {
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
    let name = match declared_prefix(&element.ns) {
        Some(prefix) => format!("{prefix}:{}", element.local),
        None => element.local.clone(),
    };
    out.push('<');
    out.push_str(&name);
    if declared_prefix(&element.ns).is_none() {
        out.push_str(&format!(" xmlns=\"{}\"", escape(&element.ns)));
    }
    for (i, (ns, local, value)) in element.attributes.iter().enumerate() {
        out.push(' ');
        if ns == crate::decl::XML {
            out.push_str("xml:");
        } else if let Some(prefix) = declared_prefix(ns) {
            out.push_str(prefix);
            out.push(':');
        } else if !ns.is_empty() {
            out.push_str(&format!("xmlns:a{i}=\"{}\" a{i}:", escape(ns)));
        }
        out.push_str(local);
        out.push_str("=\"");
        out.push_str(&escape(value));
        out.push('"');
    }
    if element.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    let element_only = element
        .children
        .iter()
        .all(|c| matches!(c, AnyNode::Element(_)));
    for child in &element.children {
        match child {
            AnyNode::Element(e) if element_only => {
                out.push('\n');
                serialize(e, depth + 1, true, out);
            }
            AnyNode::Element(e) => serialize(e, depth + 1, false, out),
            AnyNode::Text(t) => out.push_str(&escape(t)),
        }
    }
    if element_only {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
    out.push_str("</");
    out.push_str(&name);
    out.push('>');
}
