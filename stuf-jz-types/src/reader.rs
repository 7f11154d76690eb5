//! Reading a message: a pull loop over the events of the XML layer
//! ([`crate::xml`]) with one element of lookahead. Every violation is
//! recorded with its line, column and element path; reading goes on after a
//! broken element so that one pass reports as many violations as it can,
//! and the rest of the document is always checked for well-formedness, even
//! after a wrong root element.
//!
//! Names in paths are slices of the document, never copied; a path string
//! is built only for a violation; sibling indexes are counted per name in
//! constant time.

mod any;
mod siblings;

use std::borrow::Cow;

use crate::decl::ElementDecl;
use crate::error::{Position, ReadResult, Rule, Stop, Violation};
use crate::value::ElementValue;
use crate::xml::lines::LineIndex;
use crate::xml::parser::{Event, Parser};
use crate::xml::{ReaderConfig, TreeBuilder, TreeSink, XmlError, XmlErrorKind};
use siblings::{SiblingTable, Siblings};

pub use crate::tag::Tag;
use crate::tag::{display_name, is_blank, make_tag, shorten, SpareAttributes};

/// Nesting deeper than this is refused by default ([`ReaderConfig::max_depth`]).
pub const MAX_DEPTH: usize = ReaderConfig::DEFAULT.max_depth;
/// Documents larger than this are refused by default
/// ([`ReaderConfig::max_document_bytes`]).
pub const MAX_DOCUMENT_BYTES: usize = ReaderConfig::DEFAULT.max_document_bytes;

/// What comes next in element-only content.
#[derive(Debug)]
pub(crate) enum Next {
    Start(Tag),
    End,
}

/// One open element on the path.
#[derive(Debug)]
pub(crate) struct Level<'x> {
    pub(crate) name: &'x str,
    index: u32,
    children: Siblings<'x>,
    /// A content-model violation was reported for this element: the
    /// follow-on ones (a missing element after an unexpected one, ...) are
    /// not, so that one defect gives one violation.
    content_broken: bool,
}

/// A low-level event.
pub(crate) enum Raw<'x> {
    Start(Tag),
    End,
    Text(Cow<'x, str>, usize),
    Eof,
}

/// Reads one document into generated types.
pub struct Reader<'x> {
    parser: Parser<'x>,
    pub(crate) input: &'x str,
    config: ReaderConfig,
    lines: Option<LineIndex>,
    pub(crate) peeked: Option<Next>,
    pub(crate) path: Vec<Level<'x>>,
    root_children: Siblings<'x>,
    siblings: SiblingTable<'x>,
    root_broken: bool,
    pub(crate) violations: Vec<Violation>,
    /// Set after a fatal error: nothing more is read.
    failed: bool,
    /// Set when `max_violations` was reached.
    overflow: bool,
    /// The `fixed` value of the element being read: an empty element of
    /// simple content takes it as its value (XML Schema 1.0 §3.3.4).
    pub(crate) fixed_value: Option<&'static str>,
    /// Whether the values of repeated elements are kept (see
    /// [`Reader::validate_only`]).
    pub(crate) keep_repeated: bool,
    /// Attribute lists of tags that were read, for reuse.
    pub(crate) spare_attributes: SpareAttributes,
    /// The element tree being recorded (see [`Reader::record_tree`]).
    recording: Option<Box<(TreeBuilder<'x>, TreeSink<'x>)>>,
}

impl<'x> Reader<'x> {
    /// A reader over a whole document, with the default limits.
    pub fn new(input: &'x str) -> Self {
        Self::with_config(input, ReaderConfig::default())
    }

    /// A reader over a whole document.
    pub fn with_config(input: &'x str, config: ReaderConfig) -> Self {
        let mut reader = Reader {
            parser: Parser::new(input, &config),
            input,
            config,
            lines: None,
            peeked: None,
            path: Vec::new(),
            root_children: Siblings::default(),
            siblings: SiblingTable::default(),
            root_broken: false,
            violations: Vec::new(),
            failed: false,
            overflow: false,
            fixed_value: None,
            keep_repeated: true,
            spare_attributes: SpareAttributes::default(),
            recording: None,
        };
        if input.len() > config.max_document_bytes {
            let message = format!(
                "not checked: document larger than {} bytes",
                config.max_document_bytes
            );
            reader.fatal(0, Rule::Limit, message);
        }
        reader
    }

    /// For validation only: the values of repeated elements are checked
    /// and then dropped instead of kept, so that memory stays small
    /// however long the lists in a document are. The violations are the
    /// same; the value read is incomplete (its lists are empty).
    #[doc(hidden)]
    pub fn validate_only(mut self) -> Self {
        self.keep_repeated = false;
        self
    }

    /// Records the element tree of the document while it is read, for a
    /// tool that needs the elements as well as the typed value (a rule
    /// engine): the document is parsed once. Once the reader has read the
    /// document to its end (every way of finishing a reader does), `sink`
    /// holds the tree; it stays empty when the document is not
    /// well-formed or reading stopped early (a limit).
    ///
    /// ```
    /// use stuf_jz_types::xml::{ElementTree, TreeSink};
    /// use stuf_jz_types::Reader;
    /// let xml = "<a xmlns='urn:x'><b>1</b></a>";
    /// let sink = TreeSink::new();
    /// let violations = Reader::new(xml).record_tree(&sink).finish();
    /// assert!(violations.is_empty());
    /// assert_eq!(sink.take(), ElementTree::parse(xml, &Default::default()).ok());
    /// ```
    pub fn record_tree(mut self, sink: &TreeSink<'x>) -> Self {
        self.recording = Some(Box::new((TreeBuilder::default(), sink.clone())));
        self
    }

    /// The next event of the parser, recorded when a tree is recorded.
    #[inline]
    fn next_xml(&mut self) -> Result<Event<'x>, XmlError> {
        let event = self.parser.next_event();
        if self.recording.is_some() {
            self.record_event(&event);
        }
        event
    }

    /// Adds an event to the tree being recorded; at the end of the
    /// document, hands the tree over.
    #[inline(never)]
    fn record_event(&mut self, event: &Result<Event<'x>, XmlError>) {
        match event {
            Ok(Event::Eof) => {
                if let Some(done) = self.recording.take() {
                    let (builder, sink) = *done;
                    sink.put(builder.finish());
                }
            }
            Ok(e) => {
                if let Some(recording) = &mut self.recording {
                    recording.0.event(e, &self.parser);
                }
            }
            Err(_) => self.recording = None,
        }
    }

    /// Reads the root element as `T`; returns the value (if one could be
    /// built) and every violation found.
    pub fn read_document<T: ElementValue>(
        mut self,
        root: &ElementDecl,
    ) -> (Option<T>, Vec<Violation>) {
        let value = self.document(root);
        self.drain();
        (value, self.violations)
    }

    /// The namespace and local name of the root element, read ahead
    /// (`None` when the document is not well-formed before it).
    pub fn root_name(&mut self) -> Option<(String, String)> {
        match self.peek_child() {
            Ok(Some((ns, local))) => Some((ns.to_string(), local.to_string())),
            _ => None,
        }
    }

    /// Reports that the root element is none of `expected`; the rest of the
    /// document is still checked for well-formedness.
    pub fn wrong_root(mut self, expected: &[&str]) -> Vec<Violation> {
        if let Some(Next::Start(tag)) = &self.peeked {
            let found = display_name(&tag.ns, &self.input[tag.local.clone()]);
            let offset = tag.offset;
            let message = format!(
                "root element {found} is not a message of this schema version (expected one of: {})",
                expected.join(", ")
            );
            self.record(offset, Rule::Root, None, message);
        }
        self.drain();
        self.violations
    }

    /// The violations recorded so far, after checking the rest of the
    /// document for well-formedness.
    pub fn finish(mut self) -> Vec<Violation> {
        self.drain();
        self.violations
    }

    fn document<T: ElementValue>(&mut self, root: &ElementDecl) -> Option<T> {
        match self.peek_child() {
            Ok(Some((ns, local))) if root.matches(ns, local) => {}
            Ok(Some((ns, local))) => {
                let found = display_name(ns, local);
                let offset = self.peeked_offset();
                let message = format!("root element {found} is not `{}`", root.name);
                self.record(offset, Rule::Root, None, message);
                return None;
            }
            Ok(None) | Err(_) => return None,
        }
        self.required::<T>(root).ok()
    }

    /// Reads the rest of the document, checking only well-formedness.
    fn drain(&mut self) {
        self.peeked = None;
        while let Ok(raw) = self.raw_next() {
            if let Raw::Eof = raw {
                return;
            }
        }
    }

    // ----- positions and violations -----

    /// Line and column of a byte offset.
    pub fn position(&mut self, offset: usize) -> Position {
        let input = self.input;
        self.lines
            .get_or_insert_with(|| LineIndex::new(input))
            .position(input, offset)
    }

    /// The element path of the current element.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for level in &self.path {
            out.push('/');
            out.push_str(level.name);
            if level.index > 1 {
                out.push_str(&format!("[{}]", level.index));
            }
        }
        if out.is_empty() {
            out.push('/');
        }
        out
    }

    /// Records a violation at `offset` on the current path (plus `suffix`).
    pub(crate) fn record(
        &mut self,
        offset: usize,
        rule: Rule,
        suffix: Option<&str>,
        message: String,
    ) {
        self.record_full(offset, rule, suffix, None, None, message);
    }

    pub(crate) fn record_full(
        &mut self,
        offset: usize,
        rule: Rule,
        suffix: Option<&str>,
        schema_type: Option<&'static str>,
        value: Option<String>,
        message: String,
    ) {
        if self.overflow {
            return;
        }
        if matches!(
            rule,
            Rule::MinOccurs | Rule::MaxOccurs | Rule::UnexpectedElement
        ) && suffix.is_none()
        {
            let broken = match self.path.last_mut() {
                Some(level) => &mut level.content_broken,
                None => &mut self.root_broken,
            };
            if *broken {
                return;
            }
            *broken = true;
        }
        let mut path = self.path();
        if let Some(suffix) = suffix {
            if !path.ends_with('/') {
                path.push('/');
            }
            path.push_str(suffix);
        }
        let position = Some(self.position(offset));
        let full = self.violations.len() + 1 >= self.config.max_violations;
        self.violations.push(Violation {
            path,
            position,
            rule,
            schema_type,
            value,
            message,
        });
        if full {
            self.overflow = true;
            self.violations.push(Violation {
                path: "/".into(),
                position,
                rule: Rule::Limit,
                schema_type: None,
                value: None,
                message: format!(
                    "not checked further: more than {} violations",
                    self.config.max_violations
                ),
            });
        }
    }

    pub(crate) fn unexpected_eof(&mut self) -> Stop {
        let at = self.input.len();
        self.fatal(at, Rule::WellFormed, "unexpected end of document".into())
    }

    fn fatal(&mut self, offset: usize, rule: Rule, message: String) -> Stop {
        if !self.failed {
            self.record(offset, rule, None, message);
        }
        self.failed = true;
        self.peeked = None;
        Stop::Fatal
    }

    fn xml_error(&mut self, e: XmlError) -> Stop {
        let rule = match e.kind {
            XmlErrorKind::Doctype => Rule::Doctype,
            XmlErrorKind::Limit => Rule::Limit,
            _ => Rule::WellFormed,
        };
        let message = match e.kind {
            XmlErrorKind::Doctype | XmlErrorKind::Limit => format!("not checked: {}", e.message),
            XmlErrorKind::Namespace => format!("not namespace-well-formed: {}", e.message),
            _ => format!("not well-formed XML: {}", e.message),
        };
        self.fatal(e.offset, rule, message)
    }

    // ----- events -----

    pub(crate) fn raw_next(&mut self) -> ReadResult<Raw<'x>> {
        if self.failed {
            return Err(Stop::Fatal);
        }
        match self.next_xml() {
            Ok(Event::Start { offset }) => Ok(Raw::Start(self.start_tag(offset))),
            Ok(Event::End) => Ok(Raw::End),
            Ok(Event::Text { text, offset, .. }) => Ok(Raw::Text(text, offset)),
            Ok(Event::Eof) => Ok(Raw::Eof),
            Err(e) => Err(self.xml_error(e)),
        }
    }

    /// The start tag the parser just read, at `offset`.
    #[inline]
    fn start_tag(&mut self, offset: usize) -> Tag {
        make_tag(&self.parser, self.input, offset, &mut self.spare_attributes)
    }

    /// The next child element in element-only content (`None` at the end
    /// tag); text other than white space is a violation.
    #[inline]
    pub(crate) fn peek_child(&mut self) -> ReadResult<Option<(&str, &str)>> {
        if self.peeked.is_none() {
            self.fill_peek()?;
        }
        Ok(match &self.peeked {
            Some(Next::Start(tag)) => Some((&tag.ns, &self.input[tag.local.clone()])),
            _ => None,
        })
    }

    /// Reads up to the next start or end tag into `peeked` (the slow part
    /// of [`Reader::peek_child`], kept out of line). The events are taken
    /// from the parser directly: a start tag is built where it is kept.
    #[inline(never)]
    fn fill_peek(&mut self) -> ReadResult<()> {
        if self.failed {
            return Err(Stop::Fatal);
        }
        while self.peeked.is_none() {
            // Layout between elements is not text of element-only content.
            self.parser.skip_layout();
            match self.next_xml() {
                Ok(Event::Start { offset }) => {
                    self.peeked = Some(Next::Start(self.start_tag(offset)));
                }
                Ok(Event::End) => self.peeked = Some(Next::End),
                Ok(Event::Text {
                    text,
                    offset,
                    blank,
                }) => {
                    if !blank && !is_blank(&text) {
                        self.element_only_text(&text, offset);
                    }
                }
                Ok(Event::Eof) => return Err(self.unexpected_eof()),
                Err(e) => return Err(self.xml_error(e)),
            }
        }
        Ok(())
    }

    /// Records text other than white space in element-only content.
    #[cold]
    fn element_only_text(&mut self, text: &str, offset: usize) {
        let shown = shorten(text.trim());
        self.record_full(
            offset,
            Rule::ElementOnly,
            None,
            None,
            Some(text.trim().to_string()),
            format!("text `{shown}` is not allowed here: this element has element-only content"),
        );
    }

    pub(crate) fn peeked_offset(&self) -> usize {
        match &self.peeked {
            Some(Next::Start(tag)) => tag.offset,
            _ => self.parser.offset(),
        }
    }

    /// Takes the peeked start tag and enters the element.
    pub(crate) fn take_start(&mut self) -> Tag {
        let Some(Next::Start(tag)) = self.peeked.take() else {
            unreachable!("take_start is called only after a start tag was peeked")
        };
        let name = &self.input[tag.local.clone()];
        let siblings = match self.path.last_mut() {
            Some(parent) => &mut parent.children,
            None => &mut self.root_children,
        };
        let index = self.siblings.count(siblings, name);
        self.path.push(Level {
            name,
            index,
            children: self.siblings.open(),
            content_broken: false,
        });
        tag
    }

    /// Leaves the innermost element on the path.
    pub(crate) fn pop_level(&mut self) {
        if let Some(level) = self.path.pop() {
            self.siblings.close(&level.children);
        }
    }

    /// Consumes events up to and including the end tag of the element at
    /// path depth `depth` (1-based), without checking them.
    pub(crate) fn skip_to(&mut self, depth: usize) -> ReadResult<()> {
        while self.path.len() >= depth {
            let next = match self.peeked.take() {
                Some(Next::Start(tag)) => Raw::Start(tag),
                Some(Next::End) => Raw::End,
                None => self.raw_next()?,
            };
            match next {
                Raw::Start(tag) => {
                    // Skipped content is not on any reported path: count
                    // nothing, keep the name only for the depth.
                    let name = &self.input[tag.local.clone()];
                    self.path.push(Level {
                        name,
                        index: 1,
                        children: self.siblings.open(),
                        content_broken: false,
                    });
                }
                Raw::End => self.pop_level(),
                Raw::Text(..) => {}
                Raw::Eof => return Err(self.unexpected_eof()),
            }
        }
        Ok(())
    }

    /// Reads the text of a simple value up to the end tag (left unread).
    pub fn text(&mut self) -> ReadResult<(Cow<'x, str>, usize)> {
        let mut text: Option<Cow<'x, str>> = None;
        let mut offset = self.parser.offset();
        let depth = self.path.len();
        loop {
            match self.peeked.take() {
                Some(Next::End) => {
                    self.peeked = Some(Next::End);
                    return Ok((text.unwrap_or(Cow::Borrowed("")), offset));
                }
                Some(Next::Start(tag)) => {
                    let name = display_name(&tag.ns, &self.input[tag.local.clone()]);
                    self.record(
                        tag.offset,
                        Rule::UnexpectedElement,
                        None,
                        format!("element {name} is not allowed in simple content"),
                    );
                    self.peeked = Some(Next::Start(tag));
                    self.take_start();
                    self.skip_to(depth + 1)?;
                }
                // The usual case, the text and the end tag, straight from
                // the parser.
                None if self.failed => return Err(Stop::Fatal),
                None => match self.next_xml() {
                    Ok(Event::Text {
                        text: t,
                        offset: at,
                        ..
                    }) => match &mut text {
                        None => {
                            offset = at;
                            text = Some(t);
                        }
                        Some(so_far) => so_far.to_mut().push_str(&t),
                    },
                    Ok(Event::End) => {
                        self.peeked = Some(Next::End);
                        return Ok((text.unwrap_or(Cow::Borrowed("")), offset));
                    }
                    Ok(Event::Start { offset: at }) => {
                        self.peeked = Some(Next::Start(self.start_tag(at)));
                    }
                    Ok(Event::Eof) => return Err(self.unexpected_eof()),
                    Err(e) => return Err(self.xml_error(e)),
                },
            }
        }
    }
}

/// Decodes a document for reading (see [`crate::xml::decode`]), after
/// checking its size; a failure is the violation to report.
pub fn decode_document<'b>(
    bytes: &'b [u8],
    config: &ReaderConfig,
) -> Result<Cow<'b, str>, Violation> {
    let violation = |rule, position, message| Violation {
        path: "/".into(),
        position: Some(position),
        rule,
        schema_type: None,
        value: None,
        message,
    };
    if bytes.len() > config.max_document_bytes {
        let message = format!(
            "not checked: document larger than {} bytes",
            config.max_document_bytes
        );
        return Err(violation(
            Rule::Limit,
            Position { line: 1, column: 1 },
            message,
        ));
    }
    crate::xml::decode(bytes).map_err(|e| {
        // The position of a byte that is not UTF-8: counted in the valid
        // text before it.
        let valid = std::str::from_utf8(&bytes[..e.offset.min(bytes.len())]).unwrap_or("");
        let position = LineIndex::new(valid).position(valid, valid.len());
        violation(
            Rule::WellFormed,
            position,
            format!("not well-formed XML: {}", e.message),
        )
    })
}

/// Reads at most `config.max_document_bytes` (plus one, to know that there
/// is more) from `reader`.
pub fn read_bounded<R: std::io::Read>(
    reader: R,
    config: &ReaderConfig,
) -> Result<Vec<u8>, crate::error::LoadError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let limit = config.max_document_bytes as u64 + 1;
    reader.take(limit).read_to_end(&mut bytes)?;
    if bytes.len() > config.max_document_bytes {
        let message = format!(
            "not checked: document larger than {} bytes",
            config.max_document_bytes
        );
        return Err(crate::error::LoadError::Invalid(crate::error::ReadError {
            violations: vec![Violation {
                path: "/".into(),
                position: None,
                rule: Rule::Limit,
                schema_type: None,
                value: None,
                message,
            }],
        }));
    }
    Ok(bytes)
}
