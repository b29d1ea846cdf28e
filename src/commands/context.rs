//! What every command runs with: the options they all share, the format chosen for the run,
//! the profile set's resolver and the terminal's style; and the matcher's settings a run builds
//! from its command line.

use std::path::PathBuf;
use std::sync::Arc;

use mgi_diff::diff;
use mgi_diff::languages::Language;
use mgi_diff::profile::Terms;
use mgi_diff::profile_set::{ProfileSet, Resolver};
use mgi_diff::render::{ColorChoice, Format, Style};

/// Options every command shares.
#[derive(Debug, Clone, Default)]
pub(crate) struct Common {
    /// `--profiles DIR`.
    pub(crate) profiles: Option<PathBuf>,
    /// `--color`.
    pub(crate) color: ColorChoice,
    /// `--output FILE`; standard output when absent.
    pub(crate) output: Option<PathBuf>,
    /// `--lang`: the language of a report's words; by default the profiles' own when they
    /// agree, else English.
    pub(crate) lang: Option<Language>,
}

/// A run of one command: what it was given and what it writes with.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    pub(crate) common: &'a Common,
    /// The format of the run, chosen once from `--format` and `--output`.
    pub(crate) format: Format,
    /// Reads what the command line's references name.
    pub(crate) resolver: Resolver,
    /// Colour and width for standard output, or for the `--output` file.
    pub(crate) style: Style,
}

/// The matcher's settings of a run, built once from the command line (`--threshold`,
/// `--explain`) and the profile set's terms file, and handed to whatever compares.
pub(crate) fn matching(threshold: f64, explain: bool, terms: Option<Arc<Terms>>) -> diff::Options {
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
pub(crate) fn name_skipped(set: &ProfileSet) {
    for skipped in &set.skipped {
        eprintln!("mgi-diff: {}", skipped.problem());
    }
}
