//! From bytes to text, once: the byte order mark (UTF-8, UTF-16LE/BE), the
//! encoding named by the XML declaration (every encoding `encoding_rs`
//! knows, and ISO-8859-1 itself, which `encoding_rs` would read as
//! windows-1252), and the checks that the two agree. UTF-8 input is
//! borrowed, not copied.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use super::{XmlError, XmlErrorKind};

/// The labels of ISO-8859-1 proper (bytes 0x80..0x9F are C1 controls).
const LATIN1: &[&str] = &[
    "iso-8859-1",
    "iso8859-1",
    "iso_8859-1",
    "latin1",
    "l1",
    "iso-ir-100",
    "cp819",
    "ibm819",
    "csisolatin1",
    "iso_8859-1:1987",
];

fn error(message: impl Into<String>) -> XmlError {
    XmlError::new(XmlErrorKind::Encoding, 0, message)
}

/// The encoding name in an XML declaration written in an ASCII-compatible
/// encoding (or in UTF-16 read byte-wise through `unit`).
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    if !bytes.starts_with(b"<?xml") || !bytes.get(5).is_some_and(|b| b" \t\r\n?".contains(b)) {
        return None;
    }
    let end = bytes.iter().take(512).position(|&b| b == b'>')?;
    let decl = std::str::from_utf8(&bytes[..end]).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start_matches([' ', '\t', '\r', '\n']);
    let rest = rest
        .strip_prefix('=')?
        .trim_start_matches([' ', '\t', '\r', '\n']);
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    let name = &value[..value.find(quote)?];
    // A name that is not an `EncName` is left for the grammar check.
    let b = name.as_bytes();
    let valid = b.first().is_some_and(u8::is_ascii_alphabetic)
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'));
    valid.then(|| name.to_string())
}

/// The declaration of a UTF-16 document, as ASCII (every other byte).
fn utf16_declaration(bytes: &[u8], little_endian: bool) -> Vec<u8> {
    bytes
        .chunks_exact(2)
        .take(512)
        .map_while(|pair| {
            let (lo, hi) = if little_endian {
                (pair[0], pair[1])
            } else {
                (pair[1], pair[0])
            };
            (hi == 0 && lo < 0x80).then_some(lo)
        })
        .collect()
}

/// Decodes a document to UTF-8 text.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, XmlError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Some(name) = declared_encoding(rest) {
            if Encoding::for_label(name.as_bytes()) != Some(UTF_8) {
                return Err(error(format!(
                    "the document starts with a UTF-8 byte order mark but declares encoding `{name}`"
                )));
            }
        }
        return utf8(rest);
    }
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some((true, &bytes[2..]))
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some((false, &bytes[2..]))
    } else if bytes.starts_with(b"<\0?\0") {
        Some((true, bytes))
    } else if bytes.starts_with(b"\0<\0?") {
        Some((false, bytes))
    } else {
        None
    };
    if let Some((little_endian, body)) = utf16 {
        let encoding = if little_endian { UTF_16LE } else { UTF_16BE };
        if let Some(name) = declared_encoding(&utf16_declaration(body, little_endian)) {
            let declared = Encoding::for_label(name.as_bytes());
            if declared != Some(UTF_16LE) && declared != Some(UTF_16BE) {
                return Err(error(format!(
                    "the document is UTF-16 ({}) but declares encoding `{name}`",
                    encoding.name()
                )));
            }
        }
        return match encoding.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => Ok(Cow::Owned(text.into_owned())),
            None => Err(error(format!(
                "the document is not valid {}",
                encoding.name()
            ))),
        };
    }
    if bytes.starts_with(b"\0\0") || bytes.starts_with(b"\x4C\x6F\xA7\x94") {
        return Err(error("unsupported encoding (UTF-32 or EBCDIC)"));
    }
    let Some(name) = declared_encoding(bytes) else {
        return utf8(bytes);
    };
    if LATIN1.iter().any(|l| l.eq_ignore_ascii_case(&name)) {
        return Ok(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()));
    }
    let Some(encoding) = Encoding::for_label(name.as_bytes()) else {
        return Err(error(format!("unknown encoding `{name}`")));
    };
    if encoding == UTF_16LE || encoding == UTF_16BE {
        return Err(error(format!(
            "the document declares `{name}` but is not written in UTF-16 (no byte order mark)"
        )));
    }
    if encoding == UTF_8 {
        return utf8(bytes);
    }
    if encoding.name() == "replacement" {
        return Err(error(format!("unsupported encoding `{name}`")));
    }
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(Cow::Owned(text.into_owned())),
        None => Err(error(format!(
            "the document is not valid {} (declared `{name}`)",
            encoding.name()
        ))),
    }
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, XmlError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(e) => Err(XmlError::new(
            XmlErrorKind::Encoding,
            e.valid_up_to(),
            format!("the document is not valid UTF-8 (byte {})", e.valid_up_to()),
        )),
    }
}
