//! `site`: the profile set as a static website. An index of places; for each place a page of
//! its history, a page per round, and a page per comparison of two consecutive rounds (the
//! HTML report). Links are relative and nothing is fetched from elsewhere, so the site works
//! from `file://` and on GitHub Pages.
//!
//! The whole site is made in memory first: a profile that does not load stops it before a
//! file is written. It is written only into a folder that is new, empty, or made by `site`
//! (which keeps the list of what it wrote in `.mgi-diff-site`); of such a folder it replaces
//! only the files it wrote itself, and refuses to write over any other.

use std::collections::HashSet;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::diff;
use crate::profile::{Profile, slug};
use crate::render::site::{self as pages, PlaceRow};
use crate::store::ProfileSet;

/// The file that marks a folder as made by `site`, listing the files written.
const MARKER: &str = ".mgi-diff-site";

/// The pages of a site, by their path inside it (`/`-separated).
#[derive(Debug)]
pub(crate) struct Site {
    pages: Vec<(String, String)>,
    places: usize,
    profiles: usize,
    comparisons: usize,
}

/// A folder-safe name for each place: its folder's components as slugs, made unique.
fn page_names(places: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    places
        .iter()
        .map(|folder| {
            let parts: Vec<String> = folder
                .split('/')
                .map(|c| match slug(c) {
                    s if s.is_empty() => "place".to_string(),
                    s => s,
                })
                .collect();
            let base = parts.join("/");
            let mut name = base.clone();
            let mut n = 2;
            while !seen.insert(name.clone()) {
                name = format!("{base}-{n}");
                n += 1;
            }
            name
        })
        .collect()
}

/// The relative path from a page at `from` (inside the site) to `to`.
fn link(from: &str, to: &str) -> String {
    let depth = from.matches('/').count();
    format!("{}{to}", "../".repeat(depth))
}

/// Makes every page of the site from the profile set.
pub(crate) fn build(
    set: &ProfileSet,
    threshold: f64,
    terms: Option<std::sync::Arc<crate::profile::Terms>>,
) -> Result<Site> {
    let options = diff::Options {
        tuning: diff::Tuning {
            threshold,
            ..diff::Tuning::default()
        },
        explain: false,
        terms,
    };
    let places = set.places();
    let names = page_names(&places);
    let mut site = Site {
        pages: Vec::new(),
        places: places.len(),
        profiles: 0,
        comparisons: 0,
    };
    let mut rows = Vec::with_capacity(places.len());
    for (place, name) in places.iter().zip(&names) {
        // A round that does not load is an error naming its file: the site is not made.
        let rounds = set.rounds(place)?;
        let (history, steps) = crate::history::history_and_steps(&rounds, &options);
        let history_page = format!("places/{name}.html");
        site.pages.push((
            history_page.clone(),
            pages::history(&history, &link(&history_page, "index.html")),
        ));
        let mut row_rounds = Vec::with_capacity(rounds.len());
        for p in &rounds {
            let page = format!("rounds/{name}/{}.html", p.year);
            let html = pages::profile(p, &link(&page, "index.html"), &link(&page, &history_page));
            row_rounds.push((p.year, p.provenance, page.clone()));
            site.pages.push((page, html));
            site.profiles += 1;
        }
        let mut change = None;
        for (pair, report) in rounds.windows(2).zip(&steps) {
            let page = format!("compare/{name}/{}-{}.html", pair[0].year, pair[1].year);
            let html = pages::diff(
                report,
                &link(&page, "index.html"),
                &link(&page, &history_page),
            );
            change = Some((describe(report, &pair[0]), page.clone()));
            site.pages.push((page, html));
            site.comparisons += 1;
        }
        rows.push(row(&rounds, &history, history_page, row_rounds, change));
    }
    site.pages.push((
        "index.html".to_string(),
        pages::index(&rows, &set.where_from()),
    ));
    Ok(site)
}

/// The index's row of a place: its latest round's counts are the history's.
fn row(
    rounds: &[Profile],
    history: &crate::history::History,
    history_page: String,
    links: Vec<(u16, crate::profile::Provenance, String)>,
    change: Option<(String, String)>,
) -> PlaceRow {
    let latest = rounds.last().expect("a place has a round");
    let mut counts = diff::CategoryCounts::default();
    for c in history.domains.iter().filter_map(|d| d.counts.last()) {
        counts.well_developed += c.well_developed;
        counts.further_development += c.further_development;
    }
    PlaceRow {
        place: latest.place(),
        level: latest.level.key(),
        history: history_page,
        rounds: links,
        latest: counts,
        change,
    }
}

/// `since 2018: 3 reworded, 1 added`, or `since 2018: no change`.
fn describe(report: &diff::Report, old: &Profile) -> String {
    let changes = report
        .summary
        .differing_text()
        .unwrap_or_else(|| "no change".into());
    let review = match report.review {
        0 => String::new(),
        n => format!("; {n} to review"),
    };
    format!("since {}: {changes}{review}", old.year)
}

impl Site {
    /// Writes the site into `dir` (see the module's rules), and says what it wrote.
    pub(crate) fn write(&self, dir: &Path) -> Result<String> {
        let shown = crate::text::escape_line(&dir.display().to_string()).into_owned();
        let previous = owned_files(dir, &shown)?;
        // Refuse before writing anything: a page would replace a file `site` did not write, or
        // a link planted in the folder (or in place of one of its subfolders) would take a
        // page, or a removal, out of it.
        let paths = self.pages.iter().map(|(rel, _)| rel).chain(&previous);
        for rel in paths.chain(std::iter::once(&MARKER.to_string())) {
            let named = || format!("{shown}/{}", crate::text::escape_line(rel));
            if let Some(link) = planted_link(dir, rel) {
                bail!(
                    "{shown}/{}: is a link; site never writes through one (nothing was written)",
                    crate::text::escape_line(&link)
                );
            }
            match std::fs::symlink_metadata(dir.join(rel)) {
                Err(_) => {}
                Ok(meta) if !meta.is_file() => {
                    bail!("{}: is not a file (nothing was written)", named())
                }
                Ok(_) if !previous.contains(rel.as_str()) && rel != MARKER => bail!(
                    "{}: exists and was not written by mgi-diff site; nothing was written",
                    named()
                ),
                Ok(_) => {}
            }
        }
        for rel in &previous {
            // What the last run wrote and this one does not: removed, so no page is stale.
            if !self.pages.iter().any(|(r, _)| r == rel) {
                let _ = std::fs::remove_file(dir.join(rel));
            }
        }
        std::fs::create_dir_all(dir).with_context(|| format!("{shown}: cannot create it"))?;
        let mut list = String::new();
        for (rel, html) in &self.pages {
            let target = dir.join(rel);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("{shown}/{rel}: cannot create its folder"))?;
            }
            std::fs::write(&target, html)
                .with_context(|| format!("{shown}/{rel}: cannot write it"))?;
            list.push_str(rel);
            list.push('\n');
        }
        std::fs::write(dir.join(MARKER), list)
            .with_context(|| format!("{shown}/{MARKER}: cannot write it"))?;
        let plural = crate::text::plural;
        Ok(format!(
            "wrote {} to {shown}: the index, {}, {}, {}",
            plural(self.pages.len(), "page"),
            plural(self.places, "place"),
            plural(self.profiles, "profile"),
            plural(self.comparisons, "comparison")
        ))
    }
}

/// The first path from `dir` down to `rel` (itself included) that is a symbolic link.
fn planted_link(dir: &Path, rel: &str) -> Option<String> {
    let mut at = String::new();
    for part in rel.split('/') {
        if !at.is_empty() {
            at.push('/');
        }
        at.push_str(part);
        match std::fs::symlink_metadata(dir.join(&at)) {
            Ok(meta) if meta.file_type().is_symlink() => return Some(at),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

/// The files a previous run wrote into `dir`; empty for a folder that is new or empty. A
/// folder with other files and no marker, or a path that is no folder, is refused.
fn owned_files(dir: &Path, shown: &str) -> Result<HashSet<String>> {
    let meta = match std::fs::symlink_metadata(dir) {
        Err(_) => return Ok(HashSet::new()),
        Ok(meta) => meta,
    };
    if !meta.is_dir() {
        bail!("{shown}: is not a folder; site writes a folder (nothing was written)");
    }
    let marker = dir.join(MARKER);
    if std::fs::symlink_metadata(&marker).is_ok_and(|m| !m.is_file()) {
        bail!(
            "{shown}/{MARKER}: is not a file; site never reads or writes through a link (nothing was written)"
        );
    }
    match crate::read::read_found(&marker) {
        Ok(list) => Ok((list.text)
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('/') && !l.split('/').any(|c| c == ".."))
            .map(str::to_string)
            .collect()),
        Err(_) => {
            let empty = std::fs::read_dir(dir)
                .with_context(|| format!("{shown}: cannot read it"))?
                .next()
                .is_none();
            if empty {
                Ok(HashSet::new())
            } else {
                bail!(
                    "{shown}: is not empty and was not made by mgi-diff site; give a new or empty folder (nothing was written)"
                )
            }
        }
    }
}
