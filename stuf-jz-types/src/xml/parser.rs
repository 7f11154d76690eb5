//! The tokenizer and the namespace layer together: events with resolved
//! names, the attributes of the current start tag, and the limits.

use std::borrow::Cow;

use super::lexer::{Lexer, Token};
use super::namespaces::{Namespaces, Resolved};
use super::{ReaderConfig, XmlError};

/// An event of a namespace-well-formed document.
#[derive(Debug)]
pub(crate) enum Event<'x> {
    /// A start tag; its names through [`Parser::element`] and
    /// [`Parser::attributes`].
    Start {
        /// Offset of `<`.
        offset: usize,
    },
    /// An end tag (also after an empty-element tag).
    End,
    /// Text.
    Text {
        /// Only white space as written (see [`Token::Text`]); `false`
        /// does not mean that there is other text.
        blank: bool,
        /// The text.
        text: Cow<'x, str>,
        /// Offset of its first character.
        offset: usize,
    },
    /// The end of the document.
    Eof,
}

/// One resolved attribute of the current start tag.
pub(crate) struct Attribute<'p, 'x> {
    /// Namespace URI (`'static` when well known).
    pub(crate) ns: Cow<'static, str>,
    /// Local name.
    pub(crate) local: &'x str,
    /// Normalized value.
    pub(crate) value: &'p Cow<'x, str>,
    /// Offset of the attribute name.
    pub(crate) offset: usize,
}

/// A pull parser over decoded text.
pub(crate) struct Parser<'x> {
    lexer: Lexer<'x>,
    ns: Namespaces<'x>,
    resolved: Vec<(usize, Resolved)>,
    element: (Resolved, &'x str),
}

impl<'x> Parser<'x> {
    /// A parser over `src`.
    pub(crate) fn new(src: &'x str, config: &ReaderConfig) -> Self {
        Parser {
            lexer: Lexer::new(src, config),
            ns: Namespaces::default(),
            resolved: Vec::new(),
            element: (Resolved::NONE, ""),
        }
    }

    /// The offset reached.
    pub(crate) fn offset(&self) -> usize {
        self.lexer.offset()
    }

    /// Moves over white space between elements (see [`Lexer::skip_layout`]).
    #[inline]
    pub(crate) fn skip_layout(&mut self) {
        self.lexer.skip_layout();
    }

    /// The next event.
    pub(crate) fn next_event(&mut self) -> Result<Event<'x>, XmlError> {
        match self.lexer.next_token()? {
            Token::Start {
                name,
                split,
                offset,
            } => {
                let resolved = self.ns.enter(
                    (name, split),
                    offset,
                    &mut self.lexer.attrs,
                    &mut self.resolved,
                )?;
                self.element = (resolved, name);
                Ok(Event::Start { offset })
            }
            Token::End => {
                self.ns.pop();
                Ok(Event::End)
            }
            Token::Text {
                text,
                offset,
                blank,
            } => Ok(Event::Text {
                text,
                offset,
                blank,
            }),
            Token::Eof => Ok(Event::Eof),
        }
    }

    /// The namespace and local name of the current start tag.
    #[inline]
    pub(crate) fn element(&self) -> (Cow<'static, str>, &'x str) {
        let (resolved, name) = self.element;
        (
            self.ns.resolved_static(resolved),
            &name[resolved.local_at..],
        )
    }

    /// The attributes of the current start tag (namespace declarations
    /// excluded), in document order.
    pub(crate) fn attributes(&self) -> impl Iterator<Item = Attribute<'_, 'x>> + '_ {
        self.resolved.iter().map(|&(i, r)| {
            let raw = &self.lexer.attrs[i];
            Attribute {
                ns: if r.local_at == 0 {
                    Cow::Borrowed("")
                } else {
                    self.ns.resolved_static(r)
                },
                local: &raw.name[r.local_at..],
                value: &raw.value,
                offset: raw.offset,
            }
        })
    }

    /// Resolves a QName value in the scope of the current start tag.
    pub(crate) fn resolve_qname(&self, qname: &str) -> Option<(Cow<'static, str>, String)> {
        self.ns
            .resolve_value(qname)
            .map(|(ns, local)| (ns, local.to_string()))
    }

    /// Number of attributes (declarations excluded) of the current start tag.
    pub(crate) fn attribute_count(&self) -> usize {
        self.resolved.len()
    }
}
