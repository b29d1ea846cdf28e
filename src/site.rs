//! `site`: the profile set as a static website. An index of places; for each place a page of
//! its history, a page per round, and a page per comparison of two consecutive rounds (the
//! HTML report); per period, a page across places. Every page links where a reader goes next.
//! Links are relative and nothing is fetched from elsewhere, so the site works from `file://`
//! and on GitHub Pages.
//!
//! The pages are made in memory one place at a time (memory grows per place, not per set),
//! each handed with its path inside the site to whoever writes it: writing them into a folder,
//! all or nothing, is the program's (`mgi-diff site`).

use std::collections::{BTreeMap, HashSet};

use anyhow::Result;

use crate::diff;
use crate::languages::{Language, tr};
use crate::profile::{Level, LoadError, Profile, slug};
use crate::profile_set::{ProfileSet, SetFile};
use crate::render::site::{self as pages, PlaceLinks, PlaceRow};

/// A site to be made: the places of a profile set, each with its files, and how findings are
/// matched. Nothing is loaded before its pages are made, one place at a time.
#[derive(Debug)]
pub struct Site<'s> {
    set: &'s ProfileSet,
    options: diff::Options,
    /// The language of its words: `--lang`, else the profile set's own when all agree.
    lang: Language,
    /// Each place's name in the site (folder-safe, unique) and the files of its folder.
    places: Vec<(String, Vec<&'s SetFile>)>,
}

/// What the pages of a site count, for the line `site` prints.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Made {
    /// The places, each a folder of the profile set with its page of history.
    pub places: usize,
    /// The pages of a round.
    pub profiles: usize,
    /// The pages comparing two consecutive rounds of a place.
    pub comparisons: usize,
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

/// `base.html`, or `base-2.html` (and so on) when a page of that name is already in `taken`:
/// two files of one folder may claim the same year (`2018.toml`, `02018.toml`).
fn unique(taken: &mut HashSet<String>, base: &str) -> String {
    let mut page = format!("{base}.html");
    let mut n = 2;
    while !taken.insert(page.clone()) {
        page = format!("{base}-{n}.html");
        n += 1;
    }
    page
}

/// The site of the profile set: its places, each the files of one folder. Grouped in one
/// pass: looking each place's files up in the whole set made 20,000 places take 48 s.
pub fn build(set: &ProfileSet, options: diff::Options, lang: Option<Language>) -> Result<Site<'_>> {
    // The profiles are read once more for their language when it is not given: reading is a
    // small part of making the site, whose pages are mostly comparisons.
    let lang = lang
        .unwrap_or_else(|| crate::languages::of_profiles(set.valid_profiles().map(|p| p.language)));
    let mut folders: BTreeMap<String, Vec<&SetFile>> = BTreeMap::new();
    for file in &set.files {
        if let Some(name) = &file.name {
            folders.entry(name.folder()).or_default().push(file);
        }
    }
    let names = page_names(&folders.keys().cloned().collect::<Vec<_>>());
    Ok(Site {
        set,
        options,
        lang,
        places: names.into_iter().zip(folders.into_values()).collect(),
    })
}

impl Site<'_> {
    /// Makes the pages of one place, handing each to `emit`, and returns its row of the index.
    fn place<'f>(
        &self,
        name: &str,
        files: &[&'f SetFile],
        made: &mut Made,
        known: &mut Vec<Round<'f>>,
        emit: &mut dyn FnMut(&str, &str) -> Result<()>,
    ) -> Result<PlaceRow> {
        let mut rounds = Vec::with_capacity(files.len());
        for file in files {
            // A round that does not load is an error naming its file: the site is not made.
            let loaded = self.set.load(file);
            match loaded.profile {
                Some(p) => {
                    known.push(Round {
                        year: p.year,
                        level: p.level,
                        file,
                    });
                    rounds.push(p);
                }
                None => return Err(LoadError::Invalid(loaded.problems).into()),
            }
        }
        rounds.sort_by_key(|p| p.year);
        let (history, steps) = crate::history::history_and_steps(&rounds, &self.options);
        let place = rounds.first().map(Profile::place).unwrap_or_default();
        let history_page = format!("places/{name}.html");
        let mut taken = HashSet::new();
        let round_pages: Vec<String> = rounds
            .iter()
            .map(|p| format!("rounds/{name}/{}", unique(&mut taken, &p.year.to_string())))
            .collect();
        let pair_pages: Vec<String> = rounds
            .windows(2)
            .map(|w| {
                let base = format!("{}-{}", w[0].year, w[1].year);
                format!("compare/{name}/{}", unique(&mut taken, &base))
            })
            .collect();
        let from_history = |to: &String| link(&history_page, to);
        let links = PlaceLinks {
            home: link(&history_page, "index.html"),
            rounds: round_pages.iter().map(from_history).collect(),
            comparisons: pair_pages.iter().map(from_history).collect(),
        };
        let lang = self.lang;
        emit(&history_page, &pages::history(&history, &links, lang))?;
        // Every page leads home, to its place, and on to its neighbours.
        let common = |from: &str| {
            vec![
                (tr!(lang, "site-all-places"), link(from, "index.html")),
                (
                    tr!(lang, "site-history-of", place = place.as_str()),
                    link(from, &history_page),
                ),
            ]
        };
        for (i, (p, page)) in rounds.iter().zip(&round_pages).enumerate() {
            let mut nav = common(page);
            if i > 0 {
                let before = year(&rounds[i - 1]);
                nav.push((format!("← {before}"), link(page, &round_pages[i - 1])));
            }
            if let Some(after) = rounds.get(i + 1) {
                nav.push((
                    format!("{} →", year(after)),
                    link(page, &round_pages[i + 1]),
                ));
            }
            emit(page, &pages::profile(p, &nav, lang))?;
            made.profiles += 1;
        }
        let mut change = None;
        for (i, (report, page)) in steps.iter().zip(&pair_pages).enumerate() {
            let (old, new) = (&rounds[i], &rounds[i + 1]);
            let mut nav = common(page);
            nav.push((
                format!("{place} {}", year(old)),
                link(page, &round_pages[i]),
            ));
            nav.push((
                format!("{place} {}", year(new)),
                link(page, &round_pages[i + 1]),
            ));
            if i > 0 {
                let before = format!("← {} → {}", year(&rounds[i - 1]), old.year);
                nav.push((before, link(page, &pair_pages[i - 1])));
            }
            if let Some(next) = pair_pages.get(i + 1) {
                let after = format!("{} → {} →", new.year, year(&rounds[i + 2]));
                nav.push((after, link(page, next)));
            }
            emit(page, &pages::diff(report, lang, &nav))?;
            made.comparisons += 1;
            change = Some((describe(report, old, lang), page.clone()));
        }
        let links = rounds
            .iter()
            .zip(round_pages)
            .map(|(p, page)| (p.year, p.provenance, page))
            .collect();
        Ok(row(&rounds, &history, history_page, links, change))
    }

    /// Makes every page, handing each to `emit` with its path inside the site (`index.html`
    /// last), and counts them. Stops at the first error of `emit`, or at a round that does not
    /// load (a [`LoadError`] naming its file).
    pub fn pages(&self, emit: &mut dyn FnMut(&str, &str) -> Result<()>) -> Result<Made> {
        let mut made = Made {
            places: self.places.len(),
            ..Made::default()
        };
        let mut rows = Vec::with_capacity(self.places.len());
        let mut rounds = Vec::with_capacity(self.places.len());
        for (name, files) in &self.places {
            let mut known = Vec::with_capacity(files.len());
            rows.push(self.place(name, files, &mut made, &mut known, emit)?);
            rounds.push(known);
        }
        let periods = periods(&rounds);
        let period_links: Vec<(String, String)> =
            periods.iter().map(|p| (p.label(), p.page())).collect();
        for (i, period) in periods.iter().enumerate() {
            let page = period.page();
            let mut nav = vec![(tr!(self.lang, "site-all-places"), link(&page, "index.html"))];
            if i > 0 {
                let (text, href) = &period_links[i - 1];
                nav.push((format!("← {text}"), link(&page, href)));
            }
            if let Some((text, href)) = period_links.get(i + 1) {
                nav.push((format!("{text} →"), link(&page, href)));
            }
            emit(&page, &self.across(period, &nav)?)?;
        }
        let from_index: Vec<(String, String)> = period_links
            .into_iter()
            .map(|(text, href)| (text, link("index.html", &href)))
            .collect();
        emit(
            "index.html",
            &pages::index(&rows, &from_index, &self.set.where_from(), self.lang),
        )?;
        Ok(made)
    }
}

impl Site<'_> {
    /// The page of one period across places: its rounds loaded (one period at a time, so that
    /// memory grows with the places, not with the periods) and grouped by `across`.
    fn across(&self, period: &Period, nav: &[(String, String)]) -> Result<String> {
        let mut profiles = Vec::with_capacity(period.files.len());
        for file in &period.files {
            let loaded = self.set.load(file);
            match loaded.profile {
                Some(p) => profiles.push(p),
                None => return Err(LoadError::Invalid(loaded.problems).into()),
            }
        }
        let options = crate::across::Options {
            terms: self.options.terms.clone(),
            ..crate::across::Options::default()
        };
        let report = crate::across::across(&profiles, &options);
        let says = pages::across_period(self.lang, period.year, period.level);
        Ok(pages::across(&report, &says, nav, self.lang))
    }
}

/// One round of a place, as `site` read it: enough to pick the rounds of a period.
struct Round<'f> {
    year: u16,
    level: Level,
    file: &'f SetFile,
}

/// A period across places: at one level, each place's latest round in or before `year`.
struct Period<'f> {
    level: Level,
    year: u16,
    files: Vec<&'f SetFile>,
}

impl Period<'_> {
    /// Its page: `across/2022.html`, or `across/local-2022.html` for cities.
    fn page(&self) -> String {
        match self.level {
            Level::National => format!("across/{}.html", self.year),
            level => format!("across/{}-{}.html", level.key(), self.year),
        }
    }

    fn label(&self) -> String {
        match self.level {
            Level::National => self.year.to_string(),
            level => format!("{} ({})", self.year, level.key()),
        }
    }
}

/// The periods of the site's pages across places: per level, every year in which a place of
/// that level has a round, each place then counted with its latest round in or before that
/// year (a place whose first round is later is left out). A year is a period because MGI
/// rounds are dated by year, and a page per year that has a round means every round is the
/// newest of its place on some page. A period that holds fewer than two places has no page.
fn periods<'f>(rounds: &[Vec<Round<'f>>]) -> Vec<Period<'f>> {
    let mut periods = Vec::new();
    for level in [Level::National, Level::Local] {
        let mut years: Vec<u16> = (rounds.iter().flatten())
            .filter(|r| r.level == level)
            .map(|r| r.year)
            .collect();
        years.sort_unstable();
        years.dedup();
        for year in years {
            // The latest of a place's rounds by then; of two of one year, the last read.
            let files: Vec<&SetFile> = rounds
                .iter()
                .filter_map(|place| {
                    (place.iter())
                        .filter(|r| r.level == level && r.year <= year)
                        .max_by_key(|r| r.year)
                        .map(|r| r.file)
                })
                .collect();
            if files.len() >= 2 {
                periods.push(Period { level, year, files });
            }
        }
    }
    periods
}

/// A round's year, with its provenance when it is not a published profile: a link to it says
/// so as its page does.
fn year(p: &Profile) -> String {
    match p.provenance {
        crate::profile::Provenance::Published => p.year.to_string(),
        other => format!("{} ({})", p.year, other.key()),
    }
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
fn describe(report: &diff::Report, old: &Profile, lang: Language) -> String {
    let changes = crate::render::changes_in(lang, &report.summary);
    tr!(
        lang,
        "site-since",
        year = old.year,
        changes = changes.unwrap_or_else(|| tr!(lang, "site-no-change")),
        review = report.review
    )
}
