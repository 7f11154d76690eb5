//! Text from a message made safe to print: control characters (line
//! breaks, ESC, NUL, C1 controls, Unicode line separators and bidirectional
//! overrides) escaped as `\u{..}`, long quoted values shortened.
//!
//! Every text report passes file names, paths, messages and values through
//! here, so nothing a message contains can start a new output line or
//! drive the terminal.

use std::borrow::Cow;
use std::fmt::Write;

/// Values longer than this many characters are shortened.
pub const LONG: usize = 200;
/// How many characters of a long value are kept.
pub const KEEP: usize = 80;

/// True for a character that must not reach the output as it is.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
                | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// Escapes the unsafe characters of `text`.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_char(&mut out, c);
    }
    Cow::Owned(out)
}

/// Appends one character, escaped when unsafe.
pub fn push_char(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if is_unsafe(c) => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}

/// `text` cut to [`KEEP`] characters with its length, when it is longer
/// than [`LONG`] and `full` is false.
pub fn shorten(text: &str, full: bool) -> Cow<'_, str> {
    if full {
        return Cow::Borrowed(text);
    }
    match text.char_indices().nth(LONG) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let cut = text.char_indices().nth(KEEP).map_or(text.len(), |(i, _)| i);
            let length = text.chars().count();
            Cow::Owned(format!("{}… ({length} characters)", &text[..cut]))
        }
    }
}

/// A violation's message as printed: every `` `quoted` `` part shortened
/// (values are quoted in backticks) unless `full`, then escaped.
pub fn message(text: &str, full: bool) -> String {
    if full {
        return escape(text).into_owned();
    }
    escape(&message_shortened(text)).into_owned()
}

/// A message with every `` `quoted` `` part longer than [`LONG`]
/// characters shortened (not escaped).
pub fn message_shortened(text: &str) -> String {
    if text.len() <= LONG {
        return text.to_string();
    }
    let mut out = String::with_capacity(LONG * 2);
    let mut parts = text.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('`');
        // Odd parts (0-based after the first) are inside backticks.
        if i % 2 == 0 {
            out.push_str(&shorten(part, false));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// A JSON value on one line, with every unsafe character that JSON allows
/// raw in strings (DEL, C1 controls, U+2028, ...) written as `\\uXXXX`.
pub fn json_text(value: &serde_json::Value) -> String {
    json_escape(value.to_string())
}

/// Serialised JSON with the unsafe characters left raw by serde_json
/// escaped (see [`json_text`]).
pub fn json_escape(text: String) -> String {
    // serde_json escapes every C0 control inside strings: a raw line break
    // is structure (pretty-printed SARIF), everything else left is in the
    // BMP and inside a string.
    let raw = |c: char| is_unsafe(c) && c != '\n';
    if !text.chars().any(raw) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if raw(c) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_terminal_controls_are_escaped() {
        assert_eq!(escape("a\nb\r\u{1b}[31m\0"), "a\\nb\\r\\u{1b}[31m\\u{0}");
        assert_eq!(escape("x\u{2028}y\u{202e}"), "x\\u{2028}y\\u{202e}");
        assert_eq!(escape("gewoon één"), "gewoon één");
    }

    fn value(text: &str, full: bool) -> String {
        escape(&shorten(text, full)).into_owned()
    }

    #[test]
    fn long_values_are_shortened_with_their_length() {
        let long = "é".repeat(5000);
        let shown = value(&long, false);
        assert!(shown.ends_with("… (5000 characters)"), "{shown}");
        assert_eq!(shown.chars().filter(|&c| c == 'é').count(), KEEP);
        assert_eq!(value(&long, true), long);
        assert_eq!(value("kort", false), "kort");
    }

    #[test]
    fn quoted_values_in_messages_are_shortened() {
        let text = format!("value `{}` is longer than `10`", "x".repeat(1000));
        let shown = message(&text, false);
        assert!(
            shown.contains("… (1000 characters)` is longer than `10`"),
            "{shown}"
        );
    }
}
