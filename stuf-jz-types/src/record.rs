//! What a document carries beyond its typed value, kept for a faithful
//! round trip: `xsi:schemaLocation` and `xsi:noNamespaceSchemaLocation`
//! (dropped by the reader, XML Schema 1.0 §4.3.2: hints, not content), and
//! the lexical form of `xsi:nil` when it is not `true` (`1`, or `false` /
//! `0` on an element that has its value; the typed value only knows nil or
//! not nil).
//!
//! [`crate::Document::from_xml_with_record`] reads a message and its
//! record; [`crate::Document::to_xml_with_record`] writes the message with
//! them again. Entries are keyed by the element's place in document order
//! (with its local name as a check): they are put back on the element at
//! the same place with the same name, so a message that was changed after
//! reading keeps the entries of the elements it still has in place and
//! drops the others. Comments, processing instructions and the original
//! prefixes are not kept (the writer declares its own prefixes).

use crate::decl::XSI;
use crate::xml::parser::{Event, Parser};
use crate::xml::ReaderConfig;

/// The `xsi` attributes a [`DocumentRecord`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum XsiAttribute {
    /// `xsi:nil` in a form other than `true`.
    Nil,
    /// `xsi:schemaLocation`.
    SchemaLocation,
    /// `xsi:noNamespaceSchemaLocation`.
    NoNamespaceSchemaLocation,
}

impl XsiAttribute {
    /// The attribute's local name in the `xsi` namespace.
    pub fn local_name(self) -> &'static str {
        match self {
            XsiAttribute::Nil => "nil",
            XsiAttribute::SchemaLocation => "schemaLocation",
            XsiAttribute::NoNamespaceSchemaLocation => "noNamespaceSchemaLocation",
        }
    }
}

/// One kept attribute.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecordEntry {
    /// The element's place in document order (0: the root element).
    pub element: usize,
    /// The element's local name.
    pub name: String,
    /// Which attribute.
    pub attribute: XsiAttribute,
    /// Its value as read (after attribute-value normalisation).
    pub value: String,
}

/// The record of one document (see the [module docs](self)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct DocumentRecord {
    entries: Vec<RecordEntry>,
}

impl DocumentRecord {
    /// The record of `xml`. A document that is not well-formed gives the
    /// entries found before the error (reading the message reports it).
    pub fn of(xml: &str) -> DocumentRecord {
        let mut parser = Parser::new(xml, &ReaderConfig::default());
        let mut entries = Vec::new();
        let mut element = 0;
        while let Ok(event) = parser.next_event() {
            match event {
                Event::Start { .. } => {
                    let name = parser.element().1;
                    for attr in parser.attributes().filter(|a| a.ns == XSI) {
                        let attribute = match attr.local {
                            "nil" if attr.value.as_ref() != "true" => XsiAttribute::Nil,
                            "schemaLocation" => XsiAttribute::SchemaLocation,
                            "noNamespaceSchemaLocation" => XsiAttribute::NoNamespaceSchemaLocation,
                            _ => continue,
                        };
                        entries.push(RecordEntry {
                            element,
                            name: name.to_string(),
                            attribute,
                            value: attr.value.to_string(),
                        });
                    }
                    element += 1;
                }
                Event::Eof => break,
                _ => {}
            }
        }
        DocumentRecord { entries }
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The kept attributes, in document order.
    pub fn entries(&self) -> &[RecordEntry] {
        &self.entries
    }

    /// `xsi:schemaLocation` of the root element.
    pub fn schema_location(&self) -> Option<&str> {
        self.root_value(XsiAttribute::SchemaLocation)
    }

    /// `xsi:noNamespaceSchemaLocation` of the root element.
    pub fn no_namespace_schema_location(&self) -> Option<&str> {
        self.root_value(XsiAttribute::NoNamespaceSchemaLocation)
    }

    fn root_value(&self, attribute: XsiAttribute) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.element == 0 && e.attribute == attribute)
            .map(|e| e.value.as_str())
    }

    /// Sets (or, with `None`, removes) `xsi:schemaLocation` of the root
    /// element, named `root` (its local name), for documents written with
    /// [`crate::Document::to_xml_with_record`]: `"NAMESPACE LOCATION"`
    /// pairs separated by white space.
    pub fn set_schema_location(&mut self, root: &str, value: Option<&str>) {
        self.entries
            .retain(|e| !(e.element == 0 && e.attribute == XsiAttribute::SchemaLocation));
        if let Some(value) = value {
            self.entries.insert(
                0,
                RecordEntry {
                    element: 0,
                    name: root.to_string(),
                    attribute: XsiAttribute::SchemaLocation,
                    value: value.to_string(),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_schema_locations_and_nil_forms_other_than_true() {
        let xml = r#"<a xmlns:i="http://www.w3.org/2001/XMLSchema-instance"
              i:schemaLocation="urn:a  a.xsd"><b i:nil="true"/><c i:nil=" 1 "/><d i:nil="false">x</d><e i:noNamespaceSchemaLocation="e.xsd"/></a>"#;
        let record = DocumentRecord::of(xml);
        let found: Vec<_> = record
            .entries()
            .iter()
            .map(|e| (e.element, e.name.as_str(), e.attribute, e.value.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (0, "a", XsiAttribute::SchemaLocation, "urn:a  a.xsd"),
                (2, "c", XsiAttribute::Nil, " 1 "),
                (3, "d", XsiAttribute::Nil, "false"),
                (4, "e", XsiAttribute::NoNamespaceSchemaLocation, "e.xsd"),
            ]
        );
        assert_eq!(record.schema_location(), Some("urn:a  a.xsd"));
        assert_eq!(record.no_namespace_schema_location(), None);
    }

    #[test]
    fn other_namespaces_are_not_kept() {
        let record = DocumentRecord::of(r#"<a xmlns:x="urn:x" x:nil="1" x:schemaLocation="s"/>"#);
        assert!(record.is_empty());
    }

    #[test]
    fn the_root_schema_location_can_be_set_and_removed() {
        let mut record = DocumentRecord::default();
        record.set_schema_location("vtoDi01", Some("urn:jz jz.xsd"));
        assert_eq!(record.schema_location(), Some("urn:jz jz.xsd"));
        record.set_schema_location("vtoDi01", None);
        assert!(record.is_empty());
    }
}
