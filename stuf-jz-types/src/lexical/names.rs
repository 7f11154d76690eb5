//! The string family and the name-like lexical spaces: `normalizedString`,
//! `token`, `language`, XML names (`Name`, `NCName`, `NMTOKEN`, `ID`,
//! `IDREF`), `QName` and `anyURI`.

/// Whether `c` matches `NameStartChar` of XML 1.0 fifth edition.
pub(crate) fn is_name_start_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}'
        | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// Whether `c` matches `NameChar` of XML 1.0 fifth edition.
pub(crate) fn is_name_char(c: char) -> bool {
    is_name_start_char(c)
        || matches!(c,
            '-' | '.' | '0'..='9' | '\u{B7}'
            | '\u{300}'..='\u{36F}'
            | '\u{203F}'..='\u{2040}')
}

/// Checks the `Name` production (`with_colon`) or the `NCName` production.
pub(super) fn check_name(v: &str, with_colon: bool) -> Result<(), String> {
    let mut chars = v.chars();
    let Some(first) = chars.next() else {
        return Err("empty".to_owned());
    };
    if !is_name_start_char(first) || (!with_colon && first == ':') {
        return Err(format!("`{first}` cannot start a name"));
    }
    match chars.find(|c| !is_name_char(*c) || (!with_colon && *c == ':')) {
        Some(c) => Err(format!("`{c}` cannot appear in a name")),
        None => Ok(()),
    }
}

/// Checks `xs:NMTOKEN`: one or more name characters.
pub(super) fn check_nmtoken(v: &str) -> Result<(), String> {
    if !v.is_empty() && v.chars().all(is_name_char) {
        Ok(())
    } else {
        Err(String::new())
    }
}

/// Checks `xs:normalizedString`: no tab, line feed or carriage return.
pub(super) fn check_normalized_string(v: &str) -> Result<(), String> {
    if v.contains(['\t', '\n', '\r']) {
        Err("contains a tab, line feed or carriage return".to_owned())
    } else {
        Ok(())
    }
}

/// Checks `xs:token`: a normalized string without leading, trailing or
/// double spaces.
pub(super) fn check_token(v: &str) -> Result<(), String> {
    check_normalized_string(v)?;
    if v.starts_with(' ') || v.ends_with(' ') || v.contains("  ") {
        Err("contains leading, trailing or consecutive spaces".to_owned())
    } else {
        Ok(())
    }
}

/// Checks `xs:language`: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
pub(super) fn check_language(v: &str) -> Result<(), String> {
    let mut parts = v.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(())
    } else {
        Err(String::new())
    }
}

/// Checks `xs:QName`: `(NCName ':')? NCName`.
pub(super) fn check_qname(v: &str) -> Result<(), String> {
    match v.split_once(':') {
        Some((prefix, local)) => {
            check_name(prefix, false)?;
            check_name(local, false)
        }
        None => check_name(v, false),
    }
}

/// Checks `xs:anyURI` leniently (see the module documentation).
pub(super) fn check_any_uri(v: &str) -> Result<(), String> {
    let bytes = v.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%' {
            let escape_ok = bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !escape_ok {
                return Err("`%` is not followed by two hexadecimal digits".to_owned());
            }
        }
    }
    if v.matches('#').count() > 1 {
        return Err("more than one `#`".to_owned());
    }
    let head_end = v.find(['/', '?', '#']).unwrap_or(v.len());
    let head = v.get(..head_end).unwrap_or(v);
    if let Some((scheme, _)) = head.split_once(':') {
        let mut chars = scheme.chars();
        let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !valid {
            return Err(format!("`{scheme}` is not a valid URI scheme"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::lexical::tests::ok;
    use crate::lexical::Builtin;

    #[test]
    fn names_and_strings() {
        assert!(ok(Builtin::Name, "a:b"));
        assert!(ok(Builtin::NCName, "_a.b-c"));
        assert!(ok(Builtin::NCName, "été"));
        assert!(!ok(Builtin::NCName, "a:b"));
        assert!(!ok(Builtin::NCName, "1a"));
        assert!(!ok(Builtin::NCName, ""));
        assert!(ok(Builtin::NmToken, "1a"));
        assert!(!ok(Builtin::NmToken, "a b"));
        assert!(ok(Builtin::Id, "id1"));
        assert!(ok(Builtin::IdRef, "id1"));
        assert!(ok(Builtin::QName, "StUF:Datum"));
        assert!(ok(Builtin::QName, "Datum"));
        assert!(!ok(Builtin::QName, "a:b:c"));
        assert!(!ok(Builtin::QName, ":b"));
        assert!(ok(Builtin::Language, "nl"));
        assert!(ok(Builtin::Language, "en-GB-oed"));
        assert!(!ok(Builtin::Language, "toolongtag"));
        assert!(!ok(Builtin::Language, "nl-"));
        assert!(ok(Builtin::String, " a\tb "));
        assert!(!ok(Builtin::String, "a\u{1}b"));
        assert!(!ok(Builtin::NormalizedString, "a\tb"));
        assert!(ok(Builtin::Token, "a b"));
        assert!(!ok(Builtin::Token, "a  b"));
        assert!(!ok(Builtin::Token, " a"));
    }

    #[test]
    fn uris() {
        for v in [
            "",
            "http://example.com/a b",
            "urn:x",
            "../a?b#c",
            "%41",
            "mailto:a@b",
        ] {
            assert!(ok(Builtin::AnyUri, v), "{v}");
        }
        for v in ["%4", "%zz", "a#b#c", "1a:b", ":x"] {
            assert!(!ok(Builtin::AnyUri, v), "{v}");
        }
    }
}
