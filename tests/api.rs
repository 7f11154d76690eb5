//! The generated API as a producer of messages uses it:
//!
//! - `examples/build_vto.rs` builds the same tree as
//!   `examples/messages/1.0.7/vtoDi01/minimal.xml`, and xmllint and Xerces-J
//!   accept what it writes, in at most 55 lines of construction;
//! - every sample of every enabled version, read through `Message`, gives its
//!   stuurgegevens through `StufMessage`, equal to the text of the sample;
//! - a wrong fixed attribute value is still reported with its position.
#![allow(dead_code)]

mod support;

#[path = "../examples/build_vto.rs"]
#[allow(dead_code)]
mod build_vto;
#[path = "../examples/read_melding.rs"]
#[allow(dead_code)]
mod read_melding;

use std::path::PathBuf;

use stuf_jz::types::{Berichtcode, Rule, StufMessage};
use support::{samples, tree};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn build_vto_writes_the_minimal_sample() {
    let written = build_vto::build()
        .to_xml()
        .expect("the built message is valid");
    let sample =
        std::fs::read_to_string(manifest_dir().join("examples/messages/1.0.7/vtoDi01/minimal.xml"))
            .expect("sample");
    tree::compare(&sample, &written).unwrap_or_else(|diff| panic!("{diff}"));
    let tools = support::referee::check_tools(&manifest_dir()).unwrap_or_else(|e| panic!("{e}"));
    let dir = support::fresh_temp_dir("api-build-vto");
    let file = dir.join("vto.xml");
    std::fs::write(&file, &written).expect("write");
    let schema = support::referee::schema_1_0_7();
    let judged =
        support::referee::judge(&tools, &schema, &[file]).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        judged[0].xmllint.valid && judged[0].xerces.valid,
        "referees refuse the built message: {judged:?}\n{written}"
    );
}

/// The construction in `examples/build_vto.rs` (non-blank, non-comment lines
/// between its `// construction begins` and `// construction ends`) is at
/// most 55 lines after rustfmt: shorter than the same message in xsdata (57)
/// or JAXB (86).
#[test]
fn build_vto_is_at_most_55_lines() {
    let text = std::fs::read_to_string(manifest_dir().join("examples/build_vto.rs")).unwrap();
    let (_, rest) = text
        .split_once("// construction begins")
        .expect("begin marker");
    let (construction, _) = rest.split_once("// construction ends").expect("end marker");
    let lines = construction
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .count();
    assert!(lines <= 55, "build_vto.rs constructs in {lines} lines");
}

/// The children `examples/read_melding.rs` finds in each vtMeldingDi01
/// sample are those a plain XML parse finds: every `heeftBetrokken` with
/// `jeugzorgrol` `jeugdige`, its person's BSN, names and complete birth
/// date.
#[test]
fn read_melding_finds_every_child() {
    use stuf_jz::types::chrono::NaiveDate;
    fn child(node: &tree::Element, local: &str) -> Option<String> {
        let c = node.children.iter().find(|c| c.local == local)?;
        let nil = c
            .attrs
            .iter()
            .any(|((_, name), v)| name == "nil" && v == "true");
        (!nil && !c.text.is_empty()).then(|| c.text.clone())
    }
    fn walk(node: &tree::Element, out: &mut Vec<read_melding::Child>) {
        if node.local == "heeftBetrokken"
            && child(node, "jeugzorgrol").as_deref() == Some("jeugdige")
        {
            if let Some(person) = node.children.iter().find(|c| c.local == "gerelateerde") {
                let names = ["voornamen", "voorvoegselGeslachtsnaam", "geslachtsnaam"];
                let birth = person.children.iter().find(|c| c.local == "geboortedatum");
                let complete = birth.is_some_and(|b| {
                    b.attrs
                        .iter()
                        .all(|((_, name), v)| name != "indOnvolledigeDatum" || v == "V")
                });
                out.push(read_melding::Child {
                    bsn: child(person, "inp.bsn"),
                    name: names
                        .iter()
                        .filter_map(|n| child(person, n))
                        .collect::<Vec<_>>()
                        .join(" "),
                    birth_date: child(person, "geboortedatum")
                        .filter(|_| complete)
                        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y%m%d").ok()),
                });
            }
        }
        node.children.iter().for_each(|c| walk(c, out));
    }
    let meldingen: Vec<_> = samples::samples("1.0.7")
        .into_iter()
        .filter(|s| s.root == "vtMeldingDi01")
        .collect();
    assert!(
        meldingen.len() >= 3,
        "{} vtMeldingDi01 samples",
        meldingen.len()
    );
    let mut found = 0;
    for sample in &meldingen {
        let melding = stuf_jz::v1_0_7::jz::VtMeldingDi01::from_xml(&sample.xml)
            .unwrap_or_else(|e| panic!("{}: {e}", sample.label));
        let mut expected = Vec::new();
        walk(&tree::parse(&sample.xml).unwrap(), &mut expected);
        let children = read_melding::children(&melding);
        assert_eq!(children, expected, "{}", sample.label);
        found += children.len();
    }
    assert!(found >= 2, "{found} children in the samples");
}

/// The text of the first element `local` inside `StUF:stuurgegevens` (or
/// inside its `parent` child), read with a plain XML parser.
fn stuurgegevens_text(xml: &str, parent: Option<&str>, local: &str) -> Option<String> {
    let root = tree::parse(xml).expect("sample parses");
    let stuurgegevens = root.children.iter().find(|c| c.local == "stuurgegevens")?;
    let holder = match parent {
        Some(parent) => stuurgegevens.children.iter().find(|c| c.local == parent)?,
        None => stuurgegevens,
    };
    let element = holder.children.iter().find(|c| c.local == local)?;
    Some(element.text.clone())
}

macro_rules! stuurgegevens_of_every_sample {
    ($test:ident, $feature:literal, $version:literal, $module:path) => {
        #[cfg(feature = $feature)]
        #[test]
        fn $test() {
            use $module as version;
            let samples = samples::samples($version);
            for sample in &samples {
                let message = version::Message::from_xml(&sample.xml)
                    .unwrap_or_else(|e| panic!("{}: {e:?}", sample.label));
                let s = message.stuurgegevens();
                println!(
                    "{} {}: zender {}, ontvanger {}, referentienummer {}",
                    $version,
                    sample.label,
                    s.zender,
                    s.ontvanger,
                    s.referentienummer.as_deref().unwrap_or("-")
                );
                let text = |parent, local| stuurgegevens_text(&sample.xml, parent, local);
                assert_eq!(
                    s.berichtcode.as_str(),
                    text(None, "berichtcode").unwrap(),
                    "{}",
                    sample.label
                );
                assert_ne!(s.berichtcode, Berichtcode::Unknown, "{}", sample.label);
                for (part, value) in [("zender", &s.zender), ("ontvanger", &s.ontvanger)] {
                    assert_eq!(
                        value.organisatie.as_deref().map(str::to_string),
                        text(Some(part), "organisatie"),
                        "{} {part}",
                        sample.label
                    );
                    assert_eq!(
                        value.applicatie.as_deref().map(str::to_string),
                        text(Some(part), "applicatie"),
                        "{} {part}",
                        sample.label
                    );
                }
                assert_eq!(
                    s.referentienummer.as_deref().map(str::to_string),
                    text(None, "referentienummer"),
                    "{}",
                    sample.label
                );
                assert_eq!(
                    s.cross_ref_nummer.as_deref().map(str::to_string),
                    text(None, "crossRefnummer"),
                    "{}",
                    sample.label
                );
                // Bv02 and Fo02 have only a berichtcode in their stuurgegevens.
                match (message.tijdstip_bericht(), text(None, "tijdstipBericht")) {
                    (Some(tijdstip), Some(_)) => {
                        assert!(tijdstip.is_ok(), "{}: {tijdstip:?}", sample.label)
                    }
                    (None, None) => {}
                    (got, written) => {
                        panic!("{}: tijdstipBericht {got:?} for {written:?}", sample.label)
                    }
                }
                assert_eq!(message.root_name(), sample.root);
            }
        }
    };
}

stuurgegevens_of_every_sample!(stuurgegevens_1_0_7, "v1_0_7", "1.0.7", stuf_jz::v1_0_7);
stuurgegevens_of_every_sample!(stuurgegevens_1_0_9, "v1_0_9", "1.0.9", stuf_jz::v1_0_9);

#[cfg(feature = "v1_0_7")]
#[test]
fn a_wrong_fixed_attribute_is_reported_with_its_position() {
    let sample =
        std::fs::read_to_string(manifest_dir().join("examples/messages/1.0.7/vtoDi01/minimal.xml"))
            .expect("sample");
    let broken = sample.replacen(
        r#"<ZKN:heeftAlsUitvoerende StUF:entiteittype="ZAKBTRUTV">"#,
        r#"<ZKN:heeftAlsUitvoerende StUF:entiteittype="ZAKBTRBLH">"#,
        1,
    );
    assert_ne!(broken, sample);
    let violations = stuf_jz::v1_0_7::jz::VtoDi01::from_xml(&broken)
        .expect_err("a wrong fixed value is invalid")
        .violations;
    let line = broken
        .lines()
        .position(|l| l.contains("ZAKBTRBLH\">") && l.contains("heeftAlsUitvoerende"))
        .expect("line")
        + 1;
    assert!(
        violations.iter().any(|v| v.rule == Rule::Fixed
            && v.path == "/vtoDi01/object/heeftAlsUitvoerende/@StUF:entiteittype"
            && v.position.is_some_and(|p| p.line as usize == line)),
        "{violations:#?}"
    );
    // The fixed value is not a field: the accessor returns it.
    let vto = build_vto::build();
    assert_eq!(vto.object.entiteittype(), "ZAK");
}
