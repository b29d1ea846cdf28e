//! The words a report puts around its findings, in the report's language: the names of
//! domains, categories, statuses and provenances, and counts of statuses. Each is one message
//! of `src/languages/<code>/messages.ftl`, chosen by key, so that English keeps the exact
//! words it had and the other languages have their own grammar.

use std::sync::OnceLock;

use crate::diff::{Status, Summary};
use crate::languages::{Language, tr};
use crate::profile::{Category, Domain, Provenance};

/// A name worded once per language: the same few names label every row of a report (a
/// status, a category), and wording one is a message lookup and a selection.
type Names<const N: usize> = [[OnceLock<String>; N]; 4];

fn cached<const N: usize>(
    names: &'static Names<N>,
    lang: Language,
    at: usize,
    word: impl FnOnce() -> String,
) -> String {
    let l = Language::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    names[l][at].get_or_init(word).clone()
}

fn status_at(s: Status) -> usize {
    Status::ALL.iter().position(|&x| x == s).unwrap_or(0)
}

/// A status as an entry is labelled with it: `reworded`, `reformulado`.
pub(crate) fn status(lang: Language, s: Status) -> String {
    static NAMES: Names<8> = [const { [const { OnceLock::new() }; 8] }; 4];
    cached(&NAMES, lang, status_at(s), || {
        tr!(lang, "status", status = s.key())
    })
}

/// A status as a heading or a column names it: `Reworded`, `Reformulados`.
pub(crate) fn status_heading(lang: Language, s: Status) -> String {
    static NAMES: Names<8> = [const { [const { OnceLock::new() }; 8] }; 4];
    cached(&NAMES, lang, status_at(s), || {
        tr!(lang, "status-heading", status = s.key())
    })
}

/// `3 reworded`: a count of entries of one status, agreeing with the number.
pub(crate) fn status_count(lang: Language, s: Status, n: usize) -> String {
    tr!(lang, "status-count", status = s.key(), n = n)
}

/// A domain as the language's own MGI profiles name it.
pub(crate) fn domain(lang: Language, d: Domain) -> String {
    static NAMES: Names<6> = [const { [const { OnceLock::new() }; 6] }; 4];
    let at = Domain::ALL.iter().position(|&x| x == d).unwrap_or(0);
    cached(&NAMES, lang, at, || tr!(lang, "domain", domain = d.key()))
}

/// A domain named by its key (a report's domains are keyed); the key itself if unknown.
pub(crate) fn domain_of_key(lang: Language, key: &str) -> String {
    Domain::from_key(key).map_or_else(|| key.to_string(), |d| domain(lang, d))
}

/// A category as an entry is labelled with it: `well-developed`, `bien desarrollada`.
pub(crate) fn category(lang: Language, c: Category) -> String {
    static NAMES: Names<2> = [const { [const { OnceLock::new() }; 2] }; 4];
    let at = Category::ALL.iter().position(|&x| x == c).unwrap_or(0);
    cached(&NAMES, lang, at, || {
        tr!(lang, "category", category = c.key())
    })
}

/// A category as the profiles' headings name it: "Examples of well-developed areas".
pub(crate) fn category_heading(lang: Language, c: Category) -> String {
    tr!(lang, "category-heading", category = c.key())
}

/// A provenance as a header names it: `published`, `publicado`.
pub(crate) fn provenance(lang: Language, key: &str) -> String {
    static NAMES: Names<3> = [const { [const { OnceLock::new() }; 3] }; 4];
    match ["published", "draft", "illustrative"]
        .iter()
        .position(|&k| k == key)
    {
        Some(at) => cached(&NAMES, lang, at, || {
            tr!(lang, "provenance", provenance = key)
        }),
        None => tr!(lang, "provenance", provenance = key),
    }
}

/// What a report says of a profile of this provenance: "Testland 2023 is illustrative: …".
pub(crate) fn provenance_warning(
    lang: Language,
    p: Provenance,
    place: &str,
    year: u16,
) -> Option<String> {
    (p != Provenance::Published).then(|| {
        tr!(
            lang,
            "warning-provenance",
            provenance = p.key(),
            place = place,
            year = year
        )
    })
}

/// `2 reworded, 1 added`, or None when every entry is unchanged.
pub(crate) fn differing(lang: Language, summary: &Summary) -> Option<String> {
    let parts: Vec<String> = Status::ALL[1..]
        .iter()
        .filter(|&&s| summary.count(s) > 0)
        .map(|&s| status_count(lang, s, summary.count(s)))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// `2 reworded, 1 added`, or `none`.
pub(crate) fn changes(lang: Language, summary: &Summary) -> String {
    differing(lang, summary).unwrap_or_else(|| tr!(lang, "none"))
}

/// `1 unchanged; 2 reworded`, `no findings`.
pub(crate) fn counts(lang: Language, summary: &Summary) -> String {
    match (summary.unchanged, summary.differing()) {
        (0, 0) => tr!(lang, "no-findings"),
        (u, 0) => status_count(lang, Status::Unchanged, u),
        (0, _) => changes(lang, summary),
        (u, _) => tr!(
            lang,
            "counts-unchanged-and-changes",
            unchanged = status_count(lang, Status::Unchanged, u),
            changes = changes(lang, summary)
        ),
    }
}

/// The warning for two profiles in different languages, whose findings are paired by id
/// only: "Testland 2019 is in English and Testland 2023 in Spanish: …".
pub(crate) fn two_languages(
    lang: Language,
    (old_place, old_year, old_language): (&str, u16, crate::profile::Language),
    (new_place, new_year, new_language): (&str, u16, crate::profile::Language),
) -> String {
    tr!(
        lang,
        "warning-two-languages",
        old_place = old_place,
        old = old_year,
        old_in = tr!(lang, "language-in", language = old_language.key()),
        new_place = new_place,
        new = new_year,
        new_in = tr!(lang, "language-in", language = new_language.key())
    )
}

/// `a, b and c` in the report's language.
pub(crate) fn and_list(lang: Language, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!(
            lang,
            "and-list",
            first = rest.join(", "),
            last = last.as_str()
        ),
    }
}
