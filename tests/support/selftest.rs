//! Self-tests of the support code that need no external tool.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::support::encodings::{declare, latin1, utf16, windows1252};
use crate::support::mutate::{self, Category, Context};
use crate::support::{referee, xml};

/// A tiny message with the features the mutations look for.
const DOC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- sample -->
<JZ:bericht xmlns:JZ="http://www.stufstandaarden.nl/koppelvlak/jz0100" xmlns:StUF="http://www.egem.nl/StUF/StUF0301">
  <JZ:stuurgegevens><StUF:berichtcode>Di01</StUF:berichtcode><StUF:tijd>20200101</StUF:tijd></JZ:stuurgegevens>
  <JZ:object StUF:entiteittype="ZAK" StUF:verwerkingssoort="T">
    <JZ:code>A &amp; B</JZ:code>
    <JZ:rel StUF:entiteittype="ZAKOBJ"><JZ:a>1</JZ:a></JZ:rel>
  </JZ:object>
</JZ:bericht>
"#;

/// Another message whose `JZ:rel` has a child the first one lacks.
const DONOR: &str = r#"<JZ:bericht xmlns:JZ="http://www.stufstandaarden.nl/koppelvlak/jz0100">
  <JZ:object><JZ:rel><JZ:b>2</JZ:b></JZ:rel></JZ:object>
</JZ:bericht>"#;

#[test]
fn spread_order_is_a_permutation() {
    for n in 0..70 {
        let order = mutate::spread_order(n);
        let set: BTreeSet<usize> = order.iter().copied().collect();
        assert_eq!(order.len(), n);
        assert_eq!(set, (0..n).collect());
    }
    assert_eq!(&mutate::spread_order(8)[..3], &[0, 4, 2]);
}

#[test]
fn parse_serialize_round_trip() {
    let doc = xml::parse(DOC).expect("parses");
    let text = xml::serialize(&doc);
    assert_eq!(xml::parse(&text).expect("reparses"), doc);
    assert!(text.contains("A &amp; B"));
    assert_eq!(doc.prolog.len(), 1);
}

#[test]
fn variants_are_deterministic_and_cover_every_category() {
    let doc = xml::parse(DOC).expect("parses");
    let mut ctx = Context {
        roots: vec!["bericht".into(), "anderBericht".into()],
        pool: Vec::new(),
    };
    ctx.add_to_pool(&doc);
    ctx.add_to_pool(&xml::parse(DONOR).expect("parses"));
    let a = mutate::variants(&doc, &ctx, 10_000, 0);
    let b = mutate::variants(&doc, &ctx, 10_000, 0);
    assert_eq!(a.len(), b.len());
    assert!(a.iter().zip(&b).all(|(x, y)| x.xml == y.xml));
    let seen: BTreeSet<Category> = a.iter().map(|v| v.category).collect();
    for cat in Category::MUTATIONS {
        assert!(seen.contains(&cat), "no variant for {}", cat.name());
    }
    for v in &a {
        xml::parse(&v.xml).unwrap_or_else(|e| panic!("{}: {e}\n{}", v.description, v.xml));
    }
    assert_eq!(mutate::variants(&doc, &ctx, 5, 3).len(), 5);
}

#[test]
fn nil_declares_the_xsi_namespace() {
    let doc = xml::parse(DOC).expect("parses");
    let ctx = Context::default();
    let nil = mutate::variants(&doc, &ctx, 10_000, 0)
        .into_iter()
        .find(|v| v.category == Category::NilWithContent)
        .expect("a nil-with-content variant");
    assert!(nil
        .xml
        .contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""));
    assert!(nil.xml.contains("xsi:nil=\"true\""));
}

#[test]
fn xmllint_output_is_attributed_per_file() {
    let files: Vec<PathBuf> = ["a.xml", "b.xml", "c.xml"]
        .iter()
        .map(PathBuf::from)
        .collect();
    let stderr = "a.xml validates\n\
                  b.xml:3: element x: Schemas validity error : Element 'x': bad.\n\
                  b.xml:4: element y: Schemas validity error : Element 'y': worse.\n\
                  b.xml fails to validate\n\
                  c.xml:1: parser error : Start tag expected\n";
    let v = referee::parse_xmllint(stderr, &files).expect("parses");
    assert!(v[0].valid);
    assert!(!v[1].valid && v[1].message.contains("'x': bad"));
    assert!(!v[2].valid && v[2].message.contains("no verdict"));
}

#[test]
fn declarations_name_the_encoding() {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>é</a>";
    assert_eq!(
        declare(text, "ISO-8859-1"),
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>é</a>"
    );
    assert_eq!(
        declare("<a/>", "UTF-16"),
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a/>"
    );
    assert_eq!(latin1(text).unwrap().last(), Some(&b'>'));
    assert!(latin1(&text.replace('é', "€")).is_none());
    assert_eq!(
        windows1252(&text.replace('é', "€"))
            .unwrap()
            .iter()
            .filter(|b| **b == 0x80)
            .count(),
        1
    );
    let le = utf16(text, false);
    assert_eq!(&le[..4], &[0xFF, 0xFE, b'<', 0]);
    let be = utf16(text, true);
    assert_eq!(&be[..4], &[0xFE, 0xFF, 0, b'<']);
}
