//! The small productions of XML 1.0 over a cursor: white space, names,
//! references, attribute values, comments, processing instructions and the
//! XML declaration. Each returns an [`XmlError`] at the offending offset.

use std::borrow::Cow;

use super::class::{is, Split, ATTR, NAME_START, NCNAME};
use super::{XmlError, XmlErrorKind};
use crate::lexical::{is_name_char, is_name_start_char};

/// A position in a document being scanned.
pub(crate) struct Cursor<'x> {
    pub(crate) src: &'x str,
    pub(crate) pos: usize,
    /// Names longer than this (in bytes) are refused as a limit.
    pub(crate) max_name_length: usize,
}

/// Whether `b` is XML white space (`S`).
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first offset in `s` (from `from`) of a character that is not an XML
/// `Char` (C0 controls other than tab, line feed and carriage return, and
/// U+FFFE, U+FFFF; surrogates cannot occur in a `str`).
pub(crate) fn bad_char(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r') {
            return Some(i);
        }
        if c == 0xEF && b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether `c` is an XML `Char`.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

impl<'x> Cursor<'x> {
    pub(crate) fn bytes(&self) -> &'x [u8] {
        self.src.as_bytes()
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    pub(crate) fn starts_with(&self, s: &str) -> bool {
        self.bytes()[self.pos.min(self.src.len())..].starts_with(s.as_bytes())
    }

    pub(crate) fn error(&self, at: usize, message: impl Into<String>) -> XmlError {
        XmlError::new(XmlErrorKind::WellFormed, at, message)
    }

    pub(crate) fn eof_error(&self, what: &str) -> XmlError {
        self.error(
            self.src.len(),
            format!("unexpected end of document in {what}"),
        )
    }

    /// Skips `S*`; whether anything was skipped.
    pub(crate) fn skip_space(&mut self) -> bool {
        let start = self.pos;
        let b = self.bytes();
        while self.pos < b.len() && is_space(b[self.pos]) {
            self.pos += 1;
        }
        self.pos > start
    }

    /// Expects the literal `s`.
    pub(crate) fn expect(&mut self, s: &str, what: &str) -> Result<(), XmlError> {
        if self.starts_with(s) {
            self.pos += s.len();
            Ok(())
        } else if self.at_end() {
            Err(self.eof_error(what))
        } else {
            Err(self.error(self.pos, format!("expected `{s}` in {what}")))
        }
    }

    /// The `Name` at the cursor.
    pub(crate) fn name(&mut self, what: &str) -> Result<&'x str, XmlError> {
        self.qname(what).map(|(name, _)| name)
    }

    /// The `Name` at the cursor, and how it splits at a colon.
    pub(crate) fn qname(&mut self, what: &str) -> Result<(&'x str, Split), XmlError> {
        if let Some(found) = self.ascii_qname() {
            return Ok(found);
        }
        self.any_qname(what)
    }

    /// The usual name, ASCII `NCName` or `NCName:NCName` followed by an
    /// ASCII byte that ends it, in one pass; `None` leaves every other
    /// case to [`Cursor::any_qname`].
    #[inline]
    fn ascii_qname(&mut self) -> Option<(&'x str, Split)> {
        let b = self.bytes();
        let start = self.pos;
        let nc_start = |c: &u8| *c != b':' && is(*c, NAME_START);
        if !b.get(start).is_some_and(nc_start) {
            return None;
        }
        let run = |mut i: usize| {
            while i < b.len() && is(b[i], NCNAME) {
                i += 1;
            }
            i
        };
        let mut i = run(start + 1);
        let mut split = Split::Plain;
        if b.get(i) == Some(&b':') && b.get(i + 1).is_some_and(nc_start) {
            split = Split::At(i - start);
            i = run(i + 2);
        }
        match b.get(i) {
            Some(&c) if c < 0x80 && c != b':' && i - start <= self.max_name_length => {
                self.pos = i;
                Some((&self.src[start..i], split))
            }
            _ => None,
        }
    }

    /// [`Cursor::qname`] for any name, and the errors.
    #[inline(never)]
    fn any_qname(&mut self, what: &str) -> Result<(&'x str, Split), XmlError> {
        let b = self.bytes();
        let start = self.pos;
        let mut i = start;
        let mut colon = None;
        let mut colons = 0u32;
        match b.get(i) {
            Some(&c) if is(c, NAME_START) => {
                if c == b':' {
                    colons = 1;
                    colon = Some(0);
                }
                i += 1;
            }
            Some(&c) if c >= 0x80 => {}
            _ => i = b.len() + 1,
        }
        while i < b.len() {
            i += b[i..]
                .iter()
                .position(|&c| !is(c, NCNAME))
                .unwrap_or(b.len() - i);
            let Some(&c) = b.get(i) else { break };
            if c == b':' {
                colons += 1;
                colon.get_or_insert(i - start);
                i += 1;
            } else if c < 0x80 {
                break;
            } else {
                let ch = self.src[i..].chars().next().unwrap_or('\0');
                let ok = if i == start {
                    is_name_start_char(ch)
                } else {
                    is_name_char(ch)
                };
                if !ok {
                    break;
                }
                i += ch.len_utf8();
            }
        }
        if i == start || i > b.len() {
            if self.at_end() {
                return Err(self.eof_error(what));
            }
            let found = self.src[start..].chars().next().unwrap_or(' ');
            return Err(self.error(start, format!("`{found}` cannot start a name ({what})")));
        }
        if i - start > self.max_name_length {
            return Err(XmlError::new(
                XmlErrorKind::Limit,
                start,
                format!("a name longer than {} bytes", self.max_name_length),
            ));
        }
        self.pos = i;
        let split = match (colons, colon) {
            (0, _) => Split::Plain,
            (1, Some(at))
                if at > 0 && b.get(start + at + 1).is_some_and(|&c| is(c, NAME_START)) =>
            {
                Split::At(at)
            }
            _ => Split::Check,
        };
        Ok((&self.src[start..i], split))
    }

    /// `Eq ::= S? '=' S?`.
    #[inline]
    pub(crate) fn eq(&mut self, what: &str) -> Result<(), XmlError> {
        let b = self.bytes();
        // The usual `name="value"`: one byte, no white space around it.
        if b.get(self.pos) == Some(&b'=') && b.get(self.pos + 1).is_some_and(|&c| !is_space(c)) {
            self.pos += 1;
            return Ok(());
        }
        self.skip_space();
        self.expect("=", what)?;
        self.skip_space();
        Ok(())
    }

    /// A reference at `&`: the text it stands for.
    pub(crate) fn reference(&mut self) -> Result<ReferenceText, XmlError> {
        let start = self.pos;
        self.pos += 1;
        if self.peek() == Some(b'#') {
            self.pos += 1;
            let hex = self.peek() == Some(b'x');
            if hex {
                self.pos += 1;
            }
            let digits = self.pos;
            let mut value: u32 = 0;
            while let Some(c) = self.peek() {
                let d = match c {
                    b'0'..=b'9' => u32::from(c - b'0'),
                    b'a'..=b'f' if hex => u32::from(c - b'a' + 10),
                    b'A'..=b'F' if hex => u32::from(c - b'A' + 10),
                    _ => break,
                };
                value = value
                    .saturating_mul(if hex { 16 } else { 10 })
                    .saturating_add(d);
                self.pos += 1;
            }
            if self.pos == digits || self.peek() != Some(b';') {
                return Err(self.error(start, "malformed character reference"));
            }
            self.pos += 1;
            return match char::from_u32(value).filter(|c| is_xml_char(*c)) {
                Some(c) => Ok(ReferenceText::Char(c)),
                None => Err(self.error(
                    start,
                    format!(
                        "character reference `{}` is not a legal XML character",
                        &self.src[start..self.pos]
                    ),
                )),
            };
        }
        let name = self.name("an entity reference")?;
        if self.peek() != Some(b';') {
            return Err(self.error(start, "an entity reference must end with `;`"));
        }
        self.pos += 1;
        let text = match name {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "apos" => "'",
            "quot" => "\"",
            _ => {
                return Err(self.error(
                    start,
                    format!("reference to undeclared entity `&{name};` (only the five predefined entities exist without a DTD)"),
                ))
            }
        };
        Ok(ReferenceText::Entity(text))
    }

    /// An attribute value at its quote, normalized (XML 1.0 §3.3.3, as for
    /// CDATA: each white space character, and each CR-LF, becomes a space;
    /// references are replaced). Borrowed when nothing changes.
    pub(crate) fn att_value(&mut self) -> Result<Cow<'x, str>, XmlError> {
        let quote = match self.peek() {
            Some(q @ (b'"' | b'\'')) => q,
            None => return Err(self.eof_error("an attribute")),
            Some(_) => return Err(self.error(self.pos, "an attribute value must be quoted")),
        };
        self.pos += 1;
        let b = self.bytes();
        let start = self.pos;
        let mut run = start;
        let mut owned: Option<String> = None;
        loop {
            self.pos += b[self.pos..]
                .iter()
                .position(|&c| !is(c, ATTR))
                .unwrap_or(b.len() - self.pos);
            let Some(&c) = b.get(self.pos) else {
                return Err(self.eof_error("an attribute value"));
            };
            if c == quote {
                let value = match owned {
                    None => Cow::Borrowed(&self.src[start..self.pos]),
                    Some(mut s) => {
                        s.push_str(&self.src[run..self.pos]);
                        Cow::Owned(s)
                    }
                };
                self.pos += 1;
                return Ok(value);
            }
            match c {
                b'<' => {
                    return Err(self.error(self.pos, "`<` is not allowed in an attribute value"))
                }
                b'&' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.src[run..self.pos]);
                    match self.reference()? {
                        ReferenceText::Char(c) => s.push(c),
                        ReferenceText::Entity(t) => s.push_str(t),
                    }
                    run = self.pos;
                }
                b'\t' | b'\n' | b'\r' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.src[run..self.pos]);
                    s.push(' ');
                    self.pos += 1;
                    if c == b'\r' && b.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    run = self.pos;
                }
                c if c < 0x20 => return Err(self.illegal_char(self.pos)),
                0xEF if bad_char(&self.src[self.pos..(self.pos + 3).min(b.len())]).is_some() => {
                    return Err(self.illegal_char(self.pos))
                }
                _ => self.pos += 1,
            }
        }
    }

    pub(crate) fn illegal_char(&self, at: usize) -> XmlError {
        let c = self.src[at..].chars().next().unwrap_or('\0');
        self.error(
            at,
            format!("U+{:04X} is not a legal XML character", c as u32),
        )
    }

    /// Checks that `[from, to)` holds only XML characters.
    pub(crate) fn check_chars(&self, from: usize, to: usize) -> Result<(), XmlError> {
        match bad_char(&self.src[from..to]) {
            Some(at) => Err(self.illegal_char(from + at)),
            None => Ok(()),
        }
    }

    /// A comment at `<!--`.
    pub(crate) fn comment(&mut self) -> Result<(), XmlError> {
        let start = self.pos;
        let body = start + 4;
        let Some(at) = self.src[body..].find("--") else {
            return Err(self.eof_error("a comment"));
        };
        let end = body + at;
        if self.bytes().get(end + 2) != Some(&b'>') {
            return Err(self.error(end, "`--` is not allowed inside a comment"));
        }
        self.check_chars(body, end)?;
        self.pos = end + 3;
        Ok(())
    }

    /// A processing instruction at `<?` (not the XML declaration).
    pub(crate) fn pi(&mut self) -> Result<(), XmlError> {
        let start = self.pos;
        self.pos += 2;
        let target = self.name("a processing instruction target")?;
        if target.eq_ignore_ascii_case("xml") {
            return Err(self.error(
                start,
                "the XML declaration is allowed only at the very start of the document",
            ));
        }
        if target.contains(':') {
            return Err(XmlError::new(
                XmlErrorKind::Namespace,
                start,
                format!("processing instruction target `{target}` contains a colon"),
            ));
        }
        if self.starts_with("?>") {
            self.pos += 2;
            return Ok(());
        }
        if !self.skip_space() {
            return Err(if self.at_end() {
                self.eof_error("a processing instruction")
            } else {
                self.error(
                    self.pos,
                    "expected white space after the processing instruction target",
                )
            });
        }
        let body = self.pos;
        let Some(at) = self.src[body..].find("?>") else {
            return Err(self.eof_error("a processing instruction"));
        };
        self.check_chars(body, body + at)?;
        self.pos = body + at + 2;
        Ok(())
    }

    /// A quoted value in the XML declaration.
    fn decl_value(&mut self, what: &str) -> Result<(&'x str, usize), XmlError> {
        let quote = match self.peek() {
            Some(q @ (b'"' | b'\'')) => q,
            None => return Err(self.eof_error("the XML declaration")),
            _ => return Err(self.error(self.pos, format!("the {what} must be quoted"))),
        };
        let start = self.pos + 1;
        let Some(len) = self.bytes()[start..]
            .iter()
            .position(|&c| c == quote || c == b'>')
        else {
            return Err(self.eof_error("the XML declaration"));
        };
        if self.bytes()[start + len] != quote {
            return Err(self.error(start, format!("unterminated {what}")));
        }
        self.pos = start + len + 1;
        Ok((&self.src[start..start + len], start))
    }

    /// The XML declaration at `<?xml`: its grammar (version `1.x`, an
    /// `EncName`, `standalone` yes or no, in this order). Returns the
    /// declared encoding.
    pub(crate) fn xml_decl(&mut self) -> Result<Option<&'x str>, XmlError> {
        const WHAT: &str = "the XML declaration";
        self.pos += 5;
        if !self.skip_space() || !self.starts_with("version") {
            return Err(self.error(self.pos, "the XML declaration must start with `version`"));
        }
        self.pos += 7;
        self.eq(WHAT)?;
        let (version, at) = self.decl_value("version")?;
        let valid = version
            .strip_prefix("1.")
            .is_some_and(|minor| !minor.is_empty() && minor.bytes().all(|c| c.is_ascii_digit()));
        if !valid {
            return Err(self.error(
                at,
                format!("unsupported XML version `{version}` (1.x expected)"),
            ));
        }
        let mut space = self.skip_space();
        let mut encoding = None;
        if self.starts_with("encoding") {
            if !space {
                return Err(self.error(self.pos, "expected white space before `encoding`"));
            }
            self.pos += 8;
            self.eq(WHAT)?;
            let (name, at) = self.decl_value("encoding name")?;
            let b = name.as_bytes();
            let valid = b.first().is_some_and(u8::is_ascii_alphabetic)
                && b.iter()
                    .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'));
            if !valid {
                return Err(self.error(at, format!("`{name}` is not a valid encoding name")));
            }
            encoding = Some(name);
            space = self.skip_space();
        }
        if self.starts_with("standalone") {
            if !space {
                return Err(self.error(self.pos, "expected white space before `standalone`"));
            }
            self.pos += 10;
            self.eq(WHAT)?;
            let (value, at) = self.decl_value("standalone value")?;
            if value != "yes" && value != "no" {
                return Err(self.error(
                    at,
                    format!("standalone must be `yes` or `no`, not `{value}`"),
                ));
            }
            self.skip_space();
        }
        self.expect("?>", WHAT)?;
        Ok(encoding)
    }
}

/// What a reference stands for.
pub(crate) enum ReferenceText {
    /// A character reference.
    Char(char),
    /// One of the five predefined entities.
    Entity(&'static str),
}
