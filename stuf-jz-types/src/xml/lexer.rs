//! The XML 1.0 document grammar without a DTD: prolog, one root element,
//! content, epilog. Yields start tags (attributes in [`Lexer::attrs`]), end
//! tags and text with line ends normalized (§2.11) and references replaced;
//! comments and processing instructions are checked and skipped.

use std::borrow::Cow;

use super::class::{is, Split, TEXT};
use super::scan::{Cursor, ReferenceText};
use super::{ReaderConfig, XmlError, XmlErrorKind};

/// One attribute of the start tag just read.
#[derive(Debug)]
pub(crate) struct RawAttr<'x> {
    /// The qualified name as written.
    pub(crate) name: &'x str,
    /// The normalized value.
    pub(crate) value: Cow<'x, str>,
    /// Offset of the name.
    pub(crate) offset: usize,
    /// How the name splits at its colon.
    pub(crate) split: Split,
}

/// A token of the document.
#[derive(Debug)]
pub(crate) enum Token<'x> {
    /// A start tag (or an empty-element tag, followed by [`Token::End`]).
    Start {
        /// The qualified name.
        name: &'x str,
        /// How the name splits at its colon.
        split: Split,
        /// Offset of `<`.
        offset: usize,
    },
    /// An end tag (or the end of an empty-element tag).
    End,
    /// Character data or a CDATA section inside the root element.
    Text {
        /// The text, line ends normalized and references replaced.
        text: Cow<'x, str>,
        /// Offset of its first character.
        offset: usize,
        /// Whether the text is only white space as written (the layout
        /// between elements), found while scanning it.
        blank: bool,
    },
    /// The end of a well-formed document.
    Eof,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Prolog,
    Content,
    Epilog,
}

/// The tokenizer.
pub(crate) struct Lexer<'x> {
    cur: Cursor<'x>,
    phase: Phase,
    open: Vec<&'x str>,
    pending_end: bool,
    /// The attributes of the last start tag.
    pub(crate) attrs: Vec<RawAttr<'x>>,
    max_depth: usize,
    max_attributes: usize,
    /// The encoding named by the XML declaration.
    pub(crate) declared_encoding: Option<&'x str>,
    started: bool,
}

impl<'x> Lexer<'x> {
    /// A tokenizer over a decoded document (a leading BOM is skipped).
    pub(crate) fn new(src: &'x str, config: &ReaderConfig) -> Self {
        let pos = if src.starts_with('\u{FEFF}') { 3 } else { 0 };
        Lexer {
            cur: Cursor {
                src,
                pos,
                max_name_length: config.max_name_length,
            },
            phase: Phase::Prolog,
            open: Vec::new(),
            pending_end: false,
            attrs: Vec::new(),
            max_depth: config.max_depth,
            max_attributes: config.max_attributes,
            declared_encoding: None,
            started: false,
        }
    }

    /// The current byte offset.
    pub(crate) fn offset(&self) -> usize {
        self.cur.pos
    }

    /// Reads the XML declaration, if any (done by the first [`Lexer::next_token`]).
    pub(crate) fn prolog_start(&mut self) -> Result<(), XmlError> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        if self.cur.starts_with("<?xml")
            && matches!(
                self.cur.bytes().get(self.cur.pos + 5),
                Some(b'?') | Some(b' ' | b'\t' | b'\n' | b'\r')
            )
        {
            self.declared_encoding = self.cur.xml_decl()?;
        }
        Ok(())
    }

    /// Moves over layout white space (spaces, tabs, line feeds) that is
    /// followed by markup inside the root element, for a caller that ignores
    /// white space between elements: it gets the markup's token next, with
    /// no text token before it.
    #[inline]
    pub(crate) fn skip_layout(&mut self) {
        if self.phase != Phase::Content || self.pending_end {
            return;
        }
        if let Some(layout) = self.layout_end() {
            self.cur.pos = layout;
        }
    }

    /// The end of layout white space (spaces, tabs, line feeds) at the
    /// cursor when markup follows it: the common text between elements.
    #[inline]
    fn layout_end(&self) -> Option<usize> {
        let b = self.cur.bytes();
        let start = self.cur.pos;
        let layout = b[start..]
            .iter()
            .position(|&c| !matches!(c, b' ' | b'\t' | b'\n'))
            .map_or(b.len(), |n| start + n);
        (layout > start && b.get(layout) == Some(&b'<')).then_some(layout)
    }

    /// The next token (inlined into the parser's one caller).
    #[inline]
    pub(crate) fn next_token(&mut self) -> Result<Token<'x>, XmlError> {
        self.prolog_start()?;
        if self.pending_end {
            self.pending_end = false;
            self.close();
            return Ok(Token::End);
        }
        loop {
            if self.cur.at_end() {
                return match self.phase {
                    Phase::Epilog => Ok(Token::Eof),
                    Phase::Prolog => Err(self.cur.error(self.cur.pos, "no root element")),
                    Phase::Content => Err(self.cur.error(
                        self.cur.pos,
                        format!(
                            "unexpected end of document: `<{}>` is not closed",
                            self.open.last().copied().unwrap_or("")
                        ),
                    )),
                };
            }
            if self.phase == Phase::Content {
                if self.cur.peek() != Some(b'<') {
                    return self.text();
                }
            } else {
                self.cur.skip_space();
                if self.cur.at_end() {
                    continue;
                }
                if self.cur.peek() != Some(b'<') {
                    let where_ = if self.phase == Phase::Prolog {
                        "before"
                    } else {
                        "after"
                    };
                    return Err(self.cur.error(
                        self.cur.pos,
                        format!("text is not allowed {where_} the root element"),
                    ));
                }
            }
            let b = self.cur.bytes();
            match b.get(self.cur.pos + 1) {
                Some(b'/') if self.phase == Phase::Content => return self.end_tag(),
                Some(b'?') => self.cur.pi()?,
                Some(b'!') => {
                    if self.cur.starts_with("<!--") {
                        self.cur.comment()?;
                    } else if self.cur.starts_with("<![CDATA[") && self.phase == Phase::Content {
                        return self.cdata();
                    } else if self.cur.starts_with("<!DOCTYPE") && self.phase == Phase::Prolog {
                        return Err(XmlError::new(
                            XmlErrorKind::Doctype,
                            self.cur.pos,
                            "a document type declaration (DOCTYPE) is refused: DTDs and entities are not processed",
                        ));
                    } else {
                        return Err(self
                            .cur
                            .error(self.cur.pos, "markup that is not allowed here"));
                    }
                }
                _ if self.phase == Phase::Epilog => {
                    return Err(self
                        .cur
                        .error(self.cur.pos, "only one root element is allowed"))
                }
                _ => return self.start_tag(),
            }
        }
    }

    fn close(&mut self) {
        if self.open.is_empty() {
            self.phase = Phase::Epilog;
        }
    }

    fn start_tag(&mut self) -> Result<Token<'x>, XmlError> {
        let offset = self.cur.pos;
        self.cur.pos += 1;
        let (name, split) = self.cur.qname("an element name")?;
        self.attrs.clear();
        let empty = loop {
            let space = self.cur.skip_space();
            match self.cur.peek() {
                None => return Err(self.cur.eof_error("a start tag")),
                Some(b'>') => {
                    self.cur.pos += 1;
                    break false;
                }
                Some(b'/') => {
                    self.cur.expect("/>", "a start tag")?;
                    break true;
                }
                Some(_) if !space => {
                    return Err(self.cur.error(
                        self.cur.pos,
                        "expected white space, `>` or `/>` in a start tag",
                    ))
                }
                Some(_) => {}
            }
            let at = self.cur.pos;
            let (attr, attr_split) = self.cur.qname("an attribute name")?;
            self.cur.eq("an attribute")?;
            let value = self.cur.att_value()?;
            if self.attrs.len() >= self.max_attributes {
                return Err(XmlError::new(
                    XmlErrorKind::Limit,
                    at,
                    format!(
                        "more than {} attributes on one element",
                        self.max_attributes
                    ),
                ));
            }
            self.attrs.push(RawAttr {
                name: attr,
                value,
                offset: at,
                split: attr_split,
            });
        };
        if self.open.len() >= self.max_depth {
            return Err(XmlError::new(
                XmlErrorKind::Limit,
                offset,
                format!("elements nested deeper than {}", self.max_depth),
            ));
        }
        self.phase = Phase::Content;
        if empty {
            self.pending_end = true;
        } else {
            self.open.push(name);
        }
        Ok(Token::Start {
            name,
            split,
            offset,
        })
    }

    fn end_tag(&mut self) -> Result<Token<'x>, XmlError> {
        let offset = self.cur.pos;
        self.cur.pos += 2;
        // The common case: the name of the open element, then `>`.
        if let Some(&open) = self.open.last() {
            let b = self.cur.bytes();
            let end = self.cur.pos + open.len();
            if b.get(end) == Some(&b'>')
                && crate::bytes::same_bytes(&b[self.cur.pos..end], open.as_bytes())
            {
                self.cur.pos = end + 1;
                self.open.pop();
                self.close();
                return Ok(Token::End);
            }
        }
        let name = self.cur.name("an end tag")?;
        self.cur.skip_space();
        self.cur.expect(">", "an end tag")?;
        match self.open.pop() {
            Some(open) if open == name => {}
            Some(open) => {
                return Err(self.cur.error(
                    offset,
                    format!("end tag `</{name}>` does not match start tag `<{open}>`"),
                ))
            }
            None => {
                return Err(self
                    .cur
                    .error(offset, format!("end tag `</{name}>` without a start tag")))
            }
        }
        self.close();
        Ok(Token::End)
    }

    fn cdata(&mut self) -> Result<Token<'x>, XmlError> {
        let start = self.cur.pos + 9;
        let Some(len) = self.cur.src[start..].find("]]>") else {
            return Err(self.cur.eof_error("a CDATA section"));
        };
        self.cur.check_chars(start, start + len)?;
        self.cur.pos = start + len + 3;
        let text = &self.cur.src[start..start + len];
        let text = if text.contains('\r') {
            Cow::Owned(normalize_line_ends(text))
        } else {
            Cow::Borrowed(text)
        };
        Ok(Token::Text {
            text,
            offset: start,
            blank: false,
        })
    }

    /// Character data up to the next `<`.
    fn text(&mut self) -> Result<Token<'x>, XmlError> {
        let src = self.cur.src;
        let b = src.as_bytes();
        let start = self.cur.pos;
        // The common case between elements: a line end and indentation.
        if let Some(layout) = self.layout_end() {
            self.cur.pos = layout;
            return Ok(Token::Text {
                text: Cow::Borrowed(&src[start..layout]),
                offset: start,
                blank: true,
            });
        }
        let mut run = start;
        let mut owned: Option<String> = None;
        let mut i = start;
        while i < b.len() {
            i += b[i..]
                .iter()
                .position(|&c| !is(c, TEXT))
                .unwrap_or(b.len() - i);
            let Some(&c) = b.get(i) else { break };
            match c {
                b'<' => break,
                b'&' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&src[run..i]);
                    self.cur.pos = i;
                    match self.cur.reference()? {
                        ReferenceText::Char(c) => s.push(c),
                        ReferenceText::Entity(t) => s.push_str(t),
                    }
                    i = self.cur.pos;
                    run = i;
                }
                b']' => {
                    if b[i..].starts_with(b"]]>") {
                        return Err(self.cur.error(i, "`]]>` is not allowed in character data"));
                    }
                    i += 1;
                }
                b'\r' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&src[run..i]);
                    s.push('\n');
                    i += 1;
                    if b.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    run = i;
                }
                b'\t' | b'\n' => i += 1,
                0xEF => {
                    if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) {
                        return Err(self.cur.illegal_char(i));
                    }
                    i += 1;
                }
                _ => return Err(self.cur.illegal_char(i)),
            }
        }
        self.cur.pos = i;
        let text = match owned {
            None => Cow::Borrowed(&src[start..i]),
            Some(mut s) => {
                s.push_str(&src[run..i]);
                Cow::Owned(s)
            }
        };
        Ok(Token::Text {
            text,
            offset: start,
            blank: false,
        })
    }
}

/// CR-LF and lone CR become LF (XML 1.0 §2.11).
fn normalize_line_ends(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            out.push('\n');
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}
