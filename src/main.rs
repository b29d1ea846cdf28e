//! The `mgi-diff` binary: parse the command line, run, map the outcome to an exit status.

mod cli;

use clap::Parser;

use mgi_diff::exit::ExitCode;
use mgi_diff::profile::LoadError;

fn main() -> std::process::ExitCode {
    let (command, common) = match cli::Cli::parse().into_action() {
        cli::Action::Run(run) => *run,
        cli::Action::Completions(shell) => return completions(shell),
    };
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

/// Writes the completion script for `shell`; a closed pipe is not an error.
fn completions(shell: clap_complete::Shell) -> std::process::ExitCode {
    use clap::CommandFactory;
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli::Cli::command(), "mgi-diff", &mut script);
    match std::io::Write::write_all(&mut std::io::stdout().lock(), &script) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("mgi-diff: error: writing to standard output: {e}");
            ExitCode::Error.into()
        }
        _ => ExitCode::Success.into(),
    }
}
