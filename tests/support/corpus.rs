//! Sample messages and the referee schema for each message element.
//!
//! - 1.0.7: `xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd` declares
//!   all 7 message elements.
//! - 1.0.9: each resolved bundle `xsd/stuf-jz-1.0.9-resolved/<group>/` has a
//!   `jz0100_msg_<group>_resolved2025.xsd` whose global elements (target
//!   namespace JZ) are that group's messages; the mapping is read from the
//!   schema files, not hard-coded.
//! - Both: the StUF replies (`Bv01Bericht` ... `Fo03Bericht`), global
//!   elements of a StUF schema in the same folder, are checked against the
//!   message schema that imports it.

use std::fs;
use std::path::{Path, PathBuf};

use super::xml::{self, Document};

/// One sample message.
#[derive(Clone, Debug)]
pub struct Sample {
    /// Path of the sample file.
    pub path: PathBuf,
    /// Name of the directory the sample lives in (expected root element).
    pub dir_root: String,
    /// The parsed sample.
    pub doc: Document,
    /// The file content as read.
    pub text: String,
}

/// Global message elements of a version and the schema that defines each.
#[derive(Clone, Debug)]
pub struct Schemas {
    /// `(element local name, referee schema)` in discovery order.
    pub roots: Vec<(String, PathBuf)>,
}

impl Schemas {
    /// Referee schema for message element `root`.
    pub fn schema_for(&self, root: &str) -> Option<&Path> {
        self.roots
            .iter()
            .find(|(r, _)| r == root)
            .map(|(_, s)| s.as_path())
    }

    /// Names of all message elements.
    pub fn names(&self) -> Vec<String> {
        self.roots.iter().map(|(r, _)| r.clone()).collect()
    }
}

/// Reads a file as UTF-8, falling back to ISO-8859-1 for other bytes.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
    })
}

/// The StUF 03.01 replies that are messages too (global elements of the
/// StUF namespace in a schema next to the message schema).
const STUF_REPLIES: &[&str] = &[
    "Bv01Bericht",
    "Bv02Bericht",
    "Bv03Bericht",
    "Bv04Bericht",
    "Fo01Bericht",
    "Fo02Bericht",
    "Fo03Bericht",
];

/// The StUF replies declared by a StUF-namespace schema in the folder of
/// the message schema `schema` (which imports it).
fn stuf_reply_elements(schema: &Path) -> Result<Vec<String>, String> {
    let Some(dir) = schema.parent() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for f in sorted_entries(dir)? {
        if f.extension().and_then(|e| e.to_str()) != Some("xsd") {
            continue;
        }
        for name in global_elements(&f, xml::NS_STUF)? {
            if STUF_REPLIES.contains(&name.as_str()) && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    Ok(out)
}

/// Global `xs:element` names of a schema file in the JZ namespace.
fn message_elements(schema: &Path) -> Result<Vec<String>, String> {
    global_elements(schema, xml::NS_JZ)
}

/// Global `xs:element` names of a schema file whose target namespace is `ns`.
fn global_elements(schema: &Path, ns: &str) -> Result<Vec<String>, String> {
    let doc = xml::parse(&read_text(schema)?).map_err(|e| format!("{}: {e}", schema.display()))?;
    let tns = doc
        .root
        .attrs
        .iter()
        .find(|a| a.name == "targetNamespace")
        .map(|a| a.value.as_str());
    if tns != Some(ns) {
        return Ok(Vec::new());
    }
    Ok(doc
        .root
        .element_indices()
        .into_iter()
        .map(|i| doc.root.child(i))
        .filter(|e| e.local() == "element")
        .filter_map(|e| {
            e.attrs
                .iter()
                .find(|a| a.name == "name")
                .map(|a| a.value.clone())
        })
        .collect())
}

/// Sorted directory entries (paths) of `dir`.
fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    out.sort();
    Ok(out)
}

/// The referee schemas of schema version `version` (`1.0.7` or `1.0.9`).
pub fn schemas(xsd_dir: &Path, version: &str) -> Result<Schemas, String> {
    let files: Vec<PathBuf> = match version {
        "1.0.7" => vec![xsd_dir.join("stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd")],
        "1.0.9" => {
            let mut files = Vec::new();
            for group in sorted_entries(&xsd_dir.join("stuf-jz-1.0.9-resolved"))? {
                for f in sorted_entries(&group)? {
                    let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    if name.starts_with("jz0100_msg_") && name.ends_with("_resolved2025.xsd") {
                        files.push(f);
                    }
                }
            }
            files
        }
        other => return Err(format!("unknown schema version {other}")),
    };
    let mut roots: Vec<(String, PathBuf)> = Vec::new();
    for f in files {
        let names = message_elements(&f)?;
        let replies = stuf_reply_elements(&f)?;
        for name in names.into_iter().chain(replies) {
            if !roots.iter().any(|(r, _)| *r == name) {
                roots.push((name, f.clone()));
            }
        }
    }
    if roots.is_empty() {
        return Err(format!(
            "no message elements found for {version} under {}",
            xsd_dir.display()
        ));
    }
    Ok(Schemas { roots })
}

/// All samples `messages_dir/<root>/*.xml`, sorted by path. Files that do
/// not parse are returned as errors (they cannot be mutated).
pub fn samples(messages_dir: &Path) -> Result<(Vec<Sample>, Vec<String>), String> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for dir in sorted_entries(messages_dir)? {
        if !dir.is_dir() {
            continue;
        }
        let dir_root = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        for path in sorted_entries(&dir)? {
            if path.extension().and_then(|e| e.to_str()) != Some("xml") || !path.is_file() {
                continue;
            }
            let text = read_text(&path)?;
            match xml::parse(&text) {
                Ok(doc) => found.push(Sample {
                    path,
                    dir_root: dir_root.clone(),
                    doc,
                    text,
                }),
                Err(e) => errors.push(format!("{}: does not parse: {e}", path.display())),
            }
        }
    }
    Ok((found, errors))
}
