//! A read-only element tree of a message that has already passed the
//! schema, for the rules that look across the whole message (every element
//! of a BSN type, every `StUF:noValue`, every date) and for finding the
//! line and column of an element once a rule is broken.
//!
//! Paths are written exactly like schema violations
//! (`/vtoDi01/object/heeftBetrekkingOp[2]/gerelateerde/inp.bsn`: local
//! names, `[n]` from the second same-named sibling on).

use std::borrow::Cow;
use std::sync::OnceLock;

use stuf_jz_types::xml::{Events, LineIndex, XmlEvent};
use stuf_jz_types::{Position, ReaderConfig};

/// The StUF namespace.
pub const STUF: &str = "http://www.egem.nl/StUF/StUF0301";
/// The BG namespace.
pub const BG: &str = "http://www.egem.nl/StUF/sector/bg/0310";
/// The ZKN namespace.
pub const ZKN: &str = "http://www.egem.nl/StUF/sector/zkn/0310";
/// The JZ namespace.
pub const JZ: &str = "http://www.stufstandaarden.nl/koppelvlak/jz0100";
/// The XML Schema instance namespace.
pub const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Index of an element in [`Tree::nodes`].
pub type NodeId = usize;

/// One attribute (names, and values without references, are slices of
/// the document).
#[derive(Debug, Clone)]
pub struct Attr<'x> {
    /// Namespace URI ("" when unqualified).
    pub ns: &'static str,
    /// Local name.
    pub name: Cow<'x, str>,
    /// Unescaped value.
    pub value: Cow<'x, str>,
}

/// One element (its name, and text without references, are slices of the
/// document).
#[derive(Debug, Clone)]
pub struct Node<'x> {
    /// Namespace URI (one of the StUF-JZ namespaces, or "").
    pub ns: &'static str,
    /// Local name.
    pub name: Cow<'x, str>,
    /// 1-based index among same-named siblings.
    pub index: u32,
    /// Parent element.
    pub parent: Option<NodeId>,
    /// Child elements in document order.
    pub children: Vec<NodeId>,
    /// Attributes.
    pub attrs: Vec<Attr<'x>>,
    /// Character data directly inside the element (unescaped), from its
    /// first character that is not white space on: white space before it
    /// (such as the layout between child elements) is not kept, as
    /// [`Tree::text`] trims it anyway.
    pub text: Cow<'x, str>,
    /// Byte offset of the `<` of its start tag.
    pub offset: usize,
}

/// The elements of one document.
#[derive(Debug, Clone)]
pub struct Tree<'x> {
    /// Every element; the root is `0`.
    pub nodes: Vec<Node<'x>>,
    input: &'x str,
    /// Where the lines start, found when a position is first asked.
    lines: OnceLock<LineIndex>,
}

/// A namespace as `'static` when it is one of the well-known ones (the
/// rules look only at those), else "".
fn intern(ns: Cow<'static, str>) -> &'static str {
    match ns {
        Cow::Borrowed(ns) => ns,
        Cow::Owned(ns) => stuf_jz_types::decl::intern_namespace(ns.as_bytes()).unwrap_or(""),
    }
}

/// Appends character data to an element's text; white space before its
/// first other character is dropped (see [`Node::text`]), so that the
/// layout between child elements costs nothing.
fn append<'x>(text: &mut Cow<'x, str>, part: Cow<'x, str>) {
    if text.trim_start().is_empty() {
        if !part.trim_start().is_empty() {
            *text = match part {
                Cow::Borrowed(part) => Cow::Borrowed(part.trim_start()),
                Cow::Owned(part) => Cow::Owned(part.trim_start().to_string()),
            };
        }
    } else {
        text.to_mut().push_str(&part);
    }
}

fn attrs_of<'x>(events: &Events<'x>) -> Vec<Attr<'x>> {
    events
        .attributes()
        .map(|a| Attr {
            ns: intern(a.ns),
            name: Cow::Borrowed(a.local),
            value: a.value.clone(),
        })
        .collect()
}

impl<'x> Tree<'x> {
    /// Reads the elements of a well-formed document (one that the schema
    /// reader accepted). `None` if it is not well-formed after all.
    pub fn parse(input: &'x str) -> Option<Tree<'x>> {
        let mut events = Events::new(input, &ReaderConfig::default());
        let mut nodes: Vec<Node<'x>> = Vec::new();
        let mut stack: Vec<NodeId> = Vec::new();
        // Per open element: how often each child name occurred so far.
        let mut counts: Vec<Vec<(&'x str, u32)>> = Vec::new();
        loop {
            match events.next_event().ok()? {
                XmlEvent::Start { offset } => {
                    let (ns, name) = events.element();
                    let parent = stack.last().copied();
                    let index = match counts.last_mut() {
                        None => 1,
                        Some(seen) => match seen.iter_mut().find(|(n, _)| *n == name) {
                            Some((_, count)) => {
                                *count += 1;
                                *count
                            }
                            None => {
                                seen.push((name, 1));
                                1
                            }
                        },
                    };
                    let id = nodes.len();
                    nodes.push(Node {
                        ns: intern(ns),
                        name: Cow::Borrowed(name),
                        index,
                        parent,
                        children: Vec::new(),
                        attrs: attrs_of(&events),
                        text: Cow::Borrowed(""),
                        offset,
                    });
                    if let Some(p) = parent {
                        nodes[p].children.push(id);
                    }
                    stack.push(id);
                    counts.push(Vec::new());
                }
                XmlEvent::End => {
                    stack.pop();
                    counts.pop();
                }
                XmlEvent::Text { text, .. } => {
                    if let Some(&top) = stack.last() {
                        append(&mut nodes[top].text, text);
                    }
                }
                _ => break,
            }
        }
        (!nodes.is_empty()).then_some(Tree {
            nodes,
            input,
            lines: OnceLock::new(),
        })
    }

    /// The root element.
    pub fn root(&self) -> NodeId {
        0
    }

    /// An element.
    pub fn node(&self, id: NodeId) -> &Node<'x> {
        &self.nodes[id]
    }

    /// Child elements with this local name.
    pub fn children<'a>(&'a self, id: NodeId, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.nodes[id]
            .children
            .iter()
            .copied()
            .filter(move |&c| self.nodes[c].name == name)
    }

    /// The first child element with this local name.
    pub fn child(&self, id: NodeId, name: &str) -> Option<NodeId> {
        self.children(id, name).next()
    }

    /// Follows a chain of child names (`["gerelateerde", "identificatie"]`).
    pub fn descend(&self, id: NodeId, names: &[&str]) -> Option<NodeId> {
        names.iter().try_fold(id, |at, name| self.child(at, name))
    }

    /// The trimmed text of an element.
    pub fn text(&self, id: NodeId) -> &str {
        self.nodes[id].text.trim()
    }

    /// The text of a child element, unless absent, nil or empty.
    pub fn child_text(&self, id: NodeId, name: &str) -> Option<&str> {
        let c = self.child(id, name)?;
        (!self.is_nil(c))
            .then(|| self.text(c))
            .filter(|t| !t.is_empty())
    }

    /// An attribute value.
    pub fn attr(&self, id: NodeId, ns: &str, name: &str) -> Option<&str> {
        self.nodes[id]
            .attrs
            .iter()
            .find(|a| a.ns == ns && a.name == name)
            .map(|a| &*a.value)
    }

    /// Whether the element has `xsi:nil="true"` (or `1`).
    pub fn is_nil(&self, id: NodeId) -> bool {
        matches!(self.attr(id, XSI, "nil").map(str::trim), Some("true" | "1"))
    }

    /// The `StUF:extraElement` children of the element's `StUF:extraElementen`.
    pub fn extra_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id, "extraElementen")
            .flat_map(move |e| self.children(e, "extraElement"))
    }

    /// The value of the extraElement with this `naam`, unless nil or empty.
    pub fn extra(&self, id: NodeId, naam: &str) -> Option<(NodeId, &str)> {
        self.extra_elements(id)
            .find(|&e| self.attr(e, "", "naam") == Some(naam))
            .filter(|&e| !self.is_nil(e))
            .map(|e| (e, self.text(e)))
            .filter(|(_, t)| !t.is_empty())
    }

    /// Every element in document order.
    pub fn all(&self) -> std::ops::Range<NodeId> {
        0..self.nodes.len()
    }

    /// The element path, as in schema violations.
    pub fn path(&self, id: NodeId) -> String {
        let mut chain = Vec::new();
        let mut at = Some(id);
        while let Some(n) = at {
            chain.push(n);
            at = self.nodes[n].parent;
        }
        let mut out = String::new();
        for n in chain.into_iter().rev() {
            let node = &self.nodes[n];
            out.push('/');
            out.push_str(&node.name);
            if node.index > 1 {
                out.push_str(&format!("[{}]", node.index));
            }
        }
        out
    }

    /// The element at a path written by [`Tree::path`] (or by a typed rule).
    pub fn find(&self, path: &str) -> Option<NodeId> {
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let split = |segment: &str| -> Option<(String, u32)> {
            match segment.split_once('[') {
                Some((name, rest)) => {
                    Some((name.to_string(), rest.strip_suffix(']')?.parse().ok()?))
                }
                None => Some((segment.to_string(), 1)),
            }
        };
        let (root, _) = split(segments.next()?)?;
        if self.nodes[0].name != root {
            return None;
        }
        segments.try_fold(0, |at, segment| {
            let (name, index) = split(segment)?;
            self.nodes[at]
                .children
                .iter()
                .copied()
                .find(|&c| self.nodes[c].name == name && self.nodes[c].index == index)
        })
    }

    /// Line and column of an element's start tag (line ends as XML 1.0
    /// §2.11 has them: LF, CR-LF or CR; the lines are indexed once).
    pub fn position(&self, id: NodeId) -> Position {
        self.lines
            .get_or_init(|| LineIndex::new(self.input))
            .locate(self.input, self.nodes[id].offset)
    }

    /// The size of the document in bytes.
    pub fn size(&self) -> usize {
        self.input.len()
    }
}
