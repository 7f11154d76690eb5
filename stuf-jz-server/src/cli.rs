//! The commands `serve`, `send` and `inbox`, as clap argument structs and
//! functions, so that the `stuf-jz` tool can offer them as its own
//! subcommands (`Serve(ServeArgs)` ... and `cli::serve(&args)`).

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use stuf_jz::SchemaVersion;

use crate::exchange::{Exchange, Role};
use crate::header::Party;
use crate::reply::{CountingReferences, Replier, SystemClock};
use crate::server::{self, Callback};
use crate::store::Store;

/// The role on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    /// Checks stuurgegevens, answers Bv03 or Fo03.
    EndNode,
    /// Answers Bv04 (CORV, the StUF Testplatform).
    Intermediary,
}

/// `serve`: a local CORV / counterpart endpoint.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// End node (Bv03) or intermediary (Bv04).
    #[arg(long = "as", value_enum, default_value = "end-node")]
    pub role: RoleArg,
    /// The inbox: a folder (holding inbox.sqlite) or sqlite:FILE.
    #[arg(long, default_value = "stuf-jz-inbox")]
    pub store: String,
    /// Where Bv01 and Fo01 are posted after validation.
    #[arg(long)]
    pub callback: Option<String>,
    /// A known party `organisatie/applicatie[/administratie]` (repeat it);
    /// without any, every zender and ontvanger is accepted.
    #[arg(long = "party")]
    pub parties: Vec<String>,
    /// Validate bodies as this version (default: per document).
    #[arg(long)]
    pub schema_version: Option<String>,
    /// Prefix of the referentienummers of replies.
    #[arg(long, default_value = "STUFJZ")]
    pub reference_prefix: String,
    /// Attempts per callback.
    #[arg(long, default_value_t = 4)]
    pub callback_attempts: u32,
}

/// `send`: post a message and print the verdict.
#[derive(Debug, Clone, Args)]
pub struct SendArgs {
    /// The message (bare, or a whole SOAP envelope).
    pub file: std::path::PathBuf,
    /// The endpoint.
    #[arg(long)]
    pub to: String,
    /// soapAction (default: that of the message's operation).
    #[arg(long)]
    pub soap_action: Option<String>,
    /// Timeout in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// `inbox`: what a server stored.
#[derive(Debug, Clone, Args)]
pub struct InboxArgs {
    /// The inbox: a folder or sqlite:FILE.
    #[arg(long, default_value = "stuf-jz-inbox")]
    pub store: String,
    /// What to show.
    #[command(subcommand)]
    pub what: InboxCommand,
}

/// `inbox list` or `inbox show`.
#[derive(Debug, Clone, Subcommand)]
pub enum InboxCommand {
    /// One line per stored message.
    List,
    /// One stored message, its answer and validation, by row id or
    /// referentienummer.
    Show {
        /// Row id or referentienummer.
        key: String,
    },
}

/// The commands of the `stuf-jz-server` binary.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a SOAP endpoint (local CORV stand-in).
    Serve(ServeArgs),
    /// Post a message and print the answer's verdict (exit 0 accepted,
    /// 1 refused, 2 transport error).
    Send(SendArgs),
    /// Inspect the store of a server.
    Inbox(InboxArgs),
}

/// `stuf-jz-server`.
#[derive(Debug, Parser)]
#[command(
    name = "stuf-jz-server",
    version,
    about = "A local StUF-JZ SOAP counterpart, client and inbox"
)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Runs a parsed command.
pub fn run(command: &Command) -> ExitCode {
    match command {
        Command::Serve(a) => serve(a),
        Command::Send(a) => send(a),
        Command::Inbox(a) => inbox(a),
    }
}

/// Builds the exchange of `serve` from its arguments.
pub fn exchange(args: &ServeArgs) -> Result<(Exchange, Callback), String> {
    let store = Store::open(&args.store).map_err(|e| e.to_string())?;
    let version = args
        .schema_version
        .as_deref()
        .map(str::parse::<SchemaVersion>)
        .transpose()?;
    let exchange = Exchange {
        role: match args.role {
            RoleArg::EndNode => Role::EndNode,
            RoleArg::Intermediary => Role::Intermediary,
        },
        parties: args.parties.iter().map(|p| Party::parse(p)).collect(),
        replier: Replier::new(
            CountingReferences::from_time(&args.reference_prefix),
            SystemClock,
        ),
        store: Arc::new(store),
    };
    let callback = Callback {
        url: args.callback.clone(),
        attempts: args.callback_attempts,
        version,
        ..Callback::default()
    };
    Ok((exchange, callback))
}

/// `serve`: runs until killed.
pub fn serve(args: &ServeArgs) -> ExitCode {
    let (exchange, callback) = match exchange(args) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let store = exchange.store.path().display().to_string();
    match server::start(&args.listen, exchange, callback) {
        Ok(running) => {
            eprintln!(
                "stuf-jz serve: listening on {} (store {store})",
                running.url()
            );
            running.wait();
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// `send`: exit 0 for Bv03/Bv04, 1 for a Fo-bericht or another answer, 2
/// for a transport or input error.
pub fn send(args: &SendArgs) -> ExitCode {
    let message = match std::fs::read_to_string(&args.file) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {}: {e}", args.file.display());
            return ExitCode::from(2);
        }
    };
    match crate::client::post(
        &args.to,
        &message,
        args.soap_action.as_deref(),
        Duration::from_secs(args.timeout),
    ) {
        Ok(verdict) => {
            println!("{verdict}");
            ExitCode::from(verdict.exit_code())
        }
        Err(e) => {
            eprintln!("error: {}: {e}", args.file.display());
            ExitCode::from(2)
        }
    }
}

/// `inbox list|show`.
pub fn inbox(args: &InboxArgs) -> ExitCode {
    let store = match Store::open(&args.store) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match &args.what {
        InboxCommand::List => store.list().map(|entries| {
            for e in entries {
                println!(
                    "#{} {} {} zender={} ref={} -> {} | {} | {}",
                    e.id,
                    e.received_at,
                    e.root,
                    e.zender,
                    e.referentienummer,
                    e.answer_code,
                    if e.validation.is_empty() {
                        "not validated"
                    } else {
                        &e.validation
                    },
                    if e.callback.is_empty() {
                        "no callback"
                    } else {
                        &e.callback
                    },
                );
            }
            true
        }),
        InboxCommand::Show { key } => store.show(key).map(|entry| match entry {
            Some(e) => {
                println!(
                    "#{} received {} from {} ref {}",
                    e.id, e.received_at, e.zender, e.referentienummer
                );
                println!(
                    "answer: {}\nvalidation: {}\ncallback: {}",
                    e.answer_code, e.validation, e.callback
                );
                println!(
                    "--- message ---\n{}\n--- answer ---\n{}",
                    e.message.trim(),
                    e.answer.trim()
                );
                true
            }
            None => {
                eprintln!("no stored message {key}");
                false
            }
        }),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
