//! The schema versions compiled into this crate, chosen at run time.
// Without a version feature the enum is empty and the arguments unused.
#![cfg_attr(
    not(any(feature = "v1_0_7", feature = "v1_0_9")),
    allow(unused_variables)
)]

use std::fmt;
use std::str::FromStr;

use stuf_jz_types::Violation;

/// Runs `$body` with `M` the `Message` enum of the version `$version`.
macro_rules! with_message {
    ($version:expr, |M| $body:expr) => {
        match $version {
            #[cfg(feature = "v1_0_7")]
            SchemaVersion::V1_0_7 => {
                use crate::v1_0_7::Message as M;
                $body
            }
            #[cfg(feature = "v1_0_9")]
            SchemaVersion::V1_0_9 => {
                use crate::v1_0_9::Message as M;
                $body
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use with_message;

/// A StUF-JZ schema version enabled by a Cargo feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchemaVersion {
    /// 1.0.7, the version in use (feature `v1_0_7`).
    #[cfg(feature = "v1_0_7")]
    V1_0_7,
    /// 1.0.9 (feature `v1_0_9`).
    #[cfg(feature = "v1_0_9")]
    V1_0_9,
}

impl SchemaVersion {
    /// Every enabled version, oldest first.
    pub const ALL: &'static [SchemaVersion] = &[
        #[cfg(feature = "v1_0_7")]
        SchemaVersion::V1_0_7,
        #[cfg(feature = "v1_0_9")]
        SchemaVersion::V1_0_9,
    ];

    /// The version number, such as `1.0.7`.
    pub fn number(self) -> &'static str {
        match self {
            #[cfg(feature = "v1_0_7")]
            SchemaVersion::V1_0_7 => "1.0.7",
            #[cfg(feature = "v1_0_9")]
            SchemaVersion::V1_0_9 => "1.0.9",
        }
    }

    /// The message root elements of this version.
    pub fn roots(self) -> &'static [&'static str] {
        match self {
            #[cfg(feature = "v1_0_7")]
            SchemaVersion::V1_0_7 => crate::v1_0_7::Message::ROOTS,
            #[cfg(feature = "v1_0_9")]
            SchemaVersion::V1_0_9 => crate::v1_0_9::Message::ROOTS,
        }
    }

    /// Reads a message and returns every violation (empty when valid). The
    /// message is read once and not written back, and the values of its
    /// repeated elements are dropped as soon as they are checked, so that
    /// memory stays near the size of the document.
    pub fn validate(self, xml: &str) -> Vec<Violation> {
        self.validate_with(stuf_jz_types::Reader::new(xml))
    }

    /// [`SchemaVersion::validate`] with a reader set up by the caller, such
    /// as one that has already read the root element's name
    /// ([`stuf_jz_types::Reader::root_name`]) to choose the version: the
    /// document is read once.
    pub fn validate_with(self, reader: stuf_jz_types::Reader<'_>) -> Vec<Violation> {
        with_message!(self, |M| M::read_with(reader.validate_only()).1)
    }

    /// Reads a message and writes it back, keeping `xsi:schemaLocation`
    /// and the lexical forms of `xsi:nil` (a `DocumentRecord`); fails with
    /// the violations of an invalid message.
    pub fn convert(self, xml: &str) -> Result<String, Vec<Violation>> {
        with_message!(self, |M| M::from_xml_with_record(xml)
            .map_err(|e| e.violations)
            .and_then(|(m, record)| m
                .to_xml_with_record(&record)
                .map_err(|e| e.violations)))
    }

    /// The default version for a document: 1.0.7 unless its root element
    /// exists only in a newer enabled version.
    pub fn for_document(xml: &str) -> Option<SchemaVersion> {
        let root = root_local_name(xml)?;
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.roots().contains(&root.as_str()))
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.number())
    }
}

impl FromStr for SchemaVersion {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.number() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = Self::ALL.iter().map(|v| v.number()).collect();
                format!(
                    "unknown schema version `{s}` (this build has: {})",
                    known.join(", ")
                )
            })
    }
}

/// The local name of the first element of a document.
fn root_local_name(xml: &str) -> Option<String> {
    let mut reader = stuf_jz_types::Reader::new(xml);
    reader.root_name().map(|(_, local)| local)
}
