//! `validate`: collect the inputs, check them in parallel, write the report
//! in input order, print the summary.

use std::io::{BufWriter, IsTerminal, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::args::{Global, ValidateArgs, VersionArg};
use super::check::{Checked, Outcome};
use super::inputs::{self, Entry, Source};
use super::report::{self, Style, Summary};
use super::rules::RuleOptions;
use super::safe;

/// Inputs checked between two writes, per thread: the first results come
/// soon, and later batches are larger (each batch waits for its slowest
/// file, so that few batches keep every thread busy).
const FIRST_BATCH_PER_THREAD: usize = 32;
/// The largest batch per thread.
const LAST_BATCH_PER_THREAD: usize = 1024;
/// A run is shown a progress bar once it takes longer than this.
const PROGRESS_AFTER: Duration = Duration::from_millis(700);

/// Runs `validate`; returns the exit code.
pub fn validate(global: &Global, args: &ValidateArgs) -> Result<u8, String> {
    let start = Instant::now();
    let include = inputs::globs(&args.include)?;
    let mut warn = |w: String| eprintln!("stuf-jz: warning: {}", safe::escape(&w));
    let entries = inputs::collect(&args.inputs, &include, global.verbose, &mut warn);
    let stdin = entries
        .iter()
        .filter(|e| matches!(e, Entry::Message(Source::Stdin)))
        .count();
    if stdin > 1 {
        return Err("`-` (standard input) can be given only once".to_string());
    }
    if entries.is_empty() && !args.allow_empty {
        return Err(format!(
            "no input files (directories are searched for --include {}); --allow-empty accepts that",
            args.include.join(", ")
        ));
    }
    let format = super::format(global);
    let style = Style {
        full_values: global.full_values,
        color: super::color(global),
    };
    let mut report = report::make(format, style);
    let rules = RuleOptions::new(&args.rule_args)?;
    let keep_text = report::needs_text(format);
    let forced = global.schema_version.map(VersionArg::version);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(global.jobs.map_or(0, usize::from))
        .build()
        .map_err(|e| format!("cannot start threads: {e}"))?;
    let threads = pool.current_num_threads().max(1);
    let progress = Progress::new(entries.len());

    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut summary = Summary::default();
    let mut closed = report.begin(&mut out).is_err();
    for group in batches(&entries, threads) {
        if closed {
            break;
        }
        let shared: &dyn report::Report = &*report;
        let parts: Vec<_> = pool.install(|| {
            group
                .par_iter()
                .map(|entry| {
                    let mut checked = match entry {
                        Entry::Message(source) => rules.check(source.clone(), forced, keep_text),
                        Entry::Unreadable { source, error } => {
                            Checked::unreadable(source.clone(), error.clone())
                        }
                    };
                    let part = shared.part(&checked);
                    checked.text = None;
                    (checked, part)
                })
                .collect()
        });
        for (checked, part) in parts {
            summary.add(&checked);
            progress.bar.suspend(|| {
                if global.verbose {
                    explain(&checked);
                }
                if !part.err.is_empty() {
                    let _ = out.flush();
                    eprint!("{}", part.err);
                }
            });
            if let Err(e) = report.write(&mut out, &part.out) {
                stop(e)?;
                closed = true;
                break;
            }
            progress.bar.inc(1);
        }
        progress.update(start);
    }
    progress.bar.finish_and_clear();
    summary.elapsed = start.elapsed();
    if !closed {
        if let Err(e) = report.end(&mut out, &summary).and_then(|()| out.flush()) {
            stop(e)?;
        }
    }
    if !global.quiet && report.summary_on_stderr() {
        eprintln!("{}", summary.line());
    }
    Ok(summary.exit_code)
}

/// `items` in batches of `threads` times [`FIRST_BATCH_PER_THREAD`],
/// doubling up to [`LAST_BATCH_PER_THREAD`].
fn batches<T>(items: &[T], threads: usize) -> impl Iterator<Item = &[T]> {
    let mut rest = items;
    let mut per_thread = FIRST_BATCH_PER_THREAD;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (batch, after) = rest.split_at((threads * per_thread).min(rest.len()));
        rest = after;
        per_thread = (per_thread * 2).min(LAST_BATCH_PER_THREAD);
        Some(batch)
    })
}

/// A write error on stdout: a closed pipe ends the run quietly.
fn stop(e: std::io::Error) -> Result<(), String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("stdout: {e}"))
    }
}

/// `--verbose`: the version a message was read with, and why.
pub fn explain(checked: &Checked) {
    let file = safe::escape(&checked.source.shown()).into_owned();
    let Some((version, reason)) = checked.version else {
        if !matches!(checked.outcome, Outcome::Unreadable(_)) {
            eprintln!("stuf-jz: {file}: not read with any schema version");
        }
        return;
    };
    let known: Vec<&str> = checked.candidates.iter().map(|v| v.number()).collect();
    let roots = if known.is_empty() {
        "its root is in no version".to_string()
    } else {
        format!("its root is in {}", known.join(", "))
    };
    eprintln!(
        "stuf-jz: {file}: read as {version} ({roots}; {})",
        reason.describe()
    );
}

/// A progress bar on stderr, shown only when stderr is a terminal and the
/// run takes longer than a moment.
struct Progress {
    bar: ProgressBar,
    wanted: bool,
}

impl Progress {
    fn new(len: usize) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files, {per_sec}, {eta} left")
        {
            bar.set_style(style);
        }
        Progress {
            bar,
            wanted: std::io::stderr().is_terminal(),
        }
    }

    fn update(&self, start: Instant) {
        if self.wanted && self.bar.is_hidden() && start.elapsed() > PROGRESS_AFTER {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{batches, FIRST_BATCH_PER_THREAD, LAST_BATCH_PER_THREAD};

    #[test]
    fn batches_cover_every_input_once_in_order_and_grow() {
        let items: Vec<usize> = (0..100_000).collect();
        let sizes: Vec<usize> = batches(&items, 2).map(<[usize]>::len).collect();
        assert_eq!(sizes[0], 2 * FIRST_BATCH_PER_THREAD);
        assert_eq!(sizes[1], 4 * FIRST_BATCH_PER_THREAD);
        assert!(sizes.iter().all(|&n| n <= 2 * LAST_BATCH_PER_THREAD));
        assert_eq!(sizes.iter().max(), Some(&(2 * LAST_BATCH_PER_THREAD)));
        let joined: Vec<usize> = batches(&items, 2).flatten().copied().collect();
        assert_eq!(joined, items);
        assert_eq!(batches(&items[..0], 2).count(), 0);
        assert_eq!(
            batches(&items[..3], 8)
                .map(<[usize]>::len)
                .collect::<Vec<_>>(),
            [3]
        );
    }
}
