//! The `stuf-jz` command line (the binary of this package): validate
//! StUF-JZ messages against the schemas and the rules beyond them, list
//! the rules, convert, diff two bundles, generate samples, and (feature
//! `server`) run a local CORV stand-in with its client and inbox.
//!
//! The library holds the implementation so that it is documented; its
//! interface is the command line (`stuf-jz --help`, the README), not this
//! API.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod cli;
