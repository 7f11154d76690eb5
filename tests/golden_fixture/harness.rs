//! What every golden fixture's test needs: documents of the fixture's
//! root, the referees' verdicts against its schema, and our reader's
//! verdict checked against them.

use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use stuf_jz::types::{Document, Rule, Violation};

use crate::support::referee::{self, Tools};

/// One fixture: its directory under `stuf-jz-codegen/tests/fixtures/golden/`
/// and the local name of its root element (in the `JZ` namespace).
pub struct Fixture {
    pub dir: &'static str,
    pub root: &'static str,
}

/// Which referee judges a document.
#[derive(Clone, Copy)]
pub enum Referee {
    /// libxml2's `xmllint --schema`.
    Xmllint,
    /// Xerces-J, which also enforces `fixed` on attribute references
    /// (libxml2 does not).
    Xerces,
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

impl Fixture {
    fn schema(&self) -> PathBuf {
        manifest()
            .join("stuf-jz-codegen/tests/fixtures/golden")
            .join(self.dir)
            .join("schema.xsd")
    }

    /// A document of the root element with `attributes` on it and `body`
    /// as its content.
    pub fn doc_with(&self, attributes: &str, body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<JZ:{root} xmlns:JZ="http://www.stufstandaarden.nl/koppelvlak/jz0100" xmlns:StUF="http://www.egem.nl/StUF/StUF0301" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"{attributes}>
{body}
</JZ:{root}>"#,
            root = self.root,
        )
    }

    /// A document of the root element with `body` as its content.
    pub fn doc(&self, body: &str) -> String {
        self.doc_with("", body)
    }

    fn temp_file(&self, xml: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "stuf-jz-golden-{}-{}",
            self.dir,
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("{:x}.xml", fxhash(xml)));
        std::fs::write(&file, xml).unwrap();
        file
    }

    /// The referee's verdict on a document against the fixture's schema
    /// (Xerces-J from the test binary's one shared process).
    pub fn accepts(&self, referee: Referee, xml: &str) -> bool {
        let file = self.temp_file(xml);
        let verdict = match referee {
            Referee::Xmllint => referee::xmllint_file(&self.schema(), &file),
            Referee::Xerces => {
                static TOOLS: OnceLock<Result<Tools, String>> = OnceLock::new();
                let tools = TOOLS
                    .get_or_init(|| referee::check_tools(manifest()))
                    .as_ref()
                    .unwrap_or_else(|e| panic!("{e}"));
                referee::xerces_one(tools, &self.schema(), &file)
                    .unwrap_or_else(|e| panic!("Xerces referee failed: {e}"))
            }
        };
        verdict.valid
    }

    /// Our reader and the referee give the same verdict on `xml`; a valid
    /// document is read, written back (xmllint accepts the output) and
    /// read again to the same value. Returns our value or violations.
    pub fn verdict<T: Document + PartialEq + Debug>(
        &self,
        referee: Referee,
        xml: &str,
        valid: bool,
    ) -> Result<T, Vec<Violation>> {
        assert_eq!(
            self.accepts(referee, xml),
            valid,
            "referee verdict for:\n{xml}"
        );
        match T::from_xml(xml) {
            Ok(message) => {
                assert!(valid, "accepted an invalid document:\n{xml}");
                let written = message.to_xml().expect("a valid message writes");
                assert!(
                    self.accepts(Referee::Xmllint, &written),
                    "written output invalid:\n{written}"
                );
                assert_eq!(T::from_xml(&written).unwrap(), message);
                Ok(message)
            }
            Err(e) => {
                assert!(!valid, "rejected a valid document: {e}\n{xml}");
                Err(e.violations)
            }
        }
    }

    /// A valid document: the referee accepts it and so do we.
    pub fn valid<T: Document + PartialEq + Debug>(&self, referee: Referee, xml: &str) -> T {
        self.verdict(referee, xml, true)
            .unwrap_or_else(|v| panic!("{v:?}"))
    }

    /// An invalid document: the referee refuses it and we report `rule`
    /// at `path`, with a position.
    pub fn invalid<T: Document + PartialEq + Debug>(
        &self,
        referee: Referee,
        xml: &str,
        rule: Rule,
        path: &str,
    ) {
        let violations = self.verdict::<T>(referee, xml, false).unwrap_err();
        assert!(
            violations
                .iter()
                .any(|v| v.rule == rule && v.path == path && v.position.is_some()),
            "expected {rule} at {path} in:\n{xml}\ngot: {violations:#?}"
        );
    }

    /// Each `(body, rule, path)`: the document with this body is invalid,
    /// with `rule` at `path` ([`Fixture::invalid`]).
    pub fn invalid_bodies<T: Document + PartialEq + Debug>(
        &self,
        referee: Referee,
        cases: &[(impl AsRef<str>, Rule, &str)],
    ) {
        for (body, rule, path) in cases {
            self.invalid::<T>(referee, &self.doc(body.as_ref()), *rule, path);
        }
    }

    /// A value built in code is written, and the referee accepts it.
    pub fn written<T: Document>(&self, value: &T) -> String {
        let xml = value.to_xml().unwrap_or_else(|e| panic!("{e}"));
        assert!(self.accepts(Referee::Xerces, &xml), "{xml}");
        xml
    }
}
