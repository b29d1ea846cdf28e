//! An edit of the profile set's terms file in the change: an entry of its own, validated as a
//! terms file (never as a profile), that names the reports the edit pairs otherwise.

use std::path::Path;

use mgi_diff::changes::{FileChange, TermsEdit};
use mgi_diff::profile::LoadError;
use mgi_diff::read::git::Changed;

use super::compare::{TERMS_WARNING, inside, unreadable};

/// Whether `path` (from the repository's top) is a profile set's terms file.
pub(super) fn is_terms_file(path: &str) -> bool {
    Path::new(path)
        .file_name()
        .is_some_and(|n| n == mgi_diff::profile::TERMS_FILE)
}

/// The same error again: a terms file's problems are the run's error when this change does
/// not edit it.
pub(super) fn clone_error(e: &LoadError) -> LoadError {
    match e {
        LoadError::Invalid(problems) => LoadError::Invalid(problems.clone()),
        other => LoadError::Git(other.to_string()),
    }
}

/// The entry of an edited terms file: validated as a terms file (never as a profile), and
/// naming the reports its edit pairs differently.
pub(super) fn terms_file(top: &Path, c: &Changed, files: &[FileChange]) -> FileChange {
    let problems = match &c.new_path {
        None => Vec::new(),
        Some(path) => {
            let read = inside(top, &top.join(path))
                .and_then(|()| mgi_diff::read::read_file(&top.join(path)));
            match read {
                Ok(text) => mgi_diff::profile::load_terms(path, &text.text).1,
                Err(e) => unreadable(path, &top.join(path).display().to_string(), e).problems,
            }
        }
    };
    let mut problems = problems;
    for p in &mut problems {
        p.file = c.path().to_string();
    }
    mgi_diff::problem::bound(&mut problems);
    let reports_changed = files
        .iter()
        .filter(|f| {
            f.report
                .as_ref()
                .is_some_and(|r| r.warnings.iter().any(|w| w.starts_with(TERMS_WARNING)))
        })
        .map(|f| f.path.clone())
        .collect();
    FileChange {
        path: c.path().to_string(),
        change: c.change,
        problems,
        old: None,
        new: None,
        findings: 0,
        report: None,
        terms: Some(TermsEdit { reports_changed }),
    }
}
