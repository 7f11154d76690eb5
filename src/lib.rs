//! stuf-jz
#![forbid(unsafe_code)]
