//! Reading a message: a pull loop over quick-xml events with one element of
//! lookahead. Every violation is recorded with its line, column and element
//! path; reading goes on after a broken element so that one pass reports as
//! many violations as it can.

use quick_xml::events::Event;
use quick_xml::reader::NsReader;

use crate::decl::ElementDecl;
use crate::error::{Position, ReadResult, Rule, Stop, Violation};
use crate::value::ElementValue;

pub use crate::tag::Tag;
use crate::tag::{attr_display, display_name, is_blank, make_tag, namespace, shorten};

/// Nesting deeper than this is refused (StUF messages nest about 12 deep).
pub const MAX_DEPTH: usize = 128;
/// Documents larger than this are refused.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

/// What comes next in element-only content.
#[derive(Debug)]
enum Next {
    Start(Tag),
    End,
}

/// One open element on the path.
#[derive(Debug)]
struct Level {
    name: String,
    index: u32,
    children: Vec<(String, u32)>,
}

/// A low-level event.
enum Raw {
    Start(Tag),
    End,
    Text(String, usize),
    Eof,
}

/// Reads one document into generated types.
pub struct Reader<'x> {
    xml: NsReader<&'x [u8]>,
    input: &'x str,
    line_starts: Option<Vec<usize>>,
    peeked: Option<Next>,
    path: Vec<Level>,
    root_children: Vec<(String, u32)>,
    pub(crate) violations: Vec<Violation>,
    /// Set after a fatal error: nothing more is read.
    failed: bool,
}

impl<'x> Reader<'x> {
    /// A reader over a whole document.
    pub fn new(input: &'x str) -> Self {
        let mut xml = NsReader::from_str(input);
        xml.config_mut().check_end_names = true;
        xml.config_mut().expand_empty_elements = false;
        Reader {
            xml,
            input,
            line_starts: None,
            peeked: None,
            path: Vec::new(),
            root_children: Vec::new(),
            violations: Vec::new(),
            failed: false,
        }
    }

    /// Reads the root element as `T`; returns the value (if one could be
    /// built) and every violation found.
    pub fn read_document<T: ElementValue>(
        mut self,
        root: &ElementDecl,
    ) -> (Option<T>, Vec<Violation>) {
        let value = self.document(root);
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

    /// Reports that the root element is none of `expected`.
    pub fn wrong_root(mut self, expected: &[&str]) -> Vec<Violation> {
        if let Some(Next::Start(tag)) = &self.peeked {
            let found = display_name(&tag.ns, &tag.local);
            let offset = tag.offset;
            let message = format!("root element {found} is not a message of this schema version (expected one of: {})", expected.join(", "));
            self.record(offset, Rule::Root, None, message);
        }
        self.violations
    }

    /// The violations recorded so far.
    pub fn finish(self) -> Vec<Violation> {
        self.violations
    }

    fn document<T: ElementValue>(&mut self, root: &ElementDecl) -> Option<T> {
        if self.input.len() > MAX_DOCUMENT_BYTES {
            self.record(
                0,
                Rule::Limit,
                None,
                format!("document larger than {MAX_DOCUMENT_BYTES} bytes"),
            );
            return None;
        }
        match self.peek_child() {
            Ok(Some((ns, local))) if root.matches(ns, local) => {}
            Ok(Some((ns, local))) => {
                let found = display_name(ns, local);
                let offset = self.peeked_offset();
                self.record(
                    offset,
                    Rule::Root,
                    None,
                    format!("root element {found} is not `{}`", root.name),
                );
                return None;
            }
            Ok(None) | Err(_) => return None,
        }
        let value = self.required::<T>(root).ok();
        if value.is_some() {
            self.expect_eof();
        }
        value
    }

    fn expect_eof(&mut self) {
        loop {
            match self.raw_next() {
                Ok(Raw::Eof) | Err(_) => return,
                Ok(Raw::Text(t, offset)) if !is_blank(&t) => {
                    self.record(
                        offset,
                        Rule::WellFormed,
                        None,
                        "text after the root element".into(),
                    );
                }
                Ok(Raw::Text(..)) => {}
                Ok(Raw::Start(tag)) => {
                    self.record(
                        tag.offset,
                        Rule::WellFormed,
                        None,
                        "a second root element".into(),
                    );
                    return;
                }
                Ok(Raw::End) => return,
            }
        }
    }

    // ----- positions and violations -----

    /// Line and column of a byte offset.
    pub fn position(&mut self, offset: usize) -> Position {
        let input = self.input;
        let starts = self.line_starts.get_or_insert_with(|| {
            let mut starts = vec![0];
            starts.extend(input.match_indices('\n').map(|(i, _)| i + 1));
            starts
        });
        let offset = offset.min(input.len());
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line];
        let column = input
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        Position {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// The element path of the current element.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for level in &self.path {
            out.push('/');
            out.push_str(&level.name);
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
        let mut path = self.path();
        if let Some(suffix) = suffix {
            if !path.ends_with('/') {
                path.push('/');
            }
            path.push_str(suffix);
        }
        let position = Some(self.position(offset));
        self.violations.push(Violation {
            path,
            position,
            rule,
            schema_type,
            value,
            message,
        });
    }

    fn unexpected_eof(&mut self) -> Stop {
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

    // ----- events -----

    fn raw_next(&mut self) -> ReadResult<Raw> {
        if self.failed {
            return Err(Stop::Fatal);
        }
        loop {
            let offset = self.xml.buffer_position() as usize;
            let (ns, event) = match self.xml.read_resolved_event() {
                Ok((ns, event)) => (namespace(ns), event),
                Err(e) => {
                    let at = self.xml.error_position() as usize;
                    return Err(self.fatal(
                        at,
                        Rule::WellFormed,
                        format!("not well-formed XML: {e}"),
                    ));
                }
            };
            let result = match event {
                Event::Start(start) => {
                    make_tag(&self.xml, ns, &start, offset, false).map(Raw::Start)
                }
                Event::Empty(start) => {
                    make_tag(&self.xml, ns, &start, offset, true).map(Raw::Start)
                }
                Event::End(_) => Ok(Raw::End),
                Event::Text(text) => match text.unescape() {
                    Ok(t) => Ok(Raw::Text(t.into_owned(), offset)),
                    Err(e) => Err(format!("bad character data: {e}")),
                },
                Event::CData(data) => Ok(Raw::Text(
                    String::from_utf8_lossy(&data).into_owned(),
                    offset,
                )),
                Event::DocType(_) => {
                    return Err(self.fatal(
                        offset,
                        Rule::Limit,
                        "a DOCTYPE is not allowed in a StUF message".into(),
                    ))
                }
                Event::Eof => Ok(Raw::Eof),
                _ => continue,
            };
            return match result {
                Ok(Raw::Start(tag)) if self.path.len() >= MAX_DEPTH => Err(self.fatal(
                    tag.offset,
                    Rule::Limit,
                    format!("elements nested deeper than {MAX_DEPTH}"),
                )),
                Ok(raw) => Ok(raw),
                Err(message) => Err(self.fatal(offset, Rule::WellFormed, message)),
            };
        }
    }

    /// The next child element in element-only content (`None` at the end
    /// tag); text other than white space is a violation.
    fn peek_child(&mut self) -> ReadResult<Option<(&str, &str)>> {
        while self.peeked.is_none() {
            match self.raw_next()? {
                Raw::Start(tag) => self.peeked = Some(Next::Start(tag)),
                Raw::End => self.peeked = Some(Next::End),
                Raw::Text(text, offset) => {
                    if !is_blank(&text) {
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
                }
                Raw::Eof => return Err(self.unexpected_eof()),
            }
        }
        Ok(match &self.peeked {
            Some(Next::Start(tag)) => Some((&tag.ns, &tag.local)),
            _ => None,
        })
    }

    fn peeked_offset(&self) -> usize {
        match &self.peeked {
            Some(Next::Start(tag)) => tag.offset,
            _ => self.xml.buffer_position() as usize,
        }
    }

    /// Takes the peeked start tag and enters the element.
    fn take_start(&mut self) -> Tag {
        let Some(Next::Start(tag)) = self.peeked.take() else {
            unreachable!("take_start is called only after a start tag was peeked")
        };
        let siblings = match self.path.last_mut() {
            Some(parent) => &mut parent.children,
            None => &mut self.root_children,
        };
        let index = match siblings.iter_mut().find(|(name, _)| *name == tag.local) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                siblings.push((tag.local.clone(), 1));
                1
            }
        };
        self.path.push(Level {
            name: tag.local.clone(),
            index,
            children: Vec::new(),
        });
        if tag.empty {
            self.peeked = Some(Next::End);
        }
        tag
    }

    /// Consumes events up to and including the end tag of the element at
    /// path depth `depth` (1-based), without checking them.
    fn skip_to(&mut self, depth: usize) -> ReadResult<()> {
        while self.path.len() >= depth {
            let next = match self.peeked.take() {
                Some(Next::Start(tag)) => Raw::Start(tag),
                Some(Next::End) => Raw::End,
                None => self.raw_next()?,
            };
            match next {
                Raw::Start(tag) => {
                    self.peeked = Some(Next::Start(tag));
                    self.take_start();
                }
                Raw::End => {
                    self.path.pop();
                }
                Raw::Text(..) => {}
                Raw::Eof => return Err(self.unexpected_eof()),
            }
        }
        Ok(())
    }

    // ----- used by generated code -----

    /// Whether the next child element is `decl`.
    pub fn next_is(&mut self, decl: &ElementDecl) -> ReadResult<bool> {
        Ok(self
            .peek_child()?
            .is_some_and(|(ns, local)| decl.matches(ns, local)))
    }

    /// Whether the next child element satisfies `test(ns, local)`.
    pub fn next_matches(&mut self, test: fn(&str, &str) -> bool) -> ReadResult<bool> {
        Ok(self
            .peek_child()?
            .is_some_and(|(ns, local)| test(ns, local)))
    }

    /// Reads a required element.
    pub fn required<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<T> {
        if self.next_is(decl)? {
            return self.element(decl);
        }
        Err(self.missing(decl.name))
    }

    /// Reads an optional element.
    pub fn optional<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<Option<T>> {
        if !self.next_is(decl)? {
            return Ok(None);
        }
        match self.element(decl) {
            Ok(value) => Ok(Some(value)),
            Err(Stop::Skip) => Ok(None),
            Err(Stop::Fatal) => Err(Stop::Fatal),
        }
    }

    /// Reads the repetitions of an element (`decl.min` to `decl.max`).
    pub fn repeated<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<Vec<T>> {
        let mut values = Vec::new();
        let mut count = 0u32;
        while count < decl.max && self.next_is(decl)? {
            count += 1;
            match self.element(decl) {
                Ok(value) => values.push(value),
                Err(Stop::Skip) => {}
                Err(Stop::Fatal) => return Err(Stop::Fatal),
            }
        }
        if count < decl.min {
            self.too_few(decl, count);
        }
        Ok(values)
    }

    fn too_few(&mut self, decl: &ElementDecl, count: u32) {
        let offset = self.peeked_offset();
        let message = format!(
            "element `{}` occurs {count} time(s), at least {} required",
            decl.name, decl.min
        );
        self.record(offset, Rule::MinOccurs, None, message);
    }

    /// Reads one occurrence of a required group (choice or sequence).
    pub fn group<G: crate::value::Group>(&mut self) -> ReadResult<G> {
        G::read(self)
    }

    /// Reads an optional group.
    pub fn optional_group<G: crate::value::Group>(&mut self) -> ReadResult<Option<G>> {
        if !self.next_matches(G::starts_with)? {
            return Ok(None);
        }
        G::read(self).map(Some)
    }

    /// Reads the repetitions of a group.
    pub fn repeated_groups<G: crate::value::Group>(
        &mut self,
        min: u32,
        max: u32,
    ) -> ReadResult<Vec<G>> {
        let mut values = Vec::new();
        while (values.len() as u32) < max && self.next_matches(G::starts_with)? {
            values.push(G::read(self)?);
        }
        while (values.len() as u32) < min && G::EMPTIABLE {
            values.push(G::read(self)?);
        }
        if (values.len() as u32) < min {
            let offset = self.peeked_offset();
            self.record(
                offset,
                Rule::MinOccurs,
                None,
                format!(
                    "a group occurs {} time(s), at least {min} required",
                    values.len()
                ),
            );
        }
        Ok(values)
    }

    /// Records that none of a choice's branches is present.
    pub fn no_branch(&mut self, expected: &str) -> Stop {
        self.missing(expected)
    }

    fn missing(&mut self, expected: &str) -> Stop {
        let offset = self.peeked_offset();
        let found = match &self.peeked {
            Some(Next::Start(tag)) => {
                format!("found element {}", display_name(&tag.ns, &tag.local))
            }
            _ => "found the end of the element".to_string(),
        };
        self.record(
            offset,
            Rule::MinOccurs,
            None,
            format!("missing required element `{expected}`: {found}"),
        );
        Stop::Skip
    }

    /// Reads the element whose start tag was just peeked as `T`.
    fn element<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<T> {
        // The generic part is kept small: it is instantiated for every type.
        let (tag, nil, (depth, offset)) = self.open_element(decl);
        let result = if nil {
            T::read_nil(self, tag)
        } else {
            T::read(self, tag)
        };
        let text = decl
            .fixed
            .and(result.as_ref().ok())
            .and_then(ElementValue::text);
        let broken = matches!(result, Err(Stop::Skip));
        self.close_element(decl, (depth, offset), text.as_deref(), broken)?;
        result
    }

    /// Enters the element whose start tag was peeked; returns the tag,
    /// whether it is to be read as nil, and its depth and offset.
    fn open_element(&mut self, decl: &ElementDecl) -> (Tag, bool, (usize, usize)) {
        let depth = self.path.len() + 1;
        let mut tag = self.take_start();
        let place = (depth, tag.offset);
        let Some(attr) = tag.nil.take() else {
            return (tag, false, place);
        };
        let nil = match attr.value.trim() {
            "true" | "1" if decl.nillable => true,
            "true" | "1" => {
                let message = format!(
                    "element `{}` is not nillable: xsi:nil is not allowed",
                    decl.name
                );
                let value = Some(attr.value.clone());
                self.record_full(
                    attr.offset,
                    Rule::Nillable,
                    None,
                    Some(decl.schema_type),
                    value,
                    message,
                );
                false
            }
            "false" | "0" => false,
            other => {
                let message = format!("`{other}` is not a valid xsi:nil value (true or false)");
                self.record(attr.offset, Rule::Nillable, Some("@xsi:nil"), message);
                false
            }
        };
        (tag, nil, place)
    }

    /// Checks an element's `fixed` value and, after a broken element,
    /// skips the rest of it.
    fn close_element(
        &mut self,
        decl: &ElementDecl,
        (depth, offset): (usize, usize),
        text: Option<&str>,
        broken: bool,
    ) -> ReadResult<()> {
        if let (Some(fixed), Some(text)) = (decl.fixed, text) {
            if text.trim() != fixed {
                let message = format!("value `{text}` differs from the fixed value `{fixed}`");
                self.record(offset, Rule::Fixed, Some(decl.name), message);
            }
        }
        if broken {
            self.skip_to(depth)?;
        }
        Ok(())
    }

    /// Refuses `xsi:nil` on a type that cannot be nil.
    pub fn not_nillable<T>(&mut self, tag: Tag) -> ReadResult<T> {
        self.record(
            tag.offset,
            Rule::Nillable,
            None,
            "element is nil but its type has no nil form".into(),
        );
        Err(Stop::Skip)
    }

    /// Ends a nil element: it must have no content.
    pub fn nil_content(&mut self, tag: Tag) -> ReadResult<()> {
        self.leftover_attributes(&tag);
        let depth = self.path.len();
        loop {
            match self.peeked.take() {
                Some(Next::End) => break,
                Some(Next::Start(t)) => {
                    self.record(
                        t.offset,
                        Rule::NilContent,
                        None,
                        "an element with xsi:nil=\"true\" must be empty".into(),
                    );
                    self.peeked = Some(Next::Start(t));
                    return self.skip_to(depth);
                }
                None => match self.raw_next()? {
                    Raw::End => break,
                    Raw::Text(text, offset) => {
                        let message = format!(
                            "an element with xsi:nil=\"true\" must be empty, found text `{}`",
                            shorten(&text)
                        );
                        self.record(offset, Rule::NilContent, None, message);
                    }
                    Raw::Start(t) => self.peeked = Some(Next::Start(t)),
                    Raw::Eof => return Err(self.unexpected_eof()),
                },
            }
        }
        self.path.pop();
        Ok(())
    }

    /// Ends an element of element-only content: unread attributes and
    /// elements are violations. Never returns [`Stop::Skip`].
    pub fn end(&mut self, tag: Tag) -> ReadResult<()> {
        self.leftover_attributes(&tag);
        let depth = self.path.len();
        while let Some((ns, local)) = self.peek_child()? {
            let name = display_name(ns, local);
            let offset = self.peeked_offset();
            let parent = self.path.last().map(|l| l.name.clone()).unwrap_or_default();
            self.record(
                offset,
                Rule::UnexpectedElement,
                None,
                format!("element {name} is not allowed here in `{parent}`"),
            );
            self.take_start();
            self.skip_to(depth + 1)?;
        }
        self.peeked = None;
        self.path.pop();
        Ok(())
    }

    /// Reads the text of a simple value up to the end tag (left unread).
    pub fn text(&mut self) -> ReadResult<(String, usize)> {
        let mut text = String::new();
        let mut offset = self.xml.buffer_position() as usize;
        let depth = self.path.len();
        loop {
            match self.peeked.take() {
                Some(Next::End) => {
                    self.peeked = Some(Next::End);
                    return Ok((text, offset));
                }
                Some(Next::Start(tag)) => {
                    let name = display_name(&tag.ns, &tag.local);
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
                None => match self.raw_next()? {
                    Raw::Text(t, at) => {
                        if text.is_empty() {
                            offset = at;
                        }
                        text.push_str(&t);
                    }
                    Raw::End => self.peeked = Some(Next::End),
                    Raw::Start(tag) => self.peeked = Some(Next::Start(tag)),
                    Raw::Eof => return Err(self.unexpected_eof()),
                },
            }
        }
    }

    pub(crate) fn leftover_attributes(&mut self, tag: &Tag) {
        for attr in &tag.attributes {
            let name = display_name(&attr.ns, &attr.local);
            let suffix = format!("@{}", attr_display(&attr.ns, &attr.local));
            self.record_full(
                attr.offset,
                Rule::UnknownAttribute,
                Some(&suffix),
                None,
                Some(attr.value.clone()),
                format!("attribute {name} is not declared for this element"),
            );
        }
    }
}
