//! CSV for spreadsheets: one row per entry, RFC 4180 (through the `csv` crate), UTF-8 with a
//! byte-order mark so that a spreadsheet opens it as UTF-8 without asking.
//!
//! A cell that a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@` or
//! their full-width forms, after any white space or line breaks, or with a tab or a carriage
//! return) gets a leading `'`, as OWASP advises: a profile's text is shown,
//! never run.

use std::io::{self, Write};

use crate::changes::ChangesReport;
use crate::diff::{Entry, Report};

const HEADER: [&str; 9] = [
    "domain",
    "status",
    "old category",
    "new category",
    "old text",
    "new text",
    "similarity",
    "confidence",
    "negation",
];

/// The entries of a diff report.
pub(super) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = start(out)?;
    writer.write_record(HEADER)?;
    for f in &report.fields {
        writer.write_record(field_row(f))?;
    }
    for domain in &report.domains {
        for entry in &domain.entries {
            writer.write_record(row(domain.name, entry))?;
        }
    }
    writer.flush()
}

/// The entries of every compared file, each row starting with the file's path.
pub(super) fn changes(report: &ChangesReport, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = start(out)?;
    writer.write_record(std::iter::once("file").chain(HEADER))?;
    for file in &report.files {
        let Some(diff) = &file.report else { continue };
        for f in &diff.fields {
            writer.write_record(std::iter::once(cell(&file.path)).chain(field_row(f)))?;
        }
        for domain in &diff.domains {
            for entry in &domain.entries {
                let cells = row(domain.name, entry);
                writer.write_record(std::iter::once(cell(&file.path)).chain(cells))?;
            }
        }
    }
    writer.flush()
}

fn start(out: &mut dyn Write) -> io::Result<csv::Writer<&mut dyn Write>> {
    out.write_all("\u{feff}".as_bytes())?;
    Ok(csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out))
}

fn row(domain: &str, entry: &Entry) -> [String; 9] {
    let category = |side: &Option<crate::diff::Side>| {
        side.as_ref()
            .map_or(String::new(), |s| s.category.key().to_string())
    };
    let text =
        |side: &Option<crate::diff::Side>| side.as_ref().map_or(String::new(), |s| cell(&s.text));
    [
        domain.to_string(),
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
            .as_ref()
            .map_or(String::new(), |c| c.level.key().to_string()),
        if entry.negation { "yes" } else { "" }.to_string(),
    ]
}

/// A profile field that changed, as a row: status `field`, the field and its old and new value
/// in the text columns.
fn field_row(f: &crate::diff::FieldChange) -> [String; 9] {
    let value = |v: &Option<String>| cell(&format!("{} = {}", f.field, v.as_deref().unwrap_or("")));
    [
        String::new(),
        "field".into(),
        String::new(),
        String::new(),
        value(&f.old),
        value(&f.new),
        String::new(),
        String::new(),
        String::new(),
    ]
}

/// A text as a cell that a spreadsheet shows and never evaluates.
fn cell(text: &str) -> String {
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
