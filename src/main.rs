//! The `mgi-diff` program: its command line (`cli`, with clap) and one module per command
//! (`commands`), run on the library `mgi_diff` (read, compare, render). Only this function
//! exits; an error is printed once, here.

mod cli;
mod commands;

use std::process;

use clap::CommandFactory;

use cli::{Action, Cli};
use commands::exit::ExitCode;
use mgi_diff::profile::LoadError;
use mgi_diff::render::Format;
use mgi_diff::text::escape_line;

fn main() -> process::ExitCode {
    let (command, asked, common) = match Cli::read().into_action() {
        Action::Run(run) => *run,
        Action::Completions(shell) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "mgi-diff", &mut script);
            if shell == clap_complete::Shell::Bash {
                // clap_complete's bash script names a subcommand's state two ways when the
                // binary's name holds a hyphen (`mgi__diff__subcmd__diff` where it walks the
                // words, `mgi__subcmd__diff__subcmd__diff` where it completes), so nothing
                // but subcommand names ever completed. One spelling makes both meet.
                let text =
                    String::from_utf8_lossy(&script).replace("mgi__subcmd__diff", "mgi__diff");
                return print(text.as_bytes());
            }
            return print(&script);
        }
        Action::Man => {
            return match cli::manual::manual() {
                Ok(page) => print(&page),
                Err(e) => {
                    eprintln!("mgi-diff: error: {e}");
                    ExitCode::Error.into()
                }
            };
        }
    };
    let offered = command.formats();
    let output = common.output.as_deref();
    // An output name whose extension picks no format this command writes is refused, rather
    // than filled with a table (`-o report.tsv`, or a profile's `.toml`).
    if let (None, Some(output), [first, ..]) = (asked, output, offered)
        && output.extension().is_some()
        && Format::of_extension(output, offered).is_none()
    {
        let names: Vec<&str> = offered
            .iter()
            .flat_map(|f| f.extensions())
            .copied()
            .collect();
        eprintln!(
            "mgi-diff: error: --output {}: its extension picks no format of this command; name the file with one of {} or give --format (default {})",
            escape_line(&output.display().to_string()),
            names.join(", "),
            first.name()
        );
        return ExitCode::Error.into();
    }
    // A format asked for that the output name contradicts (`--format html -o report.csv`) is
    // refused too: the file would hold one format under another's name.
    if let (Some(asked), Some(output)) = (asked, output)
        && let Some(named) = Format::of_extension(output, offered)
        && named != asked
    {
        eprintln!(
            "mgi-diff: error: --output {} names the {} format but --format is {}: rename the file or drop --format",
            escape_line(&output.display().to_string()),
            named.name(),
            asked.name()
        );
        return ExitCode::Error.into();
    }
    let format = Format::choose(asked, output, offered);
    match commands::run(&command, format, &common) {
        Ok(code) => code.into(),
        Err(error) => {
            match error.downcast_ref::<LoadError>() {
                // Already one `file:line:col: error: message` line per problem.
                // Then one line that says the command stopped there, naming the file.
                Some(LoadError::Invalid(problems)) => {
                    eprintln!("{error}");
                    if let Some(first) = problems.first() {
                        eprintln!(
                            "mgi-diff: error: stopped by the problems of {} above: nothing was compared or written",
                            escape_line(&first.file)
                        );
                    }
                }
                // An argument echoed in a message is shown, never obeyed by the terminal, and
                // stays on the message's line: a line break in it could otherwise start a line
                // that a CI runner reads as a workflow command (git's own hints included).
                _ => eprintln!("mgi-diff: error: {}", escape_line(&format!("{error:#}"))),
            }
            ExitCode::Error.into()
        }
    }
}

/// Writes what the command line itself prints; a closed pipe is not an error.
fn print(bytes: &[u8]) -> process::ExitCode {
    match std::io::Write::write_all(&mut std::io::stdout().lock(), bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("mgi-diff: error: writing to standard output: {e}");
            ExitCode::Error.into()
        }
        _ => ExitCode::Success.into(),
    }
}
