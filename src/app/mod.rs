//! The commands, on plain options: what the command line runs once it is parsed.
//!
//! Every command renders into memory first and writes only when it has succeeded, so a failed
//! run leaves nothing half-written on standard output or in `--output`.

mod git_diff;
mod terminal;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::check::{self, Target};
use crate::diff::{self, Filter, ProfileInfo};
use crate::exit::ExitCode;
use crate::gate::Gate;
use crate::read;
use crate::render::{self, ColorChoice, Format};
use crate::profile_set::Resolver;
use crate::{ids, import};

/// Options every command shares.
#[derive(Debug, Clone, Default)]
pub struct Common {
    /// `--profiles DIR`.
    pub profiles: Option<PathBuf>,
    pub color: ColorChoice,
    /// `--output FILE`; standard output when absent.
    pub output: Option<PathBuf>,
    /// `--lang`: the language of a report's words; by default the profiles' own when they
    /// agree, else English.
    pub lang: Option<crate::languages::Language>,
}

/// How `diff` and `changes` compare and report.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub filter: Filter,
    pub threshold: f64,
    pub word_diff: bool,
    /// `--max-chars`: the longest a Markdown or HTML report may be.
    pub max_chars: Option<usize>,
    /// `--explain`: record why each pair was made.
    pub explain: bool,
    pub gate: Gate,
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
        strict: bool,
    },
    List,
    Show {
        reference: String,
    },
    /// Every profile file changed since a git revision.
    Changes {
        since: String,
        paths: Vec<String>,
        report: ReportOptions,
    },
    /// A JSON Schema.
    Schema(crate::schemas::Kind),
    /// Tie pairs by id in the two files.
    Ids {
        old: String,
        new: String,
        write: bool,
        threshold: f64,
        options: crate::ids::Options,
    },
    /// git's external diff driver: the 7 or 9 arguments git passes.
    GitDiff {
        args: Vec<String>,
    },
    /// Every round of a place, and each finding's line through them.
    History {
        place: String,
        threshold: f64,
    },
    /// The profile set as a static website, into the `--output` folder.
    Site {
        threshold: f64,
    },
    /// One period across places: the themes their findings share.
    Across {
        references: Vec<String>,
        year: Option<u16>,
        level: crate::profile::Level,
        domains: Vec<crate::profile::Domain>,
        min_places: usize,
        /// Every member's own text in the table.
        texts: bool,
    },
    /// Published profile text to format-1 TOML.
    Import {
        input: String,
        overrides: crate::import::Overrides,
    },
}

impl Command {
    /// The formats the command can write, its default first.
    pub fn formats(&self) -> &'static [Format] {
        match self {
            Command::Diff { .. }
            | Command::Changes { .. }
            | Command::History { .. }
            | Command::Across { .. } => &[
                Format::Table,
                Format::Markdown,
                Format::Json,
                Format::Html,
                Format::Csv,
            ],
            Command::Show { .. } => &[Format::Table, Format::Markdown, Format::Json],
            Command::Check { .. } => &[Format::Text, Format::Json, Format::Github],
            Command::List => &[Format::Table, Format::Json],
            Command::Schema(_) => &[Format::Json],
            Command::Ids { .. }
            | Command::Import { .. }
            | Command::GitDiff { .. }
            | Command::Site { .. } => &[],
        }
    }

    /// The profile references and files the command reads, which `--output` must not name.
    fn inputs(&self) -> Vec<&str> {
        match self {
            Command::Diff { old, new, .. } | Command::Ids { old, new, .. } => vec![old, new],
            Command::Show { reference, .. } => vec![reference],
            Command::Import { input, .. } => vec![input],
            Command::Check { targets, .. } => targets.iter().map(String::as_str).collect(),
            Command::Across { references, .. } => references.iter().map(String::as_str).collect(),
            Command::List
            | Command::History { .. }
            | Command::Site { .. }
            | Command::Changes { .. }
            | Command::Schema(_)
            | Command::GitDiff { .. } => Vec::new(),
        }
    }
}

/// Runs a command in `format` (chosen by [`Format::choose`] from [`Command::formats`]); the
/// returned code is the process's exit status.
pub fn run(command: &Command, format: Format, common: &Common) -> Result<ExitCode> {
    refuse_lang(command, common)?;
    let resolver = Resolver::new(common.profiles.clone());
    refuse_to_overwrite_inputs(command, &resolver, common.output.as_deref())?;
    let style = terminal::style(common.color, common.output.is_some());
    // Reports of real profiles are tens of kilobytes: grow the buffer rarely.
    let mut out: Vec<u8> = Vec::with_capacity(64 * 1024);
    let code = match command {
        Command::Diff { old, new, report } => {
            let old = resolver.load(&resolver.reference(old))?;
            let new = resolver.load(&resolver.reference(new))?;
            let options = matching(report.threshold, report.explain, resolver.terms()?);
            let diffed = diff::diff_with(&old, &new, &options).filter(&report.filter);
            let options = report.options(common.lang);
            render::diff(&diffed, format, &style, &options, &mut out)?;
            ExitCode::failed_if(report.gate.complain(&diffed))
        }
        Command::Check { targets, strict } => {
            let targets: Vec<Target> = if targets.is_empty() {
                vec![Target::Set]
            } else {
                targets.iter().cloned().map(Target::Arg).collect()
            };
            let checked = check::check(&targets, &resolver)?;
            // Annotations name files from the repository's top, as GitHub does.
            let root = (format == Format::Github)
                .then(|| read::git::toplevel(Path::new(".")).ok())
                .flatten();
            render::check(&checked, format, root.as_deref(), &mut out)?;
            ExitCode::failed_if(checked.failed(*strict))
        }
        Command::List => {
            let set = resolver.set()?;
            let rows: Vec<ProfileInfo> = set.valid_profiles().collect();
            // What is not listed is named, on standard error.
            name_skipped(set);
            let listed: std::collections::HashSet<&str> =
                rows.iter().map(|r| r.origin.as_str()).collect();
            for f in &set.files {
                let origin = set.where_is(&f.rel);
                if !listed.contains(origin.as_str()) {
                    eprintln!(
                        "mgi-diff: {}: not listed: it does not validate (see `mgi-diff check`)",
                        crate::text::escape_line(&origin)
                    );
                } else if let Some(w) = set
                    .load(f)
                    .profile
                    .as_ref()
                    .and_then(crate::diff::language_misread)
                {
                    eprintln!(
                        "mgi-diff: {}: warning: {w}",
                        crate::text::escape_line(&origin)
                    );
                }
            }
            let lang = common
                .lang
                .unwrap_or_else(|| crate::languages::of_profiles(rows.iter().map(|r| r.language)));
            render::list(&rows, format, &style, lang, &mut out)?;
            ExitCode::Success
        }
        Command::Show { reference } => {
            let profile = resolver.load(&resolver.reference(reference))?;
            let lang = common.lang.unwrap_or(profile.language);
            render::show(&profile, format, &style, lang, &mut out)?;
            ExitCode::Success
        }
        Command::Changes {
            since,
            paths,
            report,
        } => {
            let options = crate::changes::Options {
                threshold: report.threshold,
                filter: &report.filter,
                profiles: common.profiles.as_deref(),
                // A broken terms file that the change edits is reported as one of its files.
                terms: resolver.terms(),
                explain: report.explain,
            };
            let mut collected = crate::changes::collect(Path::new("."), since, paths, &options)?;
            collected.failing = crate::changes::failing(&collected.files, &report.gate);
            for f in &collected.failing {
                let path = crate::text::escape_line(&f.path);
                // The reason quotes the file's first error, which may quote its keys.
                let reason = crate::text::escape_line(&f.reason);
                eprintln!("mgi-diff: {path}: failing: {reason}");
            }
            let options = report.options(common.lang);
            render::changes(&collected, format, &style, &options, &mut out)?;
            ExitCode::failed_if(collected.has_errors() || !collected.failing.is_empty())
        }
        Command::History { place, threshold } => {
            let set = resolver.set()?;
            name_skipped(set);
            let rounds = set.rounds(place)?;
            let options = matching(*threshold, false, resolver.terms()?);
            let history = crate::history::history(&rounds, &options);
            render::history(&history, format, &style, common.lang, &mut out)?;
            ExitCode::Success
        }
        Command::Across {
            references,
            year,
            level,
            domains,
            min_places,
            texts,
        } => {
            if references.is_empty() {
                name_skipped(resolver.set()?);
            }
            let (profiles, notes) = crate::across::select(&resolver, references, *year, *level)?;
            let options = crate::across::Options {
                domains: domains.clone(),
                min_places: *min_places,
                terms: resolver.terms()?,
                ..crate::across::Options::default()
            };
            let mut report = crate::across::across(&profiles, &options);
            report.warnings.extend(notes);
            for w in &report.warnings {
                eprintln!("mgi-diff: warning: {}", crate::text::escape_line(w));
            }
            render::across(&report, format, &style, *texts, &mut out)?;
            ExitCode::Success
        }
        Command::Site { threshold } => {
            let Some(dir) = common.output.as_deref() else {
                anyhow::bail!("site writes a folder: name it with --output DIR");
            };
            let set = resolver.set()?;
            name_skipped(set);
            let options = matching(*threshold, false, resolver.terms()?);
            let written = crate::site::build(set, options, common.lang)?.write(dir)?;
            println!("{written}");
            return Ok(ExitCode::Success);
        }
        Command::Import { input, overrides } => import::run(input, overrides, &mut out)?,
        Command::Ids {
            old,
            new,
            write,
            threshold,
            options,
        } => ids::run(
            &resolver,
            [old, new],
            *write,
            *threshold,
            *options,
            &mut out,
        )?,
        Command::GitDiff { args } => {
            // The repository's own equivalences, as every other command uses them; git's run
            // goes on without them when they do not validate (the driver says so).
            let (terms, broken) = match resolver.terms() {
                Ok(terms) => (terms, None),
                Err(e) => (None, Some(e)),
            };
            let options = matching(diff::DEFAULT_THRESHOLD, false, terms);
            git_diff::run(args, &options, broken, common.color, style, &mut out)
        }
        Command::Schema(kind) => {
            render::json(&crate::schemas::json_schema(*kind), &mut out)?;
            ExitCode::Success
        }
    };
    crate::output::emit(&out, common.output.as_deref())?;
    Ok(code)
}

/// The matcher's settings of a run, built once from the command line (`--threshold`,
/// `--explain`) and the profile set's terms file, and handed to whatever compares.
pub(crate) fn matching(
    threshold: f64,
    explain: bool,
    terms: Option<std::sync::Arc<crate::profile::Terms>>,
) -> diff::Options {
    diff::Options {
        tuning: diff::Tuning {
            threshold,
            ..diff::Tuning::default()
        },
        explain,
        terms,
    }
}

/// Names on standard error the files of the profile set that its walk did not read (a FIFO,
/// a link out of the folder, …): a list, a history or a site without them says so.
fn name_skipped(set: &crate::profile_set::ProfileSet) {
    for skipped in &set.skipped {
        eprintln!("mgi-diff: {}", skipped.problem());
    }
}

impl ReportOptions {
    fn options(&self, lang: Option<crate::languages::Language>) -> render::Options {
        render::Options {
            word_diff: self.word_diff,
            max_chars: self.max_chars,
            lang,
        }
    }
}

/// `--lang` names the language of a report's words: a command that writes no report (a check,
/// a schema, a profile file, git's driver, the profile list in JSON) refuses it rather than
/// ignore it.
fn refuse_lang(command: &Command, common: &Common) -> Result<()> {
    let Some(lang) = common.lang else {
        return Ok(());
    };
    let writes_words = matches!(
        command,
        Command::Diff { .. }
            | Command::Changes { .. }
            | Command::History { .. }
            | Command::Site { .. }
            | Command::Show { .. }
            | Command::List
            | Command::Across { .. }
    );
    // `across` words its reports in English only, so far: another language is refused, not
    // ignored.
    if matches!(command, Command::Across { .. }) && lang != crate::languages::Language::En {
        anyhow::bail!(
            "--lang {}: across writes its reports in English only, so far (docs/across.md)",
            lang.key()
        );
    }
    if !writes_words {
        anyhow::bail!(
            "--lang {} names the language of a report: this command writes none (diff, changes, history, show, list and site do)",
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
                .is_some_and(|p| crate::output::same_file(path, &p))
        });
        if in_set {
            return true;
        }
    }
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        && crate::read::read_file(path).is_ok_and(|text| {
            crate::profile::load_str(&text.origin, &text.text)
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
            crate::text::escape_line(&output.display().to_string())
        );
    }
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
    Ok(())
}
