//! Inputs the fuzzers (or people attacking the reader) produced are read to
//! a verdict: every file under `fuzz/regressions/` is invalid for both
//! versions and reading it reports violations instead of panicking.

use std::path::Path;

#[test]
fn fuzz_regressions_are_rejected_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut files = Vec::new();
    for target in std::fs::read_dir(&root).expect("fuzz/regressions exists") {
        let target = target.unwrap().path();
        if target.is_dir() {
            for file in std::fs::read_dir(&target).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "xml") {
                    files.push(file);
                }
            }
        }
    }
    assert!(
        !files.is_empty(),
        "no regression inputs under {}",
        root.display()
    );
    for file in files {
        let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        let (message, violations) = stuf_jz::v1_0_7::Message::read(&text);
        assert!(
            message.is_none() || !violations.is_empty(),
            "{} read as valid",
            file.display()
        );
        assert!(
            !violations.is_empty(),
            "{}: no violation reported",
            file.display()
        );
        assert!(
            violations.iter().all(|v| v.position.is_some()),
            "{}",
            file.display()
        );
    }
}
