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
use super::{Options, html_escape as escape};
use crate::diff::Status;
use crate::text::plural;

/// A place's history as a page.
pub(super) fn history(h: &crate::history::History) -> String {
    timeline::history(h, None)
}

/// A place's history as a page of a site, with its links there.
pub(super) fn history_in_site(h: &crate::history::History, links: &PlaceLinks) -> String {
    timeline::history(h, Some(links))
}

/// The diff report as a page.
pub(super) fn diff(report: &DiffView, options: &Options) -> String {
    let mut page = String::with_capacity(64 * 1024);
    open(&mut page, &report.title);
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(&report.title));
    sides(&mut page, report);
    let _ = writeln!(page, "</header>\n<main>");
    head_of_body(&mut page, report);
    let sections = report
        .sections()
        .map(|d| {
            let mut text = String::new();
            domain_section(&mut text, d, 2);
            Section {
                text,
                summary: escape(d.name),
                first: d.summary.differing() > 0,
            }
        })
        .collect();
    finish(page, sections, options, "domain")
}

/// The page with as many sections as fit in `--max-chars`, and its end.
fn finish(head: String, sections: Vec<Section>, options: &Options, what: &str) -> String {
    let mut tail = String::from("</main>\n");
    close(&mut tail);
    fit(
        head,
        sections,
        &tail,
        options.max_chars,
        Fold::Html,
        |left, all| {
            format!(
                "<p class=\"shortened\">This report was shortened to fit in {} characters: {left} of {all} {what} sections are left out. The same command without <code>--max-chars</code> shows all of it.</p>\n",
                options.max_chars.unwrap_or(0)
            )
        },
    )
}

/// The `changes` report as a page: the files and their counts, the changes made in several
/// files, then a section per file.
pub(super) fn changes(report: &ChangesView, options: &Options) -> String {
    let title = format!("Profile changes since {}", report.since);
    let mut page = String::with_capacity(64 * 1024);
    open(&mut page, &title);
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(&title));
    for (path, reason) in &report.failing {
        let _ = writeln!(
            page,
            "<p class=\"banner fail\" role=\"alert\"><strong>Failing:</strong> <code>{}</code>: {}</p>",
            escape(path),
            escape(reason)
        );
    }
    let _ = writeln!(page, "</header>\n<main>");
    if report.files.is_empty() {
        let _ = writeln!(
            page,
            "<p>No profile changed since <code>{}</code>.</p>",
            escape(&report.since)
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
            file_section(&mut text, file);
            Section {
                text,
                summary: format!("{} ({})", escape(&file.path), file.change),
                first: file.own_changes,
            }
        })
        .collect();
    finish(page, sections, options, "file")
}

/// The changes made in several files, each once, with its files.
fn groups(page: &mut String, report: &ChangesView) {
    if report.groups.is_empty() {
        return;
    }
    let _ = writeln!(
        page,
        "<section class=\"groups\">\n<h2>Made in several files</h2>\n<ol class=\"entries\">"
    );
    for group in &report.groups {
        let text = word_diff(group.text());
        let n = plural(group.files.len(), "file");
        let files: Vec<String> = group
            .files
            .iter()
            .map(|f| format!("<code>{}</code>", escape(f)))
            .collect();
        let _ = writeln!(
            page,
            "<li class=\"entry\">\n<p class=\"facts\"><span class=\"badge {}\">{}</span> in {n}</p>\n<p class=\"text\">{text}</p>\n<details><summary>{n}</summary><p>{}</p></details>\n</li>",
            status_class(group.status),
            group.status,
            files.join(", ")
        );
    }
    let _ = writeln!(page, "</ol>\n</section>");
}

fn files_table(page: &mut String, report: &ChangesView) {
    let _ = write!(
        page,
        "<table class=\"files\">\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Change</th><th scope=\"col\">Validation</th>"
    );
    for status in Status::ALL {
        let _ = write!(
            page,
            "<th scope=\"col\" class=\"num\">{}</th>",
            status.key()
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
            file.change,
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

fn file_section(page: &mut String, file: &FileView) {
    let _ = writeln!(
        page,
        "<section class=\"file\" id=\"{}\">\n<h2><code>{}</code> ({})</h2>",
        anchor(&file.path),
        escape(&file.path),
        file.change
    );
    if !file.problems.is_empty() {
        let _ = writeln!(page, "<ul class=\"problems\">");
        for p in &file.problems {
            let _ = writeln!(
                page,
                "<li class=\"{}\"><strong>{}:</strong> {}{}</li>",
                p.severity,
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
                "<p class=\"what\">{} of this file made in several files {} listed above.</p>",
                crate::text::capitalised(&plural(file.shared, "change")),
                if file.shared == 1 { "is" } else { "are" }
            );
        }
        head_of_body(page, diff);
        for domain in diff.sections() {
            domain_section(page, domain, 3);
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
    let side = |p: &Option<super::view::SideView>| match p {
        None => "none".to_string(),
        Some(p) => format!("<code>{}</code> ({})", escape(&p.origin), p.provenance),
    };
    let _ = writeln!(
        page,
        "<p class=\"meta\">Old: {} · New: {}</p>",
        side(&report.old),
        side(&report.new)
    );
    for warning in &report.warnings {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>Warning:</strong> {}.</p>",
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
            "<p class=\"fields\">Profile fields changed:</p>\n<ul class=\"fields\">"
        );
        for f in &report.fields {
            let _ = writeln!(page, "<li>{}</li>", escape(&f.described));
        }
        let _ = writeln!(page, "</ul>");
    }
    if !report.changed {
        let _ = writeln!(page, "<p>No changes.</p>");
    }
}

/// The colour of a status in charts and labels; every use has a text beside it.
fn status_class(status: Status) -> &'static str {
    status.key()
}

fn domain_section(page: &mut String, domain: &DomainView, level: usize) {
    let _ = writeln!(
        page,
        "<section class=\"domain\" id=\"{}\">\n<h{level}>{}</h{level}>",
        domain.key,
        escape(domain.name)
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
            status,
            entries.len()
        );
        for entry in entries {
            entry_item(page, entry);
        }
        let _ = writeln!(page, "</ol>\n</details>");
    }
    let _ = writeln!(page, "</section>");
}

fn entry_item(page: &mut String, entry: &Item) {
    let mut facts: Vec<String> = entry
        .from
        .map(|d| format!("from {}", escape(d)))
        .into_iter()
        .collect();
    if !entry.category.is_empty() {
        facts.push(entry.category.to_string());
    }
    if let Some(similarity) = entry.similarity {
        facts.push(format!("similarity {similarity:.3}"));
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

fn open(page: &mut String, title: &str) {
    let _ = writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"mgi-diff {}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    );
}

fn close(page: &mut String) {
    let _ = writeln!(
        page,
        "<footer><p>Made by mgi-diff {}. Word changes: <del>removed</del>, <ins>inserted</ins>.</p></footer>\n<script>\n{SCRIPT}</script>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
    );
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
