//! The command line, as clap derive types.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use stuf_jz::SchemaVersion;

/// Validates and converts StUF-JZ (StUF-koppelvlak Jeugdzorg) messages
/// against the official schemas of 1.0.7 and 1.0.9.
///
/// Exit codes: 0 every file valid; 1 any file invalid; 2 usage or I/O
/// error; 3 any file not checked (a safety limit or a DTD). When several
/// apply, the highest wins.
#[derive(Parser, Debug)]
#[command(
    name = "stuf-jz",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Options that every subcommand takes, before or after it.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted anywhere on the command line.
#[derive(Args, Debug, Clone)]
pub struct Global {
    /// Read every message with this schema version. Without it each message
    /// is tried with every version that has its root element, oldest first;
    /// the first that accepts it wins (see `validate --help`).
    #[arg(long, value_enum, global = true, value_name = "VERSION")]
    pub schema_version: Option<VersionArg>,
    /// Report format [default: `human` when stdout is a terminal, else
    /// `short`]. `diff` takes `short` (alias `text`) or `json`.
    #[arg(long, short = 'f', value_enum, global = true)]
    pub format: Option<Format>,
    /// Also print, per file, the schema version used and why; more
    /// detail about skipped directory entries.
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
    /// No summary line on stderr.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print offending values in full (by default a value longer than 200
    /// characters is shortened and its length shown).
    #[arg(long, global = true)]
    pub full_values: bool,
    /// Colour in `human` reports.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Number of files validated at once [default: the number of cores].
    #[arg(long, short = 'j', global = true, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

/// A schema version compiled into this build.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionArg {
    /// StUF-JZ 1.0.7 (the version in use; 7 message roots).
    #[value(name = "1.0.7")]
    V1_0_7,
    /// StUF-JZ 1.0.9 (normative bundle; 13 message roots).
    #[value(name = "1.0.9")]
    V1_0_9,
}

impl VersionArg {
    /// The library's version.
    pub fn version(self) -> SchemaVersion {
        match self {
            VersionArg::V1_0_7 => SchemaVersion::V1_0_7,
            VersionArg::V1_0_9 => SchemaVersion::V1_0_9,
        }
    }
}

/// The report formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The source line with a caret under the offending value, the rule and
    /// the schema type.
    Human,
    /// One line per violation: `FILE:LINE:COL: PATH: RULE: message`.
    #[value(alias = "text")]
    Short,
    /// JSON Lines: one object per violation and per unreadable file, then one summary object.
    Json,
    /// JUnit XML: one testcase per file, a failure per invalid file.
    Junit,
    /// SARIF 2.1.0 (GitHub code scanning and other static-analysis viewers).
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...,line=...,col=...::`).
    Github,
}

/// When to colour.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Validates messages (files, directories, `-` for stdin).
    ///
    /// Version choice: without --schema-version a message is read with
    /// each version whose schema has its root element, oldest first
    /// (1.0.7, then 1.0.9); the first version that accepts it is the
    /// verdict. When none accepts it, the violations reported are those of
    /// the version with the fewest (the newest on a tie). A root element
    /// that no version has is reported against the newest version.
    /// --verbose prints the version used for every file.
    ///
    /// Exit codes: 0 every file valid; 1 any file invalid; 2 usage or I/O
    /// error (an unreadable file or directory entry, no input files);
    /// 3 any file not checked (larger than 64 MiB, nested deeper than 128,
    /// or with a DTD). When several apply, the highest wins.
    Validate(ValidateArgs),
    /// Reads a message into its typed value and writes it back.
    Convert(ConvertArgs),
    /// Lists what changed between two schema bundles (the library of
    /// `stuf-jz-codegen diff`).
    Diff(DiffArgs),
    /// Prints a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Prints the man page (roff) of stuf-jz.
    Man,
}

/// `validate`.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Files, directories (walked recursively, symbolic links followed,
    /// loops detected) and `-` for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<OsString>,
    /// Which files of a directory to validate (a glob on the path below the
    /// directory; may be repeated). Files named on the command line are
    /// always validated.
    #[arg(long, value_name = "GLOB", default_value = "*.xml")]
    pub include: Vec<String>,
    /// No input files is not an error (exit 0 instead of 2).
    #[arg(long)]
    pub allow_empty: bool,
}

/// `convert`.
#[derive(Args, Debug)]
pub struct ConvertArgs {
    /// The message (`-` for standard input).
    #[arg(value_name = "FILE")]
    pub input: OsString,
    /// The format of the input.
    #[arg(long, value_enum, default_value_t = DataFormat::Xml)]
    pub from: DataFormat,
    /// The format to write.
    #[arg(long, value_enum, default_value_t = DataFormat::Xml)]
    pub to: DataFormat,
}

/// The representations `convert` knows of.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    /// StUF-JZ XML.
    Xml,
    /// JSON of the typed value (builds with the `serde` feature).
    Json,
}

/// `diff`.
#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The old bundle's entry schema.
    pub old: PathBuf,
    /// The new bundle's entry schema.
    pub new: PathBuf,
}
