//! `across [REF]…`: one period across places, their findings grouped into shared themes.

use anyhow::Result;

use mgi_diff::across;
use mgi_diff::profile::{Domain, Level};
use mgi_diff::render;
use mgi_diff::text::escape_line;

use super::context::{Context, name_skipped};
use super::exit::ExitCode;

/// `across`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct Across {
    /// One profile per place; none: one round of every place of the set.
    pub(crate) references: Vec<String>,
    /// `--year`: each place's round closest to it, at or before it.
    pub(crate) year: Option<u16>,
    /// `--level`.
    pub(crate) level: Level,
    /// `--domain`.
    pub(crate) domains: Vec<Domain>,
    /// `--min-places`.
    pub(crate) min_places: usize,
    /// `--texts`: every member's own text in the table.
    pub(crate) texts: bool,
}

/// Picks the profiles, groups their findings, and renders the themes; warnings go to
/// standard error.
pub(crate) fn run(args: &Across, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let resolver = &cx.resolver;
    if args.references.is_empty() {
        name_skipped(resolver.set()?);
    }
    let (profiles, notes) = across::select(resolver, &args.references, args.year, args.level)?;
    let options = across::Options {
        domains: args.domains.clone(),
        min_places: args.min_places,
        terms: resolver.terms()?,
        ..across::Options::default()
    };
    let mut report = across::across(&profiles, &options);
    report.warnings.extend(notes);
    for w in &report.warnings {
        eprintln!("mgi-diff: warning: {}", escape_line(w));
    }
    render::across(
        &report,
        cx.format,
        &cx.style,
        args.texts,
        cx.common.lang,
        out,
    )?;
    Ok(ExitCode::Success)
}
