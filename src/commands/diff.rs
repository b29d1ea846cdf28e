//! `diff OLD NEW`: two profiles compared, domain by domain.

use anyhow::Result;

use mgi_diff::diff::{self, Filter};
use mgi_diff::languages::Language;
use mgi_diff::render;

use super::context::{Context, matching};
use super::exit::{ExitChecks, ExitCode};

/// `diff`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct Diff {
    pub(crate) old: String,
    pub(crate) new: String,
    pub(crate) report: ReportOptions,
}

/// How `diff` and `changes` compare and report.
#[derive(Debug, Clone)]
pub(crate) struct ReportOptions {
    /// `--domain`, `--status`, `--changes-only`.
    pub(crate) filter: Filter,
    /// `--threshold`.
    pub(crate) threshold: f64,
    /// Not `--no-word-diff`.
    pub(crate) word_diff: bool,
    /// `--max-chars`: the longest a Markdown or HTML report may be.
    pub(crate) max_chars: Option<usize>,
    /// `--explain`: record why each pair was made.
    pub(crate) explain: bool,
    /// `--exit-code` and `--fail-on`.
    pub(crate) checks: ExitChecks,
}

impl ReportOptions {
    /// What the report shows, in `lang` when one is asked for.
    pub(crate) fn shown(&self, lang: Option<Language>) -> render::Options {
        render::Options {
            word_diff: self.word_diff,
            max_chars: self.max_chars,
            lang,
        }
    }
}

/// Compares the two profiles, renders the report, and fails when the exit checks say so.
pub(crate) fn run(args: &Diff, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let Diff { old, new, report } = args;
    let resolver = &cx.resolver;
    let old = resolver.load(&resolver.reference(old))?;
    let new = resolver.load(&resolver.reference(new))?;
    let options = matching(report.threshold, report.explain, resolver.terms()?);
    let diffed = diff::diff_with(&old, &new, &options).filter(&report.filter);
    let shown = report.shown(cx.common.lang);
    render::diff(&diffed, cx.format, &cx.style, &shown, out)?;
    Ok(ExitCode::failed_if(report.checks.complain(&diffed)))
}
