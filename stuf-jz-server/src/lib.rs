//! A local stand-in for CORV or a StUF-JZ counterpart, for vendors' CI:
//! a SOAP 1.1 endpoint that checks the stuurgegevens of every Di01 and
//! Bv/Fo message (StUF 03.01 Tabel 4.1 soort 3), stores it durably in
//! SQLite before it answers Bv03 / Bv04 or the Fo03 fault, resends the
//! earlier answer for an identical repeat, then validates the body (the
//! schema, and with the default feature `rules` the StUF/CORV rules of
//! `stuf-jz-rules`) and reports Bv01 or Fo01 (StUF055) to a callback.
//!
//! - [`header`]: the stuurgegevens of a message, read without its schema.
//! - [`reply`]: Bv01, Bv03, Bv04, Fo01, Fo03 with the prescribed
//!   stuurgegevens ([`reply::Replier`]).
//! - [`soap`]: envelopes, faults, soapAction, Content-Type.
//! - [`store`]: the SQLite inbox.
//! - [`exchange`]: one request without HTTP; [`server`]: the HTTP side and
//!   what its worker checks ([`server::Callback`]); [`client`]: sending a
//!   message.
//!
//! The command line is `stuf-jz serve|send|inbox` (package `stuf-jz-cli`).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod client;
pub mod exchange;
pub mod header;
pub mod reply;
pub mod server;
pub mod soap;
pub mod store;
mod validation;

/// The rules crate the server runs (feature `rules`), for building a
/// [`server::RuleCheck`] without a dependency of one's own.
#[cfg(feature = "rules")]
pub use stuf_jz_rules;
