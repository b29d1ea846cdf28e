//! A profile set's terms file (`terms.toml`) read from disk, held to the rule of a link in a
//! folder walk; [`crate::profile::load_terms`] parses what is read.

use std::path::Path;

use super::reference::Resolver;
use super::set::ProfileSet;
use crate::problem::{Problem, Severity};
use crate::profile::LoadError;
use crate::read;

impl ProfileSet {
    /// The set's terms file read and validated (see [`read_terms`]); nothing when the set
    /// has none.
    pub fn load_terms(&self) -> (Option<crate::profile::Terms>, Vec<Problem>) {
        match (&self.terms, self.path(crate::profile::TERMS_FILE)) {
            (Some(_), Some(path)) => read_terms(&path),
            _ => (None, Vec::new()),
        }
    }
}

impl Resolver {
    /// The profile set's own equivalences (its terms file), if it has one. A terms file with
    /// an error is an error of the command: a comparison is not made without the terms its
    /// editors confirmed.
    pub fn terms(&self) -> Result<Option<std::sync::Arc<crate::profile::Terms>>, LoadError> {
        // No folder (or one named but missing: the business of the references that name
        // one) has no terms file. The folder is not walked for this: a diff of two paths
        // need not list the set.
        let Ok(Some(dir)) = ProfileSet::folder(self.explicit_dir.as_deref()) else {
            return Ok(None);
        };
        let path = dir.join(crate::profile::TERMS_FILE);
        if !path.exists() {
            return Ok(None);
        }
        let (terms, problems) = read_terms(&path);
        let errors: Vec<Problem> = problems.into_iter().filter(Problem::is_error).collect();
        if !errors.is_empty() {
            return Err(LoadError::Invalid(errors));
        }
        Ok(terms.map(std::sync::Arc::new))
    }
}

/// A terms file read and validated: the terms when it has no error, and every problem (one
/// that it cannot be read at all among them). Every reader of a terms file goes through here.
/// It is read as a folder walk reads a profile: a link only to a regular file inside the
/// file's folder, and never a FIFO or a device (a committed link to `/proc/self/fd/0` would
/// otherwise hang a diff, one to a file elsewhere show its content).
pub fn read_terms(path: &Path) -> (Option<crate::profile::Terms>, Vec<Problem>) {
    let refused = |why: &str| {
        let problem = Problem {
            file: path.display().to_string(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: format!("not read: {why}"),
        };
        (None, vec![problem])
    };
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = folder.unwrap_or(Path::new(".")).canonicalize();
    match (path.canonicalize(), folder) {
        (Ok(real), Ok(folder)) if !real.starts_with(&folder) => {
            return refused("a link that leads out of the folder");
        }
        (Err(_), _) if std::fs::symlink_metadata(path).is_ok() => {
            return refused("a link that leads nowhere");
        }
        _ => {}
    }
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return refused("not a regular file (a FIFO, a device or a folder)");
    }
    match read::read_found(path) {
        Ok(text) => crate::profile::load_terms(&text.origin, &text.text),
        Err(LoadError::Invalid(problems)) => (None, problems),
        Err(e) => {
            let file = path.display().to_string();
            // The message names the file already; the problem says it once.
            let message = e.to_string();
            let message = message
                .strip_prefix(&format!("{file}: "))
                .map_or(message.clone(), str::to_string);
            let problem = Problem {
                file,
                line: None,
                column: None,
                severity: Severity::Error,
                message,
            };
            (None, vec![problem])
        }
    }
}
