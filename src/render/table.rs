//! The terminal report: a header, a summary of counts per domain, then one table per domain.

use std::io::{self, Write};

use anstyle::{Ansi256Color, AnsiColor, Effects};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

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

/// The colour of a status in a table: the 256-colour numbers of the bright colours.
fn status_color(status: Status) -> Ansi256Color {
    Ansi256Color(match status {
        Status::Unchanged => 8,
        Status::Reworded => 11,
        Status::Improved | Status::Resolved => 10,
        Status::Added => 14,
        Status::Regressed | Status::Dropped => 9,
        Status::Moved => 12,
    })
}

/// Columns taken by the borders and padding of a three-column table:
/// "│ " + " ┆ " + " ┆ " + " │".
const BORDERS: usize = 10;

/// A row of a domain table: its three cells, each one line or more, and the colour of the
/// first (the status) when colour is on.
struct Row {
    cells: [String; 3],
    color: Option<Ansi256Color>,
}

/// A table of three columns whose cells are already wrapped, each column as wide as its
/// widest line, in the style of the other tables (comfy-table's `UTF8_FULL_CONDENSED`): a
/// header, a double rule under it, no rules between rows. A coloured first cell is bold, in
/// its colour, padding included, on its first line. No line break at the end.
fn draw(header: [&str; 3], rows: &[Row]) -> String {
    let widths: [usize; 3] = std::array::from_fn(|i| {
        rows.iter()
            .flat_map(|r| r.cells[i].split('\n'))
            .chain([header[i]])
            .map(display_width)
            .max()
            .unwrap_or(0)
    });
    // At least as long as its cells, and seldom much longer.
    let cells = rows.iter().flat_map(|r| &r.cells);
    let mut out = String::with_capacity(cells.map(String::len).sum());
    let rule = |out: &mut String, [left, fill, middle, right]: [char; 4]| {
        out.push(left);
        for (i, width) in widths.iter().enumerate() {
            if i > 0 {
                out.push(middle);
            }
            out.extend(std::iter::repeat_n(fill, width + 2));
        }
        out.push(right);
        out.push('\n');
    };
    let line = |out: &mut String, cells: [&str; 3], color: Option<Ansi256Color>| {
        out.push('│');
        for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                out.push('┆');
            }
            let color = color.filter(|_| i == 0 && !cell.is_empty());
            if let Some(color) = color {
                out.push_str(&format!("{}{}", color.render_fg(), Effects::BOLD.render()));
            }
            out.push(' ');
            out.push_str(cell);
            out.extend(std::iter::repeat_n(' ', width - display_width(cell) + 1));
            if color.is_some() {
                out.push_str(&anstyle::Reset.render().to_string());
            }
        }
        out.push_str("│\n");
    };
    rule(&mut out, ['┌', '─', '┬', '┐']);
    line(&mut out, header, None);
    rule(&mut out, ['╞', '═', '╪', '╡']);
    for row in rows {
        let mut parts = row.cells.each_ref().map(|c| c.split('\n'));
        let height = row.cells.iter().map(|c| c.split('\n').count()).max();
        for _ in 0..height.unwrap_or(1) {
            let cells = parts.each_mut().map(|p| p.next().unwrap_or(""));
            line(&mut out, cells, row.color);
        }
    }
    rule(&mut out, ['└', '─', '┴', '┘']);
    out.pop();
    out
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
    lines.extend(report.warnings.iter().cloned());
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
    fields(report, style, out)?;
    if !report.changed() {
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
        // The finding column is wrapped here, to what the two short columns leave, and the
        // table is drawn here too: its widths are then known, and measuring, splitting and
        // padding every cell again in comfy-table was a sixth of all the work a `diff` did.
        let status_width = domain
            .entries
            .iter()
            .map(|e| e.status.key().len())
            .max()
            .unwrap_or(0)
            .max(6);
        let categories: Vec<String> = domain.entries.iter().map(category_cell).collect();
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
            .entries
            .iter()
            .zip(categories)
            .map(|(entry, category)| Row {
                cells: [
                    entry.status.key().to_string(),
                    category,
                    wrap(&finding_cell(entry, style), finding_width).join("\n"),
                ],
                color: style.color.then(|| status_color(entry.status)),
            })
            .collect();
        let drawn = draw(["Status", "Category", "Finding"], &rows);
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
    fields(report, style, out)?;
    if !report.changed() {
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
    // The plain-language summary opens the table as it opens every other report.
    for text in super::wrap(&report.summary_text, usize::from(style.width).max(20)) {
        line(out, style, anstyle::Style::new(), &text)?;
    }
    if report.review > 0 {
        let review = anstyle::Style::new().fg_color(Some(AnsiColor::Yellow.into()));
        let s = if report.review == 1 { "" } else { "s" };
        line(
            out,
            style,
            review,
            &format!(
                "{} pairing{s} to review: marked \"review:\" below, where the matcher is not sure two texts are one finding",
                report.review
            ),
        )?;
    }
    Ok(())
}

/// The profile's own fields that changed, one line each.
fn fields(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.fields {
        line(
            out,
            style,
            anstyle::Style::new().bold(),
            &format!("Profile field changed: {}", f.describe()),
        )?;
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
/// Colour is marked with zero-width characters, which [`display_width`] measures as nothing,
/// and turned into ANSI codes by [`colour_marks`] once the table is laid out: that keeps the
/// wrapping and measuring cheap (no ANSI parsing) and the columns aligned.
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
