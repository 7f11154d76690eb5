//! The XML layer: a conforming XML 1.0 (fifth edition) and Namespaces 1.0
//! processor for documents without a document type declaration.
//!
//! - [`decode`]: bytes to text once, honouring the byte order mark and
//!   the encoding declaration (UTF-8, UTF-16LE/BE, ISO-8859-1,
//!   windows-1252 and every other encoding `encoding_rs` knows); a
//!   declaration that contradicts the bytes is an error.
//! - The tokenizer checks every well-formedness constraint that applies
//!   without a DTD: legal characters, names, comments, CDATA, `]]>` in
//!   text, attribute values (no `<`, references only to the five
//!   predefined entities or to legal characters), unique attributes, the
//!   XML declaration only first and with its grammar, processing
//!   instruction targets, one root element and only comments, processing
//!   instructions and white space after it. Line ends are normalized
//!   (§2.11) and attribute values too (§3.3.3) before anything is checked.
//! - Namespaces 1.0: declared prefixes, `xmlns:p=""` refused, the `xml`
//!   and `xmlns` prefixes and names, QName syntax, unique attributes by
//!   namespace and local name.
//! - A DOCTYPE is refused as a policy ([`XmlErrorKind::Doctype`]): no DTD
//!   is processed and no entity expanded.
//! - Every operation is linear in the input: namespace lookups and
//!   duplicate-attribute checks use hash sets beyond a few entries.
//!
//! [`check_well_formed`] is the root-agnostic entry point; [`Events`] the
//! same parser as a pull parser over any well-formed document.

pub(crate) mod class;
mod config;
mod decode;
mod events;
pub(crate) mod lexer;
pub(crate) mod lines;
pub(crate) mod namespaces;
pub(crate) mod parser;
pub(crate) mod scan;
#[cfg(test)]
mod tests;
mod tree;

use std::fmt;

pub use config::ReaderConfig;
pub use decode::decode;
pub use events::{Events, XmlAttribute, XmlEvent};
pub use lines::LineIndex;
pub(crate) use tree::TreeBuilder;
pub use tree::{ElementTree, NodeId, TreeAttr, TreeNode, TreeSink};

/// What kind of problem an [`XmlError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum XmlErrorKind {
    /// XML 1.0 well-formedness.
    WellFormed,
    /// Namespaces in XML 1.0.
    Namespace,
    /// The bytes cannot be decoded, or contradict the declared encoding.
    Encoding,
    /// A DOCTYPE: refused as a policy (the document is not checked).
    Doctype,
    /// A limit of [`ReaderConfig`] (the document is not checked).
    Limit,
}

/// A document that is not (namespace-)well-formed, or was not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    /// The kind of problem.
    pub kind: XmlErrorKind,
    /// Byte offset in the decoded text (in the bytes for encoding errors).
    pub offset: usize,
    /// What is wrong, for a person.
    pub message: String,
}

impl XmlError {
    pub(crate) fn new(kind: XmlErrorKind, offset: usize, message: impl Into<String>) -> Self {
        XmlError {
            kind,
            offset,
            message: message.into(),
        }
    }
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for XmlError {}

/// Checks that `input` is a namespace-well-formed XML 1.0 document
/// without a DOCTYPE, whatever its root element (default limits).
///
/// ```
/// use stuf_jz_types::xml::check_well_formed;
/// assert!(check_well_formed(b"<a xmlns:p='urn:x'><p:b/></a>").is_ok());
/// assert!(check_well_formed(b"<a><!-- a -- b --></a>").is_err());
/// ```
pub fn check_well_formed(input: &[u8]) -> Result<(), XmlError> {
    check_well_formed_with(input, &ReaderConfig::default())
}

/// [`check_well_formed`] with explicit limits.
pub fn check_well_formed_with(input: &[u8], config: &ReaderConfig) -> Result<(), XmlError> {
    if input.len() > config.max_document_bytes {
        return Err(XmlError::new(
            XmlErrorKind::Limit,
            0,
            format!("document larger than {} bytes", config.max_document_bytes),
        ));
    }
    let text = decode(input)?;
    let mut parser = parser::Parser::new(&text, config);
    loop {
        if let parser::Event::Eof = parser.next_event()? {
            return Ok(());
        }
    }
}
