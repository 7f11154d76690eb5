//! Where the build script finds the official schema bundles, and the error
//! that says how to provide them. Shared by `build.rs` and
//! `tests/build_script.rs` (each includes this file with `#[path]`).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The variable that overrides the schema folder.
pub const XSD_DIR_VAR: &str = "STUF_JZ_XSD_DIR";

/// Where the `xsd` link in the repository points.
pub const LINK_TARGET: &str = "../shared/xsd";

/// Cargo feature (as in `CARGO_FEATURE_*`), module file, entry schema
/// below the schema folder.
pub const VERSIONS: &[(&str, &str, &str)] = &[
    (
        "V1_0_7",
        "v1_0_7.rs",
        "stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd",
    ),
    (
        "V1_0_9",
        "v1_0_9.rs",
        "stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd",
    ),
    (
        "V1_0_9_RESOLVED",
        "v1_0_9_jzberichten.rs",
        "stuf-jz-1.0.9-resolved/jzberichten/jz0100_msg_jzberichten_resolved2025.xsd",
    ),
    (
        "V1_0_9_RESOLVED",
        "v1_0_9_vtberichten.rs",
        "stuf-jz-1.0.9-resolved/vtberichten/jz0100_msg_vtberichten_resolved2025.xsd",
    ),
    (
        "V1_0_9_RESOLVED",
        "v1_0_9_vvberichten.rs",
        "stuf-jz-1.0.9-resolved/vvberichten/jz0100_msg_vvberichten_resolved2025.xsd",
    ),
    (
        "V1_0_9_RESOLVED",
        "v1_0_9_gmberichten.rs",
        "stuf-jz-1.0.9-resolved/gmberichten/jz0100_msg_gmberichten_resolved2025.xsd",
    ),
];

/// The schema folder the build reads and how it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaDir {
    /// The folder holding `stuf-jz-1.0.7/`, `stuf-jz-1.0.9/`, ...
    pub path: PathBuf,
    /// True when it came from `STUF_JZ_XSD_DIR`, false for `<crate>/xsd`.
    pub from_env: bool,
}

impl SchemaDir {
    /// `STUF_JZ_XSD_DIR` when set (and not empty), else `xsd` in the crate
    /// root (`manifest`).
    pub fn locate(manifest: &Path, env: Option<OsString>) -> SchemaDir {
        match env.filter(|value| !value.is_empty()) {
            Some(value) => SchemaDir {
                path: PathBuf::from(value),
                from_env: true,
            },
            None => SchemaDir {
                path: manifest.join("xsd"),
                from_env: false,
            },
        }
    }

    /// Checks that every entry schema exists; the error lists the missing
    /// ones and says how to provide the bundles.
    pub fn check(&self, entries: &[&str]) -> Result<(), String> {
        let missing: Vec<&str> = entries
            .iter()
            .copied()
            .filter(|entry| !self.path.join(entry).is_file())
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let mut message = format!(
            "no StUF-JZ schemas found: {} lacks {}\n",
            self.path.display(),
            missing.join(", ")
        );
        if self.from_env {
            message.push_str(&format!(
                "{XSD_DIR_VAR} is set to `{}`; it must name a folder laid out like \
                 {LINK_TARGET} (stuf-jz-1.0.7/, stuf-jz-1.0.9/, stuf-jz-1.0.9-resolved/, \
                 the official bundles unmodified). Unset it to read the `xsd` link \
                 in the crate root (-> {LINK_TARGET}).\n",
                self.path.display()
            ));
        } else {
            if let Ok(target) = std::fs::read_link(&self.path) {
                if !self.path.exists() {
                    message.push_str(&format!(
                        "`xsd` is a link to `{}`, which does not exist here.\n",
                        target.display()
                    ));
                }
            }
            message.push_str(&format!(
                "The build reads the official schema bundles through the `xsd` link \
                 in the crate root, which points to {LINK_TARGET}. Either put the \
                 unmodified bundles (stuf-jz-1.0.7/, stuf-jz-1.0.9/, \
                 stuf-jz-1.0.9-resolved/) in {LINK_TARGET} beside the checkout, or \
                 set {XSD_DIR_VAR} to a folder that holds them:\n    \
                 {XSD_DIR_VAR}=/path/to/xsd cargo build\n"
            ));
        }
        Err(message)
    }
}
