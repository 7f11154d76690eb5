//! What to generate ([`SampleOptions`]) and why it failed ([`SampleError`]).

use std::fmt;

/// How much of the content model a sample uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SampleKind {
    /// Only what the schema requires: every particle `minOccurs` times, no
    /// optional attributes, short values.
    Minimal,
    /// As much as the schema allows: every particle `maxOccurs` times
    /// (unbounded and large bounds capped at [`MAX_REPEAT`]), every
    /// attribute, long values.
    Maximal,
    /// Random occurrence counts between the bounds, random optional
    /// attributes and values, and sometimes `xsi:nil` with `StUF:noValue`
    /// where an element is nillable.
    #[default]
    Random,
}

impl SampleKind {
    /// The kind named `minimal`, `maximal` or `random`.
    pub fn from_name(name: &str) -> Option<SampleKind> {
        match name {
            "minimal" => Some(SampleKind::Minimal),
            "maximal" => Some(SampleKind::Maximal),
            "random" => Some(SampleKind::Random),
            _ => None,
        }
    }

    /// `minimal`, `maximal` or `random`.
    pub fn name(self) -> &'static str {
        match self {
            SampleKind::Minimal => "minimal",
            SampleKind::Maximal => "maximal",
            SampleKind::Random => "random",
        }
    }
}

impl fmt::Display for SampleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The cap on repetitions: an unbounded (or larger) `maxOccurs` is
/// generated at most this many times.
pub const MAX_REPEAT: u32 = 3;

/// Options of [`super::Sampler::generate`]. The same options give the same
/// message, byte for byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SampleOptions {
    /// Minimal, maximal or random.
    pub kind: SampleKind,
    /// Seeds every choice: branches, counts, values, the referentienummer.
    pub seed: u64,
}

/// Why no sample could be generated: the message root, the element path and
/// the schema type where it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleError {
    /// The message root (`vtoDi01`).
    pub root: String,
    /// The element path where generation failed (`/vtoDi01/object`).
    pub path: String,
    /// The schema type there (`ZKN:ZAK-vto`), empty when not known.
    pub type_name: String,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for SampleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot generate a sample {}", self.root)?;
        if !self.path.is_empty() {
            write!(f, " at {}", self.path)?;
        }
        if !self.type_name.is_empty() {
            write!(f, " (type {})", self.type_name)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for SampleError {}
