//! A small read-only XML tree for schema documents, built with quick-xml.
//!
//! Every element keeps the namespaces in scope (to resolve QName-valued
//! attributes such as `type="StUF:Datum"`) and its line and column, so that
//! errors in a schema can point at `file:line:column`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

/// The XML Schema namespace.
pub const XS: &str = "http://www.w3.org/2001/XMLSchema";

/// A place in a schema document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    /// The schema file.
    pub file: Rc<PathBuf>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// An element of a schema document.
#[derive(Debug, Clone)]
pub struct Node {
    /// Namespace URI of the element ("" when none).
    pub ns: String,
    /// Local name.
    pub local: String,
    /// Attributes by local name (schema attributes are unqualified; qualified
    /// foreign attributes are kept under their `{ns}local` name).
    pub attributes: BTreeMap<String, String>,
    /// Prefix to namespace bindings in scope ("" for the default namespace).
    pub scope: Rc<BTreeMap<String, String>>,
    /// Child elements in document order.
    pub children: Vec<Node>,
    /// Character data directly inside this element.
    pub text: String,
    /// Where the start tag is.
    pub location: Location,
}

/// A schema document that could not be read.
#[derive(Debug)]
pub struct DocError {
    /// Where it went wrong.
    pub location: Location,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for DocError {}

impl Node {
    /// Whether this is the XML Schema element `local`.
    pub fn is_xs(&self, local: &str) -> bool {
        self.ns == XS && self.local == local
    }

    /// The value of an unqualified attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    /// Child elements of the XML Schema namespace.
    pub fn xs_children(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter(|c| c.ns == XS)
    }

    /// The first XML Schema child named `local`.
    pub fn xs_child(&self, local: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.is_xs(local))
    }

    /// Resolves a QName-valued attribute (`prefix:local`) against the
    /// namespaces in scope; returns `(namespace, local)`.
    pub fn resolve_qname(&self, value: &str) -> Result<(String, String), String> {
        let value = value.trim();
        let (prefix, local) = match value.split_once(':') {
            Some((p, l)) => (p, l),
            None => ("", value),
        };
        match self.scope.get(prefix) {
            Some(ns) => Ok((ns.clone(), local.to_string())),
            None if prefix.is_empty() => Ok((String::new(), local.to_string())),
            None => Err(format!("prefix `{prefix}` of `{value}` is not declared")),
        }
    }

    /// The concatenated `xs:annotation/xs:documentation` text, trimmed per line.
    pub fn documentation(&self) -> Option<String> {
        let mut parts = Vec::new();
        for annotation in self.children.iter().filter(|c| c.is_xs("annotation")) {
            for doc in annotation
                .children
                .iter()
                .filter(|c| c.is_xs("documentation"))
            {
                let text = tidy_text(&doc.text);
                if !text.is_empty() {
                    parts.push(text);
                }
            }
        }
        (!parts.is_empty()).then(|| parts.join("\n\n"))
    }
}

/// Trims every line and drops leading and trailing blank lines.
fn tidy_text(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let start = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(start, |e| e + 1);
    lines[start..end].join("\n")
}

/// Maps byte offsets to 1-based line and column (in characters).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// Line and column of a byte offset.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line as u32 + 1, column as u32 + 1)
    }
}

/// Reads a schema document from a file.
pub fn read_file(path: &Path) -> Result<Node, DocError> {
    let file = Rc::new(path.to_path_buf());
    let text = std::fs::read_to_string(path).map_err(|e| DocError {
        location: Location {
            file: file.clone(),
            line: 0,
            column: 0,
        },
        message: format!("cannot read schema: {e}"),
    })?;
    parse(&text, file)
}

/// Parses a schema document held in memory; `file` names it in locations.
pub fn parse(text: &str, file: Rc<PathBuf>) -> Result<Node, DocError> {
    let index = LineIndex::new(text);
    let at = |offset: usize| {
        let (line, column) = index.position(offset);
        Location {
            file: file.clone(),
            line,
            column,
        }
    };
    let mut reader = NsReader::from_str(text);
    let mut stack: Vec<Node> = Vec::new();
    let mut scopes: Vec<Rc<BTreeMap<String, String>>> = vec![Rc::new(BTreeMap::from([(
        "xml".to_string(),
        "http://www.w3.org/XML/1998/namespace".to_string(),
    )]))];
    loop {
        let offset = reader.buffer_position() as usize;
        let result = reader
            .read_resolved_event()
            .map(|(ns, event)| (owned_namespace(ns), event.into_owned()));
        let (ns, event) = result.map_err(|e| DocError {
            location: at(reader.error_position() as usize),
            message: format!("not well-formed XML: {e}"),
        })?;
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                let empty = matches!(event, Event::Empty(_));
                let scope = element_scope(start, scopes.last().expect("root scope"));
                let node = make_node(&reader, ns, start, scope.clone(), at(offset)).map_err(
                    |message| DocError {
                        location: at(offset),
                        message,
                    },
                )?;
                stack.push(node);
                scopes.push(scope);
                if empty {
                    if stack.len() == 1 {
                        break;
                    }
                    close(&mut stack, &mut scopes);
                }
            }
            Event::End(_) => {
                if stack.len() == 1 {
                    scopes.pop();
                    break;
                }
                close(&mut stack, &mut scopes);
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    let text = t.unescape().map_err(|e| DocError {
                        location: at(offset),
                        message: format!("bad character data: {e}"),
                    })?;
                    top.text.push_str(&text);
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::Eof => {
                return Err(DocError {
                    location: at(offset),
                    message: "unexpected end of document".into(),
                })
            }
            _ => {}
        }
    }
    stack.pop().ok_or_else(|| DocError {
        location: at(0),
        message: "document has no root element".into(),
    })
}

/// Pops the innermost element and attaches it to its parent.
fn close(stack: &mut Vec<Node>, scopes: &mut Vec<Rc<BTreeMap<String, String>>>) {
    scopes.pop();
    if stack.len() > 1 {
        let node = stack.pop().expect("non-empty stack");
        stack.last_mut().expect("parent").children.push(node);
    }
}

/// The namespace scope of an element: its parent's plus its own declarations.
fn element_scope(
    start: &BytesStart<'_>,
    parent: &Rc<BTreeMap<String, String>>,
) -> Rc<BTreeMap<String, String>> {
    let mut own = Vec::new();
    for attr in start.attributes().flatten() {
        let key = attr.key.as_ref();
        let value = String::from_utf8_lossy(&attr.value).into_owned();
        if key == b"xmlns" {
            own.push((String::new(), value));
        } else if let Some(prefix) = key.strip_prefix(b"xmlns:") {
            own.push((String::from_utf8_lossy(prefix).into_owned(), value));
        }
    }
    if own.is_empty() {
        return parent.clone();
    }
    let mut scope = (**parent).clone();
    scope.extend(own);
    Rc::new(scope)
}

/// The namespace of an element, or the undeclared prefix.
fn owned_namespace(ns: ResolveResult<'_>) -> Result<String, String> {
    match ns {
        ResolveResult::Bound(n) => Ok(String::from_utf8_lossy(n.as_ref()).into_owned()),
        ResolveResult::Unbound => Ok(String::new()),
        ResolveResult::Unknown(p) => Err(String::from_utf8_lossy(&p).into_owned()),
    }
}

fn make_node(
    reader: &NsReader<&[u8]>,
    ns: Result<String, String>,
    start: &BytesStart<'_>,
    scope: Rc<BTreeMap<String, String>>,
    location: Location,
) -> Result<Node, String> {
    let ns = ns.map_err(|prefix| format!("undeclared namespace prefix `{prefix}`"))?;
    let local = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attributes = BTreeMap::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("bad attribute: {e}"))?;
        let key = attr.key.as_ref();
        if key == b"xmlns" || key.starts_with(b"xmlns:") {
            continue;
        }
        let value = attr
            .decode_and_unescape_value(reader.decoder())
            .map_err(|e| format!("bad attribute value: {e}"))?
            .into_owned();
        let (attr_ns, attr_local) = reader.resolve_attribute(attr.key);
        let local_name = String::from_utf8_lossy(attr_local.as_ref()).into_owned();
        let name = match attr_ns {
            ResolveResult::Bound(n) => {
                format!("{{{}}}{local_name}", String::from_utf8_lossy(n.as_ref()))
            }
            _ => local_name,
        };
        attributes.insert(name, value);
    }
    Ok(Node {
        ns,
        local,
        attributes,
        scope,
        children: Vec::new(),
        text: String::new(),
        location,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions_scopes_and_documentation() {
        let text = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:a=\"urn:a\">\n  <xs:element name=\"x\" type=\"a:T\">\n    <xs:annotation><xs:documentation>\n   Hello\n   world  \n</xs:documentation></xs:annotation>\n  </xs:element>\n</xs:schema>";
        let root = parse(text, Rc::new(PathBuf::from("t.xsd"))).unwrap();
        assert!(root.is_xs("schema"));
        let el = root.xs_child("element").unwrap();
        assert_eq!((el.location.line, el.location.column), (2, 3));
        assert_eq!(
            el.resolve_qname(el.attr("type").unwrap()).unwrap(),
            ("urn:a".to_string(), "T".to_string())
        );
        assert_eq!(el.documentation().unwrap(), "Hello\nworld");
        assert!(el.resolve_qname("b:T").is_err());
    }

    #[test]
    fn reports_malformed_xml_with_position() {
        let err = parse("<a>\n<b></a>", Rc::new(PathBuf::from("bad.xsd"))).unwrap_err();
        assert_eq!(err.location.line, 2);
        assert!(err.message.contains("not well-formed"), "{}", err.message);
    }
}
