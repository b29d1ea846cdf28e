//! The pages of the site that `site` writes besides the reports: its index of places, and a
//! page per profile; and the link home that every page of the site carries.

use std::fmt::Write as _;

use super::super::html_escape as escape;
use super::super::safe;
use super::super::view::PlaceRow;
use super::{close, open};
use crate::languages::{Language, tr};
use crate::profile::{Category, Domain, Profile, Provenance};

/// A small filter for the index: rows whose text does not hold what is typed are hidden.
/// Without it every row shows.
const FILTER: &str = r##"<script>
(function () {
  var box = document.getElementById("filter");
  var rows = document.querySelectorAll("#places tbody tr");
  box.hidden = false;
  box.addEventListener("input", function () {
    var q = box.value.toLowerCase();
    rows.forEach(function (r) { r.hidden = q && r.textContent.toLowerCase().indexOf(q) < 0; });
  });
})();
</script>
"##;

/// The index of places.
pub(in crate::render) fn index(
    rows: &[PlaceRow],
    periods: &[(String, String)],
    source: &str,
    lang: Language,
) -> String {
    let mut page = String::with_capacity(16 * 1024 + rows.len() * 512);
    let title = tr!(lang, "site-title");
    open(&mut page, &title, lang);
    let _ = writeln!(
        page,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>",
        escape(&title),
        escape(&tr!(
            lang,
            "site-places-from",
            n = rows.len(),
            source = safe::text(source).as_ref()
        ))
    );
    if !periods.is_empty() {
        let links: Vec<String> = periods.iter().map(link).collect();
        let _ = writeln!(
            page,
            "<p class=\"meta\" id=\"across\">{} {}</p>",
            escape(&tr!(lang, "site-across-periods")),
            links.join(" · ")
        );
    }
    let marked = rows
        .iter()
        .flat_map(|r| &r.rounds)
        .any(|(_, p, _)| *p != Provenance::Published);
    if marked {
        let em = |p: Provenance| {
            format!(
                "<em>{}</em>",
                escape(&super::super::say::provenance(lang, p.key()))
            )
        };
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>{}</strong> {}</p>",
            escape(&tr!(lang, "warning-label")),
            tr!(
                lang,
                "site-rounds-warning",
                illustrative = em(Provenance::Illustrative),
                draft = em(Provenance::Draft)
            )
        );
    }
    let filter = escape(&tr!(lang, "site-filter"));
    let _ = writeln!(
        page,
        "</header>\n<main>\n<p><input id=\"filter\" type=\"search\" placeholder=\"{filter}\" aria-label=\"{filter}\" hidden></p>"
    );
    let column = |c: &str| escape(&tr!(lang, "site-column", column = c));
    let (place, level, rounds_column, latest, since) = (
        column("place"),
        column("level"),
        column("rounds"),
        column("latest"),
        column("since"),
    );
    let _ = writeln!(
        page,
        "<table class=\"files\" id=\"places\">\n<thead><tr><th scope=\"col\">{place}</th><th scope=\"col\">{level}</th><th scope=\"col\">{rounds_column}</th><th scope=\"col\" class=\"num\">{latest}</th><th scope=\"col\">{since}</th></tr></thead>\n<tbody>"
    );
    for r in rows {
        let rounds: Vec<String> = r
            .rounds
            .iter()
            .map(|(year, provenance, href)| {
                let mark = match provenance {
                    Provenance::Published => String::new(),
                    p => format!(
                        " <em>({})</em>",
                        escape(&super::super::say::provenance(lang, p.key()))
                    ),
                };
                format!("<a href=\"{}\">{year}</a>{mark}", escape(href))
            })
            .collect();
        let change = match &r.change {
            Some((text, href)) => format!(
                "<a href=\"{}\">{}</a>",
                escape(href),
                escape(&safe::text(text))
            ),
            None => escape(&tr!(lang, "site-one-round")),
        };
        let _ = writeln!(
            page,
            "<tr><td><a href=\"{}\">{}</a></td><td data-label=\"{level}\">{}</td><td data-label=\"{rounds_column}\">{}</td><td class=\"num\" data-label=\"{latest}\">{} / {}</td><td data-label=\"{since}\">{change}</td></tr>",
            escape(&r.history),
            escape(&safe::text(&r.place)),
            escape(&tr!(lang, "level", level = r.level)),
            rounds.join(", "),
            r.latest.well_developed,
            r.latest.further_development
        );
    }
    let _ = writeln!(page, "</tbody>\n</table>\n</main>");
    page.push_str(FILTER);
    close(&mut page, lang);
    page
}

/// One profile as a page of the site.
pub(in crate::render) fn profile_page(
    p: &Profile,
    links: &[(String, String)],
    lang: Language,
) -> String {
    let p = &*safe::profile(p);
    let title = super::super::profile::title(p, lang);
    let mut page = String::with_capacity(16 * 1024);
    open(&mut page, &format!("{title} ({})", p.year), lang);
    let _ = writeln!(
        page,
        "<header>\n{}<h1>{} ({})</h1>",
        nav(links),
        escape(&title),
        p.year
    );
    if p.provenance.warning().is_some() {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>{}</strong> {}.</p>",
            escape(&tr!(lang, "warning-label")),
            escape(&tr!(
                lang,
                "profile-warning",
                provenance = p.provenance.key()
            ))
        );
    }
    // The facts `show` gives, but where the file was read from. The source address is
    // shown, not linked: a site made from a pull request links to nowhere it names.
    let facts: Vec<String> = super::super::profile::facts(p, lang)
        .iter()
        .filter(|(key, _, _)| *key != "File")
        .map(|(_, k, v)| format!("{}: {}", escape(k), escape(v)))
        .collect();
    let _ = writeln!(page, "<p class=\"meta\">{}</p>", facts.join(" · "));
    let _ = writeln!(page, "</header>\n<main>");
    for domain in Domain::ALL {
        let _ = writeln!(
            page,
            "<section class=\"domain\" id=\"{}\">\n<h2>{}</h2>",
            domain.key(),
            escape(&super::super::say::domain(lang, domain))
        );
        for category in Category::ALL {
            let heading = super::super::say::category_heading(lang, category);
            let _ = writeln!(page, "<h3>{}</h3>", escape(&heading));
            let items: Vec<String> = p
                .findings_in(domain, category)
                .map(|f| format!("<li>{}</li>", escape(&f.text)))
                .collect();
            if items.is_empty() {
                let _ = writeln!(page, "<p>{}</p>", escape(&tr!(lang, "profile-none")));
            } else {
                let _ = writeln!(page, "<ul>\n{}\n</ul>", items.join("\n"));
            }
        }
        let _ = writeln!(page, "</section>");
    }
    page.push_str("</main>\n");
    close(&mut page, lang);
    page
}

/// A bar of links (text, relative href) to where a reader goes next; texts are escaped.
pub(in crate::render) fn nav(links: &[(String, String)]) -> String {
    let links: Vec<String> = links.iter().map(link).collect();
    format!("<nav>{}</nav>\n", links.join(" · "))
}

/// One link (text, relative href), both escaped.
fn link((text, href): &(String, String)) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape(href),
        escape(&safe::text(text))
    )
}

/// A report page with a bar of links (home, its place, its rounds, the comparisons before and
/// after it) at the top of its header.
pub(in crate::render) fn with_nav(page: &str, links: &[(String, String)]) -> String {
    let nav = nav(links);
    match page.find("<header>\n") {
        Some(at) => {
            let at = at + "<header>\n".len();
            format!("{}{nav}{}", &page[..at], &page[at..])
        }
        None => page.to_string(),
    }
}
