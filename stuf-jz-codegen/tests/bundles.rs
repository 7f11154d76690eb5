//! The official bundles load and resolve from their message roots.

use std::path::PathBuf;

use stuf_jz_codegen::loader::SchemaSet;
use stuf_jz_codegen::resolve::{default_roots, resolve};

fn bundle(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../xsd")
        .join(rel)
}

fn roots_of(rel: &str) -> (Vec<String>, usize) {
    let set = SchemaSet::load(&bundle(rel)).unwrap();
    let roots = default_roots(&set);
    let model = match resolve(&set, &roots) {
        Ok(model) => model,
        Err(errors) => panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    (
        roots.iter().map(|r| r.local.clone()).collect(),
        model.types.len(),
    )
}

#[test]
fn resolves_1_0_7() {
    let (roots, types) = roots_of("stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd");
    eprintln!("1.0.7: {roots:?} {types} types");
    assert_eq!(roots.len(), 7);
}

#[test]
fn resolves_1_0_9_normative() {
    let (roots, types) = roots_of("stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd");
    eprintln!("1.0.9: {roots:?} {types} types");
    assert_eq!(roots.len(), 13);
}
