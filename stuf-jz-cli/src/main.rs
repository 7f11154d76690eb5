//! `stuf-jz`: validate and convert StUF-JZ messages (see `stuf-jz --help`,
//! the README and the library's `cli` module).
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    stuf_jz_cli::cli::main()
}
