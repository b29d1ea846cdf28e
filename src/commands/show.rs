//! `show REF`: one profile, in its own language unless `--lang` says otherwise.

use anyhow::Result;

use mgi_diff::render;

use super::context::Context;
use super::exit::ExitCode;

/// `show`'s argument.
#[derive(Debug, Clone)]
pub(crate) struct Show {
    /// A path, `-`, or a reference such as `kazakhstan@2018`.
    pub(crate) reference: String,
}

/// Renders the profile the reference names.
pub(crate) fn run(args: &Show, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let resolver = &cx.resolver;
    let profile = resolver.load(&resolver.reference(&args.reference))?;
    let lang = cx.common.lang.unwrap_or(profile.language);
    render::show(&profile, cx.format, &cx.style, lang, out)?;
    Ok(ExitCode::Success)
}
