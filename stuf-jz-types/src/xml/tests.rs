//! The XML layer on small documents: normalization, encodings, namespace
//! constraints and limits.

use super::parser::{Event, Parser};
use super::{check_well_formed, check_well_formed_with, decode, ReaderConfig, XmlErrorKind};

/// Every text event and every attribute value, in order.
fn texts_and_values(xml: &str) -> Vec<String> {
    let config = ReaderConfig::default();
    let mut parser = Parser::new(xml, &config);
    let mut out = Vec::new();
    loop {
        match parser.next_event().expect("well-formed") {
            Event::Start { .. } => out.extend(parser.attributes().map(|a| a.value.to_string())),
            Event::Text { text, .. } => out.push(text.into_owned()),
            Event::End => {}
            Event::Eof => return out,
        }
    }
}

fn kind(xml: &[u8]) -> Option<XmlErrorKind> {
    check_well_formed(xml).err().map(|e| e.kind)
}

#[test]
fn line_ends_and_attribute_values_are_normalized() {
    assert_eq!(texts_and_values("<a>x\r\ny\rz</a>"), ["x\ny\nz"]);
    assert_eq!(texts_and_values("<a b='1\r\n2\t3\n4'/>"), ["1 2 3 4"]);
    // Character references are not normalized away.
    assert_eq!(texts_and_values("<a b='1&#10;2&#13;'/>"), ["1\n2\r"]);
    assert_eq!(texts_and_values("<a><![CDATA[<\r\n>]]></a>"), ["<\n>"]);
    assert_eq!(texts_and_values("<a>&lt;&#x41;&amp;</a>"), ["<A&"]);
}

#[test]
fn well_formedness_constraints() {
    for bad in [
        "<a><!-- x -- y --></a>",
        "<a>]]></a>",
        "<a b='<'/>",
        "<a b='&c;'/>",
        "<a b='1' b='2'/>",
        " <?xml version='1.0'?><a/>",
        "<?xml version='2.0'?><a/>",
        "<?xml version='1.0' encoding='a b'?><a/>",
        "<a/><?xml version='1.0'?>",
        "<a>&#0;</a>",
        "<a>&#xD800;</a>",
        "<a/><b/>",
        "<a/>text",
        "<a></b>",
        "<a>",
        "",
        "<1a/>",
        "<a>\u{1}</a>",
    ] {
        assert_eq!(
            kind(bad.as_bytes()),
            Some(XmlErrorKind::WellFormed),
            "{bad:?}"
        );
    }
    assert_eq!(kind(b"<!DOCTYPE a><a/>"), Some(XmlErrorKind::Doctype));
    assert_eq!(
        kind(b"<?xml version='1.1' standalone='yes'?><a/><!--x--><?p q?>\n"),
        None
    );
}

#[test]
fn namespace_constraints() {
    for bad in [
        "<a xmlns:p=''/>",
        "<p:a/>",
        "<a xmlns:1x='urn:x'/>",
        "<a xmlns:xml='urn:x'/>",
        "<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>",
        "<a xmlns:xmlns='urn:x'/>",
        "<a xmlns:p='urn:x' xmlns:q='urn:x' p:b='1' q:b='2'/>",
        "<a:b:c xmlns:a='urn:x'/>",
        "<?p:q x?><a/>",
    ] {
        assert_eq!(
            kind(bad.as_bytes()),
            Some(XmlErrorKind::Namespace),
            "{bad:?}"
        );
    }
    assert_eq!(kind(b"<a xmlns='urn:x'><b xmlns=''/><xml:c/></a>"), None);
}

#[test]
fn encodings_are_honoured() {
    let latin1 = b"<?xml version='1.0' encoding='ISO-8859-1'?><a>\xE9\x85</a>";
    assert_eq!(
        decode(latin1).unwrap().split('>').nth(2),
        Some("\u{E9}\u{85}</a")
    );
    let cp1252 = b"<?xml version='1.0' encoding='windows-1252'?><a>\x80</a>";
    assert!(decode(cp1252).unwrap().contains("<a>\u{20AC}</a>"));
    let text = "<?xml version='1.0' encoding='UTF-16'?><a>é</a>";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(decode(&le).unwrap(), text);
    assert_eq!(decode(&be).unwrap(), text);
    assert!(check_well_formed(&le).is_ok());
    for contradiction in [
        &b"\xEF\xBB\xBF<?xml version='1.0' encoding='ISO-8859-1'?><a/>"[..],
        b"<?xml version='1.0' encoding='UTF-16'?><a/>",
        b"<?xml version='1.0' encoding='no-such-encoding'?><a/>",
        b"<a>\xFF</a>",
    ] {
        assert_eq!(
            kind(contradiction),
            Some(XmlErrorKind::Encoding),
            "{contradiction:?}"
        );
    }
    let utf16_says_latin1: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "<?xml version='1.0' encoding='ISO-8859-1'?><a/>"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    assert_eq!(kind(&utf16_says_latin1), Some(XmlErrorKind::Encoding));
}

#[test]
fn limits_are_their_own_outcome() {
    let config = ReaderConfig {
        max_depth: 3,
        max_attributes: 2,
        max_name_length: 5,
        max_document_bytes: 100,
        ..ReaderConfig::default()
    };
    for over in [
        "<a><a><a><a/></a></a></a>",
        "<a b='' c='' d=''/>",
        "<abcdef/>",
    ] {
        let e = check_well_formed_with(over.as_bytes(), &config).unwrap_err();
        assert_eq!(e.kind, XmlErrorKind::Limit, "{over}");
    }
    let big = format!("<a>{}</a>", " ".repeat(100));
    let e = check_well_formed_with(big.as_bytes(), &config).unwrap_err();
    assert_eq!(e.kind, XmlErrorKind::Limit);
}

#[test]
fn many_attributes_and_declarations_are_checked_by_hash() {
    let mut xml = String::from("<a");
    for i in 0..5000 {
        xml.push_str(&format!(" xmlns:p{i}='urn:{i}' p{i}:x='1'"));
    }
    xml.push_str("/>");
    let config = ReaderConfig {
        max_attributes: usize::MAX,
        ..ReaderConfig::default()
    };
    assert!(check_well_formed_with(xml.as_bytes(), &config).is_ok());
    let duplicate = xml.replace("/>", " p7:x='2'/>");
    let e = check_well_formed_with(duplicate.as_bytes(), &config).unwrap_err();
    assert_eq!(e.kind, XmlErrorKind::WellFormed);
    let same_uri = xml.replace("/>", " xmlns:q='urn:7' q:x='2'/>");
    let e = check_well_formed_with(same_uri.as_bytes(), &config).unwrap_err();
    assert_eq!(e.kind, XmlErrorKind::Namespace);
}
