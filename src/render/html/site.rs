//! The pages of the site that `site` writes besides the reports: its index of places, and a
//! page per profile; and the link home that every page of the site carries.

use std::fmt::Write as _;

use super::super::html_escape as escape;
use super::super::safe;
use super::super::view::PlaceRow;
use super::{close, open};
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
pub(in crate::render) fn index(rows: &[PlaceRow], source: &str) -> String {
    let mut page = String::with_capacity(16 * 1024 + rows.len() * 512);
    open(&mut page, "MGI profiles");
    let _ = writeln!(
        page,
        "<header>\n<h1>MGI profiles</h1>\n<p class=\"meta\">{}, from {}.</p>",
        crate::text::plural(rows.len(), "place"),
        escape(&safe::text(source))
    );
    let marked = rows
        .iter()
        .flat_map(|r| &r.rounds)
        .any(|(_, p, _)| *p != Provenance::Published);
    if marked {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>Warning:</strong> rounds marked <em>illustrative</em> are hypothetical data, not published by IOM; <em>draft</em> rounds are not published yet.</p>"
        );
    }
    let _ = writeln!(
        page,
        "</header>\n<main>\n<p><input id=\"filter\" type=\"search\" placeholder=\"Filter places\" aria-label=\"Filter places\" hidden></p>"
    );
    let _ = writeln!(
        page,
        "<table class=\"files\" id=\"places\">\n<thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Level</th><th scope=\"col\">Rounds</th><th scope=\"col\" class=\"num\">Latest: strengths / gaps</th><th scope=\"col\">Since the round before</th></tr></thead>\n<tbody>"
    );
    for r in rows {
        let rounds: Vec<String> = r
            .rounds
            .iter()
            .map(|(year, provenance, href)| {
                let mark = match provenance {
                    Provenance::Published => String::new(),
                    p => format!(" <em>({})</em>", p.key()),
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
            None => "one round".to_string(),
        };
        let _ = writeln!(
            page,
            "<tr><td><a href=\"{}\">{}</a></td><td data-label=\"Level\">{}</td><td data-label=\"Rounds\">{}</td><td class=\"num\" data-label=\"Latest: strengths / gaps\">{} / {}</td><td data-label=\"Since the round before\">{change}</td></tr>",
            escape(&r.history),
            escape(&safe::text(&r.place)),
            r.level,
            rounds.join(", "),
            r.latest.well_developed,
            r.latest.further_development
        );
    }
    let _ = writeln!(page, "</tbody>\n</table>\n</main>");
    page.push_str(FILTER);
    close(&mut page);
    page
}

/// One profile as a page of the site.
pub(in crate::render) fn profile_page(p: &Profile, links: &[(String, String)]) -> String {
    let p = &*safe::profile(p);
    let title = super::super::profile::title(p);
    let mut page = String::with_capacity(16 * 1024);
    open(&mut page, &format!("{title} ({})", p.year));
    let _ = writeln!(
        page,
        "<header>\n{}<h1>{} ({})</h1>",
        nav(links),
        escape(&title),
        p.year
    );
    if let Some(warning) = p.provenance.warning() {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>Warning:</strong> this profile is {}.</p>",
            escape(warning)
        );
    }
    // The facts `show` gives, but where the file was read from. The source address is
    // shown, not linked: a site made from a pull request links to nowhere it names.
    let facts: Vec<String> = super::super::profile::facts(p)
        .iter()
        .filter(|(k, _)| *k != "File")
        .map(|(k, v)| format!("{k}: {}", escape(v)))
        .collect();
    let _ = writeln!(page, "<p class=\"meta\">{}</p>", facts.join(" · "));
    let _ = writeln!(page, "</header>\n<main>");
    for domain in Domain::ALL {
        let _ = writeln!(
            page,
            "<section class=\"domain\" id=\"{}\">\n<h2>{}</h2>",
            domain.key(),
            escape(domain.name())
        );
        for category in Category::ALL {
            let _ = writeln!(page, "<h3>{}</h3>", category.heading());
            let items: Vec<String> = p
                .findings_in(domain, category)
                .map(|f| format!("<li>{}</li>", escape(&f.text)))
                .collect();
            if items.is_empty() {
                let _ = writeln!(page, "<p>None.</p>");
            } else {
                let _ = writeln!(page, "<ul>\n{}\n</ul>", items.join("\n"));
            }
        }
        let _ = writeln!(page, "</section>");
    }
    page.push_str("</main>\n");
    close(&mut page);
    page
}

/// A bar of links (text, relative href) to where a reader goes next; texts are escaped.
pub(in crate::render) fn nav(links: &[(String, String)]) -> String {
    let links: Vec<String> = links
        .iter()
        .map(|(text, href)| {
            format!(
                "<a href=\"{}\">{}</a>",
                escape(href),
                escape(&safe::text(text))
            )
        })
        .collect();
    format!("<nav>{}</nav>\n", links.join(" · "))
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
