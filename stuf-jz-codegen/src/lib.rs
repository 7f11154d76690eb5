//! Generates typed Rust for StUF-koppelvlak Jeugdzorg messages from the
//! official XML Schema bundles, as shipped.
//!
//! [`Config`] is the whole entry: point it at a bundle's entry schema and
//! write the result where `include!` can find it (typically from
//! `build.rs`). The stages are public for tools:
//! [`loader`] (documents, imports, includes), [`resolve`] (the StUF-aware
//! [`model`] from the message roots), [`emit`] (Rust), and `diff`
//! (what changed between two bundles).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod config;
pub mod diff;
pub mod emit;
pub mod loader;
pub mod model;
pub mod naming;
pub mod resolve;
mod resolve_complex;
mod resolve_simple;
pub mod sample;
pub mod xml_doc;
pub mod xsd_regex;

pub use config::{Config, Error, Generated, STUF_NAMESPACE, STUF_REPLIES};
