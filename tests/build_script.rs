//! The build script's schema lookup (`build/schemas.rs`, compiled here as
//! it is in `build.rs`): the schemas every feature needs are where the build
//! reads them, and a missing folder, a dangling `xsd` link or a wrong
//! `STUF_JZ_XSD_DIR` give an error that names `../shared/xsd`, the `xsd`
//! link and `STUF_JZ_XSD_DIR`. `.ci/run` also runs `cargo build` of the
//! unpacked package with a wrong `STUF_JZ_XSD_DIR` and checks the message.

#[path = "../build/schemas.rs"]
mod schemas;

use std::path::{Path, PathBuf};

use schemas::{SchemaDir, VERSIONS};

fn all_entries() -> Vec<&'static str> {
    VERSIONS.iter().map(|(_, _, entry)| *entry).collect()
}

/// A fresh empty folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "stuf-jz-build-script-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_crate_has_every_schema_the_build_reads() {
    // In the repository `xsd` is the link to ../shared/xsd; in the published
    // package it is a folder holding the bundles.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = SchemaDir::locate(manifest, None);
    assert_eq!(dir.path, manifest.join("xsd"));
    assert!(!dir.from_env);
    dir.check(&all_entries()).unwrap();
}

#[test]
fn no_schema_folder_names_the_link_and_the_override() {
    let manifest = temp_dir("missing");
    let error = SchemaDir::locate(&manifest, None)
        .check(&all_entries()[..1])
        .unwrap_err();
    assert!(
        error.contains(&format!(
            "{} lacks stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd",
            manifest.join("xsd").display()
        )),
        "{error}"
    );
    for needed in [
        "../shared/xsd",
        "`xsd` link",
        "STUF_JZ_XSD_DIR=/path/to/xsd",
    ] {
        assert!(error.contains(needed), "lacks {needed:?}: {error}");
    }
    let _ = std::fs::remove_dir_all(&manifest);
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_reported_as_such() {
    // A clone without ../shared beside it.
    let root = temp_dir("dangling");
    let manifest = root.join("checkout");
    std::fs::create_dir_all(&manifest).unwrap();
    std::os::unix::fs::symlink("../shared/xsd", manifest.join("xsd")).unwrap();
    let error = SchemaDir::locate(&manifest, None)
        .check(&all_entries())
        .unwrap_err();
    assert!(
        error.contains("`xsd` is a link to `../shared/xsd`, which does not exist here"),
        "{error}"
    );
    assert!(error.contains("STUF_JZ_XSD_DIR"), "{error}");

    // With the folder beside the checkout, the same link works.
    for entry in all_entries() {
        let file = root.join("shared/xsd").join(entry);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "<xs:schema/>").unwrap();
    }
    SchemaDir::locate(&manifest, None)
        .check(&all_entries())
        .unwrap();
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_wrong_override_names_its_value() {
    let manifest = temp_dir("override");
    let wrong = manifest.join("no-such-folder");
    let dir = SchemaDir::locate(&manifest, Some(wrong.clone().into_os_string()));
    assert!(dir.from_env);
    let error = dir.check(&all_entries()).unwrap_err();
    assert!(
        error.contains(&format!("STUF_JZ_XSD_DIR is set to `{}`", wrong.display())),
        "{error}"
    );
    for needed in ["../shared/xsd", "`xsd` link", "stuf-jz-1.0.9-resolved/"] {
        assert!(error.contains(needed), "lacks {needed:?}: {error}");
    }
    // Only the entries that are missing are listed.
    std::fs::create_dir_all(wrong.join("stuf-jz-1.0.7")).unwrap();
    std::fs::write(
        wrong.join("stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd"),
        "<xs:schema/>",
    )
    .unwrap();
    let error = dir.check(&all_entries()[..2]).unwrap_err();
    assert!(
        !error.contains("stuf-jz-1.0.7/jz0100") && error.contains("jz0100_msg_totaal.xsd"),
        "{error}"
    );
    dir.check(&all_entries()[..1]).unwrap();
    let _ = std::fs::remove_dir_all(&manifest);
}

#[test]
fn an_empty_override_is_ignored() {
    let manifest = Path::new("/crate");
    let dir = SchemaDir::locate(manifest, Some("".into()));
    assert_eq!(
        dir,
        SchemaDir {
            path: manifest.join("xsd"),
            from_env: false
        }
    );
}
