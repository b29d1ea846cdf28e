//! `site -o DIR`: the profile set as a static website, written into a folder.

use anyhow::Result;

use super::context::{Context, matching, name_skipped};
use super::exit::ExitCode;

/// `site`'s argument.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    /// `--threshold`, as for `diff`.
    pub(crate) threshold: f64,
}

/// Builds every page in memory, then writes the folder `--output` names and says what it
/// wrote.
pub(crate) fn run(args: &Site, cx: &Context<'_>) -> Result<ExitCode> {
    let Some(dir) = cx.common.output.as_deref() else {
        anyhow::bail!("site writes a folder: name it with --output DIR");
    };
    let set = cx.resolver.set()?;
    name_skipped(set);
    let options = matching(args.threshold, false, cx.resolver.terms()?);
    let written = mgi_diff::site::build(set, options, cx.common.lang)?.write(dir)?;
    println!("{written}");
    Ok(ExitCode::Success)
}
