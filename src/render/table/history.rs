//! A place's history on the terminal.

use std::io::{self, Write};

use anstyle::AnsiColor;

use super::{line, new_table};
use crate::render::Style;

/// A place's history: the rounds, the counts per domain and round, then per domain a table
/// of its findings with a column per round.
pub(in crate::render) fn history(
    h: &crate::history::History,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    use crate::render::view::{history_cell, history_counts, history_note};
    let bold = anstyle::Style::new().bold();
    let years: Vec<String> = h.rounds.iter().map(|r| r.year.to_string()).collect();
    line(
        out,
        style,
        bold,
        &format!(
            "History of {} ({}): {}",
            h.place,
            h.level.key(),
            years.join(", ")
        ),
    )?;
    for r in &h.rounds {
        line(
            out,
            style,
            anstyle::Style::new(),
            &format!("{}: {} ({})", r.year, r.origin, r.provenance.key()),
        )?;
    }
    let warn = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Yellow.into()))
        .bold();
    for w in &h.warnings {
        line(out, style, warn, &format!("WARNING: {w}"))?;
    }
    line(out, style, anstyle::Style::new(), &h.summary_text)?;
    let Some(first) = h.rounds.first() else {
        return Ok(());
    };
    let mut summary = new_table(style.width);
    let mut header = vec!["Domain (strengths / gaps)".to_string()];
    header.extend(years.iter().cloned());
    header.push(format!("gaps of {} still open", first.year));
    summary.set_header(header);
    for d in &h.domains {
        let mut row = vec![d.name.to_string()];
        row.extend(d.counts.iter().map(history_counts));
        row.push(format!("{} of {}", d.first_gaps_still_open, d.first_gaps));
        summary.add_row(row);
    }
    writeln!(out, "{summary}")?;
    for d in h.domains.iter().filter(|d| !d.lines.is_empty()) {
        writeln!(out)?;
        line(out, style, bold, d.name)?;
        let mut table = new_table(style.width);
        let mut header = vec!["Finding".to_string()];
        header.extend(years.iter().cloned());
        table.set_header(header);
        for l in &d.lines {
            let mut text = l.latest().text.clone();
            if let Some(note) = history_note(l, first.year) {
                text.push_str(&format!("\n» {note}"));
            }
            let mut row = vec![text];
            row.extend(
                l.cells
                    .iter()
                    .map(|c| c.as_ref().map_or(String::new(), history_cell)),
            );
            table.add_row(row);
        }
        writeln!(out, "{table}")?;
    }
    Ok(())
}
