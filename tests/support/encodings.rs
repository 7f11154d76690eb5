//! Byte-level copies of a sample: the same document in another encoding
//! (with its XML declaration saying so) or with other line ends. The
//! referees read them as XML 1.0 requires (UTF-16 with a byte order mark,
//! ISO-8859-1 and windows-1252 by their declaration, CR-LF and CR as line
//! ends); so must we.

use super::mutate::Category;

/// How many mutated variants of each sample are also copied (in UTF-16LE
/// and with CR line ends).
pub const VARIANTS_COPIED: usize = 2;

/// One copy: its category, what it is, and its bytes.
pub struct Copy {
    pub category: Category,
    pub description: String,
    pub bytes: Vec<u8>,
}

/// `text` with the encoding name of its XML declaration set to `name` (a
/// declaration is added when there is none).
pub fn declare(text: &str, name: &str) -> String {
    let Some(rest) = text.strip_prefix("<?xml") else {
        return format!("<?xml version=\"1.0\" encoding=\"{name}\"?>\n{text}");
    };
    let end = rest.find("?>").unwrap_or(0);
    let (decl, body) = rest.split_at(end);
    let decl = match decl.find("encoding=") {
        Some(at) => {
            let quote = decl[at + 9..].chars().next().unwrap_or('"');
            let value_end = decl[at + 10..]
                .find(quote)
                .map_or(decl.len(), |e| at + 10 + e + 1);
            format!(
                "{} encoding=\"{name}\"{}",
                &decl[..at].trim_end(),
                &decl[value_end..]
            )
        }
        None => format!("{decl} encoding=\"{name}\""),
    };
    format!("<?xml{decl}{body}")
}

pub fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let text = declare(text, "UTF-16");
    let units = std::iter::once(0xFEFF).chain(text.encode_utf16());
    units
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// ISO-8859-1: every character a byte, when every character is below
/// U+0100.
pub fn latin1(text: &str) -> Option<Vec<u8>> {
    declare(text, "ISO-8859-1")
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}

/// windows-1252, when every character has a byte there.
pub fn windows1252(text: &str) -> Option<Vec<u8>> {
    let text = declare(text, "windows-1252");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    (!unmappable).then(|| bytes.into_owned())
}

/// The copies of a (UTF-8) sample text.
pub fn copies(text: &str) -> Vec<Copy> {
    let copy = |category, description: &str, bytes| Copy {
        category,
        description: description.to_string(),
        bytes,
    };
    let lf = text.replace("\r\n", "\n");
    let mut out = vec![
        copy(
            Category::Utf16,
            "UTF-16LE with a byte order mark",
            utf16(text, false),
        ),
        copy(
            Category::Utf16,
            "UTF-16BE with a byte order mark",
            utf16(text, true),
        ),
        copy(
            Category::LineEnds,
            "CR-LF line ends",
            lf.replace('\n', "\r\n").into_bytes(),
        ),
        copy(
            Category::LineEnds,
            "CR line ends",
            lf.replace('\n', "\r").into_bytes(),
        ),
    ];
    if let Some(bytes) = latin1(text) {
        out.push(copy(Category::SingleByte, "ISO-8859-1", bytes));
    }
    if let Some(bytes) = windows1252(text) {
        out.push(copy(Category::SingleByte, "windows-1252", bytes));
    }
    out
}
