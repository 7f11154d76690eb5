//! The limits of reading a document.

/// The safety limits of the reader. Reaching one is its own outcome
/// ([`crate::Rule::Limit`]: the document was not checked further), not a
/// verdict that the document is invalid.
///
/// ```
/// let config = stuf_jz_types::ReaderConfig {
///     max_document_bytes: 1 << 20,
///     ..stuf_jz_types::ReaderConfig::default()
/// };
/// assert_eq!(config.max_depth, 128);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderConfig {
    /// Largest document, in bytes as read (default 64 MiB). Checked before
    /// the document is read or decoded.
    pub max_document_bytes: usize,
    /// Deepest nesting of elements (default 128; StUF messages nest about 12).
    pub max_depth: usize,
    /// Most attributes on one element, namespace declarations included
    /// (default 1,000).
    pub max_attributes: usize,
    /// Longest element, attribute, prefix or target name, in bytes
    /// (default 1,000).
    pub max_name_length: usize,
    /// Most violations kept; reading stops after this many (default 1,000).
    pub max_violations: usize,
}

impl ReaderConfig {
    /// The defaults.
    pub const DEFAULT: ReaderConfig = ReaderConfig {
        max_document_bytes: 64 * 1024 * 1024,
        max_depth: 128,
        max_attributes: 1_000,
        max_name_length: 1_000,
        max_violations: 1_000,
    };
}

impl Default for ReaderConfig {
    fn default() -> Self {
        Self::DEFAULT
    }
}
