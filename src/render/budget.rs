//! `--max-chars`: a report within a number of characters, its sections folded and left out as
//! they must be, and a refusal when even that does not fit.

use std::io::{self, Write};

use super::Format;
use super::view::{DomainView, Item};
use crate::diff::{Confidence, Status};

/// `--max-chars` is a bound: a format that cannot be cut refuses it.
pub(super) fn check(format: Format) -> io::Result<()> {
    if matches!(format, Format::Markdown | Format::Html) {
        return Ok(());
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "--max-chars cuts the Markdown and HTML reports; the {} format is not cut (leave the option out, or choose markdown or html)",
            format.name()
        ),
    ))
}

/// Renders within `--max-chars`: the report whole when it fits; else with its unchanged
/// entries counted and not listed; else with its least important entries left out too (the
/// most it can keep, chosen by [`rank`] across the whole report, and the count of what was
/// left out per status said in a closing note), so that a domain is shortened before it is
/// cut; and only when not even the counts and headings fit, with whole sections folded and
/// left out (`folded`). What still does not fit is an error, never a longer output.
pub(super) fn bounded(
    max: usize,
    format: Format,
    out: &mut dyn Write,
    whole: impl Fn(&mut Vec<u8>) -> io::Result<()>,
    trimmed: impl Fn(Option<usize>, &mut Vec<u8>) -> io::Result<LeftOut>,
    folded: impl Fn(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    check(format)?;
    let chars = |bytes: &[u8]| String::from_utf8_lossy(bytes).chars().count();
    let mut buffer = Vec::new();
    whole(&mut buffer)?;
    if chars(&buffer) <= max {
        return out.write_all(&buffer);
    }
    // With every entry but the unchanged ones, then the most that fit, by importance.
    let with_note = |keep: Option<usize>| -> io::Result<Vec<u8>> {
        let mut buffer = Vec::new();
        let left = trimmed(keep, &mut buffer)?;
        let text = String::from_utf8_lossy(&buffer).into_owned();
        let note = note(format, max, &left);
        let text = match (format, text.rfind("</main>")) {
            (Format::Html, Some(at)) => format!("{}{note}{}", &text[..at], &text[at..]),
            _ => text + &note,
        };
        Ok(text.into_bytes())
    };
    let all = with_note(None)?;
    if chars(&all) <= max {
        return out.write_all(&all);
    }
    // The fewer entries kept, the shorter the report: the most that fit is found by halving
    // (a report of 300 entries is printed about nine times). All of them did not fit.
    let all_kept = trimmed(None, &mut Vec::new())?.kept;
    let (mut fits, mut low, mut high) = (None, 0, all_kept);
    while low < high {
        let mid = low + (high - low) / 2;
        let printed = with_note(Some(mid))?;
        if chars(&printed) <= max {
            fits = Some(printed);
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    if let Some(printed) = fits {
        return out.write_all(&printed);
    }
    buffer.clear();
    folded(&mut buffer)?;
    let size = chars(&buffer);
    if size > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "--max-chars {max} is too small for this report: without any of its sections it still takes {size} characters"
            ),
        ));
    }
    out.write_all(&buffer)
}

/// What a shortened report left out: how many entries of each status (in [`rank`] order),
/// and how many it kept.
#[derive(Debug, Clone, Default)]
pub(super) struct LeftOut {
    /// How many were left out of each status, those marked for review counted apart (the
    /// summary says how many pairings are to review: the note says where they went).
    pub(super) by_status: Vec<(Status, bool, usize)>,
    pub(super) kept: usize,
    /// The language of the report, for the note that says so.
    pub(super) lang: crate::languages::Language,
}

/// How much a reader needs an entry, to keep within a budget: lowest first. A regression or a
/// dropped strength is news a reader must not miss; a pairing the matcher doubts (or whose
/// meaning may have flipped) is a question only the reader can answer; a typo fixed is the
/// least.
fn rank(item: &Item) -> u8 {
    let marked = item.confidence == Some(Confidence::Review) || item.negation;
    if marked {
        status_rank(item.status).min(2)
    } else {
        status_rank(item.status)
    }
}

/// An unmarked entry's [`rank`], by its status.
fn status_rank(status: Status) -> u8 {
    match status {
        Status::Regressed => 0,
        Status::Dropped => 1,
        Status::Improved => 3,
        Status::Resolved => 4,
        Status::Added => 5,
        Status::Moved => 6,
        Status::Reworded => 7,
        Status::Unchanged => 8,
    }
}

/// Keeps the `keep` most important listed entries of `domains` (every one when `None`),
/// leaving out the unchanged ones first and then the least important, each domain keeping its
/// order; what was left out is counted by status.
pub(super) fn keep_most_important<'a>(
    domains: impl Iterator<Item = &'a mut DomainView>,
    keep: Option<usize>,
) -> LeftOut {
    let mut domains: Vec<&mut DomainView> = domains.collect();
    let mut counts: Vec<(Status, bool, usize)> = Vec::new();
    let mut count = |item: &Item| {
        let review = item.confidence == Some(Confidence::Review);
        match counts
            .iter_mut()
            .find(|(s, r, _)| *s == item.status && *r == review)
        {
            Some((_, _, n)) => *n += 1,
            None => counts.push((item.status, review, 1)),
        }
    };
    for d in domains.iter_mut() {
        d.items.retain(|i| i.status != Status::Unchanged);
    }
    // Every listed entry, most important first; shared ones are told elsewhere and stay.
    let mut order: Vec<(u8, usize, usize)> = domains
        .iter()
        .enumerate()
        .flat_map(|(d, domain)| {
            domain
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| !i.shared)
                .map(move |(at, i)| (rank(i), d, at))
        })
        .collect();
    order.sort_unstable();
    let keep = keep.unwrap_or(usize::MAX).min(order.len());
    let mut dropped: Vec<Vec<usize>> = vec![Vec::new(); domains.len()];
    for &(_, d, at) in &order[keep..] {
        dropped[d].push(at);
    }
    for (domain, dropped) in domains.iter_mut().zip(&dropped) {
        let mut at = 0;
        domain.items.retain(|i| {
            let leave = dropped.contains(&at);
            at += 1;
            if leave {
                count(i);
            }
            !leave
        });
    }
    counts.sort_by_key(|(s, review, _)| (!review, status_rank(*s)));
    LeftOut {
        by_status: counts,
        kept: keep,
        lang: crate::languages::Language::En,
    }
}

/// The closing note of a shortened report: what it counts and does not list, and what it
/// left out, per status.
fn note(format: Format, max: usize, left: &LeftOut) -> String {
    use crate::languages::tr;
    let lang = left.lang;
    let listed: Vec<String> = left
        .by_status
        .iter()
        .map(|&(s, review, n)| match review {
            true => tr!(lang, "left-out-review", n = n, status = s.key()),
            false => super::say::status_count(lang, s, n),
        })
        .collect();
    let left_out = match listed.len() {
        0 => String::new(),
        _ => tr!(lang, "left-out", listed = listed.join(", ")),
    };
    let said = tr!(lang, "shortened-unchanged", max = max, left_out = left_out);
    match format {
        Format::Html => {
            let said = super::quoted_parts(&said, super::html_escape, |code| {
                format!("<code>{}</code>", super::html_escape(code))
            });
            format!("<p class=\"shortened\">{said}</p>\n")
        }
        _ => format!("\n_{said}_\n"),
    }
}

/// A detail section of a long report: a domain, or a file of `changes`.
pub(super) struct Section {
    /// The section as it is written.
    pub(super) text: String,
    /// What it is, for the line that stands for it when it is folded (already escaped).
    pub(super) summary: String,
    /// Kept before the others when the report is shortened: it tells what nothing else does
    /// (a problem, or a change made in this file only).
    pub(super) first: bool,
}

/// How a format folds a section.
#[derive(Clone, Copy)]
pub(super) enum Fold {
    Markdown,
    Html,
}

impl Fold {
    fn wrap(self, section: &Section) -> String {
        match self {
            Fold::Markdown => format!(
                "\n<details><summary>{}</summary>\n{}\n</details>\n",
                section.summary, section.text
            ),
            Fold::Html => format!(
                "<details class=\"fold\"><summary>{}</summary>\n{}</details>\n",
                section.summary, section.text
            ),
        }
    }
}

/// The report whole when it fits in `max` characters (or no limit is set); else `head`, each
/// section folded, as many whole sections as fit (those marked `first` chosen first, then the
/// others, each in order; a section that does not fit is left out, never cut) in their order,
/// `note(left out, all)` and `tail`. Characters are counted as Unicode scalar
/// values, as GitHub counts a comment's length.
pub(super) fn fit(
    head: String,
    sections: Vec<Section>,
    tail: &str,
    max: Option<usize>,
    fold: Fold,
    note: impl Fn(usize, usize) -> String,
) -> String {
    let chars = |s: &str| s.chars().count();
    let whole = chars(&head) + sections.iter().map(|s| chars(&s.text)).sum::<usize>() + chars(tail);
    let Some(max) = max.filter(|&max| whole > max) else {
        let mut out = head;
        for section in sections {
            out.push_str(&section.text);
        }
        out.push_str(tail);
        return out;
    };
    let all = sections.len();
    // The note is longest when its numbers are: reserve that.
    let reserved = chars(&note(all, all)) + chars(tail);
    let folded: Vec<String> = sections.iter().map(|s| fold.wrap(s)).collect();
    let mut kept = vec![false; all];
    let mut used = chars(&head);
    for first in [true, false] {
        for (i, section) in sections.iter().enumerate() {
            let size = chars(&folded[i]);
            if section.first == first && used + size + reserved <= max {
                kept[i] = true;
                used += size;
            }
        }
    }
    let mut out = head;
    for (text, kept) in folded.iter().zip(&kept) {
        if *kept {
            out.push_str(text);
        }
    }
    out.push_str(&note(kept.iter().filter(|k| !**k).count(), all));
    out.push_str(tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_report_is_folded_to_fit() {
        let section = |summary: &str, first| Section {
            text: format!("{summary}: {}\n", "x".repeat(200)),
            summary: summary.to_string(),
            first,
        };
        let note = |left: usize, all: usize| format!("[{left} of {all} left out]");
        let sections = || vec![section("A", false), section("B", true)];
        let whole = fit("H\n".into(), sections(), "T", None, Fold::Markdown, note);
        assert_eq!(whole, format!("H\nA: {x}\nB: {x}\nT", x = "x".repeat(200)));
        let folded = fit(
            "H\n".into(),
            sections(),
            "T",
            Some(300),
            Fold::Markdown,
            note,
        );
        assert_eq!(
            folded,
            format!(
                "H\n\n<details><summary>B</summary>\nB: {}\n\n</details>\n[1 of 2 left out]T",
                "x".repeat(200)
            )
        );
        let html = fit("H\n".into(), sections(), "T", Some(300), Fold::Html, note);
        assert!(
            html.contains("<details class=\"fold\"><summary>B</summary>\nB: x"),
            "{html}"
        );
    }
}
