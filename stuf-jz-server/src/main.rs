//! `stuf-jz-server serve|send|inbox`.
#![forbid(unsafe_code)]

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = stuf_jz_server::cli::Cli::parse();
    stuf_jz_server::cli::run(&cli.command)
}
