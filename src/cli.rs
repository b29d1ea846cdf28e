//! The command line: clap's derive types, converted once into the plain options of
//! [`mgi_diff::app`], and the one output format of the run.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use mgi_diff::app::{Command, Common, ReportOptions};
use mgi_diff::diff::{DEFAULT_THRESHOLD, Filter, Status};
use mgi_diff::gate::{FailOn, Gate};
use mgi_diff::import::Overrides;
use mgi_diff::profile::{Domain, Provenance};
use mgi_diff::render::{ColorChoice, Format};
use mgi_diff::schemas::Kind;

mod manual;

use manual::manual;

const REFERENCES: &str = "\
Profile references (OLD, NEW, REF):
  path/to/file.toml        a profile file; `-` reads standard input
  kazakhstan@2018          country slug or ISO3 code (KAZ@2018), and year
  kazakhstan/almaty@2020   a city's (local) profile
  HEAD~1:profiles/kazakhstan/2018.toml   a file at a git revision
Named profiles are looked up in --profiles DIR, else $MGI_DIFF_PROFILES, else ./profiles
when it exists, else the profiles built into mgi-diff.";

/// Compare versions of Migration Governance Indicators (MGI) profiles.
#[derive(Debug, Parser)]
#[command(name = "mgi-diff", version, about, after_help = REFERENCES)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Commands,

    /// Folder of profiles that `country@year` references are looked up in.
    #[arg(long, global = true, value_name = "DIR")]
    pub profiles: Option<PathBuf>,

    /// Colour: `auto` colours only a terminal, and never with NO_COLOR set.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Write the output to PATH instead of standard output, only once it is complete (`site`:
    /// the folder to write the website into).
    #[arg(long, short, global = true, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// The language of a report's words (diff, changes, history, show, list, site) [default:
    /// the profiles' own when they agree, else en]. JSON keys and CSV columns stay English.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Commands {
    /// Compare two profiles, domain by domain.
    #[command(after_help = REFERENCES)]
    Diff(DiffArgs),
    /// Validate profile files or folders (default: the whole profile set).
    Check {
        /// Files, folders or references to check.
        #[arg(value_name = "PATH|REF")]
        targets: Vec<String>,
        /// Output format (`github`: GitHub Actions annotations) [default: text]
        #[arg(long, value_enum)]
        format: Option<CheckFormatArg>,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// List the available profiles.
    List {
        /// Output format [default: table, or the extension of --output]
        #[arg(long, value_enum)]
        format: Option<ListFormat>,
    },
    /// Print one profile.
    Show {
        /// The profile: a path, `-`, or a reference such as `kazakhstan@2018`.
        #[arg(value_name = "REF")]
        reference: String,
        /// Output format [default: table, or the extension of --output]
        #[arg(long, value_enum)]
        format: Option<ShowFormat>,
    },
    /// Validate and compare every profile file changed since a git revision (for pull requests).
    // Unchanged findings are left out by default here, so `--changes-only` says nothing that
    // `--all` does not: it is accepted (scripts pass it) but not offered.
    #[command(
        mut_arg("changes_only", |a| a.hide(true)),
        after_help = "Paths default to the profile folder (--profiles, $MGI_DIFF_PROFILES or ./profiles).\nFiles changed but not committed, and new files not yet added to git, count too."
    )]
    Changes {
        /// The revision to compare with, e.g. `origin/main` or `HEAD~1`.
        #[arg(long, value_name = "REV")]
        since: String,
        /// Limit the comparison to these files or folders.
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
        /// List unchanged findings too (by default they are counted, not listed, as `git diff`
        /// shows what changed).
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Follow a place's findings through every round: when each appeared, what happened to it
    /// at each step, and since when a gap has been open.
    #[command(
        after_help = "PLACE is a folder of the profile set (kazakhstan, kazakhstan/almaty) or an ISO3 code (KAZ).\nExample: mgi-diff history kazakhstan --format html -o kazakhstan-history.html"
    )]
    History {
        /// The place: `kazakhstan`, `KAZ`, `kazakhstan/almaty`.
        place: String,
        /// Output format [default: table, or the extension of --output: .md, .json, .html, .csv]
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// How similar two texts must be to be paired (0 to 1), as for `diff`.
        #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
        threshold: f64,
    },
    /// One period across places: the findings of several places grouped into themes (the
    /// same finding in different places), most shared first, then what is particular to each.
    #[command(
        after_help = "Default: the latest round of every national place of the profile set.\nA theme is a measured grouping: findings the matcher scores alike once each place's own names are masked, at most one per place.\nExample: mgi-diff across --year 2022 --format html -o across-2022.html"
    )]
    Across(AcrossArgs),
    /// Write the profile set as a static website into the folder given by --output: an index
    /// of places, a page per profile, per consecutive pair of rounds and per place.
    #[command(
        after_help = "The folder must be empty, new, or one that `site` made; nothing else in it is ever overwritten.\nExample: mgi-diff site --profiles profiles -o _site"
    )]
    Site {
        /// How similar two texts must be to be paired (0 to 1), as for `diff`.
        #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
        threshold: f64,
    },
    /// Turn the text of a published MGI profile into a format-1 TOML profile.
    #[command(
        after_help = "Example (the published Kazakhstan 2018 text is shipped in the repository):\n  mgi-diff import examples/kazakhstan-2018.txt --source URL -o kazakhstan-2018.toml"
    )]
    Import {
        /// The profile's text, copied from the published page or PDF; `-` reads standard input.
        #[arg(value_name = "FILE|-")]
        input: String,
        /// Country name, when the text's title does not give it (or gives it wrongly).
        #[arg(long)]
        country: Option<String>,
        /// ISO 3166-1 alpha-3 code, when it cannot be told from the country name.
        #[arg(long)]
        iso3: Option<String>,
        /// Assessment year, when the text has no date line.
        #[arg(long)]
        year: Option<u16>,
        /// City, for a local profile.
        #[arg(long)]
        city: Option<String>,
        /// Where the profile was published (an address).
        #[arg(long, value_name = "URL")]
        source: Option<String>,
        /// `published` for an IOM publication; `draft` or `illustrative` otherwise.
        #[arg(long, value_enum, default_value_t = ProvenanceArg::Published)]
        provenance: ProvenanceArg,
        /// The language of the text (`en`, `es`, `fr`, `ru`), when its headings do not tell it.
        #[arg(long, value_name = "TAG", value_parser = mgi_diff::profile::Language::from_tag)]
        language: Option<mgi_diff::profile::Language>,
    },
    /// Tie the pairs that `diff` makes by giving both findings the same `id`
    ///
    /// Every pair that `diff OLD NEW` makes gets one id in both files, so that the pairing is
    /// exact from then on. Prints what would change as a unified diff and exits 1 when there is
    /// something to write; `--write` edits the files in place.
    #[command(
        after_help = "Example: mgi-diff ids kazakhstan@2018 profiles/kazakhstan/2022.toml --write"
    )]
    Ids {
        /// The earlier profile.
        old: String,
        /// The later profile.
        new: String,
        /// Edit the files in place (comments, order and quoting are kept).
        #[arg(long)]
        write: bool,
        /// Also tie the near misses that `diff` reports as possible rewordings.
        #[arg(long)]
        near: bool,
        /// Leave OLD untouched (a published file): tie only pairs whose old finding has an id.
        #[arg(long)]
        only_new: bool,
        /// Also tie the pairings marked review (by default only those the matcher is sure of).
        #[arg(long)]
        include_review: bool,
        /// How similar (0 to 1) two texts must be to count as the same finding.
        #[arg(long, value_name = "F", default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
        threshold: f64,
    },
    /// Print a JSON Schema: of the profile format (for editors such as Taplo), or of a JSON
    /// output (for programs that read it)
    Schema {
        /// What the schema describes.
        #[arg(value_enum, default_value_t = SchemaKind::Profile)]
        kind: SchemaKind,
    },
    /// git's external diff driver: shows a profile's changes by status in `git diff`
    ///
    /// Set up with `profiles/**/*.toml diff=mgi` in .gitattributes and
    /// `git config diff.mgi.command "mgi-diff git-diff"`. A file that is not a valid profile is
    /// shown as a plain diff; it always exits 0.
    #[command(name = "git-diff")]
    GitDiff {
        /// What git passes: path old-file old-hex old-mode new-file new-hex new-mode [new-path message]
        #[arg(num_args = 7..=9, allow_hyphen_values = true, value_name = "ARG")]
        args: Vec<String>,
    },
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `mgi-diff man > mgi-diff.1`.
    Man,
}

#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The earlier profile.
    pub old: String,
    /// The later profile.
    pub new: String,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `across`'s options.
#[derive(Debug, Args)]
pub(crate) struct AcrossArgs {
    /// Profiles to compare, one per place (default: one round of every place of the set).
    #[arg(value_name = "REF|FILE")]
    pub references: Vec<String>,
    /// The round of each place closest to this year, at or before it (default: the latest).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2015..=2100))]
    pub year: Option<u16>,
    /// National profiles or cities' (local) ones.
    #[arg(long, value_enum, default_value_t = LevelArg::National)]
    pub level: LevelArg,
    /// Show only this domain (repeatable).
    #[arg(long = "domain", value_name = "KEY")]
    pub domains: Vec<Domain>,
    /// The fewest places a theme must have to be listed (at least 2).
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u16).range(2..))]
    pub min_places: u16,
    /// Output format [default: table, or the extension of --output: .md, .json, .html, .csv]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Table: every member's own text under its theme.
    #[arg(long)]
    pub texts: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum LevelArg {
    National,
    Local,
}

/// The report options `diff` (and `changes`) share.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Output format [default: table, or the extension of --output: .md, .json, .html, .csv]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Show only this domain (repeatable).
    #[arg(long = "domain", value_name = "KEY")]
    pub domains: Vec<Domain>,
    /// Show only these statuses (comma-separated: unchanged, reworded, improved, regressed,
    /// moved, added, resolved, dropped).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub status: Vec<Status>,
    /// Hide unchanged findings.
    #[arg(long)]
    pub changes_only: bool,
    /// How similar (0 to 1) two texts must be to count as the same finding.
    #[arg(long, value_name = "F", default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    pub threshold: f64,
    /// Show old and new texts whole instead of a word-level diff.
    #[arg(long)]
    pub no_word_diff: bool,
    /// Markdown and HTML: shorten the report to at most N characters, leaving out whole
    /// sections and saying so (a GitHub comment holds 65536, a job summary 1 MiB). Too small
    /// a bound is refused with the size the report needs.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_chars: Option<u64>,
    /// For every pair: the score, the weighted terms the two share, whether they stand in the
    /// same place, and the runner-up candidate (JSON: an `evidence` object).
    #[arg(long)]
    pub explain: bool,
    /// Exit with status 1 when anything changed.
    #[arg(long)]
    pub exit_code: bool,
    /// Exit with status 1 when an entry has one of these statuses, or with `review` when a
    /// pairing is marked for review (comma-separated)
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub fail_on: Vec<FailOn>,
}

impl ReportArgs {
    fn options(&self) -> ReportOptions {
        ReportOptions {
            filter: Filter {
                domains: self.domains.clone(),
                statuses: self.status.clone(),
                changes_only: self.changes_only,
            },
            threshold: self.threshold,
            word_diff: !self.no_word_diff,
            max_chars: self
                .max_chars
                .map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            explain: self.explain,
            gate: Gate {
                exit_code: self.exit_code,
                fail_on: self.fail_on.clone(),
            },
        }
    }
}

/// Parses `--threshold`: a number from 0 to 1.
fn parse_threshold(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if (0.0..=1.0).contains(&t) => Ok(t),
        _ => Err(format!("`{s}` is not a number from 0 to 1")),
    }
}

/// What the command line asks for.
pub(crate) enum Action {
    /// A command, with the format it asked for (if any) and the options every command shares.
    Run(Box<(Command, Option<Format>, Common)>),
    /// Completions need the clap definition, which only this module sees.
    Completions(clap_complete::Shell),
    /// So does the manual page.
    Man,
}

/// `diff` and `changes`'s formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Table,
    Markdown,
    Json,
    /// One self-contained page with charts.
    Html,
    /// One row per entry, for spreadsheets.
    Csv,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Table => Format::Table,
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Json => Format::Json,
            ReportFormat::Html => Format::Html,
            ReportFormat::Csv => Format::Csv,
        }
    }
}

/// `show`'s formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ShowFormat {
    Table,
    Markdown,
    Json,
}

impl From<ShowFormat> for Format {
    fn from(f: ShowFormat) -> Self {
        match f {
            ShowFormat::Table => Format::Table,
            ShowFormat::Markdown => Format::Markdown,
            ShowFormat::Json => Format::Json,
        }
    }
}

/// What `schema` describes.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum SchemaKind {
    /// A profile file (format 1).
    Profile,
    /// The JSON of `diff`.
    Diff,
    /// The JSON of `changes`.
    Changes,
    /// The JSON of `list`.
    List,
    /// The JSON of `check`.
    Check,
    /// The JSON of `history`.
    History,
    /// The JSON of `across`.
    Across,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ProvenanceArg {
    Published,
    Draft,
    Illustrative,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum CheckFormatArg {
    Text,
    Json,
    Github,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ListFormat {
    Table,
    Json,
}

/// `--lang`: the languages a report can be written in.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Lang {
    En,
    Es,
    Fr,
    Ru,
}

impl From<Lang> for mgi_diff::languages::Language {
    fn from(l: Lang) -> Self {
        use mgi_diff::languages::Language;
        match l {
            Lang::En => Language::En,
            Lang::Es => Language::Es,
            Lang::Fr => Language::Fr,
            Lang::Ru => Language::Ru,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

impl Cli {
    /// What to do: a command to run, or completions to print.
    pub(crate) fn into_action(self) -> Action {
        let common = Common {
            profiles: self.profiles,
            color: match self.color {
                Color::Auto => ColorChoice::Auto,
                Color::Always => ColorChoice::Always,
                Color::Never => ColorChoice::Never,
            },
            output: self.output,
            lang: self.lang.map(Into::into),
        };
        let (command, format): (Command, Option<Format>) = match self.command {
            Commands::Completions { shell } => return Action::Completions(shell),
            Commands::Man => return Action::Man,
            Commands::Diff(args) => (
                Command::Diff {
                    report: args.report.options(),
                    old: args.old,
                    new: args.new,
                },
                args.report.format.map(Into::into),
            ),
            Commands::Check {
                targets,
                format,
                strict,
            } => (
                Command::Check { targets, strict },
                format.map(|f| match f {
                    CheckFormatArg::Text => Format::Text,
                    CheckFormatArg::Json => Format::Json,
                    CheckFormatArg::Github => Format::Github,
                }),
            ),
            Commands::List { format } => (
                Command::List,
                format.map(|f| match f {
                    ListFormat::Table => Format::Table,
                    ListFormat::Json => Format::Json,
                }),
            ),
            Commands::Show { reference, format } => {
                (Command::Show { reference }, format.map(Into::into))
            }
            Commands::Changes {
                since,
                paths,
                all,
                report,
            } => (
                Command::Changes {
                    since,
                    paths,
                    report: {
                        let mut options = report.options();
                        options.filter.changes_only |= !all;
                        options
                    },
                },
                report.format.map(Into::into),
            ),
            Commands::Schema { kind } => (
                Command::Schema(match kind {
                    SchemaKind::Profile => Kind::Profile,
                    SchemaKind::Diff => Kind::Diff,
                    SchemaKind::Changes => Kind::Changes,
                    SchemaKind::List => Kind::List,
                    SchemaKind::Check => Kind::Check,
                    SchemaKind::History => Kind::History,
                    SchemaKind::Across => Kind::Across,
                }),
                None,
            ),
            Commands::GitDiff { args } => (Command::GitDiff { args }, None),
            Commands::History {
                place,
                format,
                threshold,
            } => (
                Command::History { place, threshold },
                format.map(Into::into),
            ),
            Commands::Site { threshold } => (Command::Site { threshold }, None),
            Commands::Across(args) => (
                Command::Across {
                    references: args.references,
                    year: args.year,
                    level: match args.level {
                        LevelArg::National => mgi_diff::profile::Level::National,
                        LevelArg::Local => mgi_diff::profile::Level::Local,
                    },
                    domains: args.domains,
                    min_places: usize::from(args.min_places),
                    texts: args.texts,
                },
                args.format.map(Into::into),
            ),
            Commands::Ids {
                old,
                new,
                write,
                near,
                only_new,
                include_review,
                threshold,
            } => (
                Command::Ids {
                    old,
                    new,
                    write,
                    threshold,
                    options: mgi_diff::ids::Options {
                        near,
                        only_new,
                        include_review,
                    },
                },
                None,
            ),
            Commands::Import {
                input,
                country,
                iso3,
                year,
                city,
                source,
                provenance,
                language,
            } => (
                Command::Import {
                    input,
                    overrides: Overrides {
                        country,
                        iso3,
                        year,
                        city,
                        source,
                        provenance: Some(match provenance {
                            ProvenanceArg::Published => Provenance::Published,
                            ProvenanceArg::Draft => Provenance::Draft,
                            ProvenanceArg::Illustrative => Provenance::Illustrative,
                        }),
                        language,
                    },
                },
                None,
            ),
        };
        Action::Run(Box::new((command, format, common)))
    }
}

/// Writes what the command line itself prints; a closed pipe is not an error.
fn print(bytes: &[u8]) -> std::process::ExitCode {
    use mgi_diff::exit::ExitCode;
    match std::io::Write::write_all(&mut std::io::stdout().lock(), bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("mgi-diff: error: writing to standard output: {e}");
            ExitCode::Error.into()
        }
        _ => ExitCode::Success.into(),
    }
}

pub(crate) fn main() -> std::process::ExitCode {
    use clap::CommandFactory;
    use mgi_diff::exit::ExitCode;
    let (command, asked, common) = match Cli::parse().into_action() {
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
            return match manual() {
                Ok(page) => print(&page),
                Err(e) => {
                    eprintln!("mgi-diff: error: {e}");
                    ExitCode::Error.into()
                }
            };
        }
    };
    // An output name whose extension picks no format this command writes is refused, rather
    // than filled with a table (`-o report.tsv`, or a profile's `.toml`).
    if let (None, Some(output), [first, ..]) = (asked, common.output.as_deref(), command.formats())
        && output.extension().is_some()
    {
        let offered = command.formats();
        let picked = Format::of_extension(output, offered);
        if picked.is_none() {
            let names: Vec<&str> = offered
                .iter()
                .flat_map(|f| f.extensions())
                .copied()
                .collect();
            eprintln!(
                "mgi-diff: error: --output {}: its extension picks no format of this command; name the file with one of {} or give --format (default {})",
                mgi_diff::text::escape_line(&output.display().to_string()),
                names.join(", "),
                first.name()
            );
            return ExitCode::Error.into();
        }
    }
    // A format asked for that the output name contradicts (`--format html -o report.csv`) is
    // refused too: the file would hold one format under another's name.
    if let (Some(asked), Some(output)) = (asked, common.output.as_deref())
        && let Some(named) = Format::of_extension(output, command.formats())
        && named != asked
    {
        eprintln!(
            "mgi-diff: error: --output {} names the {} format but --format is {}: rename the file or drop --format",
            mgi_diff::text::escape_line(&output.display().to_string()),
            named.name(),
            asked.name()
        );
        return ExitCode::Error.into();
    }
    let format = Format::choose(asked, common.output.as_deref(), command.formats());
    match mgi_diff::app::run(&command, format, &common) {
        Ok(code) => code.into(),
        Err(error) => {
            match error.downcast_ref::<mgi_diff::profile::LoadError>() {
                // Already one `file:line:col: error: message` line per problem.
                // Then one line that says the command stopped there, naming the file.
                Some(mgi_diff::profile::LoadError::Invalid(problems)) => {
                    eprintln!("{error}");
                    if let Some(first) = problems.first() {
                        eprintln!(
                            "mgi-diff: error: stopped by the problems of {} above: nothing was compared or written",
                            mgi_diff::text::escape_line(&first.file)
                        );
                    }
                }
                // An argument echoed in a message is shown, never obeyed by the terminal, and
                // stays on the message's line: a line break in it could otherwise start a line
                // that a CI runner reads as a workflow command (git's own hints included).
                _ => eprintln!(
                    "mgi-diff: error: {}",
                    mgi_diff::text::escape_line(&format!("{error:#}"))
                ),
            }
            ExitCode::Error.into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_valid() {
        Cli::command().debug_assert();
    }
}
