//! A read-only element tree of a well-formed document: names, attributes,
//! text and offsets, borrowed from the document where nothing had to
//! change. Built by [`ElementTree::parse`], or recorded while the typed
//! reader reads a message ([`crate::Reader::record_tree`]), so that a tool
//! that needs both the typed value and the elements reads the document
//! once.

use std::borrow::Cow;
use std::sync::{Arc, Mutex, PoisonError};

use super::parser::{Event, Parser};
use super::{ReaderConfig, XmlError};

/// Index of an element in [`ElementTree::nodes`].
pub type NodeId = usize;

/// One attribute of an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeAttr<'x> {
    /// Namespace URI ("" when unqualified): `'static` for the well-known
    /// namespaces (StUF-JZ, XML Schema instance, XML), owned for others.
    pub ns: Cow<'static, str>,
    /// Local name.
    pub name: &'x str,
    /// Normalized value (XML 1.0 §3.3.3).
    pub value: Cow<'x, str>,
}

/// One element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode<'x> {
    /// Namespace URI, as in [`TreeAttr::ns`].
    pub ns: Cow<'static, str>,
    /// Local name.
    pub name: &'x str,
    /// 1-based index among the siblings of the same local name.
    pub index: u32,
    /// Parent element.
    pub parent: Option<NodeId>,
    /// Child elements in document order.
    pub children: Vec<NodeId>,
    /// Attributes, namespace declarations left out.
    pub attrs: Vec<TreeAttr<'x>>,
    /// Character data directly inside the element, from its first
    /// character that is not white space on: the white space before it
    /// (such as the layout between child elements) is not kept.
    pub text: Cow<'x, str>,
    /// Byte offset of the `<` of its start tag.
    pub offset: usize,
}

/// The elements of one document, in document order; the root is `0`.
///
/// ```
/// use stuf_jz_types::xml::ElementTree;
/// let tree = ElementTree::parse("<a><b>1</b><b> 2 </b></a>", &Default::default()).unwrap();
/// let second = tree.nodes[0].children[1];
/// assert_eq!((tree.nodes[second].name, tree.nodes[second].index), ("b", 2));
/// assert_eq!(tree.nodes[second].text, "2 ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ElementTree<'x> {
    /// Every element.
    pub nodes: Vec<TreeNode<'x>>,
}

impl<'x> ElementTree<'x> {
    /// The tree of a document (decoded text), or why it is not
    /// well-formed.
    pub fn parse(input: &'x str, config: &ReaderConfig) -> Result<ElementTree<'x>, XmlError> {
        let mut parser = Parser::new(input, config);
        let mut builder = TreeBuilder::default();
        loop {
            match parser.next_event()? {
                Event::Eof => return Ok(builder.finish()),
                event => builder.event(&event, &parser),
            }
        }
    }
}

/// Builds an [`ElementTree`] from the events of a document.
#[derive(Debug, Default)]
pub(crate) struct TreeBuilder<'x> {
    nodes: Vec<TreeNode<'x>>,
    /// The open elements.
    stack: Vec<NodeId>,
    /// How often each child name occurred so far, for every open element:
    /// its entries start at its mark.
    counts: Vec<(&'x str, u32)>,
    marks: Vec<usize>,
}

impl<'x> TreeBuilder<'x> {
    /// A start tag.
    fn start<'p>(
        &mut self,
        offset: usize,
        ns: Cow<'static, str>,
        name: &'x str,
        attrs: impl Iterator<Item = (Cow<'static, str>, &'x str, &'p Cow<'x, str>)>,
    ) where
        'x: 'p,
    {
        let id = self.nodes.len();
        let parent = self.stack.last().copied();
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        let seen = &mut self.counts[self.marks.last().copied().unwrap_or(0)..];
        let index = match seen.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                self.counts.push((name, 1));
                1
            }
        };
        self.nodes.push(TreeNode {
            ns,
            name,
            index,
            parent,
            children: Vec::new(),
            attrs: attrs
                .map(|(ns, name, value)| TreeAttr {
                    ns,
                    name,
                    value: value.clone(),
                })
                .collect(),
            text: Cow::Borrowed(""),
            offset,
        });
        self.stack.push(id);
        self.marks.push(self.counts.len());
    }

    /// An end tag.
    fn end(&mut self) {
        self.stack.pop();
        if let Some(mark) = self.marks.pop() {
            self.counts.truncate(mark);
        }
    }

    /// Character data: appended to the open element's text, white space
    /// before its first other character dropped.
    fn text(&mut self, part: Cow<'x, str>) {
        let Some(&top) = self.stack.last() else {
            return;
        };
        let text = &mut self.nodes[top].text;
        if text.is_empty() {
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

    /// An event as the typed reader got it from `parser`.
    pub(crate) fn event(&mut self, event: &Event<'x>, parser: &Parser<'x>) {
        match event {
            Event::Start { offset } => {
                let (ns, name) = parser.element();
                self.start(
                    *offset,
                    ns,
                    name,
                    parser.attributes().map(|a| (a.ns, a.local, a.value)),
                );
            }
            Event::End => self.end(),
            Event::Text { text, .. } => self.text(text.clone()),
            Event::Eof => {}
        }
    }

    /// The tree.
    pub(crate) fn finish(self) -> ElementTree<'x> {
        ElementTree { nodes: self.nodes }
    }
}

/// Where [`crate::Reader::record_tree`] leaves the element tree of the
/// document it read: a handle to clone into the reader and take the tree
/// from afterwards. Empty when the document was not well-formed or not
/// read to its end.
#[derive(Debug, Clone, Default)]
pub struct TreeSink<'x>(Arc<Mutex<Option<ElementTree<'x>>>>);

impl<'x> TreeSink<'x> {
    /// An empty sink.
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the recorded tree.
    pub fn take(&self) -> Option<ElementTree<'x>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    pub(crate) fn put(&self, tree: ElementTree<'x>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(tree);
    }
}
