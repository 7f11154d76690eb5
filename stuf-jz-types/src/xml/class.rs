//! Byte classes for the tokenizer's fast paths: one table lookup per byte
//! decides whether a byte can be taken as it is (a name character, plain
//! character data, a plain attribute-value character) or needs the careful
//! path (markup, references, line ends, controls, non-ASCII name
//! characters, the lead byte of U+FFFE and U+FFFF).

/// ASCII `NameStartChar` (`:` included).
pub(crate) const NAME_START: u8 = 1;
/// ASCII `NameChar`.
pub(crate) const NAME: u8 = 2;
/// ASCII `NameChar` other than `:`.
pub(crate) const NCNAME: u8 = 16;
/// Character data that needs no attention (not `<`, `&`, `]`, a control
/// or CR, nor the 0xEF lead byte that may start U+FFFE/U+FFFF).
pub(crate) const TEXT: u8 = 4;
/// Attribute-value characters that need no attention: as [`TEXT`], with
/// `]` allowed and both quotes excluded.
pub(crate) const ATTR: u8 = 8;

const fn table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut c = 0;
        if b.is_ascii_alphabetic() || b == b'_' || b == b':' {
            c |= NAME_START | NAME;
        }
        if b.is_ascii_digit() || b == b'-' || b == b'.' {
            c |= NAME;
        }
        if c & NAME != 0 && b != b':' {
            c |= NCNAME;
        }
        let plain = (b >= 0x20 && b != b'<' && b != b'&' && b != 0xEF) || b == b'\t' || b == b'\n';
        if plain && b != b']' {
            c |= TEXT;
        }
        if plain && b != b'"' && b != b'\'' && b != b'\t' && b != b'\n' {
            c |= ATTR;
        }
        t[i] = c;
        i += 1;
    }
    t
}

/// The class of every byte.
pub(crate) static CLASS: [u8; 256] = table();

/// Whether byte `b` has class `class`.
#[inline(always)]
pub(crate) fn is(b: u8, class: u8) -> bool {
    CLASS[b as usize] & class != 0
}

/// How a name splits at its colon, as found while scanning it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Split {
    /// No colon.
    Plain,
    /// One colon at this byte offset, with a non-empty prefix and an
    /// ASCII `NCName` start after it: a valid QName.
    At(usize),
    /// Anything else: left to the full check (which may refuse it).
    Check,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is(b'a', NAME_START) && is(b':', NAME_START) && !is(b'1', NAME_START));
        assert!(is(b'1', NCNAME) && is(b'a', NCNAME) && !is(b':', NCNAME));
        assert!(is(b'1', NAME) && is(b'-', NAME) && !is(b' ', NAME) && !is(0xC3, NAME));
        assert!(is(b'a', TEXT) && is(b'\n', TEXT) && is(b'"', TEXT) && is(0xC3, TEXT));
        for b in [b'<', b'&', b']', b'\r', 0, 0x1F, 0xEF] {
            assert!(!is(b, TEXT), "{b:#x}");
        }
        assert!(is(b']', ATTR) && is(b'>', ATTR) && is(0xC3, ATTR));
        for b in [b'<', b'&', b'"', b'\'', b'\t', b'\n', b'\r', 0, 0xEF] {
            assert!(!is(b, ATTR), "{b:#x}");
        }
    }
}
