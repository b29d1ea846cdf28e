//! CSV for spreadsheets: one row per entry, RFC 4180 (through the `csv` crate), UTF-8 with a
//! byte-order mark so that a spreadsheet opens it as UTF-8 without asking.
//!
//! A cell that a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@` or
//! their full-width forms, after any white space or line breaks, or with a tab or a carriage
//! return) gets a leading `'`, as OWASP advises: a profile's text is shown,
//! never run.

use std::io::{self, Write};

use super::view::{ChangesView, DiffView, FieldView, Finding, Item};

/// The columns, as SPEC and docs name them: where the entry stands, what happened, the two
/// findings, how sure the pairing is, and the doubt a reader should see (a possible rewording
/// left unpaired, why a pairing is to review), as the other formats show it.
const HEADER: [&str; 15] = [
    "domain",
    "old domain",
    "status",
    "old category",
    "new category",
    "old text",
    "new text",
    "similarity",
    "confidence",
    "negation",
    "old id",
    "new id",
    "near text",
    "near similarity",
    "review reasons",
];

/// One row of cells, in the order of [`HEADER`].
type Row = [String; 15];

/// The entries of a diff report.
pub(super) fn diff(report: &DiffView, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = start(out)?;
    writer.write_record(HEADER)?;
    for w in own_warnings(report) {
        writer.write_record(warning_row(w))?;
    }
    for f in &report.fields {
        writer.write_record(field_row(f))?;
    }
    for domain in &report.domains {
        for entry in &domain.items {
            writer.write_record(row(&domain.name, entry))?;
        }
    }
    writer.flush()
}

/// The report's own warnings (two languages); a side's provenance is no row.
fn own_warnings(report: &DiffView) -> impl Iterator<Item = &String> {
    report.report_warnings.iter()
}

/// The entries of every compared file, each row starting with the file's path; a file that
/// does not validate is a row of status `invalid` with its first error.
pub(super) fn changes(report: &ChangesView, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = start(out)?;
    writer.write_record(std::iter::once("file").chain(HEADER))?;
    for file in &report.files {
        let path = cell(&file.path);
        if let Some(problem) = file.problems.iter().find(|p| p.error) {
            let mut invalid = Row::default();
            invalid[2] = "invalid".into();
            invalid[6] = cell(&problem.whole);
            writer.write_record(std::iter::once(path.clone()).chain(invalid))?;
        }
        let Some(diff) = &file.diff else { continue };
        for w in own_warnings(diff) {
            writer.write_record(std::iter::once(path.clone()).chain(warning_row(w)))?;
        }
        for f in &diff.fields {
            writer.write_record(std::iter::once(path.clone()).chain(field_row(f)))?;
        }
        for domain in &diff.domains {
            for entry in &domain.items {
                let cells = row(&domain.name, entry);
                writer.write_record(std::iter::once(path.clone()).chain(cells))?;
            }
        }
    }
    writer.flush()
}

pub(super) fn start(out: &mut dyn Write) -> io::Result<csv::Writer<&mut dyn Write>> {
    out.write_all("\u{feff}".as_bytes())?;
    Ok(csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out))
}

fn row(domain: &str, entry: &Item) -> Row {
    type Side = Option<Finding>;
    let category = |side: &Side| side.as_ref().map_or(String::new(), |s| s.category.into());
    let text = |side: &Side| side.as_ref().map_or(String::new(), |s| cell(&s.text));
    let id = |side: &Side| {
        (side.as_ref())
            .and_then(|s| s.id.as_deref())
            .map_or(String::new(), cell)
    };
    [
        domain.to_string(),
        // The domain a moved finding came from.
        entry.from.clone().unwrap_or_default(),
        entry.status.key().to_string(),
        category(&entry.old),
        category(&entry.new),
        text(&entry.old),
        text(&entry.new),
        entry
            .similarity
            .map_or(String::new(), |s| format!("{s:.3}")),
        entry
            .confidence
            .map_or(String::new(), |c| c.key().to_string()),
        if entry.negation { "yes" } else { "" }.to_string(),
        id(&entry.old),
        id(&entry.new),
        (entry.near.as_ref()).map_or(String::new(), |(text, _)| cell(text)),
        (entry.near.as_ref()).map_or(String::new(), |(_, s)| format!("{s:.3}")),
        entry.review_reasons.join("; "),
    ]
}

/// A profile field that changed, as a row: status `field`, the field and its old and new value
/// in the text columns.
fn field_row(f: &FieldView) -> Row {
    let value = |v: &Option<String>| cell(&format!("{} = {}", f.field, v.as_deref().unwrap_or("")));
    let mut row = Row::default();
    row[2] = "field".into();
    row[5] = value(&f.old);
    row[6] = value(&f.new);
    row
}

/// A warning of the report (two languages), as a row of status `warning` with its sentence
/// in the new text's column.
fn warning_row(warning: &str) -> Row {
    let mut row = Row::default();
    row[2] = "warning".into();
    row[6] = cell(warning);
    row
}

/// A text as a cell that a spreadsheet shows and never evaluates.
pub(super) fn cell(text: &str) -> String {
    // Spreadsheets skip leading white space and line breaks, and some read the full-width
    // forms of the signs as the signs themselves.
    let opening = text.trim_start_matches([' ', '\n', '\r', '\t']);
    let formula = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
    if opening.starts_with(formula) || text.starts_with(['\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A place's history: one row per finding and round it is in (or leaves).
pub(super) fn history(h: &crate::history::History, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = start(out)?;
    writer.write_record([
        "domain",
        "line",
        "since",
        "open since",
        "year",
        "status",
        "category",
        "text",
        "confidence",
        "id",
    ])?;
    for d in &h.domains {
        for (n, l) in d.lines.iter().enumerate() {
            for (round, cell) in h.rounds.iter().zip(&l.cells) {
                let Some(cell) = cell else { continue };
                writer.write_record([
                    d.name.to_string(),
                    (n + 1).to_string(),
                    l.since.to_string(),
                    l.open_since.map_or(String::new(), |y| y.to_string()),
                    round.year.to_string(),
                    cell.status.map_or("listed", |s| s.key()).to_string(),
                    cell.category.key().to_string(),
                    self::cell(&cell.text),
                    cell.confidence
                        .map_or(String::new(), |c| c.key().to_string()),
                    cell.id.as_deref().map_or(String::new(), self::cell),
                ])?;
            }
        }
    }
    writer.flush()
}
