//! The `stuf-jz` command line: argument parsing, subcommands, exit codes.

pub mod args;
pub mod check;
pub mod finding;
pub mod inputs;
pub mod report;
pub mod rules;
pub mod run;
pub mod safe;
pub mod sample;
#[cfg(feature = "server")]
pub mod server;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use args::{Cli, ColorChoice, Command, ConvertArgs, DataFormat, DiffArgs, Format, Global};

/// Exit code of a usage or I/O error.
pub const USAGE_ERROR: u8 = 2;

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Validate(validate) => run::validate(&cli.global, validate),
        Command::Convert(convert) => self::convert(&cli.global, convert),
        Command::Diff(diff) => self::diff(&cli.global, diff),
        Command::Sample(sample) => sample::run(&cli.global, sample),
        Command::Rules => rules::list(&cli.global),
        #[cfg(feature = "server")]
        Command::Serve(serve) => server::serve(
            serve,
            cli.global.schema_version.map(args::VersionArg::version),
        ),
        #[cfg(feature = "server")]
        Command::Send(send) => server::send(send),
        #[cfg(feature = "server")]
        Command::Inbox(inbox) => server::inbox(inbox),
        Command::Completions { shell } => {
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "stuf-jz", &mut std::io::stdout());
            Ok(0)
        }
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(&mut std::io::stdout())
            .map(|()| 0)
            .map_err(|e| format!("stdout: {e}")),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("stuf-jz: {}", safe::escape(&message));
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// The report format: `--format`, else `human` on a terminal, else `short`.
pub fn format(global: &Global) -> Format {
    global.format.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            Format::Human
        } else {
            Format::Short
        }
    })
}

/// Whether `human` output is coloured.
pub fn color(global: &Global) -> bool {
    match global.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
pub fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

/// `convert`: read a message into its typed value and write it back, as
/// XML or (with the `serde` feature) JSON.
fn convert(global: &Global, args: &ConvertArgs) -> Result<u8, String> {
    let json = args.from == DataFormat::Json || args.to == DataFormat::Json;
    if json && !cfg!(feature = "serde") {
        return Err(
            "JSON is not available in this build (only xml; build with --features serde)"
                .to_string(),
        );
    }
    let source = if args.input == "-" {
        inputs::Source::Stdin
    } else {
        inputs::Source::File(args.input.clone().into())
    };
    let forced = global.schema_version.map(args::VersionArg::version);
    if args.from == DataFormat::Json {
        return from_json(&source, forced, args.to);
    }
    let checked = check::check(source, forced, true);
    let shown = safe::escape(&checked.source.shown()).into_owned();
    if global.verbose {
        run::explain(&checked);
    }
    match &checked.outcome {
        check::Outcome::Unreadable(error) => Err(format!("{shown}: {error}")),
        check::Outcome::Valid => {
            let (version, _) = checked.version.expect("a valid message has a version");
            let xml = checked.text.as_deref().unwrap_or_default();
            let written = match args.to {
                DataFormat::Xml => version.convert(xml),
                DataFormat::Json => to_json(version, xml),
            }
            .map_err(|violations| {
                format!("{shown}: {} violation(s) on writing", violations.len())
            })?;
            write_stdout(written.as_bytes())?;
            if args.to == DataFormat::Json {
                write_stdout(b"\n")?;
            }
            Ok(0)
        }
        outcome => {
            let style = report::Style {
                full_values: global.full_values,
                color: false,
            };
            let report = report::make(Format::Short, style);
            let part = report.part(&checked);
            eprint!("{}", part.out);
            Ok(report::exit_code(outcome))
        }
    }
}

#[cfg(feature = "serde")]
fn to_json(version: stuf_jz::SchemaVersion, xml: &str) -> Result<String, Vec<stuf_jz::Violation>> {
    version.xml_to_json(xml)
}

#[cfg(not(feature = "serde"))]
fn to_json(
    _version: stuf_jz::SchemaVersion,
    _xml: &str,
) -> Result<String, Vec<stuf_jz::Violation>> {
    unreachable!("refused before: JSON needs the serde feature")
}

/// `convert --from json`: the version is `--schema-version`, else the
/// newest.
fn from_json(
    source: &inputs::Source,
    forced: Option<stuf_jz::SchemaVersion>,
    to: DataFormat,
) -> Result<u8, String> {
    let shown = safe::escape(&source.shown()).into_owned();
    let text = match source {
        inputs::Source::Stdin => std::io::read_to_string(std::io::stdin()),
        inputs::Source::File(path) => std::fs::read_to_string(path),
    }
    .map_err(|e| format!("{shown}: {e}"))?;
    let version = forced.unwrap_or(*stuf_jz::SchemaVersion::ALL.last().expect("versions"));
    let xml = json_to_xml(version, &text).map_err(|e| format!("{shown}: {e}"))?;
    let out = match to {
        DataFormat::Xml => xml,
        DataFormat::Json => text,
    };
    write_stdout(out.as_bytes())?;
    Ok(0)
}

#[cfg(feature = "serde")]
fn json_to_xml(version: stuf_jz::SchemaVersion, json: &str) -> Result<String, String> {
    version.json_to_xml(json).map_err(|e| e.to_string())
}

#[cfg(not(feature = "serde"))]
fn json_to_xml(_version: stuf_jz::SchemaVersion, _json: &str) -> Result<String, String> {
    unreachable!("refused before: JSON needs the serde feature")
}

/// `diff`: what changed between two bundles (`--format short|text` or `json`).
fn diff(global: &Global, args: &DiffArgs) -> Result<u8, String> {
    let config = stuf_jz_codegen::Config::new();
    let diff = stuf_jz_codegen::diff::diff_entries(&config, &args.old, &args.new)?;
    let text = match global.format.unwrap_or(Format::Short) {
        Format::Json => {
            let mut json =
                serde_json::to_string_pretty(&diff.to_json()).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        Format::Short | Format::Human => diff.to_text(),
        other => {
            return Err(format!(
                "diff prints `short` (alias `text`) or `json`, not `{other:?}`"
            ))
        }
    };
    write_stdout(text.as_bytes())?;
    Ok(0)
}
