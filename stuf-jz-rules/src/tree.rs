//! A read-only element tree of a message that has already passed the
//! schema, for the rules that look across the whole message (every element
//! of a BSN type, every `StUF:noValue`, every date) and for finding the
//! line and column of an element once a rule is broken.
//!
//! Paths are written exactly like schema violations
//! (`/vtoDi01/object/heeftBetrekkingOp[2]/gerelateerde/inp.bsn`: local
//! names, `[n]` from the second same-named sibling on).

use std::sync::OnceLock;

use stuf_jz_types::xml::{ElementTree, LineIndex};
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

pub use stuf_jz_types::xml::{NodeId, TreeNode as Node};

/// The elements of one document.
#[derive(Debug, Clone)]
pub struct Tree<'x> {
    /// Every element; the root is `0`.
    pub nodes: Vec<Node<'x>>,
    input: &'x str,
    /// Where the lines start, found when a position is first asked.
    lines: OnceLock<LineIndex>,
}

impl<'x> Tree<'x> {
    /// Reads the elements of a well-formed document (one that the schema
    /// reader accepted). `None` if it is not well-formed after all.
    pub fn parse(input: &'x str) -> Option<Tree<'x>> {
        let elements = ElementTree::parse(input, &ReaderConfig::default()).ok()?;
        Tree::new(elements, input)
    }

    /// The tree of `input` as the typed reader recorded it
    /// ([`stuf_jz_types::Reader::record_tree`]); `None` if it has no
    /// element.
    pub fn new(elements: ElementTree<'x>, input: &'x str) -> Option<Tree<'x>> {
        (!elements.nodes.is_empty()).then_some(Tree {
            nodes: elements.nodes,
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
            out.push_str(node.name);
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
