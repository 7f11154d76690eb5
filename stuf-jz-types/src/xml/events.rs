//! The conforming parser as a public pull parser: start tags with their
//! resolved names and attributes, end tags, text. For tools that need the
//! elements of any well-formed document (an element tree, a rule engine)
//! with exactly the reading of the typed reader: the same well-formedness
//! and namespace checks, line ends and attribute values normalized.

use std::borrow::Cow;

use super::parser::{Event, Parser};
use super::{ReaderConfig, XmlError};

/// An event of [`Events`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum XmlEvent<'x> {
    /// A start tag (an empty-element tag is a start and an end); its
    /// names through [`Events::element`] and [`Events::attributes`].
    Start {
        /// Byte offset of its `<`.
        offset: usize,
    },
    /// An end tag, or the end of an empty-element tag.
    End,
    /// Character data or a CDATA section inside the root element, line
    /// ends normalized and references replaced; borrowed from the
    /// document when nothing had to change. One run of text may come as
    /// several events (around comments, CDATA sections, references).
    Text {
        /// The text.
        text: Cow<'x, str>,
        /// Byte offset of its first character.
        offset: usize,
    },
    /// The end of a well-formed document.
    Eof,
}

/// One attribute of the current start tag (namespace declarations are
/// not attributes here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlAttribute<'p, 'x> {
    /// Namespace URI ("" when unqualified); `'static` for the namespaces
    /// of StUF-JZ and XML Schema, owned for any other.
    pub ns: Cow<'static, str>,
    /// Local name.
    pub local: &'x str,
    /// Normalized value (XML 1.0 §3.3.3).
    pub value: &'p Cow<'x, str>,
    /// Byte offset of the attribute name.
    pub offset: usize,
}

/// A pull parser over decoded text (see [`super::decode`]).
///
/// ```
/// use stuf_jz_types::xml::{Events, XmlEvent};
/// let mut events = Events::new("<a xmlns='urn:x' b='1'>t&amp;u</a>", &Default::default());
/// assert_eq!(events.next_event(), Ok(XmlEvent::Start { offset: 0 }));
/// assert_eq!(events.element(), ("urn:x".into(), "a"));
/// let attrs: Vec<_> = events.attributes().map(|a| (a.local, a.value.to_string())).collect();
/// assert_eq!(attrs, [("b", "1".to_string())]);
/// let mut text = String::new();
/// while let Ok(XmlEvent::Text { text: part, .. }) = events.next_event() {
///     text.push_str(&part);
/// }
/// assert_eq!(text, "t&u");
/// assert!(Events::new("<a><b></a>", &Default::default())
///     .by_ref_events()
///     .any(|e| e.is_err()));
/// ```
pub struct Events<'x> {
    parser: Parser<'x>,
    done: bool,
}

impl std::fmt::Debug for Events<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Events")
            .field("offset", &self.parser.offset())
            .finish_non_exhaustive()
    }
}

impl<'x> Events<'x> {
    /// A parser over `text` with the limits of `config`.
    pub fn new(text: &'x str, config: &ReaderConfig) -> Self {
        Events {
            parser: Parser::new(text, config),
            done: false,
        }
    }

    /// The next event; after an error or [`XmlEvent::Eof`], `Eof` again.
    pub fn next_event(&mut self) -> Result<XmlEvent<'x>, XmlError> {
        if self.done {
            return Ok(XmlEvent::Eof);
        }
        let event = match self.parser.next_event() {
            Ok(event) => event,
            Err(e) => {
                self.done = true;
                return Err(e);
            }
        };
        Ok(match event {
            Event::Start { offset } => XmlEvent::Start { offset },
            Event::End => XmlEvent::End,
            Event::Text { text, offset, .. } => XmlEvent::Text { text, offset },
            Event::Eof => {
                self.done = true;
                XmlEvent::Eof
            }
        })
    }

    /// The events up to the end of the document or the first error, as
    /// an iterator.
    pub fn by_ref_events(&mut self) -> impl Iterator<Item = Result<XmlEvent<'x>, XmlError>> + '_ {
        std::iter::from_fn(move || match self.next_event() {
            Ok(XmlEvent::Eof) => None,
            other => Some(other),
        })
    }

    /// The namespace URI and local name of the current start tag.
    pub fn element(&self) -> (Cow<'static, str>, &'x str) {
        self.parser.element()
    }

    /// The attributes of the current start tag, in document order.
    pub fn attributes(&self) -> impl Iterator<Item = XmlAttribute<'_, 'x>> + '_ {
        self.parser.attributes().map(|a| XmlAttribute {
            ns: a.ns,
            local: a.local,
            value: a.value,
            offset: a.offset,
        })
    }
}
