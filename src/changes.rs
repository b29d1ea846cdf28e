//! `changes --since REV`: every profile file changed since a git revision, validated and
//! diffed old against new, in one report for a pull request.

use std::path::Path;

use serde::Serialize;

use crate::diff::{Filter, Report, diff};
use crate::profile::ProfileName;
use crate::profile::{LoadError, Loaded, Problem, Profile, Severity};
use crate::read::Text;
use crate::read::git::{self, Change, Changed};
use crate::store::with_name_warning;

/// The whole report: one entry per changed file, invalid files first.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangesReport {
    pub format_version: u32,
    pub since: String,
    pub files: Vec<FileChange>,
}

/// One changed profile file.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FileChange {
    /// From the repository's top: the new path, or the old one of a deleted file.
    pub path: String,
    pub change: Change,
    /// What is wrong with the file as it is now (and why its old version could not be read).
    pub problems: Vec<Problem>,
    /// The diff of the old version against the new; null when a side does not validate.
    pub report: Option<Report>,
}

impl FileChange {
    pub(crate) fn is_valid(&self) -> bool {
        !self.problems.iter().any(Problem::is_error)
    }
}

impl ChangesReport {
    pub(crate) fn reports(&self) -> impl Iterator<Item = &Report> {
        self.files.iter().filter_map(|f| f.report.as_ref())
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.files.iter().any(|f| !f.is_valid())
    }
}

/// How the two versions of each file are compared and filtered.
pub(crate) struct Options<'a> {
    /// The similarity threshold of the matcher.
    pub threshold: f64,
    /// What each file's report keeps.
    pub filter: &'a Filter,
    /// `--profiles DIR`: where to look when no path is given.
    pub profiles: Option<&'a Path>,
}

/// Collects the changes under `pathspecs` (relative to `dir`, which must be inside a git
/// repository) since `since`, and compares each file's two versions. With no path, the
/// profile folder is looked at when there is one, else the whole repository.
pub(crate) fn collect(
    dir: &Path,
    since: &str,
    pathspecs: &[String],
    options: &Options<'_>,
) -> Result<ChangesReport, LoadError> {
    let Options {
        threshold,
        filter,
        profiles,
    } = *options;
    let folder: Vec<String> = match pathspecs.is_empty() {
        true => crate::store::ProfileSet::folder(profiles)?
            .map(|d| d.display().to_string())
            .into_iter()
            .collect(),
        false => Vec::new(),
    };
    let pathspecs = if pathspecs.is_empty() {
        &folder
    } else {
        pathspecs
    };
    let top = git::toplevel(dir)?;
    let changed = git::changed_since(dir, since, pathspecs)?;
    let mut blobs = git::Blobs::open(&top, since)?;
    let mut files: Vec<FileChange> = changed
        .iter()
        .map(|c| compare(&top, &mut blobs, since, c, threshold, filter))
        .collect();
    // Invalid files first: they are what a reviewer must fix.
    files.sort_by_key(|f| f.is_valid());
    Ok(ChangesReport {
        format_version: 1,
        since: since.to_string(),
        files,
    })
}

/// A file that could not be read at all, as a problem of `path`: the others are still
/// reported. `shown` is how the error names the file.
fn unreadable(path: &str, shown: &str, error: LoadError) -> Loaded {
    let message = match &error {
        LoadError::Invalid(problems) => {
            return Loaded {
                profile: None,
                problems: problems.clone(),
            };
        }
        other => other.to_string(),
    };
    // The message names the file already; say only what is wrong.
    let message = message
        .strip_prefix(&format!("{shown}: "))
        .map(str::to_string)
        .unwrap_or(message);
    Loaded {
        profile: None,
        problems: vec![Problem {
            file: path.to_string(),
            line: None,
            column: None,
            severity: Severity::Error,
            message,
        }],
    }
}

fn compare(
    top: &Path,
    blobs: &mut git::Blobs,
    since: &str,
    c: &Changed,
    threshold: f64,
    filter: &Filter,
) -> FileChange {
    let mut problems = Vec::new();
    let new = match &c.new_path {
        None => None,
        Some(path) => {
            // Named by its path from the repository's top, as GitHub and reviewers name it.
            let read = crate::read::read_file(&top.join(path)).map(|text| Text {
                origin: path.clone(),
                ..text
            });
            let full = top.join(path).display().to_string();
            let mut loaded = Loaded::from_read(read).unwrap_or_else(|e| unreadable(path, &full, e));
            for p in &mut loaded.problems {
                p.file = path.clone();
            }
            let loaded =
                with_name_warning(loaded, ProfileName::from_path(Path::new(path)).as_ref());
            problems.extend(loaded.problems);
            Some(loaded.profile)
        }
    };
    let old = match &c.old_path {
        None => None,
        Some(path) => {
            let shown = format!("{since}:{path}");
            let loaded = Loaded::from_read(blobs.read(path))
                .unwrap_or_else(|e| unreadable(c.path(), &shown, e));
            if loaded.profile.is_none() {
                let first = loaded
                    .errors()
                    .next()
                    .map_or(String::new(), |p| format!(": {p}"));
                problems.push(Problem {
                    file: c.path().to_string(),
                    line: None,
                    column: None,
                    severity: Severity::Warning,
                    message: format!(
                        "the version at `{since}` does not validate, so it is not compared{first}"
                    ),
                });
            }
            Some(loaded.profile)
        }
    };
    let report = match (old, new) {
        (Some(Some(old)), Some(Some(new))) => Some(diff(&old, &new, threshold)),
        (None, Some(Some(new))) => Some(diff(
            &absent(&new, format!("{since}: no such file")),
            &new,
            threshold,
        )),
        (Some(Some(old)), None) => Some(diff(&old, &absent(&old, "deleted".into()), threshold)),
        _ => None,
    };
    FileChange {
        path: c.path().to_string(),
        change: c.change,
        problems,
        report: report.map(|r| r.filter(filter)),
    }
}

/// The other side of an added or deleted file: the same profile with no findings.
fn absent(like: &Profile, origin: String) -> Profile {
    Profile {
        origin,
        findings: Vec::new(),
        ..like.clone()
    }
}
