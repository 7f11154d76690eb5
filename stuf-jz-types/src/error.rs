//! Violations of schema rules and the errors of reading and writing.

use std::fmt;

use crate::facets::Facet;

/// A place in an XML document: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The schema rule (or XML rule) a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// The document is not well-formed XML.
    WellFormed,
    /// A safety limit of [`crate::ReaderConfig`] was reached: the document
    /// was not checked further (not a verdict that it is invalid).
    Limit,
    /// A document type declaration: refused as a policy (no DTD is
    /// processed, no entity expanded); the document was not checked.
    Doctype,
    /// An `xsi:type` that the reader cannot honour (not the declared type
    /// of the element).
    XsiType,
    /// The root element is not a message of this schema version.
    Root,
    /// An element that the content model does not allow at this place
    /// (unknown, out of order, in the wrong namespace, or one too many).
    UnexpectedElement,
    /// A required element is missing (`minOccurs`).
    MinOccurs,
    /// An element occurs more often than `maxOccurs` allows.
    MaxOccurs,
    /// An attribute the type does not declare.
    UnknownAttribute,
    /// A required attribute is missing.
    RequiredAttribute,
    /// A value differs from the schema's `fixed` value.
    Fixed,
    /// `xsi:nil` on an element that is not nillable, or an invalid `xsi:nil`.
    Nillable,
    /// Content inside an element with `xsi:nil="true"`.
    NilContent,
    /// Character data where only elements are allowed.
    ElementOnly,
    /// A facet of a simple type (pattern, length, enumeration, ...) or the
    /// lexical form of its built-in type.
    Facet(Facet),
}

impl Rule {
    /// A short name for the rule, as printed in reports (`maxLength`,
    /// `minOccurs`, `fixed`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Rule::WellFormed => "well-formed",
            Rule::Limit => "limit",
            Rule::Doctype => "doctype",
            Rule::XsiType => "xsi-type",
            Rule::Root => "root",
            Rule::UnexpectedElement => "unexpected-element",
            Rule::MinOccurs => "minOccurs",
            Rule::MaxOccurs => "maxOccurs",
            Rule::UnknownAttribute => "unknown-attribute",
            Rule::RequiredAttribute => "required-attribute",
            Rule::Fixed => "fixed",
            Rule::Nillable => "nillable",
            Rule::NilContent => "nil-content",
            Rule::ElementOnly => "element-only",
            Rule::Facet(facet) => facet.xsd_name(),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One broken rule: where, which rule, which type, which value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Element path, such as `/vtoDi01/object/heeftBetrekkingOp[2]/gerelateerde`
    /// (attributes end in `/@name`).
    pub path: String,
    /// Where in the document, when the value was read from one.
    pub position: Option<Position>,
    /// The rule.
    pub rule: Rule,
    /// The schema type whose rule it is (`BG:BSN`), when known.
    pub schema_type: Option<&'static str>,
    /// The offending value, when there is one.
    pub value: Option<String>,
    /// What is wrong, for a person.
    pub message: String,
}

impl fmt::Display for Violation {
    /// `LINE:COL: PATH: RULE: message` (without position when unknown).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(f, "{}: {}: {}", self.path, self.rule, self.message)?;
        if let Some(ty) = self.schema_type {
            write!(f, " (type {ty})")?;
        }
        Ok(())
    }
}

/// A document that could not be read as a valid message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Every violation found, in document order.
    pub violations: Vec<Violation>,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violations.as_slice() {
            [] => f.write_str("invalid document"),
            [only] => write!(f, "{only}"),
            [first, rest @ ..] => write!(f, "{first} (and {} more)", rest.len()),
        }
    }
}

impl std::error::Error for ReadError {}

/// A message that may not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    /// What breaks the schema.
    pub violations: Vec<Violation>,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "refusing to write an invalid message: ")?;
        match self.violations.first() {
            Some(first) if self.violations.len() > 1 => {
                write!(f, "{first} (and {} more)", self.violations.len() - 1)
            }
            Some(first) => write!(f, "{first}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for WriteError {}

/// Why reading stopped building a value. The violation is already recorded
/// in the reader; this only tells how far to unwind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// This element cannot become a value; its siblings can still be read.
    Skip,
    /// The document cannot be read any further (not well-formed, limits).
    Fatal,
}

/// What reading returns: a value, or where to unwind to.
pub type ReadResult<T> = Result<T, Stop>;

/// The value of one field read by generated code, `None` when it could
/// not be read; the first failure is kept in `failed`. Generated readers
/// read every field this way and return the failure once, after the last
/// field, so that the code that unwinds a half-read value exists once per
/// type instead of once per field.
#[doc(hidden)]
#[inline]
pub fn kept<T>(result: ReadResult<T>, failed: &mut Option<Stop>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(stop) => {
            failed.get_or_insert(stop);
            None
        }
    }
}

/// [`kept`] for a field that has an empty value (an optional or a
/// repeated one): the empty value when it could not be read.
#[doc(hidden)]
#[inline]
pub fn kept_or_default<T: Default>(result: ReadResult<T>, failed: &mut Option<Stop>) -> T {
    kept(result, failed).unwrap_or_default()
}

/// Why a message could not be loaded from a reader.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadError {
    /// Reading the input failed.
    Io(std::io::Error),
    /// The document was read but is not a valid message (or was not
    /// checked: see [`Rule::Limit`]).
    Invalid(ReadError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io(e) => write!(f, "could not read the document: {e}"),
            LoadError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io(e) => Some(e),
            LoadError::Invalid(e) => Some(e),
        }
    }
}

impl From<std::io::Error> for LoadError {
    fn from(e: std::io::Error) -> Self {
        LoadError::Io(e)
    }
}
