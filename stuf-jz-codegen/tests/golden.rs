//! Golden tests, one per construct (like prost-build's fixtures): each
//! directory of `tests/fixtures/golden/` holds a small schema
//! (`schema.xsd`, importing the StUF-like `common.xsd`) and the formatted
//! Rust the generator makes of it (`expected.rs`), so every change to the
//! generator shows as a readable diff. Run with `UPDATE_GOLDEN=1` to accept
//! a change. The expected code is compiled and exercised by the root
//! crate's `tests/golden_fixture.rs`.

use std::path::{Path, PathBuf};

/// Generates `dir/schema.xsd` and compares it with `dir/expected.rs`;
/// returns the message roots.
fn check(dir: &Path) -> Vec<String> {
    let generated = stuf_jz_codegen::Config::new()
        .generate(dir.join("schema.xsd"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let expected_path = dir.join("expected.rs");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &generated.code).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
    if generated.code != expected {
        let first = generated
            .code
            .lines()
            .zip(expected.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| format!("line {}:\n  generated: {a}\n  expected:  {b}", i + 1))
            .unwrap_or_else(|| "at the end".into());
        panic!(
            "generated code differs from {} ({} vs {} lines); first difference: {first}\nrerun with UPDATE_GOLDEN=1 to accept",
            expected_path.display(),
            generated.code.lines().count(),
            expected.lines().count(),
        );
    }
    generated.roots
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/golden")
        .join(name)
}

#[test]
fn every_fixture_directory_is_checked() {
    let mut found: Vec<String> = std::fs::read_dir(fixture(""))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, FIXTURES.iter().map(|(d, _)| *d).collect::<Vec<_>>());
}

/// Each fixture and its message root.
const FIXTURES: &[(&str, &str)] = &[
    ("attributes", "attributenDi01"),
    ("choice", "keuzeDi01"),
    ("dates", "datumsDi01"),
    ("defaults", "standaardDi01"),
    ("extension", "uitbreidingDi01"),
    ("message", "testDi01"),
    ("nil", "nilDi01"),
    ("restriction", "beperkingDi01"),
];

macro_rules! golden {
    ($($test:ident => $dir:literal,)*) => {$(
        #[test]
        fn $test() {
            let root = FIXTURES.iter().find(|(d, _)| *d == $dir).unwrap().1;
            assert_eq!(check(&fixture($dir)), vec![root.to_string()]);
        }
    )*};
}

golden! {
    attributes => "attributes",
    choice => "choice",
    dates => "dates",
    defaults => "defaults",
    extension => "extension",
    message => "message",
    nil => "nil",
    restriction => "restriction",
}
