//! The `check` report: `file:line:col: severity: message` lines, or GitHub Actions annotations.

use std::io::{self, Write};
use std::path::Path;

use crate::check::CheckReport;
use crate::problem::Severity;
use crate::text::{escape_unsafe, plural};

/// `file:line:col: severity: message`, then a closing count.
pub(crate) fn text(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    for p in &report.problems {
        writeln!(out, "{p}")?;
    }
    let profiles = plural(report.files - report.terms_files, "profile");
    let terms = plural(report.terms_files, "terms file");
    let mut checked = match (report.files - report.terms_files, report.terms_files) {
        (_, 0) => profiles,
        (0, _) => terms,
        _ => format!("{profiles} and {terms}"),
    };
    if report.built_in {
        checked.push_str(
            " built into mgi-diff (no profile folder here: name one with --profiles, or run where ./profiles is)",
        );
    }
    writeln!(
        out,
        "checked {checked}: {}, {}",
        plural(report.errors, "error"),
        plural(report.warnings, "warning")
    )
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, with paths
/// relative to `root` (the repository's top) so that GitHub puts them on the changed lines.
pub(crate) fn github(
    report: &CheckReport,
    root: Option<&Path>,
    out: &mut dyn Write,
) -> io::Result<()> {
    for p in &report.problems {
        let level = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let file = relative(&p.file, root);
        let mut props = format!("file={}", property(&escape_unsafe(&file)));
        if let Some(line) = p.line {
            props.push_str(&format!(",line={line}"));
        }
        if let Some(col) = p.column {
            props.push_str(&format!(",col={col}"));
        }
        props.push_str(",title=mgi-diff");
        let message = escape_unsafe(&p.message);
        writeln!(out, "::{level} {props}::{}", data(&message))?;
    }
    Ok(())
}

fn relative(file: &str, root: Option<&Path>) -> String {
    let path = Path::new(file);
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(path),
            Err(_) => return file.to_string(),
        }
    };
    let absolute = absolute.canonicalize().unwrap_or(absolute);
    root.and_then(|r| absolute.strip_prefix(r).ok())
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| file.to_string())
}

/// Escaping of a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
