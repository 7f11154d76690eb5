//! The sample messages under `examples/messages/<version>/<root>/*.xml`.

use std::path::{Path, PathBuf};

/// The crate root (where `Cargo.toml`, `examples/` and `xsd/` are).
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One sample message file.
#[derive(Debug, Clone)]
pub struct Sample {
    /// Root element the sample is filed under (its folder name).
    pub root: String,
    /// Absolute path of the file.
    pub path: PathBuf,
    /// `root/file.xml`, for messages.
    pub label: String,
    /// The file's content.
    pub xml: String,
}

/// Every sample of a version (`1.0.7`, `1.0.9`), sorted by root and file
/// name. Panics when the folder is missing or holds no sample, so a moved
/// corpus cannot make a test pass vacuously.
pub fn samples(version: &str) -> Vec<Sample> {
    let dir = manifest_dir().join("examples/messages").join(version);
    let mut out = Vec::new();
    for root_dir in sorted_entries(&dir) {
        if !root_dir.is_dir() {
            continue;
        }
        let root = file_name(&root_dir);
        for path in sorted_entries(&root_dir) {
            if path.extension().and_then(|e| e.to_str()) != Some("xml") {
                continue;
            }
            let xml = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            out.push(Sample {
                label: format!("{root}/{}", file_name(&path)),
                root: root.clone(),
                path,
                xml,
            });
        }
    }
    assert!(
        !out.is_empty(),
        "no sample messages under {} (expected <root>/*.xml)",
        dir.display()
    );
    out
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
                .path()
        })
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
