//! The element lists the rules use (BSN type, date and timestamp types) are
//! exactly what the official schemas of 1.0.7 and 1.0.9 declare.

use std::collections::BTreeSet;
use std::path::Path;

use stuf_jz_codegen::model::{Content, Model, Particle, Term};
use stuf_jz_codegen::Config;

const BUNDLES: &[&str] = &[
    "stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd",
    "stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
];

fn collect(model: &Model, p: &Particle, out: &mut Vec<(String, String, String)>) {
    match &p.term {
        Term::Element(decl) => out.push((
            decl.name.ns.clone(),
            decl.name.local.clone(),
            model.ty(decl.ty).info().name.display(),
        )),
        Term::Sequence(c) | Term::Choice(c) => c.iter().for_each(|c| collect(model, c, out)),
        Term::Any(_) => {}
    }
}

/// Every (namespace, local name, type name) of an element in a bundle.
fn elements() -> BTreeSet<(String, String, String)> {
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("../xsd");
    let mut out = Vec::new();
    for bundle in BUNDLES {
        let (_, model) = Config::new()
            .model(xsd.join(bundle))
            .expect("the official bundle resolves");
        for id in model.reachable() {
            if let Some(c) = model.complex(id) {
                if let Content::Elements(p) = &c.content {
                    collect(&model, p, &mut out);
                }
            }
        }
    }
    out.into_iter().collect()
}

fn names_of(
    all: &BTreeSet<(String, String, String)>,
    types: &[&str],
) -> BTreeSet<(String, String)> {
    all.iter()
        .filter(|(_, _, t)| types.contains(&t.as_str()))
        .map(|(ns, l, _)| (ns.clone(), l.clone()))
        .collect()
}

fn ours(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|(ns, l)| (ns.to_string(), l.to_string()))
        .collect()
}

#[test]
fn element_lists_match_the_schemas() {
    let all = elements();
    assert!(all.len() > 300, "{} elements", all.len());
    assert_eq!(
        names_of(&all, &["BG:BSN-e"]),
        ours(stuf_jz_rules::BSN_ELEMENTS)
    );
    assert_eq!(
        names_of(&all, &["StUF:Datum-e", "StUF:DatumMetIndicator"]),
        ours(stuf_jz_rules::DATE_ELEMENTS)
    );
    let mut timestamps = names_of(&all, &["StUF:Tijdstip", "StUF:Tijdstip-e"]);
    assert!(timestamps.remove(&(
        "http://www.egem.nl/StUF/StUF0301".into(),
        "tijdstipBericht".into()
    )));
    assert_eq!(timestamps, ours(stuf_jz_rules::TIMESTAMP_ELEMENTS));
    // A name of the lists never has another type somewhere else.
    for list in [stuf_jz_rules::BSN_ELEMENTS, stuf_jz_rules::DATE_ELEMENTS] {
        for (ns, local) in list {
            let types: BTreeSet<&str> = all
                .iter()
                .filter(|(n, l, _)| n == ns && l == local)
                .map(|(_, _, t)| t.as_str())
                .collect();
            assert_eq!(types.len(), 1, "{local}: {types:?}");
        }
    }
}
