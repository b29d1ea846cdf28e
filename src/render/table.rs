//! The terminal report: a header, a summary of counts per domain, then one table per domain.

use std::io::{self, Write};

use anstyle::{AnsiColor, Effects};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table};

use super::{Marks, Style, display_width, marked_diff, notes, wrap};
use crate::diff::{Entry, ProfileInfo, Report, Status, Summary};

/// A new table with the house style, `width` columns wide.
pub(super) fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty()
        .set_width(width);
    table
}

/// Writes plain text wrapped to the table width, styled line by line.
pub(super) fn line(
    out: &mut dyn Write,
    style: &Style,
    ansi: anstyle::Style,
    text: &str,
) -> io::Result<()> {
    for l in wrap(text, usize::from(style.width)) {
        writeln!(out, "{}", paint(style, ansi, &l))?;
    }
    Ok(())
}

/// Wraps `text` in an ANSI style when colour is on.
pub(super) fn paint(style: &Style, ansi: anstyle::Style, text: &str) -> String {
    if style.color && !text.is_empty() {
        format!("{ansi}{text}{ansi:#}")
    } else {
        text.to_string()
    }
}

/// The colour of a status, for text outside a table.
fn ansi_color(status: Status) -> AnsiColor {
    match status {
        Status::Unchanged => AnsiColor::BrightBlack,
        Status::Reworded => AnsiColor::Yellow,
        Status::Improved | Status::Resolved => AnsiColor::Green,
        Status::Added => AnsiColor::Cyan,
        Status::Regressed | Status::Dropped => AnsiColor::Red,
        Status::Moved => AnsiColor::Blue,
    }
}

fn status_color(status: Status) -> Color {
    match status {
        Status::Unchanged => Color::DarkGrey,
        Status::Reworded => Color::Yellow,
        Status::Improved | Status::Resolved => Color::Green,
        Status::Added => Color::Cyan,
        Status::Regressed | Status::Dropped => Color::Red,
        Status::Moved => Color::Blue,
    }
}

/// The provenance warnings of a report, one line per profile that needs one (once when both
/// sides are versions of the same round).
pub(super) fn provenance_warnings(report: &Report) -> Vec<String> {
    let mut lines: Vec<String> = [&report.old, &report.new]
        .into_iter()
        .filter(|p| !p.absent)
        .filter_map(|p| {
            p.provenance
                .warning()
                .map(|w| format!("{} {} is {w}", p.place(), p.year))
        })
        .collect();
    lines.dedup();
    lines
}

/// Below this width a three-column table leaves a finding too little room: entries are
/// written as indented lines instead.
const NARROW: u16 = 72;

pub(super) fn render(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let report = &*super::safe::report(report);
    header(report, style, out)?;
    if style.width < NARROW {
        return narrow(report, style, out);
    }
    summary(report, style, out)?;
    if report.summary.differing() == 0 {
        line(out, style, anstyle::Style::new().bold(), "No changes.")?;
    }
    // A domain whose entries are all hidden (`--changes-only`, `--status`) is in the summary.
    for domain in report.domains.iter().filter(|d| !d.entries.is_empty()) {
        writeln!(out)?;
        let counts = describe(&domain.summary);
        line(
            out,
            style,
            anstyle::Style::new().bold(),
            &format!("{} ({counts})", domain.name),
        )?;
        // The finding column is wrapped here rather than by comfy-table: its width is what the
        // two short columns leave, and measuring and splitting every cell was most of the time
        // a whole `diff` took.
        let status_width = domain
            .entries
            .iter()
            .map(|e| e.status.key().len())
            .max()
            .unwrap_or(0)
            .max(6);
        let categories: Vec<String> = domain.entries.iter().map(category_cell).collect();
        let widest = |cells: &[String]| {
            cells
                .iter()
                .flat_map(|c| c.lines())
                .map(display_width)
                .max()
                .unwrap_or(0)
                .max(8)
        };
        let category_width = widest(&categories);
        // Borders and padding of three columns: "│ " + " ┆ " + " ┆ " + " │".
        let finding_width = usize::from(style.width)
            .saturating_sub(status_width + category_width + 10)
            .max(20);
        let mut table = new_table(style.width);
        table.set_content_arrangement(ContentArrangement::Disabled);
        if style.color {
            table.enforce_styling();
        }
        table.set_header(vec!["Status", "Category", "Finding"]);
        for (entry, category) in domain.entries.iter().zip(categories) {
            let mut status = Cell::new(entry.status.key());
            if style.color {
                status = status
                    .fg(status_color(entry.status))
                    .add_attribute(Attribute::Bold);
            }
            let finding = wrap(&finding_cell(entry, style), finding_width).join("\n");
            table.add_row(vec![status, Cell::new(category), Cell::new(finding)]);
        }
        let rendered = table.to_string();
        if style.color {
            writeln!(out, "{}", colour_marks(&rendered))?;
        } else {
            writeln!(out, "{rendered}")?;
        }
    }
    Ok(())
}

/// The report for a narrow terminal: the counts and every entry as lines, indented, wrapped
/// to the width, with no table to break words apart.
fn narrow(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let plain = anstyle::Style::new();
    let bold = plain.bold();
    writeln!(out)?;
    for domain in &report.domains {
        line(
            out,
            style,
            plain,
            &format!("{}: {}", domain.name, describe(&domain.summary)),
        )?;
    }
    line(
        out,
        style,
        bold,
        &format!("All domains: {}", describe(&report.summary)),
    )?;
    if report.summary.differing() == 0 {
        line(out, style, bold, "No changes.")?;
    }
    let width = usize::from(style.width).saturating_sub(4).max(10);
    for domain in report.domains.iter().filter(|d| !d.entries.is_empty()) {
        writeln!(out)?;
        line(out, style, bold, domain.name)?;
        for entry in &domain.entries {
            let ansi = match style.color {
                true => anstyle::Style::new()
                    .fg_color(Some(ansi_color(entry.status).into()))
                    .bold(),
                false => plain,
            };
            let cell = category_cell(entry);
            let category = cell.replace('\n', " ");
            let status = paint(style, ansi, entry.status.key());
            if entry.status.key().len() + display_width(&category) + 5 <= usize::from(style.width) {
                writeln!(out, "  {status} · {category}")?;
            } else {
                writeln!(out, "  {status}")?;
                for part in cell.lines() {
                    writeln!(out, "  {part}")?;
                }
            }
            let text = finding_cell(entry, style);
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

fn header(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let (old, new) = (&report.old, &report.new);
    let title = format!("{} ({})", report.title(), old.level.key());
    line(out, style, anstyle::Style::new().bold(), &title)?;
    line(
        out,
        style,
        anstyle::Style::new(),
        &format!("old: {}", side_line(old)),
    )?;
    line(
        out,
        style,
        anstyle::Style::new(),
        &format!("new: {}", side_line(new)),
    )?;
    let warn = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Yellow.into()))
        .bold();
    for warning in provenance_warnings(report) {
        line(out, style, warn, &format!("WARNING: {warning}"))?;
    }
    Ok(())
}

fn side_line(p: &ProfileInfo) -> String {
    if p.absent {
        return "none".into();
    }
    format!("{} ({}, {})", p.origin, p.iso3, p.provenance.key())
}

fn summary(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let mut table = new_table(style.width);
    table.set_header(vec!["Domain", "Unchanged", "Changes"]);
    for domain in &report.domains {
        table.add_row(vec![
            domain.name.to_string(),
            domain.summary.unchanged.to_string(),
            changes(&domain.summary),
        ]);
    }
    table.add_row(vec![
        "All domains".to_string(),
        report.summary.unchanged.to_string(),
        changes(&report.summary),
    ]);
    writeln!(out, "{table}")
}

/// `2 reworded, 1 added`, or `none`.
fn changes(summary: &Summary) -> String {
    summary.differing_text().unwrap_or_else(|| "none".into())
}

fn describe(summary: &Summary) -> String {
    match (summary.unchanged, summary.differing()) {
        (0, 0) => "no findings".into(),
        (u, 0) => format!("{u} unchanged"),
        (0, _) => changes(summary),
        (u, _) => format!("{u} unchanged; {}", changes(summary)),
    }
}

/// The category, on two lines when it changed (the column stays narrow).
fn category_cell(entry: &Entry) -> String {
    super::placement(entry).1.replace(" → ", "\n→ ")
}

fn finding_cell(entry: &Entry, style: &Style) -> String {
    let text = finding_text(entry, style);
    let mut cell = match (&entry.old, &entry.new) {
        (Some(o), Some(n)) if o.domain != n.domain => {
            format!("from {}:\n{text}", o.domain.name())
        }
        _ => text,
    };
    for note in notes(entry) {
        cell.push_str("\n» ");
        cell.push_str(&note);
    }
    cell
}

fn finding_text(entry: &Entry, style: &Style) -> String {
    match (&entry.old, &entry.new) {
        (Some(o), Some(n)) if o.text != n.text => {
            if style.word_diff {
                inline_diff(&o.text, &n.text, style)
            } else {
                format!("{}\nwas: {}", n.text, o.text)
            }
        }
        (_, Some(side)) | (Some(side), None) => side.text.clone(),
        (None, None) => String::new(),
    }
}

/// Removed words struck through in red and inserted ones underlined in green; without
/// colour, git's plain word-diff markers `[-removed-]{+inserted+}`.
///
/// Colour is marked with zero-width characters, which comfy-table measures as nothing, and
/// turned into ANSI codes by [`colour_marks`] once the table is laid out: that keeps the
/// table's measuring cheap (no ANSI parsing) and its columns aligned.
fn inline_diff(old: &str, new: &str, style: &Style) -> String {
    if style.color {
        let clean = |t: &str| t.replace([REMOVED, INSERTED, END], "");
        marked_diff(
            &clean(old),
            &clean(new),
            &Marks {
                same: &|t| t.to_string(),
                removed: &|t| mark_words(REMOVED, t),
                inserted: &|t| mark_words(INSERTED, t),
                spaced: true,
            },
        )
    } else {
        marked_diff(
            old,
            new,
            &Marks {
                same: &|t| t.to_string(),
                removed: &|t| format!("[-{t}-]"),
                inserted: &|t| format!("{{+{t}+}}"),
                spaced: false,
            },
        )
    }
}

/// Zero-width marks: start of a removal, start of an insertion, end of either.
const REMOVED: char = '\u{200B}';
const INSERTED: char = '\u{200C}';
const END: char = '\u{200D}';

/// Marks each word of a run on its own, so that a run wrapped over lines is coloured on each.
fn mark_words(mark: char, text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if w.is_empty() {
                String::new()
            } else {
                format!("{mark}{w}{END}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces the zero-width marks of a rendered table by ANSI colour codes.
fn colour_marks(rendered: &str) -> String {
    let removed = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Red.into()))
        .effects(Effects::STRIKETHROUGH);
    let inserted = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Green.into()))
        .underline();
    let mut out = String::with_capacity(rendered.len() * 2);
    for c in rendered.chars() {
        match c {
            REMOVED => out.push_str(&removed.render().to_string()),
            INSERTED => out.push_str(&inserted.render().to_string()),
            END => out.push_str(&anstyle::Reset.render().to_string()),
            c => out.push(c),
        }
    }
    out
}
