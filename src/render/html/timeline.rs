//! A place's history as a page: the rounds, the counts per domain and round, and a timeline
//! per domain (one row per finding, one column per round, each cell coloured by what
//! happened to the finding at that step).

use std::fmt::Write as _;

use super::super::html_escape as escape;
use super::super::say;
use super::super::view::{history_cell, history_counts, history_note};
use super::{close, open};
use crate::diff::Status;
use crate::history::History;
use crate::languages::{Language, tr};

/// Where a place's page of the site links: the index, and the page of each round and of each
/// comparison of two consecutive rounds (relative links, in the order of the rounds).
#[derive(Debug, Clone, Default)]
pub(crate) struct PlaceLinks {
    pub(crate) home: String,
    pub(crate) rounds: Vec<String>,
    pub(crate) comparisons: Vec<String>,
}

/// The history page; `site`, when given, are the links of its page in a site.
pub(in crate::render) fn history(h: &History, site: Option<&PlaceLinks>, lang: Language) -> String {
    let years: Vec<String> = h.rounds.iter().map(|r| r.year.to_string()).collect();
    let title = tr!(
        lang,
        "history-title",
        place = h.place.as_str(),
        years = years.join(" → ")
    );
    let mut page = String::with_capacity(32 * 1024);
    open(&mut page, &title, lang);
    let _ = writeln!(page, "<header>");
    if let Some(site) = site {
        let _ = writeln!(
            page,
            "<nav><a href=\"{}\">{}</a></nav>",
            escape(&site.home),
            escape(&tr!(lang, "site-all-places"))
        );
    }
    let _ = writeln!(page, "<h1>{}</h1>", escape(&title));
    for w in &h.warnings {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>{}</strong> {}.</p>",
            escape(&tr!(lang, "warning-label")),
            escape(w)
        );
    }
    let _ = writeln!(page, "</header>\n<main>");
    let _ = writeln!(page, "<p class=\"summary\">{}</p>", escape(&h.summary_text));
    rounds(&mut page, h, site, lang);
    let Some(first) = h.rounds.first() else {
        return finish(page, lang);
    };
    let _ = write!(
        page,
        "<table class=\"files\">\n<thead><tr><th scope=\"col\">{}</th>",
        escape(&tr!(lang, "history-column-domain"))
    );
    for y in &years {
        let _ = write!(page, "<th scope=\"col\" class=\"num\">{y}</th>");
    }
    let _ = writeln!(
        page,
        "<th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        escape(&tr!(
            lang,
            "history-column-still-open",
            year = first.year.to_string()
        ))
    );
    for d in &h.domains {
        let _ = write!(
            page,
            "<tr><td><a href=\"#{}\">{}</a></td>",
            d.key,
            escape(&say::domain_of_key(lang, d.key))
        );
        for c in &d.counts {
            let _ = write!(page, "<td class=\"num\">{}</td>", history_counts(c));
        }
        let _ = writeln!(
            page,
            "<td class=\"num\">{}</td></tr>",
            tr!(
                lang,
                "history-still-open",
                open = d.first_gaps_still_open,
                of = d.first_gaps
            )
        );
    }
    let _ = writeln!(page, "</tbody>\n</table>");
    if h.domains.iter().any(|d| !d.lines.is_empty()) {
        legend(&mut page, lang);
    }
    for d in &h.domains {
        let _ = writeln!(
            page,
            "<section class=\"domain\" id=\"{}\">\n<h2>{}</h2>",
            d.key,
            escape(&say::domain_of_key(lang, d.key))
        );
        if d.lines.is_empty() {
            let none = escape(&tr!(lang, "history-no-findings"));
            let _ = writeln!(page, "<p>{none}</p>\n</section>");
            continue;
        }
        let _ = write!(
            page,
            "<table class=\"timeline\">\n<thead><tr><th scope=\"col\">{}</th>",
            escape(&tr!(lang, "column-finding"))
        );
        for y in &years {
            let _ = write!(page, "<th scope=\"col\">{y}</th>");
        }
        let _ = writeln!(page, "</tr></thead>\n<tbody>");
        for l in &d.lines {
            let note = history_note(l, first.year, lang).map_or(String::new(), |n| {
                format!(" <span class=\"since\">{}</span>", escape(&n))
            });
            let _ = write!(
                page,
                "<tr><th scope=\"row\">{}{note}</th>",
                escape(&l.latest().text)
            );
            for cell in &l.cells {
                match cell {
                    None => page.push_str("<td></td>"),
                    Some(c) => {
                        let class = c.status.unwrap_or(Status::Unchanged).key();
                        let _ = write!(
                            page,
                            "<td class=\"step {class}\" title=\"{}\">{}</td>",
                            escape(&c.text),
                            escape(&history_cell(c, lang))
                        );
                    }
                }
            }
            let _ = writeln!(page, "</tr>");
        }
        let _ = writeln!(page, "</tbody>\n</table>\n</section>");
    }
    finish(page, lang)
}

/// The rounds, and in a site the comparisons, each linked to its page there.
fn rounds(page: &mut String, h: &History, site: Option<&PlaceLinks>, lang: Language) {
    let rounds: Vec<String> = h
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let name = format!("<code>{}</code>", escape(&r.reference));
            let name = match site.and_then(|s| s.rounds.get(i)) {
                Some(href) => format!("<a href=\"{}\">{name}</a>", escape(href)),
                None => name,
            };
            let provenance = say::provenance(lang, r.provenance.key());
            format!("{name} ({})", escape(&provenance))
        })
        .collect();
    let label = escape(&tr!(lang, "history-rounds-label"));
    let _ = writeln!(page, "<p class=\"meta\">{label} {}</p>", rounds.join(" · "));
    let Some(site) = site.filter(|s| !s.comparisons.is_empty()) else {
        return;
    };
    let pairs: Vec<String> = h
        .rounds
        .windows(2)
        .zip(&site.comparisons)
        .map(|(pair, href)| {
            format!(
                "<a href=\"{}\">{} → {}</a>",
                escape(href),
                pair[0].year,
                pair[1].year
            )
        })
        .collect();
    let _ = writeln!(
        page,
        "<p class=\"meta\">{} {}</p>",
        escape(&tr!(lang, "history-comparisons-label")),
        pairs.join(" · ")
    );
}

/// What the colours of the timelines' cells mean.
fn legend(page: &mut String, lang: Language) {
    let items: Vec<String> = Status::ALL
        .iter()
        .map(|&s| {
            let name = say::status(lang, s);
            let name = escape(&match s {
                Status::Unchanged => tr!(lang, "history-legend-unchanged", status = name),
                _ => name,
            });
            format!("<span class=\"swatch {}\"></span> {name}", s.key())
        })
        .collect();
    let _ = writeln!(
        page,
        "<p class=\"legend\">{}</p>",
        tr!(lang, "history-legend", items = items.join(" · "))
    );
}

fn finish(mut page: String, lang: Language) -> String {
    page.push_str("</main>\n");
    close(&mut page, lang);
    page
}
