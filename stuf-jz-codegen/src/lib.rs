//! Generates typed Rust for StUF-koppelvlak Jeugdzorg messages from the
//! official XML Schema bundles.
#![forbid(unsafe_code)]

pub mod loader;
pub mod model;
pub mod naming;
pub mod resolve;
mod resolve_complex;
mod resolve_simple;
pub mod xml_doc;
