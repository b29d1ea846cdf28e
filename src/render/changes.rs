//! The `changes` report for the terminal and for a pull-request comment.

use std::io::{self, Write};

use super::Style;
use super::markdown::{self, capitalised, code, escape};
use super::table::{self, line};
use crate::changes::{ChangesReport, FileChange};
use crate::diff::{Status, Summary};
use crate::text::plural;

/// Findings above which a file's section is folded in `<details>`.
const FOLD_ABOVE: usize = 12;

fn nothing(report: &ChangesReport) -> String {
    format!("No profile changed since {}.", report.since)
}

fn problems_cell(file: &FileChange) -> String {
    let errors = file.problems.iter().filter(|p| p.is_error()).count();
    let warnings = file.problems.len() - errors;
    match (errors, warnings) {
        (0, 0) => "valid".into(),
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    }
}

/// The report with its paths and revision escaped where needed (a file name can hold any
/// character but `/` and NUL); the reports inside are escaped by their own renderers.
fn safe_paths(report: &ChangesReport) -> ChangesReport {
    let mut safe = report.clone();
    safe.since = super::safe::text(&safe.since).into_owned();
    for f in &mut safe.failing {
        f.path = super::safe::text(&f.path).into_owned();
    }
    for file in &mut safe.files {
        file.path = super::safe::text(&file.path).into_owned();
        for info in [&mut file.old, &mut file.new].into_iter().flatten() {
            info.origin = super::safe::text(&info.origin).into_owned();
        }
    }
    safe
}

pub(super) fn markdown(
    report: &ChangesReport,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let report = &safe_paths(report);
    writeln!(out, "# Profile changes since `{}`", code(&report.since))?;
    writeln!(out)?;
    for f in &report.failing {
        writeln!(
            out,
            "> **Failing:** `{}`: {}",
            code(&f.path),
            escape(&f.reason)
        )?;
        writeln!(out)?;
    }
    if report.files.is_empty() {
        writeln!(out, "{}", nothing(report))?;
        return Ok(());
    }
    write!(out, "| File | Change | Validation |")?;
    for status in Status::ALL {
        write!(out, " {} |", capitalised(status))?;
    }
    writeln!(out)?;
    writeln!(out, "|---|---|---|{}", "---:|".repeat(Status::ALL.len()))?;
    for file in &report.files {
        let mark = if file.is_valid() { "" } else { "❌ " };
        write!(
            out,
            "| `{}` | {} | {mark}{} |",
            code(&file.path),
            file.change.key(),
            problems_cell(file)
        )?;
        let summary = file.report.as_ref().map(|r| r.summary);
        for status in Status::ALL {
            match summary {
                Some(s) => write!(out, " {} |", s.count(status))?,
                None => write!(out, " – |")?,
            }
        }
        writeln!(out)?;
    }
    for file in &report.files {
        writeln!(out)?;
        writeln!(out, "## `{}` ({})", code(&file.path), file.change.key())?;
        if !file.problems.is_empty() {
            writeln!(out)?;
            for p in &file.problems {
                let at = match (p.line, p.column) {
                    (Some(l), Some(c)) => format!("line {l}, column {c}: "),
                    (Some(l), None) => format!("line {l}: "),
                    _ => String::new(),
                };
                // Messages quote keys and values in backticks: let them be code spans.
                let message = escape(&p.message).replace("\\`", "`");
                writeln!(out, "- **{}:** {at}{message}", p.severity)?;
            }
        }
        if let Some(what) = file.what() {
            writeln!(out)?;
            writeln!(out, "{}.", crate::text::capitalised(&escape(&what)))?;
        }
        let Some(diff) = &file.report else { continue };
        writeln!(out)?;
        let fold = diff.entries().count() > FOLD_ABOVE;
        if fold {
            writeln!(
                out,
                "<details><summary>{}</summary>",
                escape(&counts(&diff.summary))
            )?;
            writeln!(out)?;
        }
        markdown::body(diff, style, 3, out)?;
        if fold {
            writeln!(out)?;
            writeln!(out, "</details>")?;
        }
    }
    Ok(())
}

/// `3 reworded, 1 added; 30 unchanged`.
fn counts(summary: &Summary) -> String {
    let changes = summary
        .differing_text()
        .unwrap_or_else(|| "no changes".into());
    format!("{changes}; {} unchanged", summary.unchanged)
}

pub(super) fn table(report: &ChangesReport, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let report = &safe_paths(report);
    let bold = anstyle::Style::new().bold();
    if report.files.is_empty() {
        return line(out, style, anstyle::Style::new(), &nothing(report));
    }
    line(
        out,
        style,
        bold,
        &format!("Profile changes since {}", report.since),
    )?;
    for f in &report.failing {
        line(
            out,
            style,
            bold,
            &format!("FAILING: {}: {}", f.path, f.reason),
        )?;
    }
    for file in &report.files {
        let summary = match (&file.report, file.what()) {
            (Some(r), _) => counts(&r.summary),
            (None, Some(what)) => what,
            (None, None) => "not compared".to_string(),
        };
        line(
            out,
            style,
            anstyle::Style::new(),
            &format!(
                "  {} ({}): {}; {summary}",
                file.path,
                file.change.key(),
                problems_cell(file)
            ),
        )?;
    }
    for file in &report.files {
        writeln!(out)?;
        line(
            out,
            style,
            bold,
            &format!("== {} ({}) ==", file.path, file.change.key()),
        )?;
        for p in &file.problems {
            line(out, style, anstyle::Style::new(), &p.to_string())?;
        }
        if let Some(what) = file.what() {
            line(
                out,
                style,
                anstyle::Style::new(),
                &crate::text::capitalised(&what),
            )?;
        }
        if let Some(diff) = &file.report {
            table::render(diff, style, out)?;
        }
    }
    Ok(())
}
