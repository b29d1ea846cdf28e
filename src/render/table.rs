//! The terminal reports: a `diff` (a header, a summary of counts per domain, then one table
//! per domain) and `changes` (a line per file, then each file's `diff`); a place's history
//! in `history.rs`. What they are drawn with is `grid.rs`, their colours `colour.rs`.

mod colour;
mod grid;
mod history;

use std::io::{self, Write};

use anstyle::AnsiColor;

use colour::{ansi_color, colour_marks, inline_diff, status_color};
use grid::{BORDERS, Row, draw};
pub(super) use grid::{line, new_table, paint};
pub(super) use history::history;

use super::view::{ChangesView, DiffView, Item, SideView, Text};
use super::wrap::{display_width, wrap};
use super::{Options, Style};
use crate::diff::{Status, Summary};
use crate::languages::{Language, tr};

use super::say;

/// Below this width a three-column table leaves a finding too little room: entries are
/// written as indented lines instead.
const NARROW: u16 = 72;

/// A `diff` report.
pub(super) fn diff(
    report: &DiffView,
    style: &Style,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = report.lang;
    header(report, style, out)?;
    if style.width < NARROW {
        return narrow(report, style, options, out);
    }
    summary(report, style, out)?;
    fields(report, style, out)?;
    if !report.changed {
        line(
            out,
            style,
            anstyle::Style::new().bold(),
            &tr!(lang, "no-changes"),
        )?;
    }
    // A domain whose entries are all hidden (`--changes-only`, `--status`) is in the summary.
    for domain in report.sections() {
        writeln!(out)?;
        let counts = say::counts(lang, &domain.summary);
        line(
            out,
            style,
            anstyle::Style::new().bold(),
            &format!("{} ({counts})", domain.name),
        )?;
        // The finding column is wrapped here, to what the two short columns leave, and the
        // table is drawn here too: its widths are then known, and measuring, splitting and
        // padding every cell again in comfy-table was a sixth of all the work a `diff` did.
        let statuses: Vec<String> = domain
            .listed()
            .map(|e| say::status(lang, e.status))
            .collect();
        let status_width = statuses
            .iter()
            .map(|s| display_width(s))
            .max()
            .unwrap_or(0)
            .max(6);
        let categories: Vec<String> = domain.listed().map(category_cell).collect();
        let category_width = categories
            .iter()
            .flat_map(|c| c.split('\n'))
            .map(display_width)
            .max()
            .unwrap_or(0)
            .max(8);
        let finding_width = usize::from(style.width)
            .saturating_sub(status_width + category_width + BORDERS)
            .max(20);
        let rows: Vec<Row> = domain
            .listed()
            .zip(categories)
            .zip(statuses)
            .map(|((entry, category), status)| Row {
                cells: [
                    status,
                    category,
                    wrap(&finding_cell(entry, style, options, lang), finding_width).join("\n"),
                ],
                color: style.color.then(|| status_color(entry.status)),
            })
            .collect();
        let header = ["column-status", "column-category", "column-finding"].map(|id| tr!(lang, id));
        let drawn = draw(header.each_ref().map(String::as_str), &rows);
        if style.color {
            writeln!(out, "{}", colour_marks(&drawn))?;
        } else {
            writeln!(out, "{drawn}")?;
        }
    }
    Ok(())
}

/// The report for a narrow terminal: the counts and every entry as lines, indented, wrapped
/// to the width, with no table to break words apart.
fn narrow(
    report: &DiffView,
    style: &Style,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = report.lang;
    let plain = anstyle::Style::new();
    let bold = plain.bold();
    writeln!(out)?;
    for domain in &report.domains {
        line(
            out,
            style,
            plain,
            &format!("{}: {}", domain.name, say::counts(lang, &domain.summary)),
        )?;
    }
    let all = tr!(lang, "all-domains");
    line(
        out,
        style,
        bold,
        &format!("{all}: {}", say::counts(lang, &report.total)),
    )?;
    fields(report, style, out)?;
    if !report.changed {
        line(out, style, bold, &tr!(lang, "no-changes"))?;
    }
    let width = usize::from(style.width).saturating_sub(4).max(10);
    for domain in report.sections() {
        writeln!(out)?;
        line(out, style, bold, &domain.name)?;
        for entry in domain.listed() {
            let ansi = match style.color {
                true => anstyle::Style::new()
                    .fg_color(Some(ansi_color(entry.status).into()))
                    .bold(),
                false => plain,
            };
            let cell = category_cell(entry);
            let category = cell.replace('\n', " ");
            let label = say::status(lang, entry.status);
            let status = paint(style, ansi, &label);
            if display_width(&label) + display_width(&category) + 5 <= usize::from(style.width) {
                writeln!(out, "  {status} · {category}")?;
            } else {
                writeln!(out, "  {status}")?;
                for part in cell.lines() {
                    writeln!(out, "  {part}")?;
                }
            }
            let text = finding_cell(entry, style, options, lang);
            let wrapped: Vec<String> = text
                .lines()
                .flat_map(|l| wrap(l, width))
                .map(|l| format!("    {l}"))
                .collect();
            let wrapped = wrapped.join("\n");
            match style.color {
                true => writeln!(out, "{}", colour_marks(&wrapped))?,
                false => writeln!(out, "{wrapped}")?,
            }
        }
    }
    Ok(())
}

fn header(report: &DiffView, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let lang = report.lang;
    let (old, new) = (&report.old, &report.new);
    let level = tr!(lang, "level", level = report.level);
    let title = format!("{} ({level})", report.title);
    line(out, style, anstyle::Style::new().bold(), &title)?;
    for (id, side) in [("table-old", old), ("table-new", new)] {
        let side = side_line(side, lang);
        line(
            out,
            style,
            anstyle::Style::new(),
            &tr!(lang, id, side = side),
        )?;
    }
    let warn = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Yellow.into()))
        .bold();
    for warning in &report.warnings {
        let label = tr!(lang, "table-warning-label");
        line(out, style, warn, &format!("{label} {warning}"))?;
    }
    // The plain-language summary opens the table as it opens every other report.
    for text in wrap(&report.summary_text, usize::from(style.width).max(20)) {
        line(out, style, anstyle::Style::new(), &text)?;
    }
    if report.review > 0 {
        let review = anstyle::Style::new().fg_color(Some(AnsiColor::Yellow.into()));
        let said = tr!(lang, "table-review", n = report.review);
        line(out, style, review, &said)?;
    }
    Ok(())
}

/// The profile's own fields that changed, one line each.
fn fields(report: &DiffView, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.fields {
        line(
            out,
            style,
            anstyle::Style::new().bold(),
            &tr!(
                report.lang,
                "table-field-changed",
                field = f.described.as_str()
            ),
        )?;
    }
    Ok(())
}

fn side_line(p: &Option<SideView>, lang: Language) -> String {
    match p {
        None => tr!(lang, "none"),
        Some(p) => format!("{} ({}, {})", p.origin, p.iso3, p.provenance),
    }
}

fn summary(report: &DiffView, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let lang = report.lang;
    let mut table = new_table(style.width);
    table.set_header(vec![
        tr!(lang, "column-domain"),
        say::status_heading(lang, Status::Unchanged),
        tr!(lang, "column-changes"),
    ]);
    let changes = |s: &Summary| say::changes(lang, s);
    for domain in &report.domains {
        table.add_row(vec![
            domain.name.to_string(),
            domain.summary.unchanged.to_string(),
            changes(&domain.summary),
        ]);
    }
    table.add_row(vec![
        tr!(lang, "all-domains"),
        report.total.unchanged.to_string(),
        changes(&report.total),
    ]);
    writeln!(out, "{table}")
}

/// The category, on two lines when it changed (the column stays narrow).
fn category_cell(entry: &Item) -> String {
    entry.category.replace(" → ", "\n→ ")
}

fn finding_cell(entry: &Item, style: &Style, options: &Options, lang: Language) -> String {
    let text = finding_text(entry, style, options, lang);
    let mut cell = match &entry.from {
        Some(from) => format!(
            "{}\n{text}",
            tr!(lang, "table-from", domain = from.as_str())
        ),
        None => text,
    };
    for note in &entry.notes {
        cell.push_str("\n» ");
        cell.push_str(&note.text);
    }
    cell
}

fn finding_text(entry: &Item, style: &Style, options: &Options, lang: Language) -> String {
    match entry.text() {
        Text::Changed(old, new) if options.word_diff => inline_diff(old, new, style),
        Text::Changed(old, new) => format!("{new}\n{}", tr!(lang, "table-was", old = old)),
        Text::Plain(text) => text.to_string(),
    }
}

/// The `changes` report: a line per file, then each file's report.
pub(super) fn changes(
    report: &ChangesView,
    style: &Style,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = report.lang;
    let bold = anstyle::Style::new().bold();
    let since = report.since.as_str();
    if report.files.is_empty() {
        let said = tr!(lang, "no-profile-changed", since = since);
        return line(out, style, anstyle::Style::new(), &said);
    }
    line(out, style, bold, &tr!(lang, "changes-title", since = since))?;
    for (path, reason) in &report.failing {
        let label = tr!(lang, "table-failing-label");
        line(out, style, bold, &format!("{label} {path}: {reason}"))?;
    }
    let change = |f: &super::view::FileView| tr!(lang, "file-change", change = f.change);
    for file in &report.files {
        let summary = match (&file.diff, &file.what) {
            (Some(_), _) => file.counts.clone(),
            (None, Some(what)) => what.clone(),
            (None, None) => tr!(lang, "not-compared"),
        };
        line(
            out,
            style,
            anstyle::Style::new(),
            &format!(
                "  {} ({}): {}; {summary}",
                file.path,
                change(file),
                file.validation
            ),
        )?;
    }
    for file in &report.files {
        writeln!(out)?;
        line(
            out,
            style,
            bold,
            &format!("== {} ({}) ==", file.path, change(file)),
        )?;
        for p in &file.problems {
            line(out, style, anstyle::Style::new(), &p.whole)?;
        }
        if let Some(what) = &file.what {
            line(
                out,
                style,
                anstyle::Style::new(),
                &crate::text::capitalised(what),
            )?;
        }
        if let Some(diff) = &file.diff {
            // The terminal tells every file whole: its shared changes too.
            let mut whole = diff.clone();
            for d in &mut whole.domains {
                for item in &mut d.items {
                    item.shared = false;
                }
            }
            self::diff(&whole, style, options, out)?;
        }
    }
    Ok(())
}
