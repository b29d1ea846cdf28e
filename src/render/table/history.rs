//! A place's history on the terminal.

use std::io::{self, Write};

use anstyle::AnsiColor;

use super::grid::{line, new_table};
use crate::render::Style;

/// A place's history: the rounds, the counts per domain and round, then per domain a table
/// of its findings with a column per round.
pub(in crate::render) fn history(
    h: &crate::history::History,
    style: &Style,
    lang: crate::languages::Language,
    out: &mut dyn Write,
) -> io::Result<()> {
    use crate::languages::tr;
    use crate::render::say;
    use crate::render::view::{history_cell, history_counts, history_note};
    let bold = anstyle::Style::new().bold();
    let years: Vec<String> = h.rounds.iter().map(|r| r.year.to_string()).collect();
    line(
        out,
        style,
        bold,
        &tr!(
            lang,
            "history-table-title",
            place = h.place.as_str(),
            level = tr!(lang, "level", level = h.level.key()),
            years = years.join(", ")
        ),
    )?;
    for r in &h.rounds {
        line(
            out,
            style,
            anstyle::Style::new(),
            &format!(
                "{}: {} ({})",
                r.year,
                r.origin,
                say::provenance(lang, r.provenance.key())
            ),
        )?;
    }
    let warn = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Yellow.into()))
        .bold();
    for w in &h.warnings {
        let label = tr!(lang, "table-warning-label");
        line(out, style, warn, &format!("{label} {w}"))?;
    }
    line(out, style, anstyle::Style::new(), &h.summary_text)?;
    let Some(first) = h.rounds.first() else {
        return Ok(());
    };
    let mut summary = new_table(style.width);
    let mut header = vec![tr!(lang, "history-column-domain")];
    header.extend(years.iter().cloned());
    let first_year = first.year.to_string();
    header.push(tr!(lang, "history-table-still-open", year = first_year));
    summary.set_header(header);
    for d in &h.domains {
        let mut row = vec![say::domain_of_key(lang, d.key)];
        row.extend(d.counts.iter().map(history_counts));
        row.push(tr!(
            lang,
            "history-still-open",
            open = d.first_gaps_still_open,
            of = d.first_gaps
        ));
        summary.add_row(row);
    }
    writeln!(out, "{summary}")?;
    for d in h.domains.iter().filter(|d| !d.lines.is_empty()) {
        writeln!(out)?;
        line(out, style, bold, &say::domain_of_key(lang, d.key))?;
        let mut table = new_table(style.width);
        let mut header = vec![tr!(lang, "column-finding")];
        header.extend(years.iter().cloned());
        table.set_header(header);
        for l in &d.lines {
            let mut text = l.latest().text.clone();
            if let Some(note) = history_note(l, first.year, lang) {
                text.push_str(&format!("\n» {note}"));
            }
            let mut row = vec![text];
            row.extend(
                l.cells
                    .iter()
                    .map(|c| c.as_ref().map_or(String::new(), |c| history_cell(c, lang))),
            );
            table.add_row(row);
        }
        writeln!(out, "{table}")?;
    }
    Ok(())
}
