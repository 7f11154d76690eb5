//! "A vendor with a new bundle gets types without touching our code."
//!
//! Treats the 1.0.9 normative bundle as if it were a new version nobody has
//! seen (`v1_0_10`): the stuf-jz-codegen library generates its types into a
//! fresh cargo crate in the temporary directory that depends only on
//! `stuf-jz-types`; its `main.rs` is nothing but
//! `mod v1_0_10 { include!("v1_0_10.rs"); }` and a loop calling
//! `v1_0_10::Message::from_xml` on its arguments. `cargo run` of that crate
//! must print OK for every 1.0.9 sample of the roots 1.0.7 does not have,
//! and FAIL for a deliberately broken copy (which xmllint rejects too).
//!
//! So regenerating for a new bundle is one call (or one `stuf-jz-codegen
//! generate` command) and no change to this repository's code.
//!
//! Builds the generated crate with its own target directory under the
//! temporary directory (a few minutes on a small machine; reused across
//! runs). Works offline when the dependencies are in ~/.cargo/registry.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use support::{referee, samples};

/// The roots 1.0.9 added (vvberichten, gmberichten).
const NEW_ROOTS: &[&str] = &[
    "vcobDi01",
    "ucobDi01",
    "vciDi01",
    "uciDi01",
    "meldingGeneriekDi01",
    "uitkomstMeldingGeneriekDi01",
];

const MAIN_RS: &str = r#"//! Validates StUF-JZ messages with types generated from a new bundle.
#[allow(dead_code, unused_imports, clippy::all)]
mod v1_0_10 {
    include!("v1_0_10.rs");
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("--roots") {
        println!("ROOTS {}", v1_0_10::Message::ROOTS.join(" "));
        return;
    }
    for path in args {
        let xml = match std::fs::read_to_string(&path) {
            Ok(xml) => xml,
            Err(e) => {
                println!("FAIL {path}: cannot read: {e}");
                continue;
            }
        };
        match v1_0_10::Message::from_xml(&xml) {
            Ok(message) => println!("OK {path} {}", message.root_name()),
            Err(e) => {
                println!("FAIL {path}");
                for v in &e.violations {
                    println!("  {v}");
                }
            }
        }
    }
}
"#;

/// Writes the consumer crate: Cargo.toml, src/main.rs, src/v1_0_10.rs
/// (generated), and the workspace's Cargo.lock so the same, already
/// downloaded dependency versions are used.
fn make_crate(dir: &Path) {
    let types = samples::manifest_dir().join("stuf-jz-types");
    let cargo_toml = format!(
        "[package]\n\
         name = \"stuf-jz-new-version-check\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\n\
         [dependencies]\n\
         stuf-jz-types = {{ path = {:?} }}\n\n\
         # Not part of any enclosing workspace.\n\
         [workspace]\n",
        types.display().to_string()
    );
    std::fs::create_dir_all(dir.join("src")).expect("create crate folder");
    std::fs::write(dir.join("Cargo.toml"), cargo_toml).expect("write Cargo.toml");
    std::fs::write(dir.join("src/main.rs"), MAIN_RS).expect("write main.rs");
    let lock = samples::manifest_dir().join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).expect("copy Cargo.lock");
    }

    // The one step a maintainer takes for a new bundle.
    let entry = samples::manifest_dir().join("xsd/stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd");
    let generated = stuf_jz_codegen::Config::new()
        .generate_to_file(&entry, dir.join("src/v1_0_10.rs"))
        .unwrap_or_else(|e| panic!("stuf-jz-codegen cannot generate {}:\n{e}", entry.display()));
    println!(
        "generated src/v1_0_10.rs: {} lines, roots {}, {} schema documents, {} types, {:.1} s",
        generated.code.lines().count(),
        generated.roots.join(" "),
        generated.documents,
        generated.types,
        generated.elapsed.as_secs_f64()
    );
    for root in NEW_ROOTS {
        assert!(
            generated.roots.iter().any(|r| r == root),
            "generated roots {:?} lack {root}",
            generated.roots
        );
    }
}

/// `cargo run --quiet [--offline] -- ARGS` in the consumer crate; retries
/// online when the offline build cannot resolve its dependencies.
fn cargo_run(dir: &Path, target: &Path, args: &[PathBuf]) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let run = |offline: bool| {
        let mut cmd = Command::new(&cargo);
        cmd.arg("run").arg("--quiet");
        if offline {
            cmd.arg("--offline");
        }
        cmd.arg("--manifest-path")
            .arg(dir.join("Cargo.toml"))
            .arg("--")
            .args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", target)
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS");
        cmd.output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", Path::new(&cargo).display()))
    };
    let out = run(true);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() && stderr.contains("offline") {
        return run(false);
    }
    out
}

fn run_checked(dir: &Path, target: &Path, args: &[PathBuf]) -> String {
    let out = cargo_run(dir, target, args);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "`cargo run` of the generated crate {} failed ({}):\n--- stderr ---\n{}\n--- stdout ---\n{stdout}",
        dir.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The verdict line (`OK path root` / `FAIL path`) printed for `path`.
fn verdict_for<'a>(stdout: &'a str, path: &Path) -> Option<&'a str> {
    let path = path.display().to_string();
    stdout.lines().find(|line| {
        line.strip_prefix("OK ")
            .or_else(|| line.strip_prefix("FAIL "))
            .is_some_and(|rest| rest == path || rest.starts_with(&format!("{path} ")))
    })
}

#[test]
fn new_bundle_needs_no_code_change() {
    let started = Instant::now();
    referee::require_xmllint();
    let base = std::env::temp_dir().join("stuf-jz-regenerate");
    let dir = base.join(format!("crate-{}", std::process::id()));
    let target = base.join("target");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("clear the crate folder");
    }
    make_crate(&dir);

    // The new roots' samples: every one OK.
    let new_samples: Vec<samples::Sample> = samples::samples("1.0.9")
        .into_iter()
        .filter(|s| NEW_ROOTS.contains(&s.root.as_str()))
        .collect();
    let roots_with_samples: std::collections::BTreeSet<&str> =
        new_samples.iter().map(|s| s.root.as_str()).collect();
    assert_eq!(
        roots_with_samples.len(),
        NEW_ROOTS.len(),
        "every new root needs a sample; have {roots_with_samples:?}"
    );

    // One broken copy: the stuurgegevens' berichtcode must be Di01.
    let original = new_samples
        .iter()
        .find(|s| s.label == "vcobDi01/minimal.xml")
        .expect("sample vcobDi01/minimal.xml");
    let broken_xml = original.xml.replacen(
        "<StUF:berichtcode>Di01</StUF:berichtcode>",
        "<StUF:berichtcode>Xx99</StUF:berichtcode>",
        1,
    );
    assert_ne!(broken_xml, original.xml, "could not break the sample");
    let broken = dir.join("broken-vcobDi01.xml");
    std::fs::write(&broken, &broken_xml).expect("write the broken copy");
    let reference = referee::xmllint_file(&referee::schema_for("1.0.9", "vcobDi01"), &broken);
    assert!(
        !reference.valid,
        "xmllint accepts the deliberately broken copy; pick another edit"
    );

    let mut args: Vec<PathBuf> = new_samples.iter().map(|s| s.path.clone()).collect();
    args.push(broken.clone());
    let stdout = run_checked(&dir, &target, &args);
    let roots_line = run_checked(&dir, &target, &[PathBuf::from("--roots")]);
    print!("{stdout}{roots_line}");

    let mut failures = Vec::new();
    for sample in &new_samples {
        match verdict_for(&stdout, &sample.path) {
            Some(line)
                if line.starts_with("OK ") && line.ends_with(&format!(" {}", sample.root)) => {}
            Some(line) => failures.push(format!("{}: {line}", sample.label)),
            None => failures.push(format!("{}: no verdict printed", sample.label)),
        }
    }
    match verdict_for(&stdout, &broken) {
        Some(line) if line.starts_with("FAIL ") => {}
        other => failures.push(format!(
            "broken copy {}: expected FAIL, got {other:?}",
            broken.display()
        )),
    }
    for root in stuf_jz_root_names() {
        if !roots_line.split_whitespace().any(|r| r == root) {
            failures.push(format!(
                "generated Message::ROOTS lacks {root}: {roots_line}"
            ));
        }
    }
    println!(
        "regenerate: {} samples of {} new roots OK, broken copy FAIL, {:.1} s",
        new_samples.len(),
        NEW_ROOTS.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "types generated from the new bundle misbehave (crate kept at {}):\n{}\n--- stdout ---\n{stdout}",
        dir.display(),
        failures.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every root the new bundle must offer: the new ones and the seven 1.0.7
/// roots it keeps.
fn stuf_jz_root_names() -> Vec<&'static str> {
    let mut roots = NEW_ROOTS.to_vec();
    roots.extend([
        "vtMeldingDi01",
        "vtTerugkoppelingDi01",
        "notificatieDi01",
        "vtoDi01",
        "zorgmeldingDi01",
        "notificatiejrDi01",
        "zorgmeldingTerugkoppelingDi01",
    ]);
    roots
}

/// The README's recipe is the one this test follows: the consumer crate's
/// `mod` block as written there, and a `generate` command writing
/// `src/v1_0_10.rs`.
#[test]
fn readme_shows_this_recipe() {
    let path = samples::manifest_dir().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let start = MAIN_RS
        .find("#[allow(")
        .expect("MAIN_RS has the allow line");
    let end = MAIN_RS[start..]
        .find("\n}\n")
        .expect("MAIN_RS closes the module")
        + start
        + 2;
    let mod_block = &MAIN_RS[start..end];
    assert!(
        readme.contains(mod_block),
        "{} lacks the consumer crate's module block:\n{mod_block}",
        path.display()
    );
    assert!(
        readme.lines().any(|line| {
            line.starts_with("cargo run -p stuf-jz-codegen -- generate --schema ")
                && line.ends_with("/src/v1_0_10.rs")
        }),
        "{} lacks the `generate ... --out .../src/v1_0_10.rs` command",
        path.display()
    );
    assert!(
        readme.contains("v1_0_10::Message::from_xml(&xml)"),
        "{} does not show reading with the generated module",
        path.display()
    );
}
