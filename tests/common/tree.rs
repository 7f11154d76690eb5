//! Namespace-aware comparison of two XML documents.
//!
//! A document becomes a tree of elements named by namespace URI and local
//! name, with attributes keyed the same way, and text. Prefixes, namespace
//! declarations, comments, processing instructions, the XML declaration and
//! whitespace-only text next to child elements are ignored; everything else
//! (including the order of child elements and the text of leaves, exactly)
//! must match.

use std::collections::BTreeMap;

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

/// An element in namespace-aware form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Namespace URI (empty when unqualified).
    pub ns: String,
    /// Local name.
    pub local: String,
    /// Attributes by (namespace URI, local name); declarations excluded.
    pub attrs: BTreeMap<(String, String), String>,
    /// Text: all character data of a leaf; for an element with children,
    /// the character data that is not whitespace-only.
    pub text: String,
    /// Child elements in document order.
    pub children: Vec<Element>,
}

/// Parses a document into its namespace-aware tree.
pub fn parse(xml: &str) -> Result<Element, String> {
    let mut reader = NsReader::from_str(xml);
    // Element content: the element, its text segments.
    let mut stack: Vec<(Element, Vec<String>)> = Vec::new();
    let mut root = None;
    loop {
        let pos = reader.buffer_position();
        let (resolved, event) = reader
            .read_resolved_event()
            .map_err(|e| format!("not well-formed at byte {pos}: {e}"))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let ns = namespace(&resolved, pos)?;
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                let mut attrs = BTreeMap::new();
                for attr in e.attributes() {
                    let attr = attr.map_err(|err| format!("bad attribute at byte {pos}: {err}"))?;
                    if attr.key.as_namespace_binding().is_some() {
                        continue;
                    }
                    let (attr_ns, attr_local) = reader.resolve_attribute(attr.key);
                    let attr_ns = namespace(&attr_ns, pos)?;
                    let value = attr
                        .unescape_value()
                        .map_err(|err| format!("bad attribute value at byte {pos}: {err}"))?;
                    attrs.insert(
                        (
                            attr_ns,
                            String::from_utf8_lossy(attr_local.as_ref()).into_owned(),
                        ),
                        value.into_owned(),
                    );
                }
                let element = Element {
                    ns,
                    local,
                    attrs,
                    text: String::new(),
                    children: Vec::new(),
                };
                if matches!(event, Event::Start(_)) {
                    stack.push((element, Vec::new()));
                } else {
                    attach(&mut stack, &mut root, element);
                }
            }
            Event::End(_) => {
                let (mut element, texts) = stack
                    .pop()
                    .ok_or_else(|| format!("unbalanced end tag at byte {pos}"))?;
                element.text = if element.children.is_empty() {
                    texts.concat()
                } else {
                    texts
                        .into_iter()
                        .filter(|t| !t.trim().is_empty())
                        .collect::<Vec<_>>()
                        .concat()
                };
                attach(&mut stack, &mut root, element);
            }
            Event::Text(t) => {
                let text = t
                    .unescape()
                    .map_err(|err| format!("bad text at byte {pos}: {err}"))?;
                if let Some((_, texts)) = stack.last_mut() {
                    texts.push(text.into_owned());
                }
            }
            Event::CData(c) => {
                if let Some((_, texts)) = stack.last_mut() {
                    texts.push(String::from_utf8_lossy(&c.into_inner()).into_owned());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    root.ok_or_else(|| "no document element".to_string())
}

fn namespace(resolved: &ResolveResult<'_>, pos: u64) -> Result<String, String> {
    match resolved {
        ResolveResult::Bound(ns) => Ok(String::from_utf8_lossy(ns.as_ref()).into_owned()),
        ResolveResult::Unbound => Ok(String::new()),
        ResolveResult::Unknown(prefix) => Err(format!(
            "undeclared prefix `{}` at byte {pos}",
            String::from_utf8_lossy(prefix)
        )),
    }
}

fn attach(stack: &mut [(Element, Vec<String>)], root: &mut Option<Element>, element: Element) {
    match stack.last_mut() {
        Some((parent, _)) => parent.children.push(element),
        None => *root = Some(element),
    }
}

/// One line per element and per text, indented by depth:
/// `{ns}local @{ns}name="value"...` then `"text"`.
pub fn render(element: &Element) -> String {
    let mut out = String::new();
    render_into(element, 0, &mut out);
    out
}

fn render_into(element: &Element, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    out.push_str(&format!("{indent}{{{}}}{}", element.ns, element.local));
    for ((ns, local), value) in &element.attrs {
        out.push_str(&format!(" @{{{ns}}}{local}={value:?}"));
    }
    out.push('\n');
    if !element.text.is_empty() {
        out.push_str(&format!("{indent}  {:?}\n", element.text));
    }
    for child in &element.children {
        render_into(child, depth + 1, out);
    }
}

/// The differing region of two renderings (common head and tail cut, three
/// lines of context), `-` for `left`, `+` for `right`.
pub fn diff(left: &str, right: &str) -> String {
    let a: Vec<&str> = left.lines().collect();
    let b: Vec<&str> = right.lines().collect();
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    const CONTEXT: usize = 3;
    const MAX: usize = 40;
    let mut out = Vec::new();
    for line in &a[head.saturating_sub(CONTEXT)..head] {
        out.push(format!("  {line}"));
    }
    let removed = &a[head..a.len() - tail];
    let added = &b[head..b.len() - tail];
    for line in removed.iter().take(MAX) {
        out.push(format!("- {line}"));
    }
    if removed.len() > MAX {
        out.push(format!("- ... {} more", removed.len() - MAX));
    }
    for line in added.iter().take(MAX) {
        out.push(format!("+ {line}"));
    }
    if added.len() > MAX {
        out.push(format!("+ ... {} more", added.len() - MAX));
    }
    for line in a[a.len() - tail..].iter().take(CONTEXT) {
        out.push(format!("  {line}"));
    }
    out.join("\n")
}

/// `Ok` when both documents are the same tree; otherwise the difference
/// (`-` left, `+` right) or why one does not parse.
pub fn compare(left_xml: &str, right_xml: &str) -> Result<(), String> {
    let left = parse(left_xml).map_err(|e| format!("left document: {e}"))?;
    let right = parse(right_xml).map_err(|e| format!("right document: {e}"))?;
    if left == right {
        Ok(())
    } else {
        Err(diff(&render(&left), &render(&right)))
    }
}
