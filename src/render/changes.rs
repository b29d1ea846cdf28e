//! The `changes` report for the terminal and for a pull-request comment.

use std::io::{self, Write};

use super::markdown::{self, capitalised, code, escape};
use super::table::{self, line};
use super::{Section, Style};
use crate::changes::{ChangesReport, FileChange};
use crate::diff::{Report, Status};
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
    safe.since = super::safe::path(&safe.since).into_owned();
    for f in &mut safe.failing {
        f.path = super::safe::path(&f.path).into_owned();
    }
    for file in &mut safe.files {
        file.path = super::safe::path(&file.path).into_owned();
        for info in [&mut file.old, &mut file.new].into_iter().flatten() {
            info.origin = super::safe::path(&info.origin).into_owned();
            info.source = super::safe::path(&info.source).into_owned();
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
    let mut head = Vec::new();
    writeln!(head, "# Profile changes since `{}`", code(&report.since))?;
    writeln!(head)?;
    for f in &report.failing {
        writeln!(
            head,
            "> **Failing:** `{}`: {}",
            code(&f.path),
            escape(&f.reason)
        )?;
        writeln!(head)?;
    }
    if report.files.is_empty() {
        writeln!(head, "{}", nothing(report))?;
        return out.write_all(&head);
    }
    write!(head, "| File | Change | Validation |")?;
    for status in Status::ALL {
        write!(head, " {} |", capitalised(status))?;
    }
    writeln!(head)?;
    writeln!(head, "|---|---|---|{}", "---:|".repeat(Status::ALL.len()))?;
    for file in &report.files {
        let mark = if file.is_valid() { "" } else { "❌ " };
        write!(
            head,
            "| `{}` | {} | {mark}{} |",
            markdown::code_in_cell(&file.path),
            file.change.key(),
            problems_cell(file)
        )?;
        let summary = file.report.as_ref().map(|r| r.summary);
        for status in Status::ALL {
            match summary {
                Some(s) => write!(head, " {} |", s.count(status))?,
                None => write!(head, " – |")?,
            }
        }
        writeln!(head)?;
    }
    if !report.groups.is_empty() {
        groups_markdown(report, &mut head)?;
    }
    let mut sections = Vec::new();
    for file in report.files.iter().filter(|f| tells_something(report, f)) {
        let mut section = Vec::new();
        file_markdown(report, file, style, &mut section)?;
        sections.push(Section {
            text: String::from_utf8_lossy(&section).into_owned(),
            summary: format!(
                "{} ({})",
                super::html::escape(&file.path),
                file.change.key()
            ),
            first: own_changes(report, file),
        });
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    out.write_all(markdown::shortened(head, sections, style, "file").as_bytes())
}

/// The changes made in several files, each once, with the files it is in.
fn groups_markdown(report: &ChangesReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "## Made in several files")?;
    writeln!(out)?;
    for group in &report.groups {
        let safe = |t: &str| super::safe::text(t).into_owned();
        let text = match (&group.old, &group.new) {
            (Some(old), Some(new)) => markdown::inline_diff(&safe(old), &safe(new)),
            (Some(text), None) | (None, Some(text)) => escape(&safe(text)),
            (None, None) => String::new(),
        };
        let files: Vec<String> = group
            .files
            .iter()
            .map(|f| format!("`{}`", code(&super::safe::path(f))))
            .collect();
        let n = plural(group.files.len(), "file");
        writeln!(out, "- **{}** in {n}: {text}", group.status)?;
        if files.len() <= 5 {
            writeln!(out, "  - {}", files.join(", "))?;
        } else {
            writeln!(out)?;
            writeln!(out, "  <details><summary>{n}</summary>")?;
            writeln!(out)?;
            writeln!(out, "  {}", files.join(", "))?;
            writeln!(out)?;
            writeln!(out, "  </details>")?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// One file's section: its problems, what it is, and its report without the changes it
/// shares with other files (those are told once, above).
fn file_markdown(
    report: &ChangesReport,
    file: &FileChange,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
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
            let message = markdown::with_code_spans(&p.message);
            writeln!(out, "- **{}:** {at}{message}", p.severity)?;
        }
    }
    if let Some(what) = file.what() {
        writeln!(out)?;
        writeln!(out, "{}.", crate::text::capitalised(&escape(&what)))?;
    }
    let Some(diff) = &file.report else {
        return Ok(());
    };
    let (diff, shared) = without_groups(diff, report);
    writeln!(out)?;
    if shared > 0 {
        writeln!(
            out,
            "{} of this file made in several files {} listed above.",
            crate::text::capitalised(&plural(shared, "change")),
            if shared == 1 { "is" } else { "are" }
        )?;
        writeln!(out)?;
    }
    let fold = diff.entries().count() > FOLD_ABOVE;
    if fold {
        writeln!(
            out,
            "<details><summary>{}</summary>",
            escape(&counts(&diff))
        )?;
        writeln!(out)?;
    }
    markdown::body(&diff, style, 3, out)?;
    if fold {
        writeln!(out)?;
        writeln!(out, "</details>")?;
    }
    Ok(())
}

/// Whether a file's section says anything the files table and the changes made in several
/// files do not: a problem, what the file is, or an entry of its own.
pub(super) fn tells_something(report: &ChangesReport, file: &FileChange) -> bool {
    !file.problems.is_empty()
        || file.what().is_some()
        || file
            .report
            .as_ref()
            .is_some_and(|diff| !diff.fields.is_empty())
        || file.report.as_ref().is_some_and(|diff| {
            diff.entries()
                .any(|e| !report.groups.iter().any(|g| g.is(e)))
        })
}

/// Whether a file has a problem or a change no other file shares: what a shortened report
/// keeps first.
pub(super) fn own_changes(report: &ChangesReport, file: &FileChange) -> bool {
    file.problems.iter().any(|p| p.is_error())
        || file
            .report
            .as_ref()
            .is_some_and(|diff| !diff.fields.is_empty())
        || file.report.as_ref().is_some_and(|diff| {
            diff.entries()
                .any(|e| e.status != Status::Unchanged && !report.groups.iter().any(|g| g.is(e)))
        })
}

/// `report` without the entries of the report's groups, and how many it left out; its counts
/// still count them.
pub(super) fn without_groups(diff: &Report, report: &ChangesReport) -> (Report, usize) {
    let mut diff = diff.clone();
    let mut shared = 0;
    for domain in &mut diff.domains {
        let before = domain.entries.len();
        domain
            .entries
            .retain(|e| !report.groups.iter().any(|g| g.is(e)));
        shared += before - domain.entries.len();
    }
    (diff, shared)
}

/// `3 reworded, 1 added; 30 unchanged`, and the profile fields edited, if any.
fn counts(diff: &Report) -> String {
    let summary = &diff.summary;
    let fields = match diff.fields.len() {
        0 => None,
        n => Some(format!("{} changed", plural(n, "profile field"))),
    };
    let changes = match (summary.differing_text(), fields) {
        (Some(c), Some(f)) => format!("{c}, {f}"),
        (Some(c), None) => c,
        (None, Some(f)) => f,
        (None, None) => "no changes".into(),
    };
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
            (Some(r), _) => counts(r),
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
