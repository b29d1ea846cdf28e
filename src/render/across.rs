//! `across`: the themes several places share, as a table, Markdown, an HTML page with a
//! place × theme grid, or CSV (one row per member). Every text from a profile is escaped
//! for its format here, once, as the other reports do.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::Style;
use super::csv::{cell, start};
use super::html_escape;
use super::markdown::escape as md;
use crate::across::{Across, Member, Particular, Theme};
use crate::profile::{Category, Domain};
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
fn counts(row: &Row) -> String {
    let mut parts = Vec::new();
    if let Some(t) = row.has {
        parts.push(format!("{} have it ({})", t.members.len(), who(t)));
    }
    if let Some(t) = row.lacks {
        parts.push(format!("{} lack it ({})", t.members.len(), who(t)));
    }
    parts.join("; ")
}

fn title(a: &Across) -> String {
    let mut years: Vec<u16> = a.profiles.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let years = match (years.first(), years.last()) {
        (Some(f), Some(l)) if f == l => format!("{f}"),
        (Some(f), Some(l)) => format!("{f}–{l}"),
        _ => String::new(),
    };
    format!("Across places: {} profiles, {years}", a.profiles.len())
}

fn category_name(c: Category) -> &'static str {
    match c {
        Category::WellDeveloped => "well developed",
        Category::FurtherDevelopment => "further development",
    }
}

/// The report for a terminal; `texts`: every member's own text under its theme.
pub(super) fn table(a: &Across, style: &Style, texts: bool, out: &mut dyn Write) -> io::Result<()> {
    let plain = anstyle::Style::new();
    let bold = anstyle::Style::new().bold();
    super::table::line(out, style, bold, &title(a))?;
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
    for w in &a.warnings {
        super::table::line(out, style, bold, &format!("warning: {}", shown(w)))?;
    }
    writeln!(out)?;
    super::table::line(out, style, plain, &shown(&a.summary_text))?;
    for domain in domains(a) {
        writeln!(out)?;
        super::table::line(out, style, bold, domain.name())?;
        let rows = rows(a, domain);
        if !rows.is_empty() {
            let mut table = super::table::new_table(style.width);
            table.set_header(["Places", "Theme (a member's wording)", "Who"]);
            for row in &rows {
                let n = row.has.map_or(0, |t| t.members.len())
                    + row.lacks.map_or(0, |t| t.members.len());
                let mut label = shown(row.label()).into_owned();
                if row.illustrative() {
                    label.push_str(" [illustrative data among its members]");
                }
                if texts {
                    for t in [row.has, row.lacks].into_iter().flatten() {
                        for m in &t.members {
                            let _ = write!(
                                label,
                                "\n  {} ({}): {}",
                                place_of(m),
                                category_name(t.category),
                                shown(&m.text)
                            );
                        }
                    }
                }
                table.add_row([n.to_string(), label, counts(row)]);
            }
            writeln!(out, "{table}")?;
        }
        let own = a.particular_in(domain.key());
        if !own.is_empty() {
            super::table::line(out, style, plain, "Particular to one place:")?;
            let mut table = super::table::new_table(style.width);
            table.set_header(["Place", "Category", "Finding"]);
            for p in own {
                table.add_row([
                    particular_place(p),
                    category_name(p.category).to_string(),
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
pub(super) fn markdown(a: &Across) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", md(&title(a)));
    for w in &a.warnings {
        let _ = writeln!(s, "> **Warning:** {}\n", md(&shown(w)));
    }
    let _ = writeln!(s, "{}\n", md(&shown(&a.summary_text)));
    for domain in domains(a) {
        let _ = writeln!(s, "## {}\n", md(domain.name()));
        let rows = rows(a, domain);
        if !rows.is_empty() {
            let _ = writeln!(
                s,
                "| Places | Theme (a member's wording) | Who |\n|---:|---|---|"
            );
            for row in &rows {
                let n = row.has.map_or(0, |t| t.members.len())
                    + row.lacks.map_or(0, |t| t.members.len());
                let mark = if row.illustrative() {
                    " *(illustrative data among its members)*"
                } else {
                    ""
                };
                let _ = writeln!(
                    s,
                    "| {n} | {}{mark} | {} |",
                    md(&shown(row.label())),
                    md(&counts(row))
                );
            }
            let _ = writeln!(s, "\n<details><summary>Each member's own text</summary>\n");
            for row in &rows {
                let _ = writeln!(s, "- {}", md(&shown(row.label())));
                for t in [row.has, row.lacks].into_iter().flatten() {
                    for m in &t.members {
                        let _ = writeln!(
                            s,
                            "  - **{}** ({}): {}",
                            md(&place_of(m)),
                            category_name(t.category),
                            md(&shown(&m.text))
                        );
                    }
                }
            }
            let _ = writeln!(s, "\n</details>\n");
        }
        let own = a.particular_in(domain.key());
        if !own.is_empty() {
            let _ = writeln!(s, "### Particular to one place\n");
            for p in own {
                let _ = writeln!(
                    s,
                    "- **{}** ({}): {}",
                    md(&particular_place(p)),
                    category_name(p.category),
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
pub(super) fn html(a: &Across) -> String {
    page(a, None)
}

/// The page of one period of the site (`site`): [`html`], with the site's bar of links
/// (text, relative href) and `period`, a line saying which rounds the period takes.
pub(crate) fn site_page(a: &Across, period: &str, links: &[(String, String)]) -> String {
    super::html::with_nav(&page(a, Some(period)), links)
}

/// [`html`], with `period` under its title.
fn page(a: &Across, period: Option<&str>) -> String {
    let mut s = String::with_capacity(32 * 1024);
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"mgi-diff {}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>",
        env!("CARGO_PKG_VERSION"),
        h(&title(a)),
        h(&title(a))
    );
    if let Some(period) = period {
        let _ = writeln!(s, "<p class=\"meta\">{}</p>", h(period));
    }
    let _ = writeln!(s, "</header>\n<main>");
    for w in &a.warnings {
        let _ = writeln!(
            s,
            "<p class=\"warning\"><strong>Warning:</strong> {}</p>",
            h(w)
        );
    }
    let _ = writeln!(s, "<p class=\"summary\">{}</p>", h(&a.summary_text));
    let _ = writeln!(
        s,
        "<p class=\"legend\"><span class=\"has\">●</span> has it (a well-developed area) · <span class=\"lacks\">○</span> lacks it (an area for further development) · blank: neither listed as such</p>"
    );
    for domain in domains(a) {
        let _ = writeln!(s, "<section>\n<h2>{}</h2>", h(domain.name()));
        let rows = rows(a, domain);
        if !rows.is_empty() {
            let _ = writeln!(
                s,
                "<div class=\"scroll\"><table class=\"grid\">\n<thead><tr><th scope=\"col\">Theme</th>"
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
                    " <em class=\"illustrative\">(illustrative data among its members)</em>"
                } else {
                    ""
                };
                let _ = write!(
                    s,
                    "<tr><th scope=\"row\"><details><summary>{}{mark} <small>{}</small></summary><ul>",
                    h(row.label()),
                    h(&counts(row))
                );
                for t in [row.has, row.lacks].into_iter().flatten() {
                    for m in &t.members {
                        let _ = write!(
                            s,
                            "<li><strong>{}</strong> ({}): {}</li>",
                            h(&place_of(m)),
                            category_name(t.category),
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
                    let cell = if is(row.has) {
                        "<td class=\"has\" title=\"has it\">●</td>"
                    } else if is(row.lacks) {
                        "<td class=\"lacks\" title=\"lacks it\">○</td>"
                    } else {
                        "<td></td>"
                    };
                    s.push_str(cell);
                }
                s.push_str("</tr>\n");
            }
            let _ = writeln!(s, "</tbody></table></div>");
        }
        let own = a.particular_in(domain.key());
        if !own.is_empty() {
            let _ = writeln!(s, "<h3>Particular to one place</h3>\n<ul>");
            for p in own {
                let _ = writeln!(
                    s,
                    "<li><strong>{}</strong> ({}): {}</li>",
                    h(&particular_place(p)),
                    category_name(p.category),
                    h(&p.text)
                );
            }
            let _ = writeln!(s, "</ul>");
        }
        let _ = writeln!(s, "</section>");
    }
    let _ = writeln!(
        s,
        "</main>\n<footer><p>Made by mgi-diff {}. A theme is a grouping the matcher measured (findings scored alike, at most one per place), not a reading.</p></footer>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
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
