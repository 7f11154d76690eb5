//! Hand-written StUF building blocks that every generated StUF-JZ type uses.
//!
//! - [`Nillable`]: the three states of a nillable element (absent is an
//!   `Option`), nil carrying its attributes (`StUF:noValue`, [`NoValue`]).
//! - [`date`]: StUF dates (`StUF:Datum`, incomplete dates) and timestamps
//!   (`StUF:Tijdstip`) with chrono accessors, keeping the lexical value.
//! - [`reader::Reader`] and [`writer::Writer`]: the machinery behind
//!   `from_xml`, `to_xml` and `validate` (a value is validated by writing
//!   it and reading it back: one set of rules for both).
//! - [`lexical`] and [`facets`]: XML Schema built-in types and facets;
//!   [`facets::check_value`] and [`ValueError`] for validating
//!   constructors, [`EnumParseError`] for enumerations.
//! - [`Violation`]: a broken rule with its element path, line and column.
//! - [`xml`]: the conforming XML 1.0 and Namespaces 1.0 processor under
//!   the reader: [`xml::check_well_formed`], a pull parser
//!   ([`xml::Events`]), the element tree of a document
//!   ([`xml::ElementTree`], also recorded while a message is read:
//!   [`Reader::record_tree`]) and line/column positions ([`xml::LineIndex`]).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod any;
mod bytes;
pub mod date;
pub mod decl;
mod enum_error;
pub mod error;
mod facet_error;
pub mod facets;
pub mod foutcode;
pub mod lexical;
pub mod message;
mod nillable;
mod no_value;
mod read_attrs;
mod read_elements;
mod read_values;
pub mod reader;
pub mod record;
#[cfg(feature = "serde")]
mod serde_impls;
mod tag;
pub mod value;
pub mod writer;
pub mod xml;
pub mod xs;

/// The chrono version whose types the date accessors return.
pub use any::{AnyContent, AnyElement, AnyNode};
pub use chrono;
pub use decl::{AttributeDecl, ElementDecl, UNBOUNDED};
pub use enum_error::EnumParseError;
#[doc(hidden)]
pub use error::{kept, kept_or_default};
pub use error::{LoadError, Position, ReadError, ReadResult, Rule, Stop, Violation, WriteError};
pub use facets::{Facet, Facets, ValueError};
pub use foutcode::{FoType, Foutcode, Foutplek, UnknownFoutcode};
pub use lexical::{Builtin, WhiteSpace};
pub use message::{Berichtcode, StufMessage, Stuurgegevens, Systeem};
pub use nillable::{Nillable, NoAttributes};
pub use no_value::NoValue;
pub use read_attrs::Presence;
pub use reader::{Reader, Tag};
pub use record::DocumentRecord;
/// The serde version whose traits the types implement (feature `serde`).
#[cfg(feature = "serde")]
pub use serde;
pub use value::{Document, ElementValue, Group, NilAttributes, SimpleValue};
pub use writer::Writer;
pub use xml::ReaderConfig;
