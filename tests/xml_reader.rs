//! The reader on real messages in other shapes than the samples: other
//! encodings, other line ends, hostile documents, and errors after a wrong
//! root element. The samples are the 1.0.7 `vtoDi01` messages (xmllint and
//! Xerces accept them: see `tests/roundtrip.rs` and `tests/differential.rs`).

use std::path::Path;

use stuf_jz::v1_0_7::jz::VtoDi01;
use stuf_jz::v1_0_7::Message;
use stuf_jz_types::{Document, Reader, ReaderConfig, Rule};

fn sample(kind: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/messages/1.0.7/vtoDi01")
        .join(format!("{kind}.xml"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The sample with its declaration naming `encoding`.
fn declaring(xml: &str, encoding: &str) -> String {
    xml.replacen("encoding=\"UTF-8\"", &format!("encoding=\"{encoding}\""), 1)
}

#[test]
fn every_encoding_reads_the_same_message() {
    for kind in ["minimal", "typical", "maximal"] {
        let xml = sample(kind);
        let expected = VtoDi01::from_xml(&xml).expect("the sample is valid");
        // ISO-8859-1 and windows-1252: one byte per character.
        for encoding in ["ISO-8859-1", "windows-1252"] {
            let text = declaring(&xml, encoding);
            let Some(bytes) = text
                .chars()
                .map(|c| u8::try_from(u32::from(c)).ok())
                .collect::<Option<Vec<u8>>>()
            else {
                continue;
            };
            let read =
                VtoDi01::from_bytes(&bytes).unwrap_or_else(|e| panic!("{kind} {encoding}: {e}"));
            assert_eq!(read, expected, "{kind} {encoding}");
        }
        let text = declaring(&xml, "UTF-16");
        for little_endian in [true, false] {
            let mut bytes = if little_endian {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for unit in text.encode_utf16() {
                bytes.extend(if little_endian {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
            let read = VtoDi01::from_bytes(&bytes).unwrap_or_else(|e| panic!("{kind} UTF-16: {e}"));
            assert_eq!(
                read, expected,
                "{kind} UTF-16 little endian {little_endian}"
            );
        }
        let read = VtoDi01::from_reader(xml.as_bytes()).expect("from_reader");
        assert_eq!(read, expected);
    }
}

#[test]
fn a_declaration_that_contradicts_the_bytes_is_refused() {
    let xml = declaring(&sample("minimal"), "UTF-16");
    let e = VtoDi01::from_bytes(xml.as_bytes()).unwrap_err();
    assert_eq!(e.violations.len(), 1, "{e}");
    assert_eq!(e.violations[0].rule, Rule::WellFormed);
    assert!(e.violations[0].message.contains("UTF-16"), "{e}");
}

#[test]
fn line_ends_are_normalized_and_counted() {
    let xml = sample("typical");
    let expected = VtoDi01::from_xml(&xml).expect("valid");
    let crlf = xml.replace('\n', "\r\n");
    let cr = xml.replace('\n', "\r");
    assert_eq!(VtoDi01::from_xml(&crlf).expect("CR-LF"), expected);
    assert_eq!(VtoDi01::from_xml(&cr).expect("CR"), expected);
    // An error on the last line is on the same line whatever the line ends.
    let lines = xml.lines().count() as u32;
    for text in [xml, crlf, cr] {
        let broken = format!("{}<", text.trim_end());
        let e = VtoDi01::from_xml(&broken).unwrap_err();
        let position = e.violations[0].position.expect("a position");
        assert_eq!(position.line, lines, "{}", e.violations[0]);
    }
}

#[test]
fn a_wrong_root_does_not_stop_the_well_formedness_check() {
    let xml = sample("minimal").replace("JZ:vtoDi01", "JZ:geenBericht");
    let broken = xml.replacen(
        "</JZ:stuurgegevens>",
        "</JZ:stuurgegevens><a b='1' b='2'/>",
        1,
    );
    let (value, violations) = Message::read(&broken);
    assert!(value.is_none());
    let rules: Vec<Rule> = violations.iter().map(|v| v.rule).collect();
    assert_eq!(rules, [Rule::Root, Rule::WellFormed], "{violations:?}");
    let (_, violations) = Message::read(&xml);
    assert_eq!(violations.len(), 1, "{violations:?}");
}

#[test]
fn a_doctype_is_refused_as_a_policy() {
    let xml = sample("minimal").replacen(
        "<JZ:vtoDi01",
        "<!DOCTYPE x [<!ENTITY e 'x'>]><JZ:vtoDi01",
        1,
    );
    let e = VtoDi01::from_xml(&xml).unwrap_err();
    assert_eq!(e.violations.len(), 1);
    assert_eq!(e.violations[0].rule, Rule::Doctype, "{}", e.violations[0]);
}

#[test]
fn limits_are_their_own_outcome() {
    let xml = sample("typical");
    let config = ReaderConfig {
        max_document_bytes: 1000,
        ..ReaderConfig::default()
    };
    let (_, violations) =
        Reader::with_config(&xml, config).read_document::<VtoDi01>(<VtoDi01 as Document>::ROOT);
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].rule, Rule::Limit);
    // An endless input is refused after the limit, not read to its end.
    let zero = std::fs::File::open("/dev/zero").expect("/dev/zero");
    let e = VtoDi01::from_reader(std::io::BufReader::new(zero)).unwrap_err();
    assert!(e.to_string().contains("larger than"), "{e}");
    // Many violations: the first ones are kept, then one Limit.
    let attributes: String = (0..5000).map(|i| format!(" a{i}=\"x\"")).collect();
    let many = xml.replacen(
        "<JZ:stuurgegevens",
        &format!("<JZ:stuurgegevens{attributes}"),
        1,
    );
    let unlimited_attributes = ReaderConfig {
        max_attributes: usize::MAX,
        ..ReaderConfig::default()
    };
    let reader = Reader::with_config(&many, unlimited_attributes);
    let (_, violations) = reader.read_document::<VtoDi01>(<VtoDi01 as Document>::ROOT);
    assert_eq!(violations.len(), ReaderConfig::default().max_violations + 1);
    assert!(violations
        .iter()
        .take(1000)
        .all(|v| v.rule == Rule::UnknownAttribute));
    assert_eq!(violations.last().map(|v| v.rule), Some(Rule::Limit));
}

#[test]
fn xsi_type_naming_the_declared_type_is_valid() {
    let xml = sample("minimal");
    let with_type = |ty: &str| {
        xml.replacen(
            "<JZ:stuurgegevens>",
            &format!("<JZ:stuurgegevens xsi:type=\"{ty}\">"),
            1,
        )
    };
    let (value, violations) = Message::read(&with_type("StUF:Stuurgegevens-vtoDi01"));
    assert!(value.is_some() && violations.is_empty(), "{violations:?}");
    let (_, violations) = Message::read(&with_type("StUF:Stuurgegevens-zorgmeldingDi01"));
    let rules: Vec<Rule> = violations.iter().map(|v| v.rule).collect();
    assert_eq!(rules, [Rule::XsiType], "{violations:?}");
}
