//! The HTML report, read by an HTML5 parser as a browser reads it: its structure, every
//! finding, the charts, escaping of hostile text, and nothing fetched from anywhere.

use crate::common;

use common::{VALID, run, write};
use scraper::{Html, Selector};

fn page(args: &[&str]) -> Html {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), args);
    Html::parse_document(r.assert_ok())
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &scraper::ElementRef<'_>) -> String {
    e.text().collect()
}

#[test]
fn the_page_has_a_summary_two_charts_and_every_domain() {
    let html = page(&[
        "diff",
        "kazakhstan@2018",
        "kazakhstan@2022",
        "--format",
        "html",
    ]);
    assert!(html.errors.is_empty(), "parse errors: {:?}", html.errors);
    assert_eq!(text(&select(&html, "title")[0]), "Kazakhstan: 2018 → 2022");
    let summary = text(&select(&html, "p.summary")[0]);
    assert!(
        summary.starts_with(
            "Between 2018 and 2022, the profile of Kazakhstan went from 36 to 37 findings"
        ),
        "{summary}"
    );
    let sentences = summary.matches(". ").count() + 1;
    // A few sentences: what changed, then what to check (a flip, a pairing to review).
    assert!(
        (2..=8).contains(&sentences),
        "{sentences} sentences: {summary}"
    );
    assert!(
        text(&select(&html, "p.banner")[0]).contains("illustrative"),
        "the illustrative round is flagged"
    );
    for chart in ["svg.findings-chart", "svg.status-chart"] {
        let svg = &select(&html, chart)[0];
        assert_eq!(svg.value().attr("role"), Some("img"), "{chart}");
        assert!(
            svg.children()
                .any(|c| c.value().as_element().is_some_and(|e| e.name() == "title")),
            "{chart} has a title for screen readers"
        );
    }
    let domains: Vec<String> = select(&html, "section.domain h2")
        .iter()
        .map(text)
        .collect();
    assert_eq!(domains.len(), 6, "{domains:?}");
    // Every status list works without a script.
    let lists = select(&html, "details.status");
    assert!(lists.len() >= 12);
    // Every finding of both profiles is on the page: 36 + 37 sides, paired or not.
    let entries = select(&html, "li.entry");
    assert_eq!(entries.len(), 26 + 4 + 2 + 1 + 1 + 3 + 1 + 1);
    assert!(!select(&html, "del").is_empty() && !select(&html, "ins").is_empty());
}

#[test]
fn hostile_text_is_shown_not_run_and_nothing_is_fetched() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.toml", VALID);
    let evil = VALID
        .replace(
            "There is a migration strategy.",
            "There is a migration strategy.<script>alert(1)</script>",
        )
        .replace(
            "Foreign degrees are recognised.",
            "Foreign degrees <img src=x onerror=alert(2)> are recognised.",
        );
    let new = write(dir.path(), "new.toml", evil);
    let r = run(dir.path(), &["diff", &old, &new, "--format", "html"]);
    let html = Html::parse_document(r.assert_ok());
    // The page's own script is the only one, and no image or handler came from the profile.
    assert_eq!(select(&html, "script").len(), 1);
    assert!(select(&html, "img").is_empty());
    let body = text(&select(&html, "main")[0]);
    assert!(body.contains("<script>alert(1)</script>"), "shown as text");
    assert!(
        body.contains("<img src=x onerror=alert(2)>"),
        "shown as text"
    );
    // Self-contained: no attribute points anywhere but inside the page.
    for element in html
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        for (name, value) in element.value().attrs() {
            if ["src", "href"].contains(&name) {
                assert!(value.starts_with('#'), "{name}={value}");
            }
        }
    }
    // The only address on the page is the SVG namespace, which names and fetches nothing.
    let raw = &r.stdout;
    let namespaces = raw.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(raw.matches("http://").count(), namespaces);
    assert!(!raw.contains("https://"), "no remote resource");
}

#[test]
fn the_output_extension_picks_html_and_changes_have_a_page_too() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "-o",
            "report.html",
        ],
    )
    .assert_ok();
    let written = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(written.starts_with("<!DOCTYPE html>"));
    // The summary opens the Markdown and is a JSON field, the same sentences.
    let md = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "markdown",
        ],
    );
    let json = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    let sentence = v["summary_text"].as_str().unwrap();
    assert!(
        md.assert_ok()
            .contains(sentence.split(". ").next().unwrap())
    );
}
