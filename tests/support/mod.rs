//! Support code of the differential test suite (`tests/differential.rs`):
//! a small namespace-preserving XML tree ([`xml`]), a deterministic mutation
//! engine ([`mutate`], [`mutations`]), the reference validators xmllint and
//! Xerces-J ([`referee`]), our command-line validator ([`ours`]), sample and
//! schema discovery ([`corpus`]), copies of a sample in other encodings and
//! line ends ([`encodings`]), reporting ([`report`]) and the run itself
//! ([`suite`]). `selftest` checks the engine without external tools.

pub mod corpus;
pub mod encodings;
pub mod mutate;
pub mod mutations;
pub mod ours;
pub mod referee;
pub mod report;
#[cfg(test)]
mod selftest;
pub mod suite;
pub mod xml;
