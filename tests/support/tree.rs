//! Namespace-aware comparison of two XML documents.
//!
//! A document becomes a tree of elements named by namespace URI and local
//! name, with attributes keyed the same way, and text. Prefixes, namespace
//! declarations, comments, processing instructions, the XML declaration and
//! whitespace-only text next to child elements are ignored; everything else
//! (including the order of child elements and the text of leaves, exactly)
//! must match.

use std::collections::BTreeMap;

use super::xml::{self, Node, Scope};

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

/// Parses a document (with [`xml::parse`]) into its namespace-aware tree.
pub fn parse(text: &str) -> Result<Element, String> {
    let doc = xml::parse(text).map_err(|e| format!("not well-formed: {e}"))?;
    let mut scope = xml::base_scope();
    canonical(&doc.root, &mut scope, "")
}

/// The namespace of the prefix of `qname` (`""` for an unprefixed
/// attribute, the default namespace for an unprefixed element).
fn namespace(scope: &Scope, qname: &str, attribute: bool, at: &str) -> Result<String, String> {
    match xml::split_qname(qname) {
        ("", _) if attribute => Ok(String::new()),
        (prefix, _) => match xml::resolve(scope, prefix) {
            Some(uri) => Ok(uri.to_string()),
            None if prefix.is_empty() => Ok(String::new()),
            None => Err(format!("undeclared prefix `{prefix}` at {at}/{qname}")),
        },
    }
}

fn canonical(e: &xml::Element, scope: &mut Scope, at: &str) -> Result<Element, String> {
    let mark = scope.len();
    xml::extend_scope(scope, e);
    let path = format!("{at}/{}", e.name);
    let mut attrs = BTreeMap::new();
    for a in e.attrs.iter().filter(|a| a.declared_prefix().is_none()) {
        let ns = namespace(scope, &a.name, true, &path)?;
        let local = xml::split_qname(&a.name).1.to_string();
        attrs.insert((ns, local), a.value.clone());
    }
    let mut children = Vec::new();
    let mut texts = Vec::new();
    for node in &e.children {
        match node {
            Node::Element(child) => children.push(canonical(child, scope, &path)?),
            Node::Text(t) => texts.push(t.as_str()),
            Node::Comment(_) | Node::Pi(_) => {}
        }
    }
    let text = if children.is_empty() {
        texts.concat()
    } else {
        texts.into_iter().filter(|t| !t.trim().is_empty()).collect()
    };
    let element = Element {
        ns: namespace(scope, &e.name, false, at)?,
        local: e.local().to_string(),
        attrs,
        text,
        children,
    };
    scope.truncate(mark);
    Ok(element)
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

/// How many lines `a` and `b` share at their start and, after that, at
/// their end.
pub fn common_ends(a: &[&str], b: &[&str]) -> (usize, usize) {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (head, tail)
}

/// The differing region of two renderings (common head and tail cut, three
/// lines of context), `-` for `left`, `+` for `right`.
pub fn diff(left: &str, right: &str) -> String {
    let a: Vec<&str> = left.lines().collect();
    let b: Vec<&str> = right.lines().collect();
    let (head, tail) = common_ends(&a, &b);
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
