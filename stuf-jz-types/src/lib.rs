//! StUF building blocks.
#![forbid(unsafe_code)]
