//! One self-contained HTML page per report: inline CSS and SVG charts, no request to anywhere,
//! a print stylesheet (A4) and dark mode; the small script only adds buttons to open and
//! close the status lists, which work without it. Every text from a profile is escaped.

mod charts;
mod site;
mod timeline;

pub(super) use site::{index, profile_page, with_nav};
pub(crate) use timeline::PlaceLinks;

use std::fmt::Write as _;

use super::budget::{Fold, Section, fit};
use super::view::{ChangesView, DiffView, DomainView, FileView, Item, NoteKind, Text};
use super::words::{Marks, marked};
use super::{Options, html_escape as escape, say};
use crate::diff::Status;
use crate::languages::{Language, decimal, tr};

/// A place's history as a page.
pub(super) fn history(h: &crate::history::History, lang: Language) -> String {
    timeline::history(h, None, lang)
}

/// A place's history as a page of a site, with its links there.
pub(super) fn history_in_site(
    h: &crate::history::History,
    links: &PlaceLinks,
    lang: Language,
) -> String {
    timeline::history(h, Some(links), lang)
}

/// The diff report as a page.
pub(super) fn diff(report: &DiffView, options: &Options) -> String {
    let lang = report.lang;
    let mut page = String::with_capacity(64 * 1024);
    open(&mut page, &report.title, lang);
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(&report.title));
    sides(&mut page, report);
    let _ = writeln!(page, "</header>\n<main>");
    head_of_body(&mut page, report);
    let sections = report
        .sections()
        .map(|d| {
            let mut text = String::new();
            domain_section(&mut text, d, 2, lang);
            Section {
                text,
                summary: escape(&d.name),
                first: d.summary.differing() > 0,
            }
        })
        .collect();
    finish(page, sections, options, "domain", lang)
}

/// The page with as many sections as fit in `--max-chars`, and its end.
fn finish(
    head: String,
    sections: Vec<Section>,
    options: &Options,
    what: &str,
    lang: Language,
) -> String {
    let mut tail = String::from("</main>\n");
    close(&mut tail, lang);
    fit(
        head,
        sections,
        &tail,
        options.max_chars,
        Fold::Html,
        |left, all| {
            let said = tr!(
                lang,
                "shortened",
                max = options.max_chars.unwrap_or(0),
                left = left,
                all = all,
                what = what
            );
            format!("<p class=\"shortened\">{}</p>\n", with_code(&said))
        },
    )
}

/// The `changes` report as a page: the files and their counts, the changes made in several
/// files, then a section per file.
pub(super) fn changes(report: &ChangesView, options: &Options) -> String {
    let lang = report.lang;
    let title = tr!(lang, "changes-title", since = report.since.as_str());
    let mut page = String::with_capacity(64 * 1024);
    open(&mut page, &title, lang);
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(&title));
    for (path, reason) in &report.failing {
        let _ = writeln!(
            page,
            "<p class=\"banner fail\" role=\"alert\"><strong>{}</strong> <code>{}</code>: {}</p>",
            tr!(lang, "failing-label"),
            escape(path),
            escape(reason)
        );
    }
    let _ = writeln!(page, "</header>\n<main>");
    if report.files.is_empty() {
        let since = format!("<code>{}</code>", escape(&report.since));
        let _ = writeln!(
            page,
            "<p>{}</p>",
            tr!(lang, "no-profile-changed", since = since)
        );
    } else {
        files_table(&mut page, report);
        groups(&mut page, report);
    }
    let sections = report
        .files
        .iter()
        .filter(|file| file.tells_something)
        .map(|file| {
            let mut text = String::new();
            file_section(&mut text, file, lang);
            Section {
                text,
                summary: format!("{} ({})", escape(&file.path), change(lang, file.change)),
                first: file.own_changes,
            }
        })
        .collect();
    finish(page, sections, options, "file", lang)
}

/// A file's change (`added`, `modified`, …) in the report's language.
fn change(lang: Language, key: &str) -> String {
    tr!(lang, "file-change", change = key)
}

/// The changes made in several files, each once, with its files.
fn groups(page: &mut String, report: &ChangesView) {
    if report.groups.is_empty() {
        return;
    }
    let lang = report.lang;
    let _ = writeln!(
        page,
        "<section class=\"groups\">\n<h2>{}</h2>\n<ol class=\"entries\">",
        tr!(lang, "made-in-several-files")
    );
    for group in &report.groups {
        let text = word_diff(group.text());
        let n = tr!(lang, "n-files", n = group.files.len());
        let files: Vec<String> = group
            .files
            .iter()
            .map(|f| format!("<code>{}</code>", escape(f)))
            .collect();
        let _ = writeln!(
            page,
            "<li class=\"entry\">\n<p class=\"facts\">{}</p>\n<p class=\"text\">{text}</p>\n<details><summary>{n}</summary><p>{}</p></details>\n</li>",
            tr!(
                lang,
                "group-in-files",
                badge = format!(
                    "<span class=\"badge {}\">{}</span>",
                    status_class(group.status),
                    say::status(lang, group.status)
                ),
                files = n.as_str()
            ),
            files.join(", ")
        );
    }
    let _ = writeln!(page, "</ol>\n</section>");
}

fn files_table(page: &mut String, report: &ChangesView) {
    let lang = report.lang;
    let _ = write!(
        page,
        "<table class=\"files\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        tr!(lang, "column-file"),
        tr!(lang, "column-change"),
        tr!(lang, "column-validation")
    );
    for status in Status::ALL {
        let _ = write!(
            page,
            "<th scope=\"col\" class=\"num\">{}</th>",
            say::status(lang, status)
        );
    }
    let _ = writeln!(page, "</tr></thead>\n<tbody>");
    for file in &report.files {
        let class = if file.valid { "" } else { " class=\"invalid\"" };
        let _ = write!(
            page,
            "<tr{class}><td><a href=\"#{}\"><code>{}</code></a></td><td>{}</td><td>{}</td>",
            anchor(&file.path),
            escape(&file.path),
            change(lang, file.change),
            file.validation
        );
        for status in Status::ALL {
            match &file.diff {
                Some(r) => {
                    let _ = write!(page, "<td class=\"num\">{}</td>", r.total.count(status));
                }
                None => page.push_str("<td class=\"num\">–</td>"),
            }
        }
        let _ = writeln!(page, "</tr>");
    }
    let _ = writeln!(page, "</tbody>\n</table>");
}

fn file_section(page: &mut String, file: &FileView, lang: Language) {
    let _ = writeln!(
        page,
        "<section class=\"file\" id=\"{}\">\n<h2><code>{}</code> ({})</h2>",
        anchor(&file.path),
        escape(&file.path),
        change(lang, file.change)
    );
    if !file.problems.is_empty() {
        let _ = writeln!(page, "<ul class=\"problems\">");
        for p in &file.problems {
            let _ = writeln!(
                page,
                "<li class=\"{}\"><strong>{}:</strong> {}{}</li>",
                if p.error { "error" } else { "warning" },
                p.severity,
                p.at,
                escape(&p.message)
            );
        }
        let _ = writeln!(page, "</ul>");
    }
    if let Some(what) = &file.what {
        let what = crate::text::capitalised(what);
        let _ = writeln!(page, "<p class=\"what\">{}.</p>", escape(&what));
    }
    if let Some(diff) = &file.diff {
        sides(page, diff);
        if file.shared > 0 {
            let _ = writeln!(
                page,
                "<p class=\"what\">{}</p>",
                tr!(lang, "shared-changes-above", n = file.shared)
            );
        }
        head_of_body(page, diff);
        for domain in diff.sections() {
            domain_section(page, domain, 3, lang);
        }
    }
    let _ = writeln!(page, "</section>");
}

/// An id for an element, from any text: letters and digits kept, the rest as `-`.
fn anchor(text: &str) -> String {
    let mut id = String::from("f-");
    for c in text.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

/// Where the two profiles come from, and the banner for a round IOM did not publish.
fn sides(page: &mut String, report: &DiffView) {
    let lang = report.lang;
    let side = |p: &Option<super::view::SideView>| match p {
        None => tr!(lang, "none"),
        Some(p) => format!("<code>{}</code> ({})", escape(&p.origin), p.provenance),
    };
    let _ = writeln!(
        page,
        "<p class=\"meta\">{}</p>",
        tr!(
            lang,
            "html-sides",
            old = side(&report.old),
            new = side(&report.new)
        )
    );
    for warning in &report.warnings {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>{}</strong> {}.</p>",
            tr!(lang, "warning-label"),
            escape(warning)
        );
    }
}

/// The summary in words and the charts.
fn head_of_body(page: &mut String, report: &DiffView) {
    let _ = writeln!(
        page,
        "<p class=\"summary\">{}</p>",
        escape(&report.summary_text)
    );
    let _ = writeln!(page, "<div class=\"charts\">");
    charts::findings(page, report);
    charts::statuses(page, report);
    let _ = writeln!(page, "</div>");
    if !report.fields.is_empty() {
        let _ = writeln!(
            page,
            "<p class=\"fields\">{}</p>\n<ul class=\"fields\">",
            tr!(report.lang, "profile-fields-changed")
        );
        for f in &report.fields {
            let _ = writeln!(page, "<li>{}</li>", escape(&f.described));
        }
        let _ = writeln!(page, "</ul>");
    }
    if !report.changed {
        let _ = writeln!(page, "<p>{}</p>", tr!(report.lang, "no-changes"));
    }
}

/// The colour of a status in charts and labels; every use has a text beside it.
fn status_class(status: Status) -> &'static str {
    status.key()
}

fn domain_section(page: &mut String, domain: &DomainView, level: usize, lang: Language) {
    let _ = writeln!(
        page,
        "<section class=\"domain\" id=\"{}\">\n<h{level}>{}</h{level}>",
        domain.key,
        escape(&domain.name)
    );
    for status in Status::ALL {
        let entries: Vec<&Item> = domain.with_status(status).collect();
        if entries.is_empty() {
            continue;
        }
        // Every status is a list that opens and closes without a script; unchanged findings
        // start closed, as the reader looks for what changed.
        let open = if status == Status::Unchanged {
            ""
        } else {
            " open"
        };
        let _ = writeln!(
            page,
            "<details class=\"status {}\"{open}>\n<summary><span class=\"badge {}\">{}</span> {}</summary>\n<ol class=\"entries\">",
            status_class(status),
            status_class(status),
            say::status(lang, status),
            entries.len()
        );
        for entry in entries {
            entry_item(page, entry, lang);
        }
        let _ = writeln!(page, "</ol>\n</details>");
    }
    let _ = writeln!(page, "</section>");
}

fn entry_item(page: &mut String, entry: &Item, lang: Language) {
    let mut facts: Vec<String> = (entry.from.as_deref())
        .map(|d| tr!(lang, "from-domain", domain = escape(d)))
        .into_iter()
        .collect();
    if !entry.category.is_empty() {
        facts.push(entry.category.to_string());
    }
    if let Some(similarity) = entry.similarity {
        let similarity = decimal(lang, similarity, 3);
        facts.push(tr!(lang, "similarity", similarity = similarity));
    }
    let _ = writeln!(
        page,
        "<li class=\"entry\">\n<p class=\"facts\">{}</p>",
        facts.join(" · ")
    );
    let text = word_diff(entry.text());
    let _ = writeln!(page, "<p class=\"text\">{text}</p>");
    for note in &entry.notes {
        let class = match note.kind {
            NoteKind::Negation => "note negation",
            NoteKind::Review => "note review",
            NoteKind::Near | NoteKind::Evidence => "note",
        };
        let _ = writeln!(page, "<p class=\"{class}\">{}</p>", with_code(&note.text));
    }
    let _ = writeln!(page, "</li>");
}

/// A text with its changed words marked `<del>` and `<ins>`.
fn word_diff(text: Text<'_>) -> String {
    if let Text::Plain(t) = text {
        return escape(t);
    }
    let marks = Marks {
        same: &|t| escape(t),
        removed: &|t| format!("<del>{}</del>", escape(t)),
        inserted: &|t| format!("<ins>{}</ins>", escape(t)),
        spaced: true,
    };
    marked(text.pieces(), &marks)
}

fn open(page: &mut String, title: &str, lang: Language) {
    let _ = writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"mgi-diff {}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>",
        lang.key(),
        env!("CARGO_PKG_VERSION"),
        escape(title)
    );
}

fn close(page: &mut String, lang: Language) {
    let footer = tr!(lang, "html-footer", version = env!("CARGO_PKG_VERSION"));
    let _ = writeln!(
        page,
        "<footer><p>{footer}</p></footer>\n<script>\n{}</script>\n</body>\n</html>",
        script(SCRIPT, lang)
    );
}

/// A page's script with the words of its buttons in the page's language (written in English
/// in the script, as JSON strings).
fn script(script: &'static str, lang: Language) -> std::borrow::Cow<'static, str> {
    if lang == Language::En {
        return std::borrow::Cow::Borrowed(script);
    }
    let mut script = script.to_string();
    for (english, id) in [("\"Open all\"", "open-all"), ("\"Close all\"", "close-all")] {
        let word = serde_json::to_string(&tr!(lang, id)).unwrap_or_default();
        // `</` would end the script element.
        script = script.replace(english, &word.replace("</", "<\\/"));
    }
    std::borrow::Cow::Owned(script)
}

/// The page's style: light and dark schemes, charts, and A4 printing without cut entries.
const CSS: &str = include_str!("html/report.css");

/// Buttons to open or close every status list, and every list opened for printing. The page
/// works the same without it.
const SCRIPT: &str = include_str!("html/report.js");

/// A note's text with what it quotes in backticks (a command to run) as `<code>`, the rest
/// escaped; unbalanced backticks are shown as they are.
fn with_code(text: &str) -> String {
    super::quoted_parts(text, escape, |part| {
        format!("<code>{}</code>", escape(part))
    })
}
