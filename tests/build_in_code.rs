//! Every message root of every version, built in code from plain values.
//!
//! For each root of 1.0.7 (7) and 1.0.9 (13), `tests/build_in_code/`
//! builds the message of `examples/messages/<version>/<root>/minimal.xml`
//! the way a producer of messages writes it (struct literals ending in
//! `..Default::default()`, or in `..Type::new(...)` for a type whose
//! required content includes an enumeration of several values, `.into()`
//! for simple content and nillable elements, fixed attributes left to the
//! writer). The test then checks
//! that
//!
//! 1. `to_xml()` accepts the value and writes the same namespace-aware tree
//!    as the sample (`tests/support/tree.rs`), and reading the sample gives
//!    a value equal to the one built;
//! 2. xmllint and Xerces-J accept what it writes (the 1.0.7 resolved
//!    bundle, or the resolved 1.0.9 bundle that declares the root);
//! 3. every root of the version (`Message::ROOTS` without the StUF replies
//!    `Bv01Bericht`..`Fo03Bericht`) has a builder here, so a new root cannot
//!    be forgotten.
//!
//! A root whose structure is the same in 1.0.7 and 1.0.9 has one builder
//! file, compiled once per version (`v1_0_7.rs`, `v1_0_9.rs` name the
//! version's module `schema`). Needs `xmllint`, `java` and the Xerces jars
//! (Debian: `apt-get install libxml2-utils libxerces2-java
//! default-jre-headless`).
#![cfg_attr(
    not(all(feature = "v1_0_7", feature = "v1_0_9")),
    allow(dead_code, unused_imports, unused_macros)
)]

mod support;

#[cfg(feature = "v1_0_7")]
#[path = "build_in_code/v1_0_7.rs"]
mod v1_0_7;
#[cfg(feature = "v1_0_9")]
#[path = "build_in_code/v1_0_9.rs"]
mod v1_0_9;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use support::{referee, samples::manifest_dir, tree};

/// Reads a document with the version's `Message` and compares it with a
/// built value (`Err`: why not equal).
type SameAsRead = Box<dyn Fn(&str) -> Result<(), String>>;

/// One message built in code: its root element and what `to_xml` made of it
/// (`Err`: the violations), and whether reading the sample gives an equal
/// value.
struct Built {
    root: &'static str,
    written: Result<String, String>,
    same_as_read: SameAsRead,
}

/// The messages of a version's builders, as [`Built`].
macro_rules! built {
    ($module:ident) => {{
        use stuf_jz::$module::Message;
        $module::messages()
            .into_iter()
            .map(|message: Message| Built {
                root: message.root_name(),
                written: message
                    .to_xml()
                    .map_err(|e| support::list_violations(&e.violations)),
                same_as_read: Box::new(move |xml| match Message::from_xml(xml) {
                    Ok(read) if read == message => Ok(()),
                    Ok(read) => Err(format!("read {read:#?}\nbuilt {message:#?}")),
                    Err(e) => Err(support::list_violations(&e.violations)),
                }),
            })
            .collect::<Vec<Built>>()
    }};
}

/// Checks every built message of `version` against its minimal sample and
/// the two referees.
fn check(version: &str, built: Vec<Built>) {
    assert!(!built.is_empty(), "no builder for {version}");
    let dir = support::fresh_temp_dir(&format!("build-in-code-{version}"));
    let mut failures = Vec::new();
    // Files to judge, by the schema that judges them.
    let mut by_schema: BTreeMap<PathBuf, Vec<(&str, PathBuf, String)>> = BTreeMap::new();
    for message in &built {
        let root = message.root;
        let written = match &message.written {
            Ok(written) => written,
            Err(violations) => {
                failures.push(format!(
                    "{version} {root}: to_xml refuses it:\n{violations}"
                ));
                continue;
            }
        };
        let sample_path =
            manifest_dir().join(format!("examples/messages/{version}/{root}/minimal.xml"));
        let sample = std::fs::read_to_string(&sample_path)
            .unwrap_or_else(|e| panic!("{}: {e}", sample_path.display()));
        if let Err(diff) = tree::compare(&sample, written) {
            failures.push(format!(
                "{version} {root}: not the tree of {}:\n{diff}",
                sample_path.display()
            ));
        } else if let Err(why) = (message.same_as_read)(&sample) {
            failures.push(format!(
                "{version} {root}: reading the sample gives another value:\n{why}"
            ));
        }
        let file = dir.join(format!("{root}.xml"));
        std::fs::write(&file, written).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        by_schema
            .entry(referee::schema_for(version, root))
            .or_default()
            .push((root, file, written.clone()));
    }
    let tools = referee::check_tools(&manifest_dir()).unwrap_or_else(|e| panic!("{e}"));
    for (schema, files) in &by_schema {
        let paths: Vec<PathBuf> = files.iter().map(|(_, path, _)| path.clone()).collect();
        let judged = referee::judge(&tools, schema, &paths).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(judged.len(), files.len(), "one judgement per file");
        for ((root, _, written), judgement) in files.iter().zip(&judged) {
            if !(judgement.xmllint.valid && judgement.xerces.valid) {
                failures.push(format!(
                    "{version} {root}: refused by the referees ({}): {judgement:?}\n{written}",
                    schema.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The message roots of a version that must have a builder: every root of
/// its `Message` except the StUF replies.
fn roots_to_build(roots: &[&'static str]) -> BTreeSet<&'static str> {
    roots
        .iter()
        .copied()
        .filter(|root| !stuf_jz_codegen::STUF_REPLIES.contains(root))
        .collect()
}

/// Fails unless `built` has exactly one message per root to build.
fn check_every_root_has_a_builder(version: &str, roots: &[&'static str], built: &[Built]) {
    let wanted = roots_to_build(roots);
    let names: Vec<&str> = built.iter().map(|b| b.root).collect();
    let have: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(
        names.len(),
        have.len(),
        "{version}: a root is built twice: {names:?}"
    );
    let missing: Vec<_> = wanted.difference(&have).collect();
    let extra: Vec<_> = have.difference(&wanted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{version}: roots without a builder: {missing:?}; builders of no root: {extra:?}"
    );
}

#[cfg(feature = "v1_0_7")]
#[test]
fn every_1_0_7_root_built_in_code_is_its_minimal_sample() {
    check("1.0.7", built!(v1_0_7));
}

#[cfg(feature = "v1_0_9")]
#[test]
fn every_1_0_9_root_built_in_code_is_its_minimal_sample() {
    check("1.0.9", built!(v1_0_9));
}

#[cfg(feature = "v1_0_7")]
#[test]
fn every_1_0_7_root_has_a_builder() {
    let built = built!(v1_0_7);
    check_every_root_has_a_builder("1.0.7", stuf_jz::v1_0_7::Message::ROOTS, &built);
    assert_eq!(built.len(), 7);
}

#[cfg(feature = "v1_0_9")]
#[test]
fn every_1_0_9_root_has_a_builder() {
    let built = built!(v1_0_9);
    check_every_root_has_a_builder("1.0.9", stuf_jz::v1_0_9::Message::ROOTS, &built);
    assert_eq!(built.len(), 13);
}
