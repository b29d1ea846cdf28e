//! `history PLACE`: every round of a place, and each finding's line through them.

use anyhow::Result;

use mgi_diff::{history, render};

use super::context::{Context, matching, name_skipped};
use super::exit::ExitCode;

/// `history`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct History {
    /// `kazakhstan`, `KAZ`, `kazakhstan/almaty`.
    pub(crate) place: String,
    /// `--threshold`, as for `diff`.
    pub(crate) threshold: f64,
}

/// Chains the place's rounds and renders the history.
pub(crate) fn run(args: &History, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let set = cx.resolver.set()?;
    name_skipped(set);
    let rounds = set.rounds(&args.place)?;
    let options = matching(args.threshold, false, cx.resolver.terms()?);
    let history = history::history(&rounds, &options);
    render::history(&history, cx.format, &cx.style, cx.common.lang, out)?;
    Ok(ExitCode::Success)
}
