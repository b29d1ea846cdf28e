//! `check`: validating profile files and folders, and the report in text, JSON and GitHub
//! Actions annotations.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::profile::{Level, LoadError, Loaded, Problem, Severity};
use crate::store::{ProfileSet, Resolver, with_name_warning};

/// The outcome of checking a set of files.
#[derive(Debug, Default, Serialize)]
pub struct CheckReport {
    pub format_version: u32,
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// Whether the check failed: any error, or with `strict` any warning.
    pub fn failed(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }
}

/// What `check` looks at.
pub enum Target {
    /// The profile set in use (`--profiles`, `$MGI_DIFF_PROFILES`, `./profiles`, built in).
    Set,
    /// A path (file or folder) or a reference.
    Arg(String),
}

/// Checks every target; profiles of one run are also checked against each other (two files
/// for the same country, level, city and year). A file named twice (by two paths, or inside a
/// folder also named) is checked once. Each file is dropped once checked: only what the
/// duplicate check needs is kept.
pub fn check(targets: &[Target], resolver: &Resolver) -> Result<CheckReport, LoadError> {
    let mut report = CheckReport {
        format_version: 1,
        ..CheckReport::default()
    };
    let mut seen: HashMap<(String, Level, Option<String>, u16), String> = HashMap::new();
    let mut files_seen: HashSet<(u64, u64)> = HashSet::new();
    // Whether a file on disk was checked already (files without an identity — built in,
    // standard input, git — are always new).
    let mut first_time = |path: Option<&Path>| match path.and_then(crate::read::identity) {
        Some(id) => files_seen.insert(id),
        None => true,
    };
    let mut add = |l: Loaded, report: &mut CheckReport| {
        report.files += 1;
        report.problems.extend(l.problems);
        if let Some(p) = &l.profile {
            let key = (
                p.country.to_lowercase(),
                p.level,
                p.city.as_ref().map(|c| c.to_lowercase()),
                p.year,
            );
            if let Some(first) = seen.get(&key) {
                report.problems.push(Problem {
                    file: p.origin.clone(),
                    line: None,
                    column: None,
                    severity: Severity::Error,
                    message: format!("a second profile for {} {}: {first} has the same country, level, city and year", p.place(), p.year),
                });
            } else {
                seen.insert(key, p.origin.clone());
            }
        }
    };
    for target in targets {
        match target {
            Target::Set => {
                let set = resolver.set()?;
                for f in &set.files {
                    if first_time(set.path(&f.rel).as_deref()) {
                        add(set.load(f), &mut report);
                    }
                }
            }
            Target::Arg(arg) => {
                let path = PathBuf::from(arg);
                if path.is_dir() {
                    let set = ProfileSet::open(&path)?;
                    for f in &set.files {
                        if first_time(set.path(&f.rel).as_deref()) {
                            add(set.load(f), &mut report);
                        }
                    }
                    continue;
                }
                let reference = resolver.reference(arg);
                let on_disk = resolver.file_path(&reference).ok().flatten();
                if !first_time(on_disk.as_deref()) {
                    continue;
                }
                let read = resolver.read(&reference);
                let name = read.as_ref().ok().and_then(|(_, name)| name.clone());
                let file = Loaded::from_read(read.map(|(text, _)| text))?;
                add(with_name_warning(file, name.as_ref()), &mut report);
            }
        }
    }
    report.errors = report.problems.iter().filter(|p| p.is_error()).count();
    report.warnings = report.problems.len() - report.errors;
    Ok(report)
}

/// `file:line:col: severity: message`, then a closing count.
pub fn text(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    for p in &report.problems {
        writeln!(out, "{p}")?;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "checked {}: {}, {}",
        plural(report.files, "profile"),
        plural(report.errors, "error"),
        plural(report.warnings, "warning")
    )
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, with paths
/// relative to `root` (the repository's top) so that GitHub puts them on the changed lines.
pub fn github(report: &CheckReport, root: Option<&Path>, out: &mut dyn Write) -> io::Result<()> {
    for p in &report.problems {
        let level = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let file = relative(&p.file, root);
        let mut props = format!("file={}", property(&crate::text::escape_unsafe(&file)));
        if let Some(line) = p.line {
            props.push_str(&format!(",line={line}"));
        }
        if let Some(col) = p.column {
            props.push_str(&format!(",col={col}"));
        }
        props.push_str(",title=mgi-diff");
        let message = crate::text::escape_unsafe(&p.message);
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
