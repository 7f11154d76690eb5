//! `stuf-jz`: validate and convert StUF-JZ messages (see `stuf-jz --help`,
//! the README and the `cli` module).
#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
