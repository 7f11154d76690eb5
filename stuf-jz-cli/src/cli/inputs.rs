//! The files a run reads: named files, directory walks and standard input.
//!
//! Directory walks follow symbolic links, detect loops (a link to an
//! ancestor is skipped with a warning), take only regular files whose path
//! below the directory matches an `--include` glob, and visit each file
//! once (by device and inode) however many links reach it. An entry that
//! cannot be read is reported with its own path and the walk goes on.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Where a message comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file (regular, or anything named explicitly, such as a FIFO).
    File(PathBuf),
}

impl Source {
    /// The name printed in reports (lossy for a path that is not UTF-8).
    pub fn shown(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => path.to_string_lossy().into_owned(),
        }
    }

    /// The path, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Source::Stdin => None,
            Source::File(path) => Some(path),
        }
    }
}

/// One item of a run, in input order.
#[derive(Debug)]
pub enum Entry {
    /// A message to validate.
    Message(Source),
    /// An input or directory entry that could not be read.
    Unreadable {
        /// Its path.
        source: Source,
        /// Why.
        error: String,
    },
}

/// Compiles the `--include` globs.
pub fn globs(patterns: &[String]) -> Result<GlobSet, String> {
    let mut set = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = GlobBuilder::new(pattern)
            .literal_separator(false)
            .build()
            .map_err(|e| format!("--include {pattern}: {e}"))?;
        set.add(glob);
    }
    set.build().map_err(|e| format!("--include: {e}"))
}

/// Everything the inputs name, in order; `warn` receives warnings (loops,
/// skipped entries) as they are found.
pub fn collect(
    inputs: &[OsString],
    include: &GlobSet,
    verbose: bool,
    warn: &mut dyn FnMut(String),
) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut seen = Seen::default();
    for input in inputs {
        if input == "-" {
            entries.push(Entry::Message(Source::Stdin));
            continue;
        }
        let path = PathBuf::from(input);
        match std::fs::metadata(&path) {
            Err(e) => entries.push(Entry::Unreadable {
                source: Source::File(path),
                error: e.to_string(),
            }),
            Ok(meta) if meta.is_dir() => {
                walk(&path, include, verbose, &mut seen, &mut entries, warn)
            }
            Ok(meta) => {
                if seen.first(&meta) {
                    entries.push(Entry::Message(Source::File(path)));
                }
            }
        }
    }
    entries
}

fn walk(
    dir: &Path,
    include: &GlobSet,
    verbose: bool,
    seen: &mut Seen,
    entries: &mut Vec<Entry>,
    warn: &mut dyn FnMut(String),
) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for item in walker {
        let entry = match item {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                if let Some(ancestor) = e.loop_ancestor() {
                    warn(format!(
                        "{}: skipped: a symbolic link to its ancestor {}",
                        path.to_string_lossy(),
                        ancestor.to_string_lossy()
                    ));
                } else {
                    let error = e
                        .io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string);
                    entries.push(Entry::Unreadable {
                        source: Source::File(path),
                        error,
                    });
                }
                continue;
            }
        };
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if !include.is_match(relative) {
            continue;
        }
        if !kind.is_file() {
            if verbose {
                warn(format!(
                    "{}: skipped: not a regular file",
                    entry.path().to_string_lossy()
                ));
            }
            continue;
        }
        match entry.metadata() {
            Ok(meta) if !seen.first(&meta) => {
                if verbose {
                    warn(format!(
                        "{}: skipped: the same file was already reached through another path",
                        entry.path().to_string_lossy()
                    ));
                }
            }
            _ => entries.push(Entry::Message(Source::File(entry.into_path()))),
        }
    }
}

/// The files already taken (device and inode; nothing on other systems).
#[derive(Default)]
struct Seen {
    #[cfg(unix)]
    files: std::collections::HashSet<(u64, u64)>,
}

impl Seen {
    /// True the first time a file is met.
    #[cfg(unix)]
    fn first(&mut self, meta: &std::fs::Metadata) -> bool {
        use std::os::unix::fs::MetadataExt;
        self.files.insert((meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    fn first(&mut self, _meta: &std::fs::Metadata) -> bool {
        true
    }
}
