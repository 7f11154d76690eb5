//! The traits that generated types implement. Generated code stays
//! declarative: it lists fields and declarations and calls these.

use std::borrow::Cow;

use crate::decl::ElementDecl;
use crate::error::{LoadError, ReadError, ReadResult, Violation, WriteError};
use crate::facets::Facets;
use crate::no_value::NoValue;
use crate::reader::{Reader, Tag};
use crate::record::DocumentRecord;
use crate::writer::Writer;
use crate::xml::ReaderConfig;

/// A value of a simple type: the text of an element or an attribute.
pub trait SimpleValue: Sized {
    /// The schema type (`BG:BSN`), for messages.
    const SCHEMA_TYPE: &'static str;
    /// The facets the value must satisfy.
    const FACETS: &'static Facets;
    /// Builds the value from its lexical form. Types that keep the lexical
    /// form always succeed (and take the text, copying it only when it is
    /// borrowed); enumerations fail on an unknown literal, which they give
    /// back.
    fn from_lexical(lexical: Cow<'_, str>) -> Result<Self, String>;
    /// The lexical form written to XML.
    fn lexical(&self) -> Cow<'_, str>;
}

/// Something that can be the type of an element: reads and writes a whole
/// element (its attributes and content).
pub trait ElementValue: Sized {
    /// Reads the attributes in `tag` and the content up to the end tag.
    fn read(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self>;
    /// Reads an element that carries `xsi:nil="true"`. Only nillable
    /// elements ([`crate::Nillable`]) accept it.
    fn read_nil(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self> {
        r.not_nillable(tag)
    }
    /// Writes the element named by `decl`.
    fn write(&self, w: &mut Writer, decl: &ElementDecl);
    /// The text content, for checking an element's `fixed` value.
    fn text(&self) -> Option<Cow<'_, str>> {
        None
    }
}

/// Implements [`ElementValue`] and [`Nillable`] for a [`SimpleValue`]
/// type, so that it can be the type of an element (`simple_element!(Bsn)`).
#[macro_export]
macro_rules! simple_element {
    ($name:ty) => {
        impl $crate::ElementValue for $name {
            fn read(r: &mut $crate::Reader<'_>, tag: $crate::Tag) -> $crate::ReadResult<Self> {
                $crate::value::read_simple_element(r, tag)
            }
            fn write(&self, w: &mut $crate::Writer, decl: &$crate::ElementDecl) {
                $crate::value::write_simple_element(self, w, decl)
            }
            fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
                Some($crate::SimpleValue::lexical(self))
            }
        }
        impl $crate::value::Nillable for $name {
            type Nil = $crate::NoAttributes;
        }
    };
}

/// Reads an element of a simple type: no attributes, text, end tag.
pub fn read_simple_element<V: SimpleValue>(r: &mut Reader<'_>, tag: Tag) -> ReadResult<V> {
    r.no_attributes(&tag);
    let value = r.simple_text::<V>();
    r.end(tag)?;
    value
}

/// Writes an element of a simple type.
pub fn write_simple_element<V: SimpleValue>(value: &V, w: &mut Writer, decl: &ElementDecl) {
    w.start(decl);
    w.text(&value.lexical());
    w.end();
}

impl<T: ElementValue> ElementValue for Box<T> {
    fn read(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self> {
        T::read(r, tag).map(Box::new)
    }
    fn read_nil(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self> {
        T::read_nil(r, tag).map(Box::new)
    }
    fn write(&self, w: &mut Writer, decl: &ElementDecl) {
        (**self).write(w, decl)
    }
    fn text(&self) -> Option<Cow<'_, str>> {
        (**self).text()
    }
}

/// The attributes a nillable element of a complex type may carry when it is
/// nil (`xsi:nil="true" StUF:noValue="geenWaarde"`).
pub trait NilAttributes: Sized {
    /// Reads the attributes in `tag`.
    fn read(r: &mut Reader<'_>, tag: &mut Tag) -> ReadResult<Self>;
    /// Writes the attributes.
    fn write(&self, w: &mut Writer);
    /// The nil form with `StUF:noValue` set to `reason` and every other
    /// attribute at the value it must have (a fixed `StUF:entiteittype`, a
    /// required attribute's only value); used by [`crate::Nillable::nil`].
    ///
    /// The provided implementation is right for a nil form without a
    /// `StUF:noValue` attribute: it gives the default form and drops the
    /// reason. Nil forms that have `StUF:noValue` override it.
    fn with_reason(reason: NoValue) -> Self
    where
        Self: Default,
    {
        let _ = reason;
        Self::default()
    }
    /// The `StUF:noValue` of this nil form, if it has one and it is set.
    fn reason(&self) -> Option<NoValue> {
        None
    }
}

/// A type that can be the type of a nillable element.
pub trait Nillable: ElementValue {
    /// The attributes it carries when nil.
    type Nil: NilAttributes + std::fmt::Debug + Clone + PartialEq + Eq + std::hash::Hash + Default;
}

/// Part of a content model that is not a single element: a choice (a Rust
/// enum) or a repeated or optional sequence (a Rust struct).
pub trait Group: Sized {
    /// Whether the next element (`ns`, `local`) can start this group.
    fn starts_with(ns: &str, local: &str) -> bool;
    /// Whether the group may be empty.
    const EMPTIABLE: bool;
    /// Reads the group's elements.
    fn read(r: &mut Reader<'_>) -> ReadResult<Self>;
    /// Writes the group's elements.
    fn write(&self, w: &mut Writer);
}

/// A message: a root element with its declaration.
pub trait Document: ElementValue {
    /// The root element.
    const ROOT: &'static ElementDecl;

    /// Reads and validates a message; fails with every violation found.
    fn from_xml(xml: &str) -> Result<Self, ReadError> {
        let (value, violations) = Reader::new(xml).read_document::<Self>(Self::ROOT);
        match value {
            Some(value) if violations.is_empty() => Ok(value),
            _ => Err(ReadError { violations }),
        }
    }

    /// Reads and validates a message from bytes: the encoding is taken
    /// from the byte order mark or the XML declaration (UTF-8 is read
    /// without copying; UTF-16, ISO-8859-1, windows-1252 and the other
    /// encodings `encoding_rs` knows are decoded once).
    fn from_bytes(bytes: &[u8]) -> Result<Self, ReadError> {
        Self::from_bytes_with(bytes, &ReaderConfig::default())
    }

    /// [`Document::from_bytes`] with explicit limits.
    fn from_bytes_with(bytes: &[u8], config: &ReaderConfig) -> Result<Self, ReadError> {
        let text = crate::reader::decode_document(bytes, config).map_err(|v| ReadError {
            violations: vec![v],
        })?;
        let reader = Reader::with_config(&text, *config);
        let (value, violations) = reader.read_document::<Self>(Self::ROOT);
        match value {
            Some(value) if violations.is_empty() => Ok(value),
            _ => Err(ReadError { violations }),
        }
    }

    /// Reads and validates a message from a reader; at most
    /// [`ReaderConfig::max_document_bytes`] are read (a longer input is
    /// refused without reading the rest).
    fn from_reader<R: std::io::BufRead>(reader: R) -> Result<Self, LoadError> {
        let config = ReaderConfig::default();
        let bytes = crate::reader::read_bounded(reader, &config)?;
        Self::from_bytes_with(&bytes, &config).map_err(LoadError::Invalid)
    }

    /// Writes the message and reads what was written back with the reader,
    /// the one implementation of the rules: an invalid value is refused
    /// with the reader's violations (their positions refer to the
    /// document `to_xml_unchecked` writes).
    fn to_xml(&self) -> Result<String, WriteError> {
        self.to_xml_with_record(&DocumentRecord::default())
    }

    /// [`Document::from_xml`], also returning what the document carries
    /// beyond the typed value: `xsi:schemaLocation` and the lexical forms
    /// of `xsi:nil` ([`DocumentRecord`]).
    fn from_xml_with_record(xml: &str) -> Result<(Self, DocumentRecord), ReadError> {
        let value = Self::from_xml(xml)?;
        Ok((value, DocumentRecord::of(xml)))
    }

    /// [`Document::to_xml`] with the attributes of `record` put back (a
    /// round trip that keeps `xsi:schemaLocation` and `xsi:nil="1"`).
    fn to_xml_with_record(&self, record: &DocumentRecord) -> Result<String, WriteError> {
        let mut w = Writer::new().with_record(record);
        self.write(&mut w, Self::ROOT);
        let xml = w.finish();
        let violations = read_back::<Self>(&xml);
        if !violations.is_empty() {
            return Err(WriteError { violations });
        }
        Ok(xml)
    }

    /// Writes the message without validating it (for tests of invalid input).
    fn to_xml_unchecked(&self) -> String {
        let mut w = Writer::new();
        self.write(&mut w, Self::ROOT);
        w.finish()
    }

    /// Writes the message, unchecked, to `out` in chunks.
    fn write_unchecked_to(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut w = Writer::to_io(out);
        self.write(&mut w, Self::ROOT);
        w.finish_io()
    }

    /// Every violation of the schema in this value: the value is written
    /// and the reader reads it back, so reading and validating apply the
    /// same rules and report the same paths. Positions refer to the
    /// document [`Document::to_xml_unchecked`] writes.
    fn validate_message(&self) -> Vec<Violation> {
        read_back::<Self>(&self.to_xml_unchecked())
    }
}

/// The violations of reading `xml` as `D`.
fn read_back<D: Document>(xml: &str) -> Vec<Violation> {
    Reader::new(xml).read_document::<D>(D::ROOT).1
}
