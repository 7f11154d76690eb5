//! `serve`, `send` and `inbox` (feature `server`): a local CORV stand-in,
//! its client and its store, from the library `stuf-jz-server`.

use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use stuf_jz::SchemaVersion;

use stuf_jz_server::exchange::{Exchange, Role};
use stuf_jz_server::header::Party;
use stuf_jz_server::reply::{CountingReferences, Replier, SystemClock};
use stuf_jz_server::server::{self, Callback, RuleCheck};
use stuf_jz_server::store::Store;

use super::args::RuleArgs;
use super::rules::RuleOptions;
use super::safe;

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
    /// Prefix of the referentienummers of replies.
    #[arg(long, default_value = "STUFJZ")]
    pub reference_prefix: String,
    /// Attempts per callback.
    #[arg(long, default_value_t = 4)]
    pub callback_attempts: u32,
    /// The rules beyond the schema that a body the schema accepts must pass
    /// before its Bv01 (as in `validate`).
    #[command(flatten)]
    pub rule_args: RuleArgs,
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

/// Builds the exchange of `serve` from its arguments; `version` validates
/// every body (`--schema-version`; default: per document). A
/// `--reference-lists` workbook that cannot be read is an error.
pub fn exchange(
    args: &ServeArgs,
    version: Option<SchemaVersion>,
) -> Result<(Exchange, Callback), String> {
    let rules = RuleOptions::new(&args.rule_args)?;
    let store = Store::open(&args.store).map_err(|e| e.to_string())?;
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
        rules: rules.active().then_some(RuleCheck {
            set: rules.set,
            lists: rules.lists,
            deny_warnings: rules.deny_warnings,
        }),
        ..Callback::default()
    };
    Ok((exchange, callback))
}

/// `serve`: runs until killed.
pub fn serve(args: &ServeArgs, version: Option<SchemaVersion>) -> Result<u8, String> {
    let (exchange, callback) = exchange(args, version)?;
    let store = exchange.store.path().display().to_string();
    let running = server::start(&args.listen, exchange, callback)?;
    eprintln!(
        "stuf-jz serve: listening on {} (store {})",
        running.url(),
        safe::escape(&store)
    );
    running.wait();
    Ok(0)
}

/// `send`: exit 0 for Bv03/Bv04, 1 for a Fo-bericht or another answer, 2
/// for a transport or input error.
pub fn send(args: &SendArgs) -> Result<u8, String> {
    let file = safe::escape(&args.file.to_string_lossy()).into_owned();
    let message = std::fs::read_to_string(&args.file).map_err(|e| format!("{file}: {e}"))?;
    let verdict = stuf_jz_server::client::post(
        &args.to,
        &message,
        args.soap_action.as_deref(),
        Duration::from_secs(args.timeout),
    )
    .map_err(|e| format!("{file}: {e}"))?;
    // A transport error is an error (stderr, exit 2), not a verdict.
    if let stuf_jz_server::client::Verdict::Transport(_) = verdict {
        return Err(format!("{file}: {}", safe::escape(&verdict.to_string())));
    }
    super::write_stdout(format!("{verdict}\n").as_bytes())?;
    Ok(verdict.exit_code())
}

/// `inbox list|show`: exit 1 when `show` finds no such message.
pub fn inbox(args: &InboxArgs) -> Result<u8, String> {
    let store = Store::open(&args.store).map_err(|e| e.to_string())?;
    let mut out = String::new();
    match &args.what {
        InboxCommand::List => {
            for e in store.list().map_err(|e| e.to_string())? {
                out.push_str(&format!(
                    "#{} {} {} zender={} ref={} -> {} | {} | {}\n",
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
                ));
            }
        }
        InboxCommand::Show { key } => match store.show(key).map_err(|e| e.to_string())? {
            Some(e) => {
                out.push_str(&format!(
                    "#{} received {} from {} ref {}\n",
                    e.id, e.received_at, e.zender, e.referentienummer
                ));
                out.push_str(&format!(
                    "answer: {}\nvalidation: {}\ncallback: {}\n",
                    e.answer_code, e.validation, e.callback
                ));
                out.push_str(&format!(
                    "--- message ---\n{}\n--- answer ---\n{}\n",
                    e.message.trim(),
                    e.answer.trim()
                ));
            }
            None => {
                eprintln!("stuf-jz: no stored message {}", safe::escape(key));
                return Ok(1);
            }
        },
    }
    super::write_stdout(out.as_bytes())?;
    Ok(0)
}
