//! Golden test: generates a small fixture schema and compares the result
//! with the expected formatted Rust, so every change to the generator shows
//! as a readable diff. Run with `UPDATE_GOLDEN=1` to accept a change.
//! The expected code is compiled and exercised by the root crate's
//! `tests/golden_fixture.rs`.

use std::path::PathBuf;

#[test]
fn fixture_generates_the_expected_rust() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden");
    let generated = stuf_jz_codegen::Config::new()
        .generate(dir.join("messages.xsd"))
        .expect("the fixture generates");
    let expected_path = dir.join("expected.rs");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &generated.code).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).expect("expected.rs exists");
    if generated.code != expected {
        let mut first = None;
        for (i, (a, b)) in generated.code.lines().zip(expected.lines()).enumerate() {
            if a != b {
                first = Some(format!(
                    "line {}:\n  generated: {a}\n  expected:  {b}",
                    i + 1
                ));
                break;
            }
        }
        panic!(
            "generated code differs from tests/fixtures/golden/expected.rs ({} vs {} lines); first difference: {}\nrerun with UPDATE_GOLDEN=1 to accept",
            generated.code.lines().count(),
            expected.lines().count(),
            first.unwrap_or_else(|| "at the end".into())
        );
    }
    assert_eq!(generated.roots, vec!["testDi01".to_string()]);
}
