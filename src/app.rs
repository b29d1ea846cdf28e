//! The commands, on plain options: what `main` calls once it has parsed the command line.
//!
//! Every command renders into memory first and writes only when it has succeeded, so a failed
//! run leaves nothing half-written on standard output or in `--output`.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::changes;
use crate::check::{self, Target};
use crate::diff::{self, Filter, ProfileInfo, Report, Status};
use crate::exit::ExitCode;
use crate::profile::{Domain, LoadError};
use crate::render::{
    Style, changes as render_changes, json, markdown, profile as show_render, table,
};
use crate::store::Resolver;

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// Only on a terminal, and never with `NO_COLOR` set.
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportFormat {
    #[default]
    Table,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CheckFormat {
    #[default]
    Text,
    Json,
    Github,
}

/// Options every command shares.
#[derive(Debug, Clone, Default)]
pub struct Common {
    /// `--profiles DIR`.
    pub profiles: Option<PathBuf>,
    pub color: ColorChoice,
    /// `--output FILE`; standard output when absent.
    pub output: Option<PathBuf>,
}

/// How `diff` and `changes` compare and report.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub format: ReportFormat,
    pub filter: Filter,
    pub threshold: f64,
    pub word_diff: bool,
    /// `--explain`: record why each pair was made.
    pub explain: bool,
    pub gate: Gate,
}

/// The exit checks of `diff` and `changes`.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    /// `--exit-code`: fail when anything changed.
    pub exit_code: bool,
    /// `--fail-on`: fail when an entry has one of these statuses. Both look at every finding of
    /// the domains shown, whether or not `--status` or `--changes-only` hide it.
    pub fail_on: Vec<Status>,
}

impl Gate {
    pub fn fails(&self, report: &Report) -> bool {
        self.reason(report).is_some()
    }

    /// Why the check fails, in one line for standard error, or `None` when it passes:
    /// `failing: 1 dropped, 1 regressed (--fail-on dropped,regressed)`, and how many of the
    /// failing entries may be a rewording the matcher left unpaired.
    pub fn reason(&self, report: &Report) -> Option<String> {
        let failing: Vec<Status> = if self.exit_code {
            Status::ALL[1..].to_vec()
        } else {
            self.fail_on.clone()
        };
        let counts: Vec<String> = Status::ALL
            .into_iter()
            .filter(|s| failing.contains(s) && report.summary.count(*s) > 0)
            .map(|s| format!("{} {s}", report.summary.count(s)))
            .collect();
        if counts.is_empty() {
            return None;
        }
        let flag = if self.exit_code {
            "--exit-code".to_string()
        } else {
            let keys: Vec<&str> = self.fail_on.iter().map(|s| s.key()).collect();
            format!("--fail-on {}", keys.join(","))
        };
        let mut line = format!("failing: {} ({flag})", counts.join(", "));
        let near = report
            .entries()
            .filter(|e| e.near.is_some() && failing.contains(&e.status))
            .count();
        if near > 0 {
            line.push_str(&format!(
                "; {near} of them may be a rewording of an unpaired finding (see \"possible rewording\" in the report; tie both with the same id)"
            ));
        }
        Some(line)
    }
}

#[derive(Debug, Clone)]
pub enum Command {
    Diff {
        old: String,
        new: String,
        report: ReportOptions,
    },
    Check {
        targets: Vec<String>,
        format: CheckFormat,
        strict: bool,
    },
    List {
        json: bool,
    },
    Show {
        reference: String,
        format: ReportFormat,
    },
    /// Every profile file changed since a git revision.
    Changes {
        since: String,
        paths: Vec<String>,
        report: ReportOptions,
    },
    Schema,
    /// Tie pairs by id in the two files.
    Ids {
        old: String,
        new: String,
        write: bool,
        threshold: f64,
        options: crate::ids::Options,
    },
    /// Published profile text to format-1 TOML.
    Import {
        input: String,
        overrides: crate::import::Overrides,
    },
}

impl Command {
    /// The profile references and files the command reads, which `--output` must not name.
    fn inputs(&self) -> Vec<&str> {
        match self {
            Command::Diff { old, new, .. } | Command::Ids { old, new, .. } => vec![old, new],
            Command::Show { reference, .. } => vec![reference],
            Command::Import { input, .. } => vec![input],
            Command::Check { targets, .. } => targets.iter().map(String::as_str).collect(),
            Command::List { .. } | Command::Changes { .. } | Command::Schema => Vec::new(),
        }
    }
}

/// Runs a command; the returned code is the process's exit status.
pub fn run(command: &Command, common: &Common) -> Result<ExitCode> {
    let resolver = Resolver::new(common.profiles.clone());
    let style = Style {
        color: use_color(common),
        width: table_width(),
        word_diff: true,
    };
    if command.inputs().iter().filter(|&&i| i == "-").count() > 1 {
        anyhow::bail!(
            "standard input (`-`) can be read only once: name the other profile by path or reference"
        );
    }
    if let Some(output) = &common.output {
        for input in command.inputs() {
            let path = resolver
                .file_path(&resolver.reference(input))
                .ok()
                .flatten();
            if path.is_some_and(|p| crate::output::same_file(output, &p)) {
                anyhow::bail!(
                    "--output {} is the input `{input}`: refusing to overwrite it",
                    output.display()
                );
            }
        }
    }
    // Reports of real profiles are tens of kilobytes: grow the buffer rarely.
    let mut out: Vec<u8> = Vec::with_capacity(64 * 1024);
    let code = match command {
        Command::Diff { old, new, report } => diff(&resolver, old, new, report, style, &mut out)?,
        Command::Check {
            targets,
            format,
            strict,
        } => check(&resolver, targets, *format, *strict, &mut out)?,
        Command::List { json } => list(&resolver, *json, &style, &mut out)?,
        Command::Show { reference, format } => {
            show(&resolver, reference, *format, &style, &mut out)?
        }
        Command::Changes {
            since,
            paths,
            report,
        } => changes(common, since, paths, report, style, &mut out)?,
        Command::Import { input, overrides } => import(input, overrides, &mut out)?,
        Command::Ids {
            old,
            new,
            write,
            threshold,
            options,
        } => ids(
            &resolver,
            [old, new],
            *write,
            *threshold,
            *options,
            &mut out,
        )?,
        Command::Schema => {
            json::render(&crate::profile::schema::json_schema(), &mut out)?;
            ExitCode::Success
        }
    };
    emit(&out, common.output.as_deref())?;
    Ok(code)
}

fn diff(
    resolver: &Resolver,
    old: &str,
    new: &str,
    opts: &ReportOptions,
    style: Style,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let old = resolver.load(&resolver.reference(old))?;
    let new = resolver.load(&resolver.reference(new))?;
    let options = diff::Options {
        tuning: diff::Tuning {
            threshold: opts.threshold,
            ..diff::Tuning::default()
        },
        explain: opts.explain,
    };
    let report = diff::diff_with(&old, &new, &options).filter(&opts.filter);
    let style = Style {
        word_diff: opts.word_diff,
        ..style
    };
    render_report(&report, opts.format, &style, out)?;
    let reason = opts.gate.reason(&report);
    if let Some(reason) = &reason {
        eprintln!("mgi-diff: {reason}");
    }
    Ok(failed_if(reason.is_some()))
}

fn check(
    resolver: &Resolver,
    targets: &[String],
    format: CheckFormat,
    strict: bool,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let targets: Vec<Target> = if targets.is_empty() {
        vec![Target::Set]
    } else {
        targets.iter().cloned().map(Target::Arg).collect()
    };
    let report = check::check(&targets, resolver)?;
    match format {
        CheckFormat::Text => check::text(&report, out)?,
        CheckFormat::Json => json::render(&report, out)?,
        CheckFormat::Github => {
            let root = crate::read::git::toplevel(Path::new(".")).ok();
            check::github(&report, root.as_deref(), out)?
        }
    }
    Ok(failed_if(report.failed(strict)))
}

/// The valid profiles of the set, in path order (files with errors are left to `check`).
fn list(resolver: &Resolver, json: bool, style: &Style, out: &mut Vec<u8>) -> Result<ExitCode> {
    let set = resolver.set()?;
    let rows: Vec<ProfileInfo> = set
        .files
        .iter()
        .filter_map(|f| {
            let profile = set.load(f).profile?;
            Some(ProfileInfo {
                source: set.where_is(&f.rel),
                ..ProfileInfo::of(&profile)
            })
        })
        .collect();
    if json {
        json::render(&rows, out)?;
    } else {
        show_render::list_table(&rows, style, out)?;
    }
    Ok(ExitCode::Success)
}

fn show(
    resolver: &Resolver,
    reference: &str,
    format: ReportFormat,
    style: &Style,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let profile = resolver.load(&resolver.reference(reference))?;
    match format {
        ReportFormat::Table => show_render::table(&profile, style, out)?,
        ReportFormat::Markdown => show_render::markdown(&profile, out)?,
        ReportFormat::Json => json::render(&show_render::ProfileView::of(&profile), out)?,
    }
    Ok(ExitCode::Success)
}

fn changes(
    common: &Common,
    since: &str,
    paths: &[String],
    opts: &ReportOptions,
    style: Style,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let paths = if paths.is_empty() {
        default_change_paths(common)?
    } else {
        paths.to_vec()
    };
    let report = changes::changes(Path::new("."), since, &paths, opts.threshold, &opts.filter)?;
    let style = Style {
        word_diff: opts.word_diff,
        ..style
    };
    match opts.format {
        ReportFormat::Table => render_changes::table(&report, &style, out)?,
        ReportFormat::Markdown => render_changes::markdown(&report, &style, out)?,
        ReportFormat::Json => json::render(&report, out)?,
    }
    let reasons: Vec<String> = report
        .reports()
        .filter_map(|r| {
            opts.gate
                .reason(r)
                .map(|why| format!("{}: {why}", r.new.source))
        })
        .collect();
    for reason in &reasons {
        eprintln!("mgi-diff: {reason}");
    }
    Ok(failed_if(report.has_errors() || !reasons.is_empty()))
}

/// `ids`: plans the ids, checks that both edited files still load, then prints the change as a
/// unified diff or writes both files (neither is touched unless both can be written).
fn ids(
    resolver: &Resolver,
    refs: [&String; 2],
    write: bool,
    threshold: f64,
    options: crate::ids::Options,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let mut sides = Vec::new();
    for r in refs {
        let reference = resolver.reference(r);
        let (text, _) = resolver.read(&reference)?;
        let profile = resolver.load(&reference)?;
        let path = resolver.file_path(&reference)?;
        sides.push((text, profile, path));
    }
    let [(old_text, old, old_path), (new_text, new, new_path)] =
        <[_; 2]>::try_from(sides).map_err(|_| anyhow::anyhow!("two profiles"))?;
    let report = diff::diff(&old, &new, threshold);
    let plan = crate::ids::plan(&old, &new, &report, options);
    let mut changed = Vec::new();
    for (text, edits, path) in [
        (&old_text, &plan.old, &old_path),
        (&new_text, &plan.new, &new_path),
    ] {
        if edits.is_empty() {
            continue;
        }
        let edited = crate::ids::apply(&text.text, edits)
            .with_context(|| format!("editing {}", text.origin))?;
        let loaded = crate::profile::load_str(&text.origin, &edited);
        if loaded.profile.is_none() {
            anyhow::bail!(
                "{}: the edited file would not load; nothing was written",
                text.origin
            );
        }
        changed.push((text, edited, path));
    }
    if plan.left > 0 {
        eprintln!(
            "mgi-diff: {} pairing(s) left untied: their old finding has no id and --only-new keeps OLD as it is",
            plan.left
        );
    }
    if changed.is_empty() {
        eprintln!("mgi-diff: every pairing is tied by id");
        return Ok(ExitCode::Success);
    }
    if !write {
        for (text, edited, _) in &changed {
            let diff = similar::TextDiff::from_lines(text.text.as_str(), edited.as_str());
            write!(
                out,
                "{}",
                diff.unified_diff().header(&text.origin, &text.origin)
            )?;
        }
        eprintln!(
            "mgi-diff: {} pairing(s) are not yet tied by id; run with --write to write them",
            plan.ties()
        );
        return Ok(ExitCode::CheckFailed);
    }
    let mut staged = Vec::new();
    for (text, edited, path) in &changed {
        let Some(path) = path else {
            anyhow::bail!(
                "{} is not a file that can be edited (built in, standard input or a git revision); name its file, or use --only-new",
                text.origin
            );
        };
        let file = crate::output::stage(path, edited.as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        staged.push((file, path));
    }
    for (file, path) in staged {
        file.commit()
            .with_context(|| format!("writing {}", path.display()))?;
    }
    eprintln!("mgi-diff: tied {} pairing(s) by id", plan.ties());
    Ok(ExitCode::Success)
}

fn import(
    input: &str,
    overrides: &crate::import::Overrides,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let text = match input {
        "-" => crate::read::read_stdin()?,
        path => crate::read::read_file(Path::new(path))?,
    };
    let (profile, warnings) =
        crate::import::import(&text.origin, &text.text, overrides).map_err(LoadError::Invalid)?;
    for warning in warnings {
        eprintln!("{warning}");
    }
    out.extend_from_slice(crate::profile::write::to_toml(&profile).as_bytes());
    Ok(ExitCode::Success)
}

fn failed_if(failed: bool) -> ExitCode {
    if failed {
        ExitCode::CheckFailed
    } else {
        ExitCode::Success
    }
}

/// Where `changes` looks when no path is given: the profile folder (`--profiles`,
/// `$MGI_DIFF_PROFILES`, `./profiles`) when there is one, else the whole repository.
fn default_change_paths(common: &Common) -> Result<Vec<String>, LoadError> {
    let dir = crate::store::ProfileSet::folder(common.profiles.as_deref())?;
    Ok(dir.map(|d| d.display().to_string()).into_iter().collect())
}

pub fn render_report(
    report: &Report,
    format: ReportFormat,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ReportFormat::Table => table::render(report, style, out),
        ReportFormat::Markdown => markdown::render(report, style, out),
        ReportFormat::Json => json::render(report, out),
    }
}

fn use_color(common: &Common) -> bool {
    match common.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            common.output.is_none()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && io::stdout().is_terminal()
        }
    }
}

/// `COLUMNS` when set, else the terminal's width, else 100.
fn table_width() -> u16 {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
    {
        return n.max(40);
    }
    if io::stdout().is_terminal() {
        if let Some(w) = comfy_table::Table::new().width() {
            return w.max(40);
        }
    }
    100
}

/// Writes the finished output: to `path` through a temporary file renamed into place, or to
/// standard output, where a reader that has gone away (`| head`) is not an error.
fn emit(bytes: &[u8], path: Option<&Path>) -> Result<()> {
    match path {
        Some(path) => {
            crate::output::write(path, bytes).with_context(|| format!("writing {}", path.display()))
        }
        None => {
            let mut stdout = io::stdout().lock();
            match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("writing to standard output"),
            }
        }
    }
}

/// Parses a `--domain` value.
pub fn parse_domain(key: &str) -> Result<Domain, String> {
    Domain::from_key(key).ok_or_else(|| unknown("domain", key, Domain::keys()))
}

/// Parses one status of `--status` or `--fail-on` (clap splits the lists at commas).
pub fn parse_status(key: &str) -> Result<Status, String> {
    let key = key.trim();
    Status::from_key(key).ok_or_else(|| unknown("status", key, Status::ALL.iter().map(|s| s.key())))
}

/// "unknown status `reword`; did you mean `reworded`? (statuses: …)".
fn unknown<'a>(what: &str, given: &str, known: impl Iterator<Item = &'a str>) -> String {
    let known: Vec<&str> = known.collect();
    let mut msg = format!("unknown {what} `{given}`");
    if let Some(best) = crate::profile::load::did_you_mean(given, known.iter().copied()) {
        msg.push_str(&format!("; did you mean `{best}`?"));
    }
    let plural = if what.ends_with('s') {
        format!("{what}es")
    } else {
        format!("{what}s")
    };
    msg.push_str(&format!(" ({plural}: {})", known.join(", ")));
    msg
}

/// Parses `--threshold`: a number from 0 to 1.
pub fn parse_threshold(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if (0.0..=1.0).contains(&t) => Ok(t),
        _ => Err(format!("`{s}` is not a number from 0 to 1")),
    }
}
