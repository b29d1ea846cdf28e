//! `across`: the themes several places share, as a table, Markdown, an HTML page with a
//! place × theme grid, or CSV (one row per member). Every text from a profile is escaped
//! for its format here, once, as the other reports do; the words around them are the
//! report's language's messages (CSV's stay English, as its columns).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::Style;
use super::csv::{cell, start};
use super::html_escape;
use super::markdown::escape as md;
use super::say;
use crate::across::{Across, Member, Particular, Theme};
use crate::languages::{Language, tr};
use crate::profile::{Category, Domain, Level, Provenance};
use crate::text::shown;

/// A row of a report: a theme, with the matching theme of the other category beside it.
struct Row<'a> {
    has: Option<&'a Theme>,
    lacks: Option<&'a Theme>,
}

impl Row<'_> {
    fn label(&self) -> &str {
        self.has.or(self.lacks).map_or("", |t| t.label.as_str())
    }
    fn illustrative(&self) -> bool {
        self.has.is_some_and(|t| t.illustrative) || self.lacks.is_some_and(|t| t.illustrative)
    }
}

/// The rows of one domain, most places first (a theme and its opposite make one row).
fn rows<'a>(a: &'a Across, domain: Domain) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for (i, t) in a.themes.iter().enumerate() {
        if t.domain != domain.key() || t.opposite.is_some_and(|o| o < i) {
            continue;
        }
        let other = t.opposite.map(|o| &a.themes[o]);
        rows.push(match t.category {
            Category::WellDeveloped => Row {
                has: Some(t),
                lacks: other,
            },
            Category::FurtherDevelopment => Row {
                has: other,
                lacks: Some(t),
            },
        });
    }
    rows
}

fn domains(a: &Across) -> impl Iterator<Item = Domain> + '_ {
    Domain::ALL.into_iter().filter(|d| {
        a.themes.iter().any(|t| t.domain == d.key())
            || a.particular.iter().any(|p| p.domain == d.key())
    })
}

fn place_of(m: &Member) -> String {
    let place = crate::profile::place(&m.country, m.city.as_deref());
    format!("{} {}", shown(&place), m.year)
}

fn particular_place(p: &Particular) -> String {
    let place = crate::profile::place(&p.country, p.city.as_deref());
    format!("{} {}", shown(&place), p.year)
}

fn who(t: &Theme) -> String {
    t.members
        .iter()
        .map(|m| shown(&m.iso3).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "4 have it (KAZ, …); 3 lack it (…)".
fn counts(lang: Language, row: &Row) -> String {
    let mut parts = Vec::new();
    if let Some(t) = row.has {
        parts.push(tr!(lang, "across-have", n = t.members.len(), who = who(t)));
    }
    if let Some(t) = row.lacks {
        parts.push(tr!(lang, "across-lack", n = t.members.len(), who = who(t)));
    }
    parts.join("; ")
}

fn title(lang: Language, a: &Across) -> String {
    let mut years: Vec<u16> = a.profiles.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let years = match (years.first(), years.last()) {
        (Some(f), Some(l)) if f == l => format!("{f}"),
        (Some(f), Some(l)) => format!("{f}–{l}"),
        _ => String::new(),
    };
    tr!(lang, "across-title", n = a.profiles.len(), years = years)
}

fn category_name(lang: Language, c: Category) -> String {
    tr!(lang, "across-category", category = c.key())
}

fn column(lang: Language, key: &str) -> String {
    tr!(lang, "across-column", column = key)
}

/// `n` countries, or places when some are cities, as the summary counts them.
fn places(lang: Language, n: usize, cities: bool) -> String {
    tr!(lang, "across-places", n = n, cities = yes(cities))
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The summary in `lang`: how many places and themes, and the most shared themes, each with
/// its opposite; in English, the JSON's `summary_text`.
pub(super) fn summary(lang: Language, a: &Across) -> String {
    let n = a.profiles.len();
    let cities = a.profiles.iter().any(|p| p.city.is_some());
    let mut out = tr!(
        lang,
        "across-summary",
        n = n,
        cities = yes(cities),
        places = places(lang, n, cities),
        themes = a.themes.len(),
        min = a.min_places,
        findings = a.particular.len()
    );
    let mut top: Vec<usize> = (0..a.themes.len()).collect();
    top.sort_by_key(|&t| std::cmp::Reverse(a.themes[t].members.len()));
    let mut told: Vec<usize> = Vec::new();
    for &t in top.iter().take(3) {
        if told.contains(&t) {
            continue;
        }
        let theme = &a.themes[t];
        let (has, lacks) = match theme.category {
            Category::WellDeveloped => (Some(t), theme.opposite),
            Category::FurtherDevelopment => (theme.opposite, Some(t)),
        };
        told.extend(has.iter().chain(&lacks));
        let illustrative = has.iter().chain(&lacks).any(|&i| a.themes[i].illustrative);
        let count = |i: Option<usize>| i.map_or(0, |i| a.themes[i].members.len());
        let which = match (has, lacks) {
            (Some(_), Some(_)) => "both",
            (Some(_), None) => "has",
            _ => "lacks",
        };
        out.push(' ');
        out.push_str(&tr!(
            lang,
            "across-summary-top",
            n = n,
            cities = yes(cities),
            places = places(lang, n, cities),
            which = which,
            has = count(has),
            lacks = count(lacks),
            label = theme.label.as_str(),
            illustrative = yes(illustrative)
        ));
    }
    out
}

/// The warnings in `lang`: `across` words them in English, and those the interface has
/// words for (a draft or illustrative round, a profile in another language, places left
/// out of a year) are worded again; any other is kept in English.
fn warnings(lang: Language, a: &Across) -> Vec<String> {
    if lang == Language::En {
        return a.warnings.clone();
    }
    // What `across` says of a profile, in `l`: its provenance, then its language.
    let said = |p: &crate::diff::ProfileInfo, l: Language| {
        let place = crate::profile::place(&p.country, p.city.as_deref());
        let provenance = (p.provenance != Provenance::Published).then(|| {
            tr!(
                l,
                "across-warning-provenance",
                place = place.as_str(),
                year = p.year,
                provenance = p.provenance.key()
            )
        });
        let language_in = |of: Language| tr!(l, "language-in", language = of.key());
        let language = (p.language != a.language).then(|| {
            tr!(
                l,
                "across-warning-language",
                place = place.as_str(),
                year = p.year,
                language_in = language_in(p.language),
                others_in = language_in(a.language)
            )
        });
        [provenance, language]
    };
    a.warnings
        .iter()
        .map(|w| {
            for p in &a.profiles {
                let [english, worded] = [Language::En, lang].map(|l| said(p, l));
                for (english, worded) in english.into_iter().zip(worded) {
                    if english.as_ref() == Some(w) {
                        return worded.unwrap_or_else(|| w.clone());
                    }
                }
            }
            left_out(lang, w).unwrap_or_else(|| w.clone())
        })
        .collect()
}

/// The note of `across --year` on the places it left out, worded again in `lang`.
fn left_out(lang: Language, w: &str) -> Option<String> {
    let (n, rest) = if let Some(rest) = w.strip_prefix("1 place has ") {
        (1, rest)
    } else {
        (2, w.strip_prefix("places have ")?)
    };
    let (year, list) = rest
        .strip_prefix("no round in or before ")?
        .split_once(", left out: ")?;
    let year: u16 = year.parse().ok()?;
    let english = tr!(
        Language::En,
        "across-warning-left-out",
        n = n,
        year = year,
        places = list
    );
    (english == w).then(|| {
        tr!(
            lang,
            "across-warning-left-out",
            n = n,
            year = year,
            places = list
        )
    })
}

/// What the site's page of a period says of the rounds it takes.
pub(crate) fn site_period(lang: Language, year: u16, level: Level) -> String {
    tr!(
        lang,
        "across-site-period",
        year = year,
        cities = yes(level != Level::National)
    )
}

/// The report for a terminal; `texts`: every member's own text under its theme.
pub(super) fn table(
    a: &Across,
    style: &Style,
    texts: bool,
    lang: Language,
    out: &mut dyn Write,
) -> io::Result<()> {
    let plain = anstyle::Style::new();
    let bold = anstyle::Style::new().bold();
    super::table::line(out, style, bold, &title(lang, a))?;
    let places: Vec<String> = a
        .profiles
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                shown(&crate::profile::place(&p.country, p.city.as_deref())),
                p.year
            )
        })
        .collect();
    super::table::line(out, style, plain, &places.join(", "))?;
    for w in warnings(lang, a) {
        let warning = tr!(lang, "across-table-warning", warning = shown(&w));
        super::table::line(out, style, bold, &warning)?;
    }
    writeln!(out)?;
    super::table::line(out, style, plain, &shown(&summary(lang, a)))?;
    for domain in domains(a) {
        writeln!(out)?;
        super::table::line(out, style, bold, &say::domain(lang, domain))?;
        let rows = rows(a, domain);
        if !rows.is_empty() {
            let mut table = super::table::new_table(style.width);
            table.set_header(["places", "theme", "who"].map(|c| column(lang, c)));
            for row in &rows {
                let n = row.has.map_or(0, |t| t.members.len())
                    + row.lacks.map_or(0, |t| t.members.len());
                let mut label = shown(row.label()).into_owned();
                if row.illustrative() {
                    let _ = write!(label, " [{}]", tr!(lang, "across-illustrative"));
                }
                if texts {
                    for t in [row.has, row.lacks].into_iter().flatten() {
                        for m in &t.members {
                            let _ = write!(
                                label,
                                "\n  {} ({}): {}",
                                place_of(m),
                                category_name(lang, t.category),
                                shown(&m.text)
                            );
                        }
                    }
                }
                table.add_row([n.to_string(), label, counts(lang, row)]);
            }
            writeln!(out, "{table}")?;
        }
        let own = a.particular_in(domain.key());
        if !own.is_empty() {
            let label = tr!(lang, "across-particular-label");
            super::table::line(out, style, plain, &label)?;
            let mut table = super::table::new_table(style.width);
            table.set_header(["place", "category", "finding"].map(|c| column(lang, c)));
            for p in own {
                table.add_row([
                    particular_place(p),
                    category_name(lang, p.category),
                    shown(&p.text).into_owned(),
                ]);
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(())
}

/// The report as GitHub-flavoured Markdown: a table of themes per domain, each theme's texts
/// folded in a `<details>`, then what is particular to each place.
pub(super) fn markdown(a: &Across, lang: Language) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", md(&title(lang, a)));
    let warning = tr!(lang, "across-warning");
    for w in warnings(lang, a) {
        let _ = writeln!(s, "> **{}** {}\n", md(&warning), md(&shown(&w)));
    }
    let _ = writeln!(s, "{}\n", md(&shown(&summary(lang, a))));
    for domain in domains(a) {
        let _ = writeln!(s, "## {}\n", md(&say::domain(lang, domain)));
        let rows = rows(a, domain);
        if !rows.is_empty() {
            let [places, theme, who] = ["places", "theme", "who"].map(|c| md(&column(lang, c)));
            let _ = writeln!(s, "| {places} | {theme} | {who} |\n|---:|---|---|");
            let illustrative = md(&tr!(lang, "across-illustrative"));
            for row in &rows {
                let n = row.has.map_or(0, |t| t.members.len())
                    + row.lacks.map_or(0, |t| t.members.len());
                let mark = if row.illustrative() {
                    format!(" *({illustrative})*")
                } else {
                    String::new()
                };
                let _ = writeln!(
                    s,
                    "| {n} | {}{mark} | {} |",
                    md(&shown(row.label())),
                    md(&counts(lang, row))
                );
            }
            let _ = writeln!(
                s,
                "\n<details><summary>{}</summary>\n",
                md(&tr!(lang, "across-each-text"))
            );
            for row in &rows {
                let _ = writeln!(s, "- {}", md(&shown(row.label())));
                for t in [row.has, row.lacks].into_iter().flatten() {
                    for m in &t.members {
                        let _ = writeln!(
                            s,
                            "  - **{}** ({}): {}",
                            md(&place_of(m)),
                            md(&category_name(lang, t.category)),
                            md(&shown(&m.text))
                        );
                    }
                }
            }
            let _ = writeln!(s, "\n</details>\n");
        }
        let own = a.particular_in(domain.key());
        if !own.is_empty() {
            let _ = writeln!(s, "### {}\n", md(&tr!(lang, "across-particular")));
            for p in own {
                let _ = writeln!(
                    s,
                    "- **{}** ({}): {}",
                    md(&particular_place(p)),
                    md(&category_name(lang, p.category)),
                    md(&shown(&p.text))
                );
            }
            s.push('\n');
        }
    }
    s
}

/// One row per theme member, then one per particular finding: what a spreadsheet needs to
/// count and filter themes.
pub(super) fn csv(a: &Across, out: &mut dyn Write) -> io::Result<()> {
    let mut w = start(out)?;
    w.write_record([
        "kind",
        "domain",
        "category",
        "theme",
        "label",
        "places",
        "cohesion",
        "illustrative",
        "opposite",
        "iso3",
        "country",
        "city",
        "year",
        "index",
        "id",
        "text",
    ])?;
    let text = |s: &str| cell(&shown(s));
    for warning in &a.warnings {
        let mut row = vec![String::new(); 16];
        row[0] = "warning".into();
        row[15] = text(warning);
        w.write_record(&row)?;
    }
    for (i, t) in a.themes.iter().enumerate() {
        for m in &t.members {
            w.write_record([
                "theme".to_string(),
                t.domain.to_string(),
                t.category.key().to_string(),
                (i + 1).to_string(),
                text(&t.label),
                t.members.len().to_string(),
                format!("{:.3}", t.cohesion),
                if t.illustrative { "yes" } else { "" }.to_string(),
                t.opposite.map_or(String::new(), |o| (o + 1).to_string()),
                text(&m.iso3),
                text(&m.country),
                m.city.as_deref().map_or(String::new(), text),
                m.year.to_string(),
                m.index.to_string(),
                m.id.as_deref().map_or(String::new(), text),
                text(&m.text),
            ])?;
        }
    }
    for p in &a.particular {
        w.write_record([
            "particular".to_string(),
            p.domain.to_string(),
            p.category.key().to_string(),
            String::new(),
            String::new(),
            "1".to_string(),
            String::new(),
            String::new(),
            String::new(),
            text(&p.iso3),
            text(&p.country),
            p.city.as_deref().map_or(String::new(), text),
            p.year.to_string(),
            p.index.to_string(),
            p.id.as_deref().map_or(String::new(), text),
            text(&p.text),
        ])?;
    }
    w.flush()
}

fn h(text: &str) -> String {
    html_escape(&shown(text))
}

/// One self-contained page: the summary, then per domain a grid of places × themes (who has
/// it, who lacks it), each theme's own texts folded under it, and what is particular.
pub(super) fn html(a: &Across, lang: Language) -> String {
    page(a, None, lang)
}

/// The page of one period of the site (`site`): [`html`], with the site's bar of links
/// (text, relative href) and `period`, a line saying which rounds the period takes.
pub(crate) fn site_page(
    a: &Across,
    period: &str,
    links: &[(String, String)],
    lang: Language,
) -> String {
    super::html::with_nav(&page(a, Some(period), lang), links)
}

/// [`html`], with `period` under its title.
fn page(a: &Across, period: Option<&str>, lang: Language) -> String {
    let mut s = String::with_capacity(32 * 1024);
    let title = h(&title(lang, a));
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"mgi-diff {}\">\n<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{title}</h1>",
        lang.key(),
        env!("CARGO_PKG_VERSION"),
    );
    if let Some(period) = period {
        let _ = writeln!(s, "<p class=\"meta\">{}</p>", h(period));
    }
    let _ = writeln!(s, "</header>\n<main>");
    let warning = h(&tr!(lang, "across-warning"));
    for w in warnings(lang, a) {
        let _ = writeln!(
            s,
            "<p class=\"warning\"><strong>{warning}</strong> {}</p>",
            h(&w)
        );
    }
    let _ = writeln!(s, "<p class=\"summary\">{}</p>", h(&summary(lang, a)));
    let _ = writeln!(
        s,
        "<p class=\"legend\"><span class=\"has\">●</span> {} · <span class=\"lacks\">○</span> {} · {}</p>",
        h(&tr!(lang, "across-legend-has")),
        h(&tr!(lang, "across-legend-lacks")),
        h(&tr!(lang, "across-legend-blank"))
    );
    let has_it = h(&tr!(lang, "across-has-it"));
    let lacks_it = h(&tr!(lang, "across-lacks-it"));
    let illustrative = h(&tr!(lang, "across-illustrative"));
    for domain in domains(a) {
        let _ = writeln!(s, "<section>\n<h2>{}</h2>", h(&say::domain(lang, domain)));
        let rows = rows(a, domain);
        if !rows.is_empty() {
            let _ = writeln!(
                s,
                "<div class=\"scroll\"><table class=\"grid\">\n<thead><tr><th scope=\"col\">{}</th>",
                h(&column(lang, "grid-theme"))
            );
            for p in &a.profiles {
                let _ = write!(
                    s,
                    "<th scope=\"col\" title=\"{} {}\">{}</th>",
                    h(&crate::profile::place(&p.country, p.city.as_deref())),
                    p.year,
                    h(&p.iso3)
                );
            }
            let _ = writeln!(s, "</tr></thead>\n<tbody>");
            for row in &rows {
                let mark = if row.illustrative() {
                    format!(" <em class=\"illustrative\">({illustrative})</em>")
                } else {
                    String::new()
                };
                let _ = write!(
                    s,
                    "<tr><th scope=\"row\"><details><summary>{}{mark} <small>{}</small></summary><ul>",
                    h(row.label()),
                    h(&counts(lang, row))
                );
                for t in [row.has, row.lacks].into_iter().flatten() {
                    for m in &t.members {
                        let _ = write!(
                            s,
                            "<li><strong>{}</strong> ({}): {}</li>",
                            h(&place_of(m)),
                            h(&category_name(lang, t.category)),
                            h(&m.text)
                        );
                    }
                }
                let _ = write!(s, "</ul></details></th>");
                for p in &a.profiles {
                    let is = |t: Option<&Theme>| {
                        t.is_some_and(|t| {
                            t.members
                                .iter()
                                .any(|m| m.iso3 == p.iso3 && m.city == p.city && m.year == p.year)
                        })
                    };
                    if is(row.has) {
                        let _ = write!(s, "<td class=\"has\" title=\"{has_it}\">●</td>");
                    } else if is(row.lacks) {
                        let _ = write!(s, "<td class=\"lacks\" title=\"{lacks_it}\">○</td>");
                    } else {
                        s.push_str("<td></td>");
                    }
                }
                s.push_str("</tr>\n");
            }
            let _ = writeln!(s, "</tbody></table></div>");
        }
        let own = a.particular_in(domain.key());
        if !own.is_empty() {
            let _ = writeln!(s, "<h3>{}</h3>\n<ul>", h(&tr!(lang, "across-particular")));
            for p in own {
                let _ = writeln!(
                    s,
                    "<li><strong>{}</strong> ({}): {}</li>",
                    h(&particular_place(p)),
                    h(&category_name(lang, p.category)),
                    h(&p.text)
                );
            }
            let _ = writeln!(s, "</ul>");
        }
        let _ = writeln!(s, "</section>");
    }
    let _ = writeln!(
        s,
        "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>",
        h(&tr!(
            lang,
            "across-footer",
            version = env!("CARGO_PKG_VERSION")
        ))
    );
    s
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;line-height:1.45;color:#1a1a1a;background:#fff}
.warning{border-left:4px solid #b45309;padding:.4rem .8rem;background:#fff7ed}
.scroll{overflow-x:auto}
table.grid{border-collapse:collapse;width:100%}
.grid th,.grid td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
.grid thead th{background:#f3f4f6}
.grid tbody th{text-align:left;font-weight:normal;min-width:24rem}
.grid td{text-align:center;font-size:1.2rem}
.has{color:#15803d}.lacks{color:#b91c1c}
small{color:#555}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.grid thead th{background:#222}.warning{background:#2a1a05}small{color:#aaa}}
@media print{.scroll{overflow:visible}}
";
