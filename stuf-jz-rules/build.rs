//! Embeds the default reference lists: reads the official workbook
//! (`reference-lists/*.xlsx`, a symlink to `../shared/reference-lists`)
//! and writes a compact table to `OUT_DIR/reference_lists.tsv`.
//!
//! `STUF_JZ_REFERENCE_LISTS` points at another workbook file or folder.
//! With several workbooks in the folder the last by name (the newest
//! version, `referentielijsten-1.0.87-...`) is used.

use std::path::{Path, PathBuf};

#[path = "src/reference/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "src/reference/workbook.rs"]
mod workbook;

fn workbook(path: &Path) -> Result<PathBuf, String> {
    if path.is_file() {
        return Ok(path.to_path_buf());
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xlsx"))
        .collect();
    found.sort();
    found
        .pop()
        .ok_or_else(|| format!("{}: no .xlsx reference-list workbook", path.display()))
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    println!("cargo:rerun-if-env-changed=STUF_JZ_REFERENCE_LISTS");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/reference/data.rs");
    let dir = std::env::var_os("STUF_JZ_REFERENCE_LISTS")
        .map_or_else(|| manifest.join("reference-lists"), PathBuf::from);
    println!("cargo:rerun-if-changed={}", dir.display());
    let result = workbook(&dir).and_then(|file| {
        println!("cargo:rerun-if-changed={}", file.display());
        let mut wb: calamine::Xlsx<_> =
            calamine::open_workbook(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        workbook::read_workbook(&mut wb, &name)
    });
    match result {
        Ok(lists) => {
            std::fs::write(out.join("reference_lists.tsv"), lists.to_compact())
                .expect("OUT_DIR is writable");
        }
        Err(e) => {
            eprintln!("error: cannot read the reference lists: {e}");
            std::process::exit(1);
        }
    }
}
