//! The `mgi-diff` binary: its command line (`cli.rs`, with clap), run by the library's `app`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
