//! GitHub-flavoured Markdown, for reports and pull-request comments. Word-level changes are
//! written `~~removed~~ **inserted**`; finding texts are escaped so that they print as written.

use std::io::{self, Write};

use super::table::provenance_warnings;
use super::{Marks, Section, Style, marked_diff, notes};
use crate::diff::{DomainReport, Entry, Report, Status, Summary};

pub(super) fn render(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let report = &*super::safe::report(report);
    let mut head = format!("# {}\n\n", escape(&report.title()));
    let (rest, sections) = parts(report, style, 2)?;
    head.push_str(&rest);
    out.write_all(shortened(head, sections, style, "domain").as_bytes())
}

/// The report within `--max-chars`, its left-out `what` sections counted in a closing line.
pub(super) fn shortened(head: String, sections: Vec<Section>, style: &Style, what: &str) -> String {
    let note = |left, all| {
        format!(
            "\n---\n\n_This report was shortened to fit in {} characters: {left} of {all} {what} sections are left out. The same command without `--max-chars` shows all of it._\n",
            style.max_chars.unwrap_or(0)
        )
    };
    super::fit(
        head,
        sections,
        "",
        style.max_chars,
        super::Fold::Markdown,
        note,
    )
}

/// Everything after the title: warnings, sources, the summary table, and a section per domain
/// with headings at `level` (its statuses one level below).
pub(super) fn body(
    report: &Report,
    style: &Style,
    level: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (head, sections) = parts(report, style, level)?;
    out.write_all(head.as_bytes())?;
    for section in sections {
        out.write_all(section.text.as_bytes())?;
    }
    Ok(())
}

/// The body's head (the summary, warnings, sources, counts) and its domain sections.
fn parts(report: &Report, style: &Style, level: usize) -> io::Result<(String, Vec<Section>)> {
    let report = &*super::safe::report(report);
    let (old, new) = (&report.old, &report.new);
    let mut out = Vec::new();
    writeln!(out, "{}", escape(&report.summary_text))?;
    writeln!(out)?;
    for warning in provenance_warnings(report) {
        writeln!(out, "> **Warning:** {}.", escape(&warning))?;
        writeln!(out)?;
    }
    let side = |p: &crate::diff::ProfileInfo| match p.absent {
        true => "none".to_string(),
        false => format!("`{}` ({})", code(&p.origin), p.provenance.key()),
    };
    writeln!(out, "Old: {}; new: {}.", side(old), side(new))?;
    writeln!(out)?;
    summary_table(report, &mut out)?;
    if !report.fields.is_empty() {
        writeln!(out)?;
        writeln!(out, "Profile fields changed:")?;
        writeln!(out)?;
        for f in &report.fields {
            writeln!(out, "- {}", escape(&f.describe()))?;
        }
    }
    if !report.changed() {
        writeln!(out)?;
        writeln!(out, "No changes.")?;
    } else if style.word_diff && report.entries().any(|e| e.status != Status::Unchanged) {
        writeln!(out)?;
        writeln!(
            out,
            "Each entry starts with its category (old → new when it changed). In a reworded text, ~~struck~~ words were removed and **bold** words inserted."
        )?;
    }
    if report.review > 0 {
        writeln!(out)?;
        writeln!(
            out,
            "A pairing marked _review:_ is one the matcher is not sure of: check that the two texts are one finding, and tie them with an id if they are."
        )?;
    }
    let mut sections = Vec::new();
    // A domain whose entries are all hidden (`--changes-only`, `--status`) is in the summary.
    for domain in report.domains.iter().filter(|d| !d.entries.is_empty()) {
        let mut text = b"\n".to_vec();
        domain_section(domain, style, level, &mut text)?;
        sections.push(Section {
            text: String::from_utf8_lossy(&text).into_owned(),
            summary: super::html::escape(domain.name),
            first: domain.summary.differing() > 0,
        });
    }
    Ok((String::from_utf8_lossy(&out).into_owned(), sections))
}

/// The counts per domain and status, as a GitHub table.
pub(super) fn summary_table(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "| Domain |")?;
    for status in Status::ALL {
        write!(out, " {} |", capitalised(status))?;
    }
    writeln!(out)?;
    write!(out, "|---|")?;
    for _ in Status::ALL {
        write!(out, "---:|")?;
    }
    writeln!(out)?;
    for domain in &report.domains {
        summary_row(&escape(domain.name), &domain.summary, out)?;
    }
    summary_row("**All domains**", &report.summary, out)
}

fn summary_row(name: &str, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "| {name} |")?;
    for status in Status::ALL {
        write!(out, " {} |", summary.count(status))?;
    }
    writeln!(out)
}

pub(super) fn capitalised(status: Status) -> String {
    crate::text::capitalised(status.key())
}

/// One domain: a heading, then its entries grouped by status.
pub(super) fn domain_section(
    domain: &DomainReport,
    style: &Style,
    level: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let hashes = "#".repeat(level);
    writeln!(out, "{hashes} {}", escape(domain.name))?;
    for status in Status::ALL {
        let entries: Vec<&Entry> = domain.with_status(status).collect();
        if entries.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{hashes}# {} ({})", capitalised(status), entries.len())?;
        writeln!(out)?;
        for entry in entries {
            writeln!(out, "- {}", item(entry, style))?;
            for note in notes(entry) {
                writeln!(out, "  - _{}_", escape(&note))?;
            }
        }
    }
    Ok(())
}

fn item(entry: &Entry, style: &Style) -> String {
    let (from, category) = super::placement(entry);
    let prefix = match from {
        Some(domain) => format!("from {}, {category}", escape(domain)),
        None => category,
    };
    let prefix = if prefix.is_empty() {
        prefix
    } else {
        format!("_{prefix}:_ ")
    };
    let text = match (&entry.old, &entry.new) {
        (Some(o), Some(n)) if o.text != n.text => {
            if style.word_diff {
                inline_diff(&o.text, &n.text)
            } else {
                format!("{} (was: {})", escape(&n.text), escape(&o.text))
            }
        }
        (_, Some(side)) | (Some(side), None) => escape(&side.text),
        (None, None) => String::new(),
    };
    format!("{prefix}{text}")
}

pub(super) fn inline_diff(old: &str, new: &str) -> String {
    let marks = Marks {
        same: &escape,
        removed: &|t| format!("~~{}~~", escape(t)),
        inserted: &|t| format!("**{}**", escape(t)),
        spaced: true,
    };
    // A line break inside an item would end it.
    marked_diff(old, new, &marks).replace(['\n', '\r'], " ")
}

/// Backslash-escapes the characters Markdown could read as syntax, and folds line breaks.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let after_word = previous.is_some_and(|p| p.is_alphanumeric());
        previous = Some(c);
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            // A zero-width space after an `@` that opens a word keeps "@octocat" or
            // "@org/team" from pinging anyone when the report is posted (a backslash would not:
            // the mention is found in the rendered text); `kazakhstan@2018` is no mention.
            '@' if !after_word && chars.peek().is_some_and(|n| n.is_alphanumeric()) => {
                out.push_str("@&#8203;");
            }
            c => out.push(c),
        }
    }
    out
}

/// A message that quotes keys and values in backticks, as Markdown: the quoted parts as code
/// spans, as written (a backslash escape would show inside one: `expected \]`), the rest
/// escaped. Unbalanced backticks are all escaped.
pub(super) fn with_code_spans(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        return escape(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| match i % 2 {
            0 => escape(part),
            _ => format!("`{}`", code(part)),
        })
        .collect()
}

/// Text for an inline code span: backticks cannot be escaped there, so they are replaced.
pub(super) fn code(text: &str) -> String {
    text.replace('`', "'").replace(['\n', '\r'], " ")
}

/// Text for an inline code span in a table cell, where a `|` would end the cell even inside
/// the span unless escaped.
pub(super) fn code_in_cell(text: &str) -> String {
    code(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_parts_of_a_message_are_code_spans_as_written() {
        assert_eq!(
            with_code_spans("TOML syntax: expected `]`, found `|x*`"),
            "TOML syntax: expected `]`, found `|x*`"
        );
        assert_eq!(with_code_spans("a `b"), "a \\`b");
        assert_eq!(with_code_spans("x_y `z_w`"), "x\\_y `z_w`");
    }

    #[test]
    fn syntax_characters_are_escaped() {
        assert_eq!(escape("a *b* [c] | d_e"), "a \\*b\\* \\[c\\] \\| d\\_e");
    }

    #[test]
    fn inline_diff_keeps_spaces_outside_markers() {
        assert_eq!(
            inline_diff("do now have", "do not have"),
            "do ~~now~~ **not** have"
        );
    }
}
