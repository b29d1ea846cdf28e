//! `list`: the profiles of the set in use, and on standard error the files it does not list.

use anyhow::Result;

use mgi_diff::diff::{self, ProfileInfo};
use mgi_diff::languages;
use mgi_diff::render;
use mgi_diff::text::escape_line;

use super::context::{Context, name_skipped};
use super::exit::ExitCode;

/// Lists the valid profiles of the set; each file left out is named, with why.
pub(crate) fn run(cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let set = cx.resolver.set()?;
    let rows: Vec<ProfileInfo> = set.valid_profiles().collect();
    // What is not listed is named, on standard error.
    name_skipped(set);
    let listed: std::collections::HashSet<&str> = rows.iter().map(|r| r.origin.as_str()).collect();
    for f in &set.files {
        let origin = set.where_is(&f.rel);
        if !listed.contains(origin.as_str()) {
            eprintln!(
                "mgi-diff: {}: not listed: it does not validate (see `mgi-diff check`)",
                escape_line(&origin)
            );
        } else if let Some(w) = set
            .load(f)
            .profile
            .as_ref()
            .and_then(diff::language_misread)
        {
            eprintln!("mgi-diff: {}: warning: {w}", escape_line(&origin));
        }
    }
    let lang = cx
        .common
        .lang
        .unwrap_or_else(|| languages::of_profiles(rows.iter().map(|r| r.language)));
    render::list(&rows, cx.format, &cx.style, lang, out)?;
    Ok(ExitCode::Success)
}
