//! The reference validator: libxml2's `xmllint --noout --schema`, run on the
//! bundles that libxml2 can compile (1.0.7 resolved, the four 1.0.9
//! resolved bundles).
//!
//! A missing `xmllint` fails the calling test with a message naming the
//! Debian package, never a silent pass.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use super::samples::manifest_dir;

/// The Debian package that ships `xmllint`.
pub const PACKAGE: &str = "libxml2-utils";

/// The four 1.0.9 resolved message groups.
pub const GROUPS_1_0_9: &[&str] = &["jzberichten", "vtberichten", "vvberichten", "gmberichten"];

/// Panics (naming [`PACKAGE`]) unless `xmllint` can be run.
pub fn require() {
    static CHECK: OnceLock<Result<(), String>> = OnceLock::new();
    let check = CHECK.get_or_init(|| match Command::new("xmllint").arg("--version").output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "`xmllint --version` failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )),
        Err(e) => Err(format!("cannot run `xmllint`: {e}")),
    });
    if let Err(e) = check {
        panic!(
            "{e}\nthis test needs the reference validator xmllint: \
             install the Debian package {PACKAGE} (`apt-get install {PACKAGE}`)"
        );
    }
}

/// The 1.0.7 reference schema (all 7 message roots).
pub fn schema_1_0_7() -> PathBuf {
    manifest_dir().join("xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd")
}

/// The message schema of one resolved 1.0.9 group.
pub fn schema_1_0_9_group(group: &str) -> PathBuf {
    manifest_dir().join(format!(
        "xsd/stuf-jz-1.0.9-resolved/{group}/jz0100_msg_{group}_resolved2025.xsd"
    ))
}

/// The resolved 1.0.9 group whose message schema declares `root` as a
/// global element, found by reading the four schema files; a StUF reply
/// (`Bv03Bericht`, ...) is declared in a StUF schema the message schema
/// imports, so then the first group with any schema file declaring it.
pub fn group_1_0_9_for_root(root: &str) -> &'static str {
    let needle = format!("element name=\"{root}\"");
    let declares = |path: &Path| {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
            .contains(&needle)
    };
    let in_group = |group: &&str| {
        let dir = manifest_dir().join(format!("xsd/stuf-jz-1.0.9-resolved/{group}"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "xsd"))
            .collect();
        files.sort();
        files.iter().any(|f| declares(f))
    };
    GROUPS_1_0_9
        .iter()
        .copied()
        .find(|group| declares(&schema_1_0_9_group(group)))
        .or_else(|| GROUPS_1_0_9.iter().copied().find(in_group))
        .unwrap_or_else(|| panic!("no resolved 1.0.9 schema declares `{root}`"))
}

/// The reference schema for a root of a version.
pub fn schema_for(version: &str, root: &str) -> PathBuf {
    match version {
        "1.0.7" => schema_1_0_7(),
        "1.0.9" => schema_1_0_9_group(group_1_0_9_for_root(root)),
        other => panic!("no reference schema for version {other}"),
    }
}

/// What xmllint said about one document.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// `xmllint` exited 0 and reported "validates".
    pub valid: bool,
    /// Its stderr, for failure messages.
    pub report: String,
}

/// Validates a file against a schema. Panics when xmllint cannot run or
/// cannot compile the schema (that is not a verdict on the document).
pub fn validate_file(schema: &Path, file: &Path) -> Verdict {
    require();
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run xmllint (Debian package {PACKAGE}): {e}"));
    let report = String::from_utf8_lossy(&out.stderr).into_owned();
    // Exit status 5: the schema does not compile; 4/1: xmllint itself failed.
    match out.status.code() {
        Some(0) | Some(3) => {}
        _ => panic!(
            "xmllint could not validate {} against {} ({}):\n{report}",
            file.display(),
            schema.display(),
            out.status
        ),
    }
    Verdict {
        valid: out.status.success() && report.contains("validates"),
        report,
    }
}

/// Validates a document held in memory (written to `dir/name` first).
pub fn validate_str(schema: &Path, xml: &str, dir: &Path, name: &str) -> Verdict {
    let file = dir.join(name);
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    std::fs::write(&file, xml).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
    validate_file(schema, &file)
}
