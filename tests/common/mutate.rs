//! A small deterministic mutator: simple, mostly schema-breaking edits of a
//! sample message, each applied on its own.
//!
//! The document is held as written (qualified names and namespace
//! declarations kept as they are), so a variant differs from its sample
//! only by the one edit. Elements are numbered in document order, the
//! document element being 0.

use quick_xml::escape::escape;
use quick_xml::events::Event;
use quick_xml::Reader;

/// A node in element content.
#[derive(Debug, Clone)]
enum Node {
    Element(Element),
    Text(String),
    Comment(String),
}

/// An element as written.
#[derive(Debug, Clone)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

impl Element {
    fn has_child_elements(&self) -> bool {
        self.children.iter().any(|n| matches!(n, Node::Element(_)))
    }

    /// The character data of a leaf, when it has some that is not
    /// whitespace.
    fn leaf_text(&self) -> Option<String> {
        if self.has_child_elements() {
            return None;
        }
        let text: String = self
            .children
            .iter()
            .filter_map(|n| match n {
                Node::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        (!text.trim().is_empty()).then_some(text)
    }
}

/// How many edits of each kind to make per document.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Drop each of the first `drop` elements (after the document element).
    pub drop: usize,
    /// Change the text of each of the first `text` leaves with text to "X".
    pub text: usize,
    /// Duplicate this many elements, spread evenly over the document.
    pub duplicate: usize,
    /// Add an unknown attribute to this many elements (the document
    /// element first, then spread evenly), alternating unqualified and
    /// `StUF:`-qualified names.
    pub attribute: usize,
}

/// One mutated document.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The kind of edit: `drop`, `text`, `duplicate`, `attribute`.
    pub kind: &'static str,
    /// What was edited, such as `drop #3 <JZ:object>`.
    pub label: String,
    /// The mutated document.
    pub xml: String,
}

/// Parses a document that must be well-formed (a sample).
fn parse(xml: &str) -> Element {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Element> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("sample is not well-formed: {e}"));
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let element = Element {
                    name: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs: e
                        .attributes()
                        .map(|a| {
                            let a = a.unwrap_or_else(|err| panic!("bad attribute: {err}"));
                            (
                                String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                                a.unescape_value()
                                    .unwrap_or_else(|err| panic!("bad attribute value: {err}"))
                                    .into_owned(),
                            )
                        })
                        .collect(),
                    children: Vec::new(),
                };
                if matches!(event, Event::Start(_)) {
                    stack.push(element);
                } else if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(element));
                } else {
                    return element;
                }
            }
            Event::End(_) => {
                let element = stack.pop().expect("balanced tags");
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => return element,
                }
            }
            Event::Text(t) => {
                if let Some(parent) = stack.last_mut() {
                    let text = t.unescape().unwrap_or_else(|err| panic!("bad text: {err}"));
                    parent.children.push(Node::Text(text.into_owned()));
                }
            }
            Event::CData(c) => {
                if let Some(parent) = stack.last_mut() {
                    let text = String::from_utf8_lossy(&c.into_inner()).into_owned();
                    parent.children.push(Node::Text(text));
                }
            }
            Event::Comment(c) => {
                if let Some(parent) = stack.last_mut() {
                    let text = String::from_utf8_lossy(&c.into_inner()).into_owned();
                    parent.children.push(Node::Comment(text));
                }
            }
            Event::Eof => panic!("sample has no document element"),
            _ => {}
        }
    }
}

fn write(root: &Element) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write_element(root, &mut out);
    out.push('\n');
    out
}

fn write_element(element: &Element, out: &mut String) {
    out.push('<');
    out.push_str(&element.name);
    for (name, value) in &element.attrs {
        out.push_str(&format!(" {name}=\"{}\"", escape(value.as_str())));
    }
    if element.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for child in &element.children {
        match child {
            Node::Element(e) => write_element(e, out),
            Node::Text(t) => out.push_str(&escape(t.as_str())),
            Node::Comment(c) => out.push_str(&format!("<!--{c}-->")),
        }
    }
    out.push_str(&format!("</{}>", element.name));
}

/// Elements in document order (the document element first).
fn preorder(root: &Element) -> Vec<&Element> {
    fn walk<'a>(e: &'a Element, out: &mut Vec<&'a Element>) {
        out.push(e);
        for child in &e.children {
            if let Node::Element(c) = child {
                walk(c, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

/// The `n`th element in document order.
fn nth_mut(root: &mut Element, n: usize) -> Option<&mut Element> {
    fn walk<'a>(e: &'a mut Element, n: usize, seen: &mut usize) -> Option<&'a mut Element> {
        if *seen == n {
            return Some(e);
        }
        *seen += 1;
        for child in &mut e.children {
            if let Node::Element(c) = child {
                if let Some(found) = walk(c, n, seen) {
                    return Some(found);
                }
            }
        }
        None
    }
    walk(root, n, &mut 0)
}

/// The child indices (into `children`) leading from the document element
/// to the `n`th element.
fn path_to(root: &Element, n: usize) -> Option<Vec<usize>> {
    fn walk(e: &Element, n: usize, seen: &mut usize, path: &mut Vec<usize>) -> bool {
        if *seen == n {
            return true;
        }
        *seen += 1;
        for (i, child) in e.children.iter().enumerate() {
            if let Node::Element(c) = child {
                path.push(i);
                if walk(c, n, seen, path) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = Vec::new();
    walk(root, n, &mut 0, &mut path).then_some(path)
}

/// Applies `edit` to the children of the parent of the `n`th element
/// (`n` ≥ 1) and the element's index among them.
fn with_parent_of(root: &mut Element, n: usize, edit: impl FnOnce(&mut Vec<Node>, usize)) {
    let path = path_to(root, n).expect("element number in range");
    let (&last, steps) = path.split_last().expect("not the document element");
    let mut parent = root;
    for &i in steps {
        parent = match &mut parent.children[i] {
            Node::Element(c) => c,
            _ => unreachable!("paths lead through elements"),
        };
    }
    edit(&mut parent.children, last);
}

/// `count` indices spread evenly over `1..len` (deterministic).
fn spread(len: usize, count: usize) -> Vec<usize> {
    if len <= 1 || count == 0 {
        return Vec::new();
    }
    let mut picks: Vec<usize> = (0..count).map(|k| 1 + k * (len - 1) / count).collect();
    picks.dedup();
    picks
}

/// Every variant of `xml` within `limits`, in a fixed order.
pub fn variants(xml: &str, limits: Limits) -> Vec<Variant> {
    let original = parse(xml);
    let elements: Vec<(String, Option<String>)> = preorder(&original)
        .iter()
        .map(|e| (e.name.clone(), e.leaf_text()))
        .collect();
    let mut out = Vec::new();

    for (n, (name, _)) in elements.iter().enumerate().skip(1).take(limits.drop) {
        let mut doc = original.clone();
        with_parent_of(&mut doc, n, |children, i| {
            children.remove(i);
        });
        out.push(Variant {
            kind: "drop",
            label: format!("drop #{n} <{name}>"),
            xml: write(&doc),
        });
    }

    let leaves = elements
        .iter()
        .enumerate()
        .filter(|(_, (_, text))| text.is_some())
        .take(limits.text);
    for (n, (name, text)) in leaves {
        let mut doc = original.clone();
        let element = nth_mut(&mut doc, n).expect("element number in range");
        element.children = vec![Node::Text("X".to_string())];
        out.push(Variant {
            kind: "text",
            label: format!(
                "text #{n} <{name}> {:?} -> \"X\"",
                text.as_deref().unwrap_or_default()
            ),
            xml: write(&doc),
        });
    }

    for n in spread(elements.len(), limits.duplicate) {
        let mut doc = original.clone();
        with_parent_of(&mut doc, n, |children, i| {
            let copy = children[i].clone();
            children.insert(i + 1, copy);
        });
        out.push(Variant {
            kind: "duplicate",
            label: format!("duplicate #{n} <{}>", elements[n].0),
            xml: write(&doc),
        });
    }

    let mut targets = vec![0];
    targets.extend(spread(elements.len(), limits.attribute.saturating_sub(1)));
    for (k, n) in targets.into_iter().take(limits.attribute).enumerate() {
        let mut doc = original.clone();
        let name = if k % 2 == 0 {
            "onbekend"
        } else {
            "StUF:onbekend"
        };
        let element = nth_mut(&mut doc, n).expect("element number in range");
        element.attrs.push((name.to_string(), "1".to_string()));
        out.push(Variant {
            kind: "attribute",
            label: format!("attribute {name}=\"1\" on #{n} <{}>", elements[n].0),
            xml: write(&doc),
        });
    }
    out
}

/// The document unchanged but re-serialised by the mutator (to check the
/// mutator itself keeps a sample equivalent).
pub fn identity(xml: &str) -> String {
    write(&parse(xml))
}
