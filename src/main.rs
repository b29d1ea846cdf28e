//! The `mgi-diff` binary: parse the command line, run, map the outcome to an exit status.

mod cli;

use clap::Parser;

use mgi_diff::exit::ExitCode;
use mgi_diff::profile::LoadError;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    let (command, common) = cli.into_command();
    match mgi_diff::app::run(&command, &common) {
        Ok(code) => code.into(),
        Err(error) => {
            match error.downcast_ref::<LoadError>() {
                // Already one `file:line:col: error: message` line per problem.
                Some(LoadError::Invalid(_)) => eprintln!("{error}"),
                _ => eprintln!("mgi-diff: error: {error:#}"),
            }
            ExitCode::Error.into()
        }
    }
}
