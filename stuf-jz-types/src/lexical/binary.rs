//! The binary lexical spaces: `base64Binary` and `hexBinary`.

/// Checks the `xs:base64Binary` grammar and returns the number of octets,
/// in one pass over the text without copying it.
pub(super) fn base64_octets(v: &str) -> Result<usize, String> {
    let b = v.as_bytes();
    // The usual value, base64 characters without spaces and at most two
    // `=` at the end: one table lookup a byte.
    let data = b.len() - b.iter().rev().take(2).take_while(|&&c| c == b'=').count();
    if b[..data].iter().all(|&c| BASE64[usize::from(c)]) {
        let padding = b.len() - data;
        if let Some(octets) = octets_of(b.len(), padding, b[..data].last().copied()) {
            return Ok(octets);
        }
    }
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') || v.contains("  ") {
        return Err("spaces are only allowed singly between characters".to_owned());
    }
    // The base64 characters (spaces left out): how many, the run of `=` at
    // the end so far, the last one before that run, and the first character
    // that is not base64 (an `=` followed by data is one).
    let mut count = 0usize;
    let mut padding = 0usize;
    let mut last = None;
    let mut first_bad = None;
    for &c in b {
        if c == b' ' {
            continue;
        }
        count += 1;
        if c == b'=' {
            padding += 1;
            continue;
        }
        if padding > 0 {
            first_bad.get_or_insert(b'=');
            padding = 0;
        }
        if !(c.is_ascii_alphanumeric() || c == b'+' || c == b'/') {
            first_bad.get_or_insert(c);
        }
        last = Some(c);
    }
    if !count.is_multiple_of(4) {
        return Err("the number of base64 characters must be a multiple of 4".to_owned());
    }
    if let Some(c) = first_bad {
        return Err(format!("`{}` is not a base64 character", char::from(c)));
    }
    octets_of(count, padding, last).ok_or_else(|| "invalid padding".to_owned())
}

/// The base64 alphabet (without `=`).
static BASE64: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        table[i] = c.is_ascii_alphanumeric() || c == b'+' || c == b'/';
        i += 1;
    }
    table
};

/// The octets of `count` base64 characters (a multiple of 4) ending in
/// `padding` `=` after the character `last`; `None` when the padding is
/// not valid.
fn octets_of(count: usize, padding: usize, last: Option<u8>) -> Option<usize> {
    let valid = match padding {
        0 => true,
        1 => last.is_some_and(|b| b"AEIMQUYcgkosw048".contains(&b)),
        2 => last.is_some_and(|b| b"AQgw".contains(&b)),
        _ => false,
    };
    (valid && count.is_multiple_of(4)).then(|| count / 4 * 3 - padding)
}

/// Checks `xs:hexBinary`: an even number of hexadecimal digits.
pub(super) fn check_hex(v: &str) -> Result<(), String> {
    if !v.bytes().all(|b| b.is_ascii_hexdigit()) {
        Err("only hexadecimal digits are allowed".to_owned())
    } else if !v.len().is_multiple_of(2) {
        Err("the number of hexadecimal digits must be even".to_owned())
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::lexical::tests::ok;
    use crate::lexical::{length_of, Builtin};

    #[test]
    fn binaries() {
        for v in [
            "",
            "QUJD",
            "QUI=",
            "QQ==",
            "QQ ==",
            "QQ= =",
            "QU JD QUJD",
            "+/+/",
        ] {
            assert!(ok(Builtin::Base64Binary, v), "{v}");
        }
        for v in [
            "QUJ", "QUJ=D", "QR==", "QUK=", "Q===", " QUJD", "QU  JD", "QUJD ", "QU_D",
        ] {
            assert!(!ok(Builtin::Base64Binary, v), "{v}");
        }
        assert_eq!(length_of(Builtin::Base64Binary, "QUJD"), 3);
        assert_eq!(length_of(Builtin::Base64Binary, "QQ = ="), 1);
        assert_eq!(length_of(Builtin::Base64Binary, "QUI="), 2);
        assert!(ok(Builtin::HexBinary, "0aFF"));
        assert!(ok(Builtin::HexBinary, ""));
        assert!(!ok(Builtin::HexBinary, "0aF"));
        assert!(!ok(Builtin::HexBinary, "0g"));
        assert_eq!(length_of(Builtin::HexBinary, "0aFF"), 2);
    }
}
