//! The error of parsing an enumeration value from text.

use std::fmt;

/// A literal that is not one of an enumeration's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumParseError {
    /// The text that was given.
    pub literal: String,
    /// The schema type (`StUF:NoValue`).
    pub schema_type: &'static str,
    /// The values the type allows.
    pub allowed: &'static [&'static str],
}

impl fmt::Display for EnumParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a value of {} (allowed: {})",
            self.literal,
            self.schema_type,
            self.allowed.join(", ")
        )
    }
}

impl std::error::Error for EnumParseError {}
