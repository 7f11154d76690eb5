//! The sample generator on the official bundles: determinism, the kinds,
//! errors, and the StUF rules that XML Schema does not check (11-proef,
//! real dates, stuurgegevens, noValue only with nil). Schema validity of the
//! samples is tested against Xerces-J in the root crate
//! (`tests/sample_valid.rs`).

use std::collections::BTreeSet;
use std::path::PathBuf;

use quick_xml::events::Event;
use stuf_jz_codegen::sample::{is_valid_bsn, SampleKind, SampleOptions, Sampler};

const V107: &str = "stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd";
const V109: &str = "stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd";

fn sampler(entry: &str) -> Sampler {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../xsd")
        .join(entry);
    Sampler::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options(kind: SampleKind, seed: u64) -> SampleOptions {
    SampleOptions { kind, seed }
}

/// An element of a parsed sample: local name, attributes by qualified
/// name, text, children.
#[derive(Debug, Default, Clone, PartialEq)]
struct Node {
    local: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn attr(&self, qname: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == qname)
            .map(|(_, v)| v.as_str())
    }

    fn child(&self, local: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.local == local)
    }

    fn walk<'a>(&'a self, out: &mut Vec<&'a Node>) {
        out.push(self);
        for c in &self.children {
            c.walk(out);
        }
    }
}

fn parse(xml: &str) -> Node {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<Node> = vec![Node::default()];
    let open = |e: &quick_xml::events::BytesStart| Node {
        local: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("well-formed attribute");
                (
                    String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                    a.unescape_value().expect("escaped value").into_owned(),
                )
            })
            .collect(),
        ..Node::default()
    };
    loop {
        match reader.read_event().expect("well-formed sample") {
            Event::Start(e) => stack.push(open(&e)),
            Event::Empty(e) => {
                let node = open(&e);
                stack.last_mut().expect("parent").children.push(node);
            }
            Event::Text(t) => stack
                .last_mut()
                .expect("parent")
                .text
                .push_str(&t.unescape().expect("escaped text")),
            Event::End(_) => {
                let node = stack.pop().expect("open element");
                stack.last_mut().expect("parent").children.push(node);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    stack.pop().expect("document").children.remove(0)
}

#[test]
fn the_same_options_give_the_same_message_and_other_seeds_another() {
    let s = sampler(V107);
    for root in s.roots() {
        for kind in [SampleKind::Minimal, SampleKind::Maximal, SampleKind::Random] {
            let a = s.generate(&root, &options(kind, 7)).expect("sample");
            let b = s.generate(&root, &options(kind, 7)).expect("sample");
            assert_eq!(a, b, "{root} {kind} is not deterministic");
        }
        let distinct: BTreeSet<String> = (0..10)
            .map(|seed| {
                s.generate(&root, &options(SampleKind::Random, seed))
                    .expect("sample")
            })
            .collect();
        assert_eq!(distinct.len(), 10, "{root}: ten seeds, fewer messages");
    }
}

#[test]
fn minimal_is_smallest_and_maximal_largest() {
    let s = sampler(V107);
    for root in s.roots() {
        let count = |kind, seed| {
            let doc = parse(&s.generate(&root, &options(kind, seed)).expect("sample"));
            let mut all = Vec::new();
            doc.walk(&mut all);
            all.len()
        };
        let (min, max) = (count(SampleKind::Minimal, 0), count(SampleKind::Maximal, 0));
        let random: Vec<usize> = (0..20)
            .map(|seed| count(SampleKind::Random, seed))
            .collect();
        assert!(min < max, "{root}: minimal {min} elements, maximal {max}");
        for r in random {
            assert!(
                min <= r && r <= max,
                "{root}: random {r} outside {min}..={max}"
            );
        }
    }
}

#[test]
fn an_unknown_root_is_an_error_that_lists_the_roots() {
    let s = sampler(V107);
    let e = s
        .generate("vtoDi02", &SampleOptions::default())
        .expect_err("no such root");
    let text = e.to_string();
    assert!(
        text.contains("vtoDi02") && text.contains("vtoDi01"),
        "{text}"
    );
    assert_eq!(e.root, "vtoDi02");
}

#[test]
fn an_unloadable_bundle_is_an_error() {
    let e = Sampler::load("no/such/entry.xsd".as_ref()).expect_err("missing file");
    assert!(e.to_string().contains("entry.xsd"), "{e}");
}

/// The StUF rules a schema validator does not check, over many samples of
/// both versions.
#[test]
fn samples_follow_the_stuf_rules() {
    for entry in [V107, V109] {
        let s = sampler(entry);
        let (mut bsns, mut incomplete, mut nils) = (0, BTreeSet::new(), 0);
        for root in s.roots() {
            let mut references = BTreeSet::new();
            let mut runs = vec![
                options(SampleKind::Minimal, 0),
                options(SampleKind::Maximal, 0),
            ];
            runs.extend((0..40).map(|seed| options(SampleKind::Random, seed)));
            for o in runs {
                let xml = s.generate(&root, &o).expect("sample");
                let doc = parse(&xml);
                assert_eq!(doc.local, root);
                let label = format!("{root} {} {}", o.kind, o.seed);
                let sg = doc.child("stuurgegevens").expect("stuurgegevens");
                let (from, to) = (sg.child("zender"), sg.child("ontvanger"));
                assert!(from.is_some() && from != to, "{label}: zender = ontvanger");
                let reference = &sg.child("referentienummer").expect("referentienummer").text;
                assert!(
                    references.insert(reference.clone()),
                    "{label}: {reference} twice"
                );
                let ts = &sg.child("tijdstipBericht").expect("tijdstipBericht").text;
                stuf_jz_types::date::parse_tijdstip(ts).unwrap_or_else(|e| panic!("{label}: {e}"));
                let mut all = Vec::new();
                doc.walk(&mut all);
                for n in all {
                    let nil = n.attr("xsi:nil") == Some("true");
                    nils += usize::from(nil);
                    assert!(
                        nil || n.attr("StUF:noValue").is_none(),
                        "{label}: noValue without nil on {}",
                        n.local
                    );
                    if n.local.ends_with(".bsn") && !nil {
                        bsns += 1;
                        assert!(
                            is_valid_bsn(&n.text),
                            "{label}: BSN {} fails the 11-proef",
                            n.text
                        );
                    }
                    if let Some(ind) = n.attr("StUF:indOnvolledigeDatum").filter(|_| !nil) {
                        incomplete.insert(ind.to_string());
                        stuf_jz_types::date::parse_datum(&n.text, Some(ind))
                            .unwrap_or_else(|e| panic!("{label}: {} {e}", n.local));
                    }
                }
            }
        }
        assert!(bsns > 20, "{entry}: only {bsns} BSNs checked");
        assert!(nils > 10, "{entry}: only {nils} nil elements");
        assert_eq!(
            incomplete,
            ["D", "J", "M", "V"].map(String::from).into_iter().collect(),
            "{entry}: indicators used"
        );
    }
}

#[test]
fn write_samples_writes_one_file_per_seed() {
    let s = sampler(V107);
    let dir = std::env::temp_dir().join(format!("stuf-jz-write-samples-{}", std::process::id()));
    let files = s
        .write_samples("vtoDi01", &options(SampleKind::Random, 5), 3, &dir)
        .expect("written");
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(&dir)
                .expect("below dir")
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(
        names,
        [
            "vtoDi01/random-5.xml",
            "vtoDi01/random-6.xml",
            "vtoDi01/random-7.xml"
        ]
    );
    let second = std::fs::read_to_string(&files[1]).expect("readable");
    assert_eq!(
        second,
        s.generate("vtoDi01", &options(SampleKind::Random, 6))
            .expect("sample")
    );
    let e = s
        .write_samples("nope", &options(SampleKind::Random, 0), 1, &dir)
        .expect_err("unknown root");
    assert!(e.to_string().contains("nope"), "{e}");
    std::fs::remove_dir_all(&dir).expect("cleanup");
}
