//! Writing messages: prefixes for the StUF namespaces are declared once on
//! the root element; absent attributes stay absent; elements are indented
//! by two spaces (only element-only content gets white space). The output
//! goes to a `String` or, in chunks, to any [`std::io::Write`].

use std::fmt;
use std::io;

mod any;

use crate::decl::{prefix_of, AttributeDecl, ElementDecl, PREFIXES};
use crate::record::{DocumentRecord, RecordEntry, XsiAttribute};
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
    /// What [`Writer::with_record`] puts back.
    record: Record,
}

/// The state of writing a [`DocumentRecord`] back.
#[derive(Debug, Default)]
struct Record {
    entries: Vec<RecordEntry>,
    /// The next entry to consider.
    next: usize,
    /// Elements started so far (document order, as the record counts).
    elements: usize,
    /// The `xsi:nil` form to write if the open element turns out nil.
    nil_form: Option<String>,
    /// Where `xsi:nil="false"` (or `0`) was written on the open element,
    /// in `out`, to be replaced if the element is nil after all.
    not_nil_at: Option<std::ops::Range<usize>>,
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
            record: Record::default(),
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
            record: Record::default(),
        }
    }

    /// Puts the attributes of `record` back on the elements at their places
    /// (see [`crate::record`]).
    pub fn with_record(mut self, record: &DocumentRecord) -> Self {
        self.record.entries = record.entries().to_vec();
        self
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
        self.write_record(decl.name);
    }

    /// Writes the recorded attributes of the element just started.
    fn write_record(&mut self, name: &str) {
        let element = self.record.elements;
        self.record.elements += 1;
        self.record.nil_form = None;
        self.record.not_nil_at = None;
        let record = &mut self.record;
        while let Some(entry) = record.entries.get(record.next) {
            if entry.element > element {
                break;
            }
            record.next += 1;
            if entry.element < element || entry.name != name {
                continue;
            }
            if entry.attribute == XsiAttribute::Nil {
                if matches!(entry.value.trim(), "false" | "0") {
                    let start = self.out.len();
                    push_attribute(&mut self.out, "xsi", "nil", &entry.value);
                    record.not_nil_at = Some(start..self.out.len());
                } else {
                    record.nil_form = Some(entry.value.clone());
                }
            } else {
                push_attribute(
                    &mut self.out,
                    "xsi",
                    entry.attribute.local_name(),
                    &entry.value,
                );
            }
        }
    }

    fn push_name(&mut self, prefix: Option<&str>, name: &str) {
        if let Some(prefix) = prefix {
            self.out.push_str(prefix);
            self.out.push(':');
        }
        self.out.push_str(name);
    }

    /// Writes `xsi:nil="true"` on the open element (or the recorded form
    /// of [`Writer::with_record`], such as `1`).
    pub fn nil(&mut self) {
        let form = self.record.nil_form.take();
        let form = form.as_deref().unwrap_or("true");
        match self.record.not_nil_at.take() {
            Some(range) => {
                let mut attribute = String::new();
                push_attribute(&mut attribute, "xsi", "nil", form);
                self.out.replace_range(range, &attribute);
            }
            None => push_attribute(&mut self.out, "xsi", "nil", form),
        }
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
        match prefix_of(decl.ns) {
            Some(prefix) => push_attribute(&mut self.out, prefix, decl.name, lexical),
            None => push_attribute(&mut self.out, "", decl.name, lexical),
        }
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

/// Appends ` prefix:name="value"` (no prefix when `prefix` is empty).
fn push_attribute(out: &mut String, prefix: &str, name: &str, value: &str) {
    out.push(' ');
    if !prefix.is_empty() {
        out.push_str(prefix);
        out.push(':');
    }
    out.push_str(name);
    out.push_str("=\"");
    out.push_str(&escape(value));
    out.push('"');
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
