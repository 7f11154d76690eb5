//! The schema versions compiled into this crate, chosen at run time.
// Without a version feature the enum is empty and the arguments unused.
#![cfg_attr(
    not(any(feature = "v1_0_7", feature = "v1_0_9")),
    allow(unused_variables)
)]

use std::fmt;
use std::str::FromStr;

use stuf_jz_types::Violation;

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

    /// Reads a message and returns every violation (empty when valid).
    pub fn validate(self, xml: &str) -> Vec<Violation> {
        self.read(xml).1
    }

    /// Reads a message and writes it back; fails with the violations of an
    /// invalid message.
    pub fn convert(self, xml: &str) -> Result<String, Vec<Violation>> {
        let (written, violations) = self.read(xml);
        match written {
            Some(Ok(out)) if violations.is_empty() => Ok(out),
            Some(Err(e)) if violations.is_empty() => Err(e.violations),
            _ => Err(violations),
        }
    }

    /// Reads a message; returns its re-written form (when it could be
    /// built) and the violations found while reading.
    #[allow(clippy::type_complexity)]
    fn read(
        self,
        xml: &str,
    ) -> (
        Option<Result<String, stuf_jz_types::WriteError>>,
        Vec<Violation>,
    ) {
        match self {
            #[cfg(feature = "v1_0_7")]
            SchemaVersion::V1_0_7 => {
                let (m, v) = crate::v1_0_7::Message::read(xml);
                (m.map(|m| m.to_xml()), v)
            }
            #[cfg(feature = "v1_0_9")]
            SchemaVersion::V1_0_9 => {
                let (m, v) = crate::v1_0_9::Message::read(xml);
                (m.map(|m| m.to_xml()), v)
            }
        }
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
