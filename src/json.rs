//! Messages as JSON (feature `serde`), both ways, with the checks of XML.
//!
//! The mapping (see [`stuf_jz_types`]'s serde support): elements are keys
//! with their schema names (`heeftBetrekkingOp`), attributes keys with `@`
//! (`@noValue`), repeated elements arrays, simple values strings holding
//! exactly their lexical form (`"20170614"`), an element of simple content
//! with attributes `{"$value": ..., "@attribute": ...}`, a nil element
//! `{"@xsi:nil": true, "@noValue": "geenWaarde"}`, a choice the key of the
//! chosen element, the message itself `{"vtoDi01": {...}}`.
//!
//! ```
//! # #[cfg(feature = "v1_0_7")] {
//! use stuf_jz::SchemaVersion;
//! let xml = std::fs::read_to_string("examples/messages/1.0.7/vtoDi01/minimal.xml").unwrap();
//! let json = SchemaVersion::V1_0_7.xml_to_json(&xml).unwrap();
//! assert!(json.contains(r#""referentienummer": "GRO-20260302-0117""#));
//! let again = SchemaVersion::V1_0_7.json_to_xml(&json).unwrap();
//! assert!(again.contains("<StUF:referentienummer>GRO-20260302-0117</StUF:referentienummer>"));
//! # }
//! ```

use std::fmt;

use stuf_jz_types::Violation;

use crate::versions::{with_message, SchemaVersion};

/// Why JSON did not become a message.
#[derive(Debug)]
pub enum JsonError {
    /// The JSON does not fit the message types: a syntax error, an unknown
    /// or missing key, a value of the wrong kind (with its line and column).
    Shape(serde_json::Error),
    /// The message breaks the schema: the violations that the same message
    /// in XML gets.
    Invalid(Vec<Violation>),
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonError::Shape(e) => write!(f, "{}:{}: {e}", e.line(), e.column()),
            JsonError::Invalid(violations) => {
                for (i, v) in violations.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{v}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for JsonError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JsonError::Shape(e) => Some(e),
            JsonError::Invalid(_) => None,
        }
    }
}

impl SchemaVersion {
    /// Reads a message from XML and gives it as JSON (pretty-printed); an
    /// invalid message fails with its violations.
    pub fn xml_to_json(self, xml: &str) -> Result<String, Vec<Violation>> {
        with_message!(self, |M| {
            let message = M::from_xml(xml).map_err(|e| e.violations)?;
            Ok(serde_json::to_string_pretty(&message).expect("messages serialise"))
        })
    }

    /// Reads a message from JSON and writes it as XML, checked exactly as a
    /// received XML message is.
    pub fn json_to_xml(self, json: &str) -> Result<String, JsonError> {
        with_message!(self, |M| {
            let message: M = serde_json::from_str(json).map_err(JsonError::Shape)?;
            message
                .to_xml()
                .map_err(|e| JsonError::Invalid(e.violations))
        })
    }
}
