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
    /// Rules: a message the schema accepts is then checked against the
    /// rules beyond the schemas (StUF 03.01, CORV, the BSN 11-proef, the
    /// reference lists; `stuf-jz rules` lists them). A broken rule is
    /// reported like a schema violation, with the rule id and its severity.
    ///
    /// Exit codes: 0 every file valid (a rule warning alone is valid unless
    /// --deny-warnings); 1 any file invalid (a schema violation or a broken
    /// error rule); 2 usage or I/O error (an unreadable file or directory
    /// entry, no input files, an unreadable --reference-lists workbook);
    /// 3 any file not checked (larger than 64 MiB, nested deeper than 128,
    /// or with a DTD). When several apply, the highest wins.
    Validate(ValidateArgs),
    /// Lists every rule beyond the schemas with its id, severity, group
    /// and source (`--format json` for one JSON object per rule,
    /// `--verbose` for why each has its severity).
    Rules,
    /// Reads a message into its typed value and writes it back.
    Convert(ConvertArgs),
    /// Lists what changed between two schema bundles (the library of
    /// `stuf-jz-codegen diff`).
    Diff(DiffArgs),
    /// Writes sample messages that the official schemas accept (for your
    /// own tests): patterns satisfied, BSNs that pass the 11-proef, real
    /// dates, enumeration values, nil with noValue where allowed.
    ///
    /// The version is --schema-version, else the oldest version with the
    /// root (1.0.7 before 1.0.9). The same root, version, kind and seed give
    /// the same message. The generator reads the official schema bundle:
    /// --xsd DIR, else STUF_JZ_XSD_DIR, else the `xsd` folder of the
    /// repository this binary was built from.
    Sample(SampleArgs),
    /// Runs a local stand-in for CORV or a counterpart: a SOAP 1.1
    /// endpoint on any path that checks the stuurgegevens, stores each
    /// message (SQLite, committed before answering), answers Bv03 (Bv04
    /// --as intermediary) or a Fo03 fault, then validates the body and
    /// posts Bv01 or Fo01 to --callback. Runs until stopped.
    ///
    /// Validation: the body against its schema (--schema-version, else the
    /// version chosen as in `validate`), then, when the schema accepts it,
    /// the rules beyond the schemas selected by --rules (default: all), as
    /// CORV's validation service checks them. A schema violation or a
    /// broken error rule (a warning too with --deny-warnings) is answered
    /// with a Fo01 StUF055 whose details name each violation (`RULE-ID at
    /// PATH (LINE:COL): message`, LINE:COL in the message as stored, which
    /// `inbox show` prints); otherwise a vtoDi01 gets its Bv01.
    /// Warnings alone are recorded in the inbox's validation column (`stuf-jz
    /// inbox list`).
    #[cfg(feature = "server")]
    Serve(super::server::ServeArgs),
    /// Wraps a message in a SOAP envelope, posts it and prints the
    /// answer's verdict.
    ///
    /// Exit codes: 0 Bv03 or Bv04; 1 a Fo-bericht or another answer;
    /// 2 a transport or input error.
    #[cfg(feature = "server")]
    Send(super::server::SendArgs),
    /// Lists or shows what `serve` stored.
    #[cfg(feature = "server")]
    Inbox(super::server::InboxArgs),
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
    /// The rules beyond the schema.
    #[command(flatten)]
    pub rule_args: RuleArgs,
}

/// The rules beyond the schemas, as `validate` and `serve` take them.
#[derive(Args, Debug, Clone)]
pub struct RuleArgs {
    /// Which rules run on a message the schema accepts: `schema` (none
    /// beyond the schema), `stuf` (StUF 03.01), `corv` (the koppelvlak:
    /// CORV rules, BSN 11-proef, reference lists) or `all`.
    #[arg(long, value_enum, default_value_t = RulesArg::All)]
    pub rules: RulesArg,
    /// A broken warning rule fails the message as a broken error rule does
    /// (`validate`: the file is invalid, exit 1; `serve`: Fo01 StUF055).
    #[arg(long)]
    pub deny_warnings: bool,
    /// Read the reference lists (JZR role codes, INS instanties) from this
    /// workbook (`referentielijsten-*.xlsx`) instead of the lists built in.
    #[arg(long, value_name = "FILE.xlsx")]
    pub reference_lists: Option<PathBuf>,
}

/// The rule sets of `validate --rules` and `serve --rules`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesArg {
    /// The schemas only.
    Schema,
    /// The schemas and the StUF 03.01 rules.
    Stuf,
    /// The schemas and the koppelvlak's rules (CORV, BSN, reference lists).
    Corv,
    /// The schemas and every rule.
    All,
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

/// `sample`.
#[derive(Args, Debug)]
pub struct SampleArgs {
    /// The message root element (`vtoDi01`, `zorgmeldingDi01`, ...).
    pub root: String,
    /// How much of the schema a message uses.
    #[arg(long, value_enum, default_value_t = KindArg::Random)]
    pub kind: KindArg,
    /// The seed of the first message (the next ones take seed + 1, ...).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// How many messages (more than one needs --out).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: u64,
    /// Write `DIR/ROOT/KIND-SEED.xml` files (and list them on stdout)
    /// instead of one message on stdout.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The folder of the official schema bundles (laid out as
    /// `stuf-jz-1.0.7/`, `stuf-jz-1.0.9/`).
    #[arg(long, value_name = "DIR")]
    pub xsd: Option<PathBuf>,
}

/// The kinds of `sample`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindArg {
    /// Only what the schema requires.
    Minimal,
    /// Every repetition up to maxOccurs (at most 3), every attribute.
    Maximal,
    /// Random choices, counts and values between the bounds.
    Random,
}
