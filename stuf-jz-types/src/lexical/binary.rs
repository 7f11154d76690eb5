//! The binary lexical spaces: `base64Binary` and `hexBinary`.

/// Checks the `xs:base64Binary` grammar and returns the number of octets.
pub(super) fn base64_octets(v: &str) -> Result<usize, String> {
    if v.starts_with(' ') || v.ends_with(' ') || v.contains("  ") {
        return Err("spaces are only allowed singly between characters".to_owned());
    }
    let data: Vec<u8> = v.bytes().filter(|b| *b != b' ').collect();
    if !data.len().is_multiple_of(4) {
        return Err("the number of base64 characters must be a multiple of 4".to_owned());
    }
    let padding = data.iter().rev().take_while(|b| **b == b'=').count();
    let payload = data.get(..data.len() - padding).unwrap_or(&[]);
    if let Some(b) = payload
        .iter()
        .find(|b| !(b.is_ascii_alphanumeric() || **b == b'+' || **b == b'/'))
    {
        return Err(format!("`{}` is not a base64 character", char::from(*b)));
    }
    let last = payload.last().copied();
    let valid_padding = match padding {
        0 => true,
        1 => last.is_some_and(|b| b"AEIMQUYcgkosw048".contains(&b)),
        2 => last.is_some_and(|b| b"AQgw".contains(&b)),
        _ => false,
    };
    if !valid_padding {
        return Err("invalid padding".to_owned());
    }
    Ok(data.len() / 4 * 3 - padding)
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
