//! One self-contained HTML page per report: inline CSS and SVG charts, no request to anywhere,
//! a print stylesheet (A4) and dark mode; the small script only adds buttons to open and
//! close the status lists, which work without it. Every text from a profile is escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::table::provenance_warnings;
use super::{Fold, Marks, Section, Style, marked_diff, notes};
use crate::changes::{ChangesReport, FileChange};
use crate::diff::{DomainReport, Entry, Report, Status, Summary};
use crate::text::plural;

/// The diff report as a page.
pub(super) fn render(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let report = &*super::safe::report(report);
    let mut page = String::with_capacity(64 * 1024);
    open(&mut page, &report.title());
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(&report.title()));
    sides(&mut page, report);
    let _ = writeln!(page, "</header>\n<main>");
    head_of_body(&mut page, report);
    let sections = report
        .domains
        .iter()
        .filter(|d| !d.entries.is_empty())
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
    out.write_all(finish(page, sections, style, "domain").as_bytes())
}

/// The page with as many sections as fit in `--max-chars`, and its end.
fn finish(head: String, sections: Vec<Section>, style: &Style, what: &str) -> String {
    let mut tail = String::from("</main>\n");
    close(&mut tail);
    super::fit(
        head,
        sections,
        &tail,
        style.max_chars,
        Fold::Html,
        |left, all| {
            format!(
                "<p class=\"shortened\">This report was shortened to fit in {} characters: {left} of {all} {what} sections are left out. The same command without <code>--max-chars</code> shows all of it.</p>\n",
                style.max_chars.unwrap_or(0)
            )
        },
    )
}

/// The `changes` report as a page: the files and their counts, the changes made in several
/// files, then a section per file.
pub(super) fn changes(
    report: &ChangesReport,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let title = format!("Profile changes since {}", report.since);
    let mut page = String::with_capacity(64 * 1024);
    open(&mut page, &title);
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(&safe(&title)));
    for f in &report.failing {
        let _ = writeln!(
            page,
            "<p class=\"banner fail\" role=\"alert\"><strong>Failing:</strong> <code>{}</code>: {}</p>",
            escape(&safe(&f.path)),
            escape(&f.reason)
        );
    }
    let _ = writeln!(page, "</header>\n<main>");
    if report.files.is_empty() {
        let _ = writeln!(
            page,
            "<p>No profile changed since <code>{}</code>.</p>",
            escape(&safe(&report.since))
        );
    } else {
        files_table(&mut page, report);
        groups(&mut page, report);
    }
    let sections = report
        .files
        .iter()
        .filter(|file| super::changes::tells_something(report, file))
        .map(|file| {
            let mut text = String::new();
            file_section(&mut text, report, file);
            Section {
                text,
                summary: format!("{} ({})", escape(&safe(&file.path)), file.change.key()),
                first: super::changes::own_changes(report, file),
            }
        })
        .collect();
    out.write_all(finish(page, sections, style, "file").as_bytes())
}

/// The changes made in several files, each once, with its files.
fn groups(page: &mut String, report: &ChangesReport) {
    if report.groups.is_empty() {
        return;
    }
    let _ = writeln!(
        page,
        "<section class=\"groups\">\n<h2>Made in several files</h2>\n<ol class=\"entries\">"
    );
    for group in &report.groups {
        let text = match (&group.old, &group.new) {
            (Some(old), Some(new)) => word_diff(&safe(old), &safe(new)),
            (Some(text), None) | (None, Some(text)) => escape(&safe(text)),
            (None, None) => String::new(),
        };
        let n = plural(group.files.len(), "file");
        let files: Vec<String> = group
            .files
            .iter()
            .map(|f| format!("<code>{}</code>", escape(&safe(f))))
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

fn safe(text: &str) -> String {
    super::safe::text(text).into_owned()
}

fn files_table(page: &mut String, report: &ChangesReport) {
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
        let errors = file.problems.iter().filter(|p| p.is_error()).count();
        let warnings = file.problems.len() - errors;
        let validation = match (errors, warnings) {
            (0, 0) => "valid".to_string(),
            (0, w) => plural(w, "warning"),
            (e, 0) => plural(e, "error"),
            (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
        };
        let class = if errors > 0 { " class=\"invalid\"" } else { "" };
        let _ = write!(
            page,
            "<tr{class}><td><a href=\"#{}\"><code>{}</code></a></td><td>{}</td><td>{}</td>",
            anchor(&file.path),
            escape(&safe(&file.path)),
            file.change.key(),
            validation
        );
        for status in Status::ALL {
            match &file.report {
                Some(r) => {
                    let _ = write!(page, "<td class=\"num\">{}</td>", r.summary.count(status));
                }
                None => page.push_str("<td class=\"num\">–</td>"),
            }
        }
        let _ = writeln!(page, "</tr>");
    }
    let _ = writeln!(page, "</tbody>\n</table>");
}

fn file_section(page: &mut String, report: &ChangesReport, file: &FileChange) {
    let _ = writeln!(
        page,
        "<section class=\"file\" id=\"{}\">\n<h2><code>{}</code> ({})</h2>",
        anchor(&file.path),
        escape(&safe(&file.path)),
        file.change.key()
    );
    if !file.problems.is_empty() {
        let _ = writeln!(page, "<ul class=\"problems\">");
        for p in &file.problems {
            let at = match (p.line, p.column) {
                (Some(l), Some(c)) => format!("line {l}, column {c}: "),
                (Some(l), None) => format!("line {l}: "),
                _ => String::new(),
            };
            let _ = writeln!(
                page,
                "<li class=\"{}\"><strong>{}:</strong> {at}{}</li>",
                p.severity,
                p.severity,
                escape(&safe(&p.message))
            );
        }
        let _ = writeln!(page, "</ul>");
    }
    if let Some(what) = file.what() {
        let what = crate::text::capitalised(&safe(&what));
        let _ = writeln!(page, "<p class=\"what\">{}.</p>", escape(&what));
    }
    if let Some(diff) = &file.report {
        let (diff, shared) = super::changes::without_groups(diff, report);
        let diff = &*super::safe::report(&diff);
        sides(page, diff);
        if shared > 0 {
            let _ = writeln!(
                page,
                "<p class=\"what\">{} of this file made in several files {} listed above.</p>",
                crate::text::capitalised(&plural(shared, "change")),
                if shared == 1 { "is" } else { "are" }
            );
        }
        head_of_body(page, diff);
        for domain in diff.domains.iter().filter(|d| !d.entries.is_empty()) {
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
fn sides(page: &mut String, report: &Report) {
    let (old, new) = (&report.old, &report.new);
    let side = |p: &crate::diff::ProfileInfo| match p.absent {
        true => "none".to_string(),
        false => format!(
            "<code>{}</code> ({})",
            escape(&p.origin),
            p.provenance.key()
        ),
    };
    let _ = writeln!(
        page,
        "<p class=\"meta\">Old: {} · New: {}</p>",
        side(old),
        side(new)
    );
    for warning in provenance_warnings(report) {
        let _ = writeln!(
            page,
            "<p class=\"banner\" role=\"note\"><strong>Warning:</strong> {}.</p>",
            escape(&warning)
        );
    }
}

/// The summary in words and the charts.
fn head_of_body(page: &mut String, report: &Report) {
    let _ = writeln!(
        page,
        "<p class=\"summary\">{}</p>",
        escape(&report.summary_text)
    );
    let _ = writeln!(page, "<div class=\"charts\">");
    findings_chart(page, report);
    status_chart(page, report);
    let _ = writeln!(page, "</div>");
    if !report.fields.is_empty() {
        let _ = writeln!(
            page,
            "<p class=\"fields\">Profile fields changed:</p>\n<ul class=\"fields\">"
        );
        for f in &report.fields {
            let _ = writeln!(page, "<li>{}</li>", escape(&f.describe()));
        }
        let _ = writeln!(page, "</ul>");
    }
    if !report.changed() {
        let _ = writeln!(page, "<p>No changes.</p>");
    }
}

/// The colour of a status in charts and labels; every use has a text beside it.
fn status_class(status: Status) -> &'static str {
    status.key()
}

/// Width of the charts' drawing, in its own units (the page scales it).
const CHART_WIDTH: f64 = 760.0;
/// Where bars start: the domain names are to their left.
const BARS_AT: f64 = 320.0;

fn findings_chart(page: &mut String, report: &Report) {
    let row_height = 22.0;
    let top = 40.0;
    let height = top + report.domains.len() as f64 * (2.0 * row_height + 12.0) + 10.0;
    let widest = report
        .domains
        .iter()
        .flat_map(|d| [d.old_findings, d.new_findings])
        .map(|c| c.well_developed + c.further_development)
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = (CHART_WIDTH - BARS_AT - 40.0) / widest as f64;
    let (old_year, new_year) = (report.old.year, report.new.year);
    let _ = writeln!(
        page,
        "<figure class=\"chart\">\n<svg class=\"findings-chart\" role=\"img\" aria-labelledby=\"findings-title\" viewBox=\"0 0 {CHART_WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"findings-title\">Findings per domain: well-developed and further-development counts of the old ({old_year}) and the new ({new_year}) round</title>"
    );
    legend(
        page,
        &[
            ("well-developed", "well-developed (left number)"),
            ("further-development", "further development (right number)"),
        ],
    );
    let mut y = top;
    for d in &report.domains {
        let _ = writeln!(
            page,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + row_height,
            escape(d.name)
        );
        for (year, counts) in [(old_year, d.old_findings), (new_year, d.new_findings)] {
            let _ = write!(
                page,
                "<text class=\"year\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{year}</text>",
                BARS_AT - 6.0,
                y + 13.0
            );
            let mut x = BARS_AT;
            for (class, n) in [
                ("well-developed", counts.well_developed),
                ("further-development", counts.further_development),
            ] {
                let w = n as f64 * unit;
                let title = format!("{year}: {n} {}", class.replace('-', " "));
                segment(page, class, &title, (x, y, w), (n > 0).then_some(n));
                x += w;
            }
            let _ = writeln!(
                page,
                "<text class=\"count\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                x + 6.0,
                y + 13.0,
                counts.well_developed + counts.further_development
            );
            y += row_height;
        }
        y += 12.0;
    }
    let _ = writeln!(
        page,
        "</svg>\n<figcaption>Findings per domain, old and new round: well-developed, then further development, and the total</figcaption>\n</figure>"
    );
}

fn status_chart(page: &mut String, report: &Report) {
    let rows = report.domains.len() + 1;
    let row_height = 40.0;
    let top = 62.0;
    let height = top + rows as f64 * row_height + 4.0;
    let bar_width = CHART_WIDTH - BARS_AT;
    let _ = writeln!(
        page,
        "<figure class=\"chart\">\n<svg class=\"status-chart\" role=\"img\" aria-labelledby=\"status-title\" viewBox=\"0 0 {CHART_WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"status-title\">What happened to the findings of each domain, by status</title>"
    );
    let items: Vec<(&str, &str)> = Status::ALL.iter().map(|s| (s.key(), s.key())).collect();
    legend(page, &items);
    let mut y = top;
    let all = ("All domains", &report.summary);
    let rows = report
        .domains
        .iter()
        .map(|d| (d.name, &d.summary))
        .chain(std::iter::once(all));
    for (name, summary) in rows {
        let total = summary.total().max(1) as f64;
        let _ = writeln!(
            page,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + 13.0,
            escape(name)
        );
        let mut x = BARS_AT;
        for status in Status::ALL {
            let n = summary.count(status);
            if n == 0 {
                continue;
            }
            let w = n as f64 / total * bar_width;
            let title = format!("{n} {status}");
            // A number in a segment too narrow for it would spill over its neighbour.
            segment(
                page,
                status_class(status),
                &title,
                (x, y, w),
                (w >= 14.0).then_some(n),
            );
            x += w;
        }
        let _ = writeln!(
            page,
            "\n<text class=\"count\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + 31.0,
            escape(&describe(summary))
        );
        y += row_height;
    }
    let _ = writeln!(
        page,
        "</svg>\n<figcaption>Statuses per domain</figcaption>\n</figure>"
    );
}

/// One segment of a bar, with its tooltip title and, when given, its number written in it.
fn segment(
    page: &mut String,
    class: &str,
    title: &str,
    (x, y, w): (f64, f64, f64),
    label: Option<usize>,
) {
    let _ = write!(
        page,
        "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"16\"><title>{title}</title></rect>"
    );
    if let Some(n) = label {
        let _ = write!(
            page,
            "<text class=\"in-bar\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{n}</text>",
            x + w / 2.0,
            y + 12.5
        );
    }
}

/// `26 unchanged, 4 reworded, 1 added`.
fn describe(summary: &Summary) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|&&s| summary.count(s) > 0)
        .map(|&s| format!("{} {s}", summary.count(s)))
        .collect();
    if parts.is_empty() {
        "no findings".into()
    } else {
        parts.join(", ")
    }
}

/// A legend of swatches, each with its name written out.
fn legend(page: &mut String, items: &[(&str, &str)]) {
    let mut x = 0.0;
    let mut y = 8.0;
    for (class, label) in items {
        let width = 22.0 + 7.0 * label.chars().count() as f64;
        if x + width > CHART_WIDTH {
            x = 0.0;
            y += 20.0;
        }
        let _ = writeln!(
            page,
            "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\"/><text class=\"legend\" x=\"{:.1}\" y=\"{:.1}\">{label}</text>",
            x + 16.0,
            y + 10.5
        );
        x += width + 12.0;
    }
}

fn domain_section(page: &mut String, domain: &DomainReport, level: usize) {
    let _ = writeln!(
        page,
        "<section class=\"domain\" id=\"{}\">\n<h{level}>{}</h{level}>",
        domain.key,
        escape(domain.name)
    );
    for status in Status::ALL {
        let entries: Vec<&Entry> = domain.with_status(status).collect();
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

fn entry_item(page: &mut String, entry: &Entry) {
    let (from, category) = super::placement(entry);
    let mut facts: Vec<String> = from
        .map(|d| format!("from {}", escape(d)))
        .into_iter()
        .collect();
    if !category.is_empty() {
        facts.push(category);
    }
    if let Some(similarity) = entry.similarity {
        facts.push(format!("similarity {similarity:.3}"));
    }
    let _ = writeln!(
        page,
        "<li class=\"entry\">\n<p class=\"facts\">{}</p>",
        facts.join(" · ")
    );
    let text = match (&entry.old, &entry.new) {
        (Some(o), Some(n)) if o.text != n.text => word_diff(&o.text, &n.text),
        (_, Some(side)) | (Some(side), None) => escape(&side.text),
        (None, None) => String::new(),
    };
    let _ = writeln!(page, "<p class=\"text\">{text}</p>");
    for note in notes(entry) {
        let class = if entry.negation && note.starts_with("negation") {
            "note negation"
        } else if entry.confidence.is_some() && note.starts_with("review") {
            "note review"
        } else {
            "note"
        };
        let _ = writeln!(page, "<p class=\"{class}\">{}</p>", escape(&note));
    }
    let _ = writeln!(page, "</li>");
}

/// The word-level diff of two texts with `<del>` and `<ins>`.
fn word_diff(old: &str, new: &str) -> String {
    let marks = Marks {
        same: &|t| escape(t),
        removed: &|t| format!("<del>{}</del>", escape(t)),
        inserted: &|t| format!("<ins>{}</ins>", escape(t)),
        spaced: true,
    };
    marked_diff(old, new, &marks)
}

/// Text as HTML: `&`, `<`, `>` and quotes written as entities.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn open(page: &mut String, title: &str) {
    let _ = writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"mgi-diff {}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>",
        env!("CARGO_PKG_VERSION"),
        escape(&safe(title))
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
