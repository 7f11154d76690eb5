//! Generator.
#![forbid(unsafe_code)]
