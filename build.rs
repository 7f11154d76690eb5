//! Generates the typed messages of every enabled schema version from the
//! official bundles (reached through the `xsd` symlink) into `OUT_DIR`.
//!
//! `STUF_JZ_XSD_DIR` points at another schema folder (same layout).

use std::path::PathBuf;

/// Cargo feature, module file, entry schema below the schema folder.
const VERSIONS: &[(&str, &str, &str)] = &[
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

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let xsd =
        std::env::var_os("STUF_JZ_XSD_DIR").map_or_else(|| manifest.join("xsd"), PathBuf::from);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-env-changed=STUF_JZ_XSD_DIR");
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_SERDE");
    println!("cargo:rerun-if-changed=build.rs");
    for (feature, file, entry) in VERSIONS {
        if std::env::var_os(format!("CARGO_FEATURE_{feature}")).is_none() {
            continue;
        }
        let entry = xsd.join(entry);
        println!("cargo:rerun-if-changed={}", entry.display());
        let config =
            stuf_jz_codegen::Config::new().serde(std::env::var_os("CARGO_FEATURE_SERDE").is_some());
        match config.generate_to_file(&entry, out.join(file)) {
            Ok(_) => {}
            Err(e) => {
                eprintln!(
                    "error: cannot generate {file} from {}:\n{e}",
                    entry.display()
                );
                std::process::exit(1);
            }
        }
    }
}
