//! A minimal, namespace-preserving XML tree for the mutation engine.
//!
//! Names are kept exactly as written (`prefix:local`), namespace
//! declarations stay ordinary attributes, so a parsed sample serialises back
//! to an equivalent document. Helpers resolve prefixes against the in-scope
//! declarations when a mutation needs to know or add a namespace.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Namespace of the StUF-JZ koppelvlak (message elements).
pub const NS_JZ: &str = "http://www.stufstandaarden.nl/koppelvlak/jz0100";
/// Namespace of StUF 03.01 (stuurgegevens, StUF attributes).
pub const NS_STUF: &str = "http://www.egem.nl/StUF/StUF0301";
/// Namespace of StUF-ZKN 03.10.
pub const NS_ZKN: &str = "http://www.egem.nl/StUF/sector/zkn/0310";
/// Namespace of StUF-BG 03.10.
pub const NS_BG: &str = "http://www.egem.nl/StUF/sector/bg/0310";
/// Namespace of `xsi:nil` and friends.
pub const NS_XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// One attribute, name as written, value unescaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    /// Qualified name as written (`StUF:entiteittype`, `xmlns:JZ`, `naam`).
    pub name: String,
    /// Unescaped value.
    pub value: String,
}

/// A node in element content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A child element.
    Element(Element),
    /// Character data (CDATA sections are folded into text).
    Text(String),
    /// A comment (content without the delimiters).
    Comment(String),
    /// A processing instruction (content without the delimiters).
    Pi(String),
}

/// An element with its attributes and children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// Qualified name as written.
    pub name: String,
    /// Attributes, namespace declarations included, in document order.
    pub attrs: Vec<Attr>,
    /// Child nodes in document order.
    pub children: Vec<Node>,
}

/// A parsed document: comments/PIs before the root, then the root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Comments and processing instructions before the root element.
    pub prolog: Vec<Node>,
    /// The document element.
    pub root: Element,
}

/// In-scope namespace bindings: `(prefix, uri)`, `""` is the default namespace.
pub type Scope = Vec<(String, String)>;

/// Splits a qualified name into `(prefix, local)`; the prefix is `""` if absent.
pub fn split_qname(qname: &str) -> (&str, &str) {
    match qname.split_once(':') {
        Some((p, l)) => (p, l),
        None => ("", qname),
    }
}

impl Attr {
    /// Creates an attribute.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Attr {
            name: name.into(),
            value: value.into(),
        }
    }

    /// The prefix this attribute declares, if it is a namespace declaration.
    pub fn declared_prefix(&self) -> Option<&str> {
        if self.name == "xmlns" {
            Some("")
        } else {
            self.name.strip_prefix("xmlns:")
        }
    }
}

impl Element {
    /// Creates an element without attributes or children.
    pub fn new(name: impl Into<String>) -> Self {
        Element {
            name: name.into(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Local part of the element name.
    pub fn local(&self) -> &str {
        split_qname(&self.name).1
    }

    /// Indices (into `children`) of the element children.
    pub fn element_indices(&self) -> Vec<usize> {
        self.children
            .iter()
            .enumerate()
            .filter(|(_, n)| matches!(n, Node::Element(_)))
            .map(|(i, _)| i)
            .collect()
    }

    /// True when the element has no element children (a "simple" leaf).
    pub fn is_leaf(&self) -> bool {
        self.element_indices().is_empty()
    }

    /// Concatenated text of a leaf element.
    pub fn text(&self) -> String {
        self.children
            .iter()
            .filter_map(|n| match n {
                Node::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Replaces all children of a leaf by a single text node (none if empty).
    pub fn set_text(&mut self, text: &str) {
        self.children.retain(|n| !matches!(n, Node::Text(_)));
        if !text.is_empty() {
            self.children.push(Node::Text(text.to_string()));
        }
    }

    /// Sets (or adds) an attribute value.
    pub fn set_attr(&mut self, name: &str, value: &str) {
        match self.attrs.iter_mut().find(|a| a.name == name) {
            Some(a) => a.value = value.to_string(),
            None => self.attrs.push(Attr::new(name, value)),
        }
    }

    /// The child element at children index `i` (panics if it is no element).
    pub fn child(&self, i: usize) -> &Element {
        match &self.children[i] {
            Node::Element(e) => e,
            other => panic!("node {i} is not an element: {other:?}"),
        }
    }

    /// Mutable variant of [`Element::child`].
    pub fn child_mut(&mut self, i: usize) -> &mut Element {
        match &mut self.children[i] {
            Node::Element(e) => e,
            other => panic!("node {i} is not an element: {other:?}"),
        }
    }

    /// Follows a path of children indices.
    pub fn at(&self, path: &[usize]) -> &Element {
        path.iter().fold(self, |e, &i| e.child(i))
    }

    /// Mutable variant of [`Element::at`].
    pub fn at_mut(&mut self, path: &[usize]) -> &mut Element {
        path.iter().fold(self, |e, &i| e.child_mut(i))
    }
}

/// Adds the declarations of `e` to `scope` (later entries shadow earlier ones).
pub fn extend_scope(scope: &mut Scope, e: &Element) {
    for a in &e.attrs {
        if let Some(p) = a.declared_prefix() {
            scope.push((p.to_string(), a.value.clone()));
        }
    }
}

/// Namespace bound to `prefix` in `scope` (`""` = default namespace).
pub fn resolve<'a>(scope: &'a Scope, prefix: &str) -> Option<&'a str> {
    scope
        .iter()
        .rev()
        .find(|(p, _)| p == prefix)
        .map(|(_, u)| u.as_str())
}

/// A non-default prefix that is bound to `uri` in `scope` and not shadowed.
pub fn prefix_for(scope: &Scope, uri: &str) -> Option<String> {
    scope
        .iter()
        .rev()
        .filter(|(p, u)| !p.is_empty() && u == uri)
        .map(|(p, _)| p.clone())
        .find(|p| resolve(scope, p) == Some(uri))
}

/// Namespace URI of an element name in `scope` (`""` for no namespace).
pub fn element_ns(scope: &Scope, qname: &str) -> String {
    let (p, _) = split_qname(qname);
    resolve(scope, p).unwrap_or("").to_string()
}

/// The bindings in scope before the root element (only `xml`).
pub fn base_scope() -> Scope {
    vec![("xml".into(), "http://www.w3.org/XML/1998/namespace".into())]
}

/// In-scope bindings at the element reached by `path` (its own included).
pub fn scope_at(root: &Element, path: &[usize]) -> Scope {
    let mut scope = base_scope();
    let mut e = root;
    extend_scope(&mut scope, e);
    for &i in path {
        e = e.child(i);
        extend_scope(&mut scope, e);
    }
    scope
}

/// Returns a prefix bound to `uri` at element `e`, whose in-scope bindings
/// (its own declarations included) are `scope`; if there is none, declares
/// `preferred` (made unique) on `e`.
pub fn ensure_prefix(e: &mut Element, scope: &Scope, uri: &str, preferred: &str) -> String {
    if let Some(p) = prefix_for(scope, uri) {
        return p;
    }
    let mut prefix = preferred.to_string();
    let mut n = 1;
    while resolve(scope, &prefix).is_some() {
        n += 1;
        prefix = format!("{preferred}{n}");
    }
    e.attrs.push(Attr::new(format!("xmlns:{prefix}"), uri));
    prefix
}

/// Copies `e` so that it can be pasted anywhere: every binding in `scope`
/// (the bindings at `e`) that `e` does not declare itself is declared on it.
pub fn detach(e: &Element, scope: &Scope) -> Element {
    let mut copy = e.clone();
    let mut seen: Vec<String> = copy
        .attrs
        .iter()
        .filter_map(|a| a.declared_prefix().map(str::to_string))
        .collect();
    let mut decls = Vec::new();
    for (p, u) in scope.iter().rev() {
        if p == "xml" || seen.contains(p) {
            continue;
        }
        seen.push(p.clone());
        let name = if p.is_empty() {
            "xmlns".to_string()
        } else {
            format!("xmlns:{p}")
        };
        decls.push(Attr::new(name, u.clone()));
    }
    decls.reverse();
    decls.append(&mut copy.attrs);
    copy.attrs = decls;
    copy
}

fn read_start(start: &BytesStart<'_>) -> Result<Element, String> {
    let name = String::from_utf8(start.name().as_ref().to_vec()).map_err(|e| e.to_string())?;
    let mut element = Element::new(name);
    for attr in start.attributes() {
        let attr = attr.map_err(|e| e.to_string())?;
        let key = String::from_utf8(attr.key.as_ref().to_vec()).map_err(|e| e.to_string())?;
        let value = attr.unescape_value().map_err(|e| e.to_string())?;
        element.attrs.push(Attr::new(key, value));
    }
    Ok(element)
}

/// Parses a document. Errors on malformed input, on a missing root element
/// and on content after the root (other than whitespace, comments and PIs).
pub fn parse(text: &str) -> Result<Document, String> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut prolog = Vec::new();
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let pos = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error near byte {pos}: {e}"))?;
        let node = match event {
            Event::Start(s) => {
                stack.push(read_start(&s)?);
                continue;
            }
            Event::End(_) => {
                let done = stack.pop().ok_or("unbalanced end tag")?;
                Node::Element(done)
            }
            Event::Empty(s) => Node::Element(read_start(&s)?),
            Event::Text(t) => Node::Text(t.unescape().map_err(|e| e.to_string())?.into_owned()),
            Event::CData(c) => Node::Text(String::from_utf8_lossy(&c.into_inner()).into_owned()),
            Event::Comment(c) => {
                Node::Comment(String::from_utf8_lossy(&c.into_inner()).into_owned())
            }
            Event::PI(p) => Node::Pi(String::from_utf8_lossy(&p.into_inner()).into_owned()),
            Event::Decl(_) | Event::DocType(_) => continue,
            Event::Eof => break,
        };
        match (stack.last_mut(), node) {
            (Some(parent), node) => parent.children.push(node),
            (None, Node::Element(e)) if root.is_none() => root = Some(e),
            (None, Node::Element(_)) => return Err("more than one root element".into()),
            (None, Node::Text(t)) if t.trim().is_empty() => {}
            (None, Node::Text(_)) => return Err("text outside the root element".into()),
            (None, other) if root.is_none() => prolog.push(other),
            (None, _) => {}
        }
    }
    if !stack.is_empty() {
        return Err("unclosed element at end of input".into());
    }
    let root = root.ok_or("no root element")?;
    Ok(Document { prolog, root })
}

fn escape(s: &str, out: &mut String, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\t' if attr => out.push_str("&#9;"),
            '\n' if attr => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

fn write_node(node: &Node, out: &mut String) {
    match node {
        Node::Element(e) => write_element(e, out),
        Node::Text(t) => escape(t, out, false),
        Node::Comment(c) => {
            out.push_str("<!--");
            out.push_str(c);
            out.push_str("-->");
        }
        Node::Pi(p) => {
            out.push_str("<?");
            out.push_str(p);
            out.push_str("?>");
        }
    }
}

fn write_element(e: &Element, out: &mut String) {
    out.push('<');
    out.push_str(&e.name);
    for a in &e.attrs {
        out.push(' ');
        out.push_str(&a.name);
        out.push_str("=\"");
        escape(&a.value, out, true);
        out.push('"');
    }
    if e.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for c in &e.children {
        write_node(c, out);
    }
    out.push_str("</");
    out.push_str(&e.name);
    out.push('>');
}

/// Serialises a document (UTF-8, with an XML declaration).
pub fn serialize(doc: &Document) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    for n in &doc.prolog {
        write_node(n, &mut out);
        out.push('\n');
    }
    write_element(&doc.root, &mut out);
    out.push('\n');
    out
}

/// Facts about one element, collected by [`walk`] in document order.
#[derive(Clone, Debug)]
pub struct ElementInfo {
    /// Children indices from the root (empty for the root).
    pub path: Vec<usize>,
    /// Readable location, e.g. `/JZ:vtoDi01/JZ:object/ZKN:heeftBetrekkingOp[2]`.
    pub xpath: String,
    /// Namespace URI of the element.
    pub ns: String,
    /// Local name.
    pub local: String,
    /// True when the element has no element children.
    pub leaf: bool,
    /// Text content of a leaf (empty for non-leaves).
    pub text: String,
    /// Number of element children.
    pub element_children: usize,
}

/// Lists every element of the document in document order.
pub fn walk(doc: &Document) -> Vec<ElementInfo> {
    fn visit(
        e: &Element,
        path: &mut Vec<usize>,
        xpath: String,
        scope: &mut Scope,
        out: &mut Vec<ElementInfo>,
    ) {
        let mark = scope.len();
        extend_scope(scope, e);
        let leaf = e.is_leaf();
        out.push(ElementInfo {
            path: path.clone(),
            xpath: xpath.clone(),
            ns: element_ns(scope, &e.name),
            local: e.local().to_string(),
            leaf,
            text: if leaf { e.text() } else { String::new() },
            element_children: e.element_indices().len(),
        });
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for i in e.element_indices() {
            let child = e.child(i);
            let total = e
                .element_indices()
                .iter()
                .filter(|&&j| e.child(j).name == child.name)
                .count();
            let n = match counts.iter_mut().find(|(name, _)| *name == child.name) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    counts.push((&child.name, 1));
                    1
                }
            };
            let step = if total > 1 {
                format!("{xpath}/{}[{n}]", child.name)
            } else {
                format!("{xpath}/{}", child.name)
            };
            path.push(i);
            visit(child, path, step, scope, out);
            path.pop();
        }
        scope.truncate(mark);
    }
    let mut out = Vec::new();
    let mut scope = base_scope();
    visit(
        &doc.root,
        &mut Vec::new(),
        format!("/{}", doc.root.name),
        &mut scope,
        &mut out,
    );
    out
}
