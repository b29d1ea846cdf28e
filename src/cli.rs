//! The command line: clap's derive types, converted once into the plain options of the
//! commands (`crate::commands`), with the format asked for. Every closed list it offers
//! (formats, schemas, colours, languages, levels, provenances) is the library's own, read
//! through [`one_of`]: the formats each command writes are `render::Output::formats`, the one
//! table the run's format is chosen from too.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands::context::Common;
use crate::commands::exit::{ExitChecks, FailOn};
use crate::commands::{self, Command, diff::ReportOptions};
use mgi_diff::diff::{DEFAULT_THRESHOLD, Filter, Status};
use mgi_diff::import::Overrides;
use mgi_diff::profile::{Domain, Language, Level, Provenance};
use mgi_diff::render::{ColorChoice, Format, Output, Schema};

pub(crate) mod manual;

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
    command: Commands,

    #[command(flatten)]
    globals: Globals,
}

/// The options of every command.
#[derive(Debug, Args)]
pub(crate) struct Globals {
    /// Folder of profiles that `country@year` references are looked up in.
    #[arg(long, global = true, value_name = "DIR")]
    profiles: Option<PathBuf>,

    /// Colour: `auto` colours only a terminal, and never with NO_COLOR set.
    #[arg(long, global = true, value_parser = one_of(&ColorChoice::ALL, ColorChoice::name, no_help), default_value = "auto", value_name = "WHEN")]
    color: ColorChoice,

    /// Write the output to PATH instead of standard output, only once it is complete (`site`:
    /// the folder to write the website into).
    #[arg(long, short, global = true, value_name = "PATH")]
    output: Option<PathBuf>,

    /// The language of a report's words (diff, changes, history, show, list, site, across) [default:
    /// the profiles' own when they agree, else en]. JSON keys and CSV columns stay English.
    #[arg(long, global = true, value_parser = one_of(&Language::ALL, Language::key, no_help), value_name = "LANG")]
    lang: Option<Language>,
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
        #[arg(long, value_parser = formats(Output::Check))]
        format: Option<Format>,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// List the available profiles.
    List {
        /// Output format [default: table, or the extension of --output]
        #[arg(long, value_parser = formats(Output::List))]
        format: Option<Format>,
    },
    /// Print one profile.
    Show {
        /// The profile: a path, `-`, or a reference such as `kazakhstan@2018`.
        #[arg(value_name = "REF")]
        reference: String,
        /// Output format [default: table, or the extension of --output]
        #[arg(long, value_parser = formats(Output::Show))]
        format: Option<Format>,
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
        /// Output format [default: table, or the extension of --output: .md, .json, .html, .csv]
        #[arg(long, value_parser = formats(Output::Changes))]
        format: Option<Format>,
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
        #[arg(long, value_parser = formats(Output::History))]
        format: Option<Format>,
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
        #[arg(long, value_parser = one_of(&PROVENANCES, Provenance::key, no_help), default_value = "published")]
        provenance: Provenance,
        /// The language of the text (`en`, `es`, `fr`, `ru`), when its headings do not tell it.
        #[arg(long, value_name = "TAG", value_parser = Language::from_tag)]
        language: Option<Language>,
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
        #[arg(value_parser = one_of(&Schema::ALL, Schema::name, |s| Some(s.help())), default_value = "profile")]
        kind: Schema,
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
    old: String,
    /// The later profile.
    new: String,
    /// Output format [default: table, or the extension of --output: .md, .json, .html, .csv]
    #[arg(long, value_parser = formats(Output::Diff))]
    format: Option<Format>,
    #[command(flatten)]
    report: ReportArgs,
}

/// `across`'s options.
#[derive(Debug, Args)]
pub(crate) struct AcrossArgs {
    /// Profiles to compare, one per place (default: one round of every place of the set).
    #[arg(value_name = "REF|FILE")]
    references: Vec<String>,
    /// The round of each place closest to this year, at or before it (default: the latest).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2015..=2100))]
    year: Option<u16>,
    /// National profiles or cities' (local) ones.
    #[arg(long, value_parser = one_of(&LEVELS, Level::key, no_help), default_value = "national")]
    level: Level,
    /// Show only this domain (repeatable).
    #[arg(long = "domain", value_name = "KEY")]
    domains: Vec<Domain>,
    /// The fewest places a theme must have to be listed (at least 2).
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u16).range(2..))]
    min_places: u16,
    /// Output format [default: table, or the extension of --output: .md, .json, .html, .csv]
    #[arg(long, value_parser = formats(Output::Across))]
    format: Option<Format>,
    /// Table: every member's own text under its theme.
    #[arg(long)]
    texts: bool,
}

/// The report options `diff` (and `changes`) share.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Show only this domain (repeatable).
    #[arg(long = "domain", value_name = "KEY")]
    domains: Vec<Domain>,
    /// Show only these statuses (comma-separated: unchanged, reworded, improved, regressed,
    /// moved, added, resolved, dropped).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    status: Vec<Status>,
    /// Hide unchanged findings.
    #[arg(long)]
    changes_only: bool,
    /// How similar (0 to 1) two texts must be to count as the same finding.
    #[arg(long, value_name = "F", default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    threshold: f64,
    /// Show old and new texts whole instead of a word-level diff.
    #[arg(long)]
    no_word_diff: bool,
    /// Markdown and HTML: shorten the report to at most N characters, leaving out whole
    /// sections and saying so (a GitHub comment holds 65536, a job summary 1 MiB). Too small
    /// a bound is refused with the size the report needs.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_chars: Option<u64>,
    /// For every pair: the score, the weighted terms the two share, whether they stand in the
    /// same place, and the runner-up candidate (JSON: an `evidence` object).
    #[arg(long)]
    explain: bool,
    /// Exit with status 1 when anything changed.
    #[arg(long)]
    exit_code: bool,
    /// Exit with status 1 when an entry has one of these statuses, or with `review` when a
    /// pairing is marked for review (comma-separated)
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    fail_on: Vec<FailOn>,
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
            checks: ExitChecks {
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

/// A value offered by name from a closed list of the library's, each named by `name` and
/// described by `help` (`--help` lists the descriptions when one has any), and given back as
/// itself: the list is not copied into a clap enum.
fn one_of<T: Copy + Send + Sync + 'static>(
    values: &'static [T],
    name: fn(T) -> &'static str,
    help: fn(T) -> Option<&'static str>,
) -> impl TypedValueParser<Value = T> {
    let offered = values
        .iter()
        .map(move |&v| PossibleValue::new(name(v)).help(help(v)));
    PossibleValuesParser::new(offered).try_map(move |picked: String| {
        values
            .iter()
            .copied()
            .find(|&v| name(v) == picked)
            .ok_or("not one of the values offered")
    })
}

/// No description beside a value's name.
fn no_help<T>(_: T) -> Option<&'static str> {
    None
}

/// `--format`'s values for what `output` renders, from the table of formats.
fn formats(output: Output) -> impl TypedValueParser<Value = Format> {
    one_of(output.formats(), Format::name, Format::help)
}

/// `--level`'s values.
const LEVELS: [Level; 2] = [Level::National, Level::Local];

/// `--provenance`'s values.
const PROVENANCES: [Provenance; 3] = [
    Provenance::Published,
    Provenance::Draft,
    Provenance::Illustrative,
];

/// What the command line asks for.
pub(crate) enum Action {
    /// A command, with the format it asked for (if any) and the options every command shares.
    Run(Box<(Command, Option<Format>, Common)>),
    /// Completions need the clap definition, which only this module sees.
    Completions(clap_complete::Shell),
    /// So does the manual page.
    Man,
}

impl Cli {
    /// The command line, parsed and its errors printed as [`Parser::parse`] does, but without
    /// taking clap's tree of every command and argument apart at the end: the process ends
    /// soon after, and dropping it was 92,000 instructions of a 9.1 M `diff`.
    pub(crate) fn read() -> Cli {
        let args: Vec<OsString> = std::env::args_os().collect();
        Cli::read_diff(&args).unwrap_or_else(|| Cli::read_any(args))
    }

    /// `mgi-diff diff …`, the commonest run, read by a tree of `diff`'s arguments alone rather
    /// than of every command's: the whole tree (170 KB) cost the shipped diff 0.18 M more
    /// instructions of its 8.54 M and 33 more page faults of its 277. `None` for any other
    /// command line, and for one this tree cannot read (`--help`, a mistake): then
    /// [`Cli::read_any`] reads it, and words its help and errors.
    fn read_diff(args: &[OsString]) -> Option<Cli> {
        if args.get(1).is_none_or(|a| a != "diff") {
            return None;
        }
        let diff = DiffArgs::augment_args(clap::Command::new("diff"));
        let mut command = Globals::augment_args(clap::Command::new("mgi-diff")).subcommand(diff);
        let mut matches = command.try_get_matches_from_mut(args).ok()?;
        std::mem::forget(command);
        Cli::from_arg_matches_mut(&mut matches).ok()
    }

    /// Any command line, with the whole tree of commands.
    fn read_any(args: Vec<OsString>) -> Cli {
        let mut command = Cli::command();
        let parsed = match command.try_get_matches_from_mut(args) {
            Ok(mut matches) => Cli::from_arg_matches_mut(&mut matches).map_err(|e| {
                // As `Parser::parse` words an error of the derived types.
                e.format(&mut Cli::command())
            }),
            Err(e) => Err(e),
        };
        std::mem::forget(command);
        parsed.unwrap_or_else(|e| e.exit())
    }

    /// What to do: a command to run, or completions or the manual to print.
    pub(crate) fn into_action(self) -> Action {
        let Globals {
            profiles,
            color,
            output,
            lang,
        } = self.globals;
        let common = Common {
            profiles,
            color,
            output,
            lang,
        };
        let (command, format) = match self.command {
            Commands::Completions { shell } => return Action::Completions(shell),
            Commands::Man => return Action::Man,
            Commands::Diff(args) => (
                Command::Diff(commands::diff::Diff {
                    report: args.report.options(),
                    old: args.old,
                    new: args.new,
                }),
                args.format,
            ),
            Commands::Check {
                targets,
                format,
                strict,
            } => (
                Command::Check(commands::check::Check { targets, strict }),
                format,
            ),
            Commands::List { format } => (Command::List, format),
            Commands::Show { reference, format } => {
                (Command::Show(commands::show::Show { reference }), format)
            }
            Commands::Changes {
                since,
                paths,
                all,
                format,
                report,
            } => (
                Command::Changes(commands::changes::Changes {
                    since,
                    paths,
                    report: {
                        let mut options = report.options();
                        options.filter.changes_only |= !all;
                        options
                    },
                }),
                format,
            ),
            Commands::Schema { kind } => (Command::Schema(kind), None),
            Commands::GitDiff { args } => (Command::GitDiff(args), None),
            Commands::History {
                place,
                format,
                threshold,
            } => (
                Command::History(commands::history::History { place, threshold }),
                format,
            ),
            Commands::Site { threshold } => {
                (Command::Site(commands::site::Site { threshold }), None)
            }
            Commands::Across(args) => (
                Command::Across(commands::across::Across {
                    references: args.references,
                    year: args.year,
                    level: args.level,
                    domains: args.domains,
                    min_places: usize::from(args.min_places),
                    texts: args.texts,
                }),
                args.format,
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
                Command::Ids(commands::ids::Ids {
                    old,
                    new,
                    write,
                    threshold,
                    ties: commands::ids::Ties {
                        near,
                        only_new,
                        include_review,
                    },
                }),
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
                Command::Import(commands::import::Import {
                    input,
                    overrides: Overrides {
                        country,
                        iso3,
                        year,
                        city,
                        source,
                        provenance: Some(provenance),
                        language,
                    },
                }),
                None,
            ),
        };
        Action::Run(Box::new((command, format, common)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_valid() {
        Cli::command().debug_assert();
    }

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn diff_is_read_alike_by_its_own_tree_and_the_whole() {
        for line in [
            "mgi-diff diff a b",
            "mgi-diff diff kazakhstan@2018 kazakhstan@2022 --format json --lang es",
            "mgi-diff diff a b --color always -o out.md --profiles p --domain migrants-rights",
            "mgi-diff diff --status added,dropped a b --threshold 0.6 --changes-only",
            "mgi-diff diff a b --no-word-diff --max-chars 2000 --explain --exit-code",
            "mgi-diff diff a b --fail-on review,regressed",
            "mgi-diff diff --color never -- -a b",
        ] {
            let own = Cli::read_diff(&words(line)).expect("read by diff's tree");
            let whole = Cli::read_any(words(line));
            assert_eq!(format!("{own:?}"), format!("{whole:?}"), "{line}");
        }
    }

    #[test]
    fn what_diff_s_tree_cannot_read_is_left_to_the_whole() {
        for line in [
            "mgi-diff",
            "mgi-diff show kazakhstan@2018",
            "mgi-diff --lang es diff a b",
            "mgi-diff diff --help",
            "mgi-diff diff a",
            "mgi-diff diff a b --threshold 2",
            "mgi-diff diff a b --version",
        ] {
            assert!(Cli::read_diff(&words(line)).is_none(), "{line}");
        }
    }
}
