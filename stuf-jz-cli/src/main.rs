//! `stuf-jz`: validate and convert StUF-JZ messages (see `stuf-jz --help`,
//! the README and the library's `cli` module).
#![forbid(unsafe_code)]

/// The allocator of the binary (the `mimalloc` feature, on by default).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    stuf_jz_cli::cli::main()
}
