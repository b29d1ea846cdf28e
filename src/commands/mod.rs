//! The commands, one module each, on plain options: what the command line runs once it is
//! parsed, each through the library (read, compare, render).
//!
//! Every command renders into memory first and writes only when it has succeeded, so a failed
//! run leaves nothing half-written on standard output or in `--output`.
//!
//! Beside the commands: `context.rs` (what every command runs with), `exit.rs` (how a run
//! ends, and the exit checks of `diff` and `changes`), `output.rs` (a file written whole) and
//! `terminal.rs` (colour and width).

pub(crate) mod across;
pub(crate) mod changes;
pub(crate) mod check;
pub(crate) mod context;
pub(crate) mod diff;
pub(crate) mod exit;
mod git_diff;
pub(crate) mod history;
pub(crate) mod ids;
pub(crate) mod import;
mod list;
mod output;
mod schema;
pub(crate) mod show;
pub(crate) mod site;
mod terminal;

use std::path::Path;

use anyhow::Result;

use mgi_diff::languages::Language;
use mgi_diff::profile_set::Resolver;
use mgi_diff::render::{Format, Output, Schema};
use mgi_diff::text::escape_line;

use context::{Common, Context};
use exit::ExitCode;

/// A command and its arguments, as the command line gave them.
#[derive(Debug, Clone)]
pub(crate) enum Command {
    Diff(diff::Diff),
    Check(check::Check),
    List,
    Show(show::Show),
    Changes(changes::Changes),
    Schema(Schema),
    Ids(ids::Ids),
    /// git's external diff driver: the 7 or 9 arguments git passes.
    GitDiff(Vec<String>),
    History(history::History),
    Site(site::Site),
    Across(across::Across),
    Import(import::Import),
}

impl Command {
    /// What the command renders in a format of the run's choosing, if anything: its row of
    /// the table of formats ([`Output::formats`]).
    fn output(&self) -> Option<Output> {
        match self {
            Command::Diff(_) => Some(Output::Diff),
            Command::Changes(_) => Some(Output::Changes),
            Command::History(_) => Some(Output::History),
            Command::Across(_) => Some(Output::Across),
            Command::Show(_) => Some(Output::Show),
            Command::List => Some(Output::List),
            Command::Check(_) => Some(Output::Check),
            Command::Schema(_) => Some(Output::Schema),
            Command::Ids(_) | Command::Import(_) | Command::GitDiff(_) | Command::Site(_) => None,
        }
    }

    /// The formats the command can write, its default first.
    pub(crate) fn formats(&self) -> &'static [Format] {
        self.output().map_or(&[], Output::formats)
    }

    /// The profile references and files the command reads, which `--output` must not name.
    fn inputs(&self) -> Vec<&str> {
        match self {
            Command::Diff(diff::Diff { old, new, .. })
            | Command::Ids(ids::Ids { old, new, .. }) => {
                vec![old, new]
            }
            Command::Show(show) => vec![&show.reference],
            Command::Import(import) => vec![&import.input],
            Command::Check(check) => check.targets.iter().map(String::as_str).collect(),
            Command::Across(across) => across.references.iter().map(String::as_str).collect(),
            Command::List
            | Command::History(_)
            | Command::Site(_)
            | Command::Changes(_)
            | Command::Schema(_)
            | Command::GitDiff(_) => Vec::new(),
        }
    }
}

/// Runs a command in `format` (chosen by [`Format::choose`] from [`Command::formats`]); the
/// returned code is the process's exit status.
pub(crate) fn run(command: &Command, format: Format, common: &Common) -> Result<ExitCode> {
    refuse_lang(command, common.lang)?;
    let resolver = Resolver::new(common.profiles.clone());
    refuse_to_overwrite_inputs(command, &resolver, common.output.as_deref())?;
    let cx = Context {
        common,
        format,
        resolver,
        style: terminal::style(common.color, common.output.is_some()),
    };
    // Reports of real profiles are tens of kilobytes: grow the buffer rarely.
    let mut out: Vec<u8> = Vec::with_capacity(64 * 1024);
    let code = match command {
        Command::Diff(args) => diff::run(args, &cx, &mut out)?,
        Command::Check(args) => check::run(args, &cx, &mut out)?,
        Command::List => list::run(&cx, &mut out)?,
        Command::Show(args) => show::run(args, &cx, &mut out)?,
        Command::Changes(args) => changes::run(args, &cx, &mut out)?,
        Command::History(args) => history::run(args, &cx, &mut out)?,
        Command::Across(args) => across::run(args, &cx, &mut out)?,
        // The site is a folder, which it writes itself.
        Command::Site(args) => return site::run(args, &cx),
        Command::Import(args) => import::run(args, &mut out)?,
        Command::Ids(args) => ids::run(args, &cx, &mut out)?,
        Command::GitDiff(args) => git_diff::run(args, &cx, &mut out),
        Command::Schema(of) => schema::run(*of, &cx, &mut out)?,
    };
    output::emit(&out, common.output.as_deref())?;
    Ok(code)
}

/// `--lang` names the language of a report's words: a command that writes no report (a check,
/// a schema, a profile file, git's driver, the profile list in JSON) refuses it rather than
/// ignore it.
fn refuse_lang(command: &Command, lang: Option<Language>) -> Result<()> {
    let Some(lang) = lang else {
        return Ok(());
    };
    let writes_words = matches!(
        command,
        Command::Diff(_)
            | Command::Changes(_)
            | Command::History(_)
            | Command::Site(_)
            | Command::Show(_)
            | Command::List
            | Command::Across(_)
    );
    if !writes_words {
        anyhow::bail!(
            "--lang {} names the language of a report: this command writes none (diff, changes, history, show, list, site and across do)",
            lang.key()
        );
    }
    Ok(())
}

/// Whether `path` is a profile of the set in use, or a regular `.toml` file that holds a
/// profile's `[profile]` table: `-o` never writes over one, whatever the command.
fn is_a_profile(path: &Path, resolver: &Resolver) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    if let Ok(set) = resolver.set() {
        let in_set = set.files.iter().any(|f| {
            set.path(&f.rel)
                .is_some_and(|p| output::same_file(path, &p))
        });
        if in_set {
            return true;
        }
    }
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        && mgi_diff::read::read_file(path).is_ok_and(|text| {
            mgi_diff::profile::load_str(&text.origin, &text.text)
                .profile
                .is_some()
                || text.text.lines().any(|l| l.trim() == "[profile]")
        })
}

/// `-` read twice, or `--output` naming a file the command reads, is refused before anything
/// is read or written.
fn refuse_to_overwrite_inputs(
    command: &Command,
    resolver: &Resolver,
    output: Option<&Path>,
) -> Result<()> {
    if command.inputs().iter().filter(|&&i| i == "-").count() > 1 {
        anyhow::bail!(
            "standard input (`-`) can be read only once: name the other profile by path or reference"
        );
    }
    let Some(output) = output else {
        return Ok(());
    };
    if is_a_profile(output, resolver) {
        anyhow::bail!(
            "--output {} is a profile: refusing to write over it (write the report elsewhere)",
            escape_line(&output.display().to_string())
        );
    }
    for input in command.inputs() {
        let path = resolver
            .file_path(&resolver.reference(input))
            .ok()
            .flatten();
        if path.is_some_and(|p| output::same_file(output, &p)) {
            anyhow::bail!(
                "--output {} is the input `{input}`: refusing to overwrite it",
                output.display()
            );
        }
    }
    Ok(())
}
