//! Generates the typed messages of every enabled schema version from the
//! official bundles (reached through the `xsd` symlink, or the folder named
//! by `STUF_JZ_XSD_DIR`) into `OUT_DIR`.

use std::path::PathBuf;

#[path = "build/schemas.rs"]
mod schemas;

use schemas::{SchemaDir, VERSIONS, XSD_DIR_VAR};

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-env-changed={XSD_DIR_VAR}");
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_SERDE");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/schemas.rs");
    let xsd = SchemaDir::locate(&manifest, std::env::var_os(XSD_DIR_VAR));
    let enabled: Vec<&(&str, &str, &str)> = VERSIONS
        .iter()
        .filter(|(feature, _, _)| std::env::var_os(format!("CARGO_FEATURE_{feature}")).is_some())
        .collect();
    let entries: Vec<&str> = enabled.iter().map(|(_, _, entry)| *entry).collect();
    if let Err(message) = xsd.check(&entries) {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
    for (_, file, entry) in enabled {
        let entry = xsd.path.join(entry);
        println!("cargo:rerun-if-changed={}", entry.display());
        let config = stuf_jz_codegen::Config::new()
            .serde(std::env::var_os("CARGO_FEATURE_SERDE").is_some())
            .stuf_replies();
        if let Err(e) = config.generate_to_file(&entry, out.join(file)) {
            eprintln!(
                "error: cannot generate {file} from {}:\n{e}",
                entry.display()
            );
            std::process::exit(1);
        }
    }
}
