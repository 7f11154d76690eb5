//! Writing messages: prefixes for the StUF namespaces are declared once on
//! the root element; absent attributes stay absent; elements are indented
//! by two spaces (only element-only content gets white space). The output
//! goes to a `String` or, in chunks, to any [`std::io::Write`].

use std::fmt;
use std::io;

mod any;

use crate::decl::{prefix_of, AttributeDecl, ElementDecl, PREFIXES};
use crate::value::{ElementValue, Group, SimpleValue};

/// Bytes collected before they are passed on to an [`io::Write`].
const CHUNK: usize = 32 * 1024;

/// One open element: prefix, local name, whether the start tag is closed,
/// and whether it has child elements.
type Open = (Option<&'static str>, &'static str, bool, bool);

/// Writes one document.
pub struct Writer<'w> {
    out: String,
    sink: Option<&'w mut dyn io::Write>,
    error: Option<io::Error>,
    open: Vec<Open>,
}

impl fmt::Debug for Writer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("buffered", &self.out.len())
            .field("open", &self.open)
            .finish_non_exhaustive()
    }
}

impl Default for Writer<'static> {
    fn default() -> Self {
        Self::new()
    }
}

const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

impl Writer<'static> {
    /// A writer into a `String` ([`Writer::finish`]).
    pub fn new() -> Self {
        Writer {
            out: String::from(DECLARATION),
            sink: None,
            error: None,
            open: Vec::new(),
        }
    }
}

impl<'w> Writer<'w> {
    /// A writer into `sink`, in chunks ([`Writer::finish_io`]).
    pub fn to_io(sink: &'w mut dyn io::Write) -> Self {
        Writer {
            out: String::from(DECLARATION),
            sink: Some(sink),
            error: None,
            open: Vec::new(),
        }
    }

    /// The document written (what is left of it, for a writer into an
    /// [`io::Write`]).
    pub fn finish(self) -> String {
        let mut out = self.out;
        out.push('\n');
        out
    }

    /// Passes the rest of the document on to the [`io::Write`]; the first
    /// error of any write.
    pub fn finish_io(mut self) -> io::Result<()> {
        self.out.push('\n');
        self.flush();
        match self.error.take() {
            Some(e) => Err(e),
            None => match self.sink.as_mut() {
                Some(sink) => sink.flush(),
                None => Ok(()),
            },
        }
    }

    fn flush(&mut self) {
        if let Some(sink) = self.sink.as_mut() {
            if self.error.is_none() {
                if let Err(e) = sink.write_all(self.out.as_bytes()) {
                    self.error = Some(e);
                }
            }
            self.out.clear();
        }
    }

    fn close_start(&mut self) {
        if let Some((_, _, closed, _)) = self.open.last_mut() {
            if !*closed {
                self.out.push('>');
                *closed = true;
            }
        }
    }

    /// Opens an element.
    pub fn start(&mut self, decl: &ElementDecl) {
        self.close_start();
        if self.sink.is_some() && self.out.len() > CHUNK {
            self.flush();
        }
        if let Some((_, _, _, has_children)) = self.open.last_mut() {
            *has_children = true;
            self.out.push('\n');
            for _ in 0..self.open.len() {
                self.out.push_str("  ");
            }
        }
        let prefix = prefix_of(decl.ns);
        self.out.push('<');
        self.push_name(prefix, decl.name);
        if self.open.is_empty() {
            for (prefix, uri) in PREFIXES.iter().take(6) {
                self.out.push_str(&format!(" xmlns:{prefix}=\"{uri}\""));
            }
            if !decl.ns.is_empty() && prefix_of(decl.ns).is_none() {
                self.out
                    .push_str(&format!(" xmlns=\"{}\"", escape(decl.ns)));
            }
        } else if !decl.ns.is_empty() && prefix_of(decl.ns).is_none() {
            self.out
                .push_str(&format!(" xmlns=\"{}\"", escape(decl.ns)));
        }
        self.open.push((prefix, decl.name, false, false));
    }

    fn push_name(&mut self, prefix: Option<&str>, name: &str) {
        if let Some(prefix) = prefix {
            self.out.push_str(prefix);
            self.out.push(':');
        }
        self.out.push_str(name);
    }

    /// Writes `xsi:nil="true"` on the open element.
    pub fn nil(&mut self) {
        self.out.push_str(" xsi:nil=\"true\"");
    }

    /// Writes an attribute if it is present.
    pub fn attribute<V: SimpleValue>(&mut self, decl: &AttributeDecl, value: &Option<V>) {
        if let Some(value) = value {
            self.attribute_text(decl, &value.lexical());
        }
    }

    /// Writes a required attribute.
    pub fn required_attribute<V: SimpleValue>(&mut self, decl: &AttributeDecl, value: &V) {
        self.attribute_text(decl, &value.lexical());
    }

    /// Writes an attribute with its fixed value (`decl.fixed`); nothing when
    /// the declaration has no fixed value.
    pub fn fixed_attribute(&mut self, decl: &AttributeDecl) {
        if let Some(fixed) = decl.fixed {
            self.attribute_text(decl, fixed);
        }
    }

    fn attribute_text(&mut self, decl: &AttributeDecl, lexical: &str) {
        self.out.push(' ');
        if let Some(prefix) = prefix_of(decl.ns) {
            self.out.push_str(prefix);
            self.out.push(':');
        }
        self.out.push_str(decl.name);
        self.out.push_str("=\"");
        self.out.push_str(&escape(lexical));
        self.out.push('"');
    }

    /// Writes character data.
    pub fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.close_start();
        self.out.push_str(&escape(text));
    }

    /// Closes the innermost element.
    pub fn end(&mut self) {
        if let Some((prefix, name, closed, has_children)) = self.open.pop() {
            if has_children {
                self.out.push('\n');
                for _ in 0..self.open.len() {
                    self.out.push_str("  ");
                }
            }
            if closed {
                self.out.push_str("</");
                self.push_name(prefix, name);
                self.out.push('>');
            } else {
                self.out.push_str("/>");
            }
        }
    }

    /// Writes a required element.
    pub fn element<T: ElementValue>(&mut self, decl: &ElementDecl, value: &T) {
        value.write(self, decl);
    }

    /// Writes an optional element.
    pub fn optional<T: ElementValue>(&mut self, decl: &ElementDecl, value: &Option<T>) {
        if let Some(value) = value {
            value.write(self, decl);
        }
    }

    /// Writes repeated elements.
    pub fn repeated<T: ElementValue>(&mut self, decl: &ElementDecl, values: &[T]) {
        for value in values {
            value.write(self, decl);
        }
    }

    /// Writes a group.
    pub fn group<G: Group>(&mut self, group: &G) {
        group.write(self);
    }

    /// Writes an optional group.
    pub fn optional_group<G: Group>(&mut self, group: &Option<G>) {
        if let Some(group) = group {
            group.write(self);
        }
    }

    /// Writes repeated groups.
    pub fn repeated_groups<G: Group>(&mut self, groups: &[G]) {
        for group in groups {
            group.write(self);
        }
    }
}

/// Escapes text and attribute values (`&`, `<`, `>`, `"`, and the white
/// space characters that attribute normalization would otherwise change).
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\r', '\t', '\n']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

impl Writer<'_> {
    /// Writes an optional attribute with a fixed value when it is present.
    pub fn optional_fixed_attribute(&mut self, decl: &AttributeDecl, presence: crate::Presence) {
        if presence == crate::Presence::Present {
            self.fixed_attribute(decl);
        }
    }
}
