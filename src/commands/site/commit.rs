//! Moving a staged site into its folder so that a failure halfway puts everything back: each
//! step is recorded, and undone in reverse. Files are renamed, never written into, so a page
//! whose name was a hard link to a profile stops being that link and the profile is untouched.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use mgi_diff::text::escape_line;

/// One change made to the site's folder.
enum Step {
    /// A folder made for a page.
    Made(PathBuf),
    /// An old file moved aside (to the second path), for a new one or for good.
    Aside(PathBuf, PathBuf),
    /// A new file moved into place.
    Placed(PathBuf),
}

/// The changes made to `dir` so far, and where old files are kept until the end of the run.
pub(super) struct Journal<'d> {
    dir: &'d Path,
    aside: PathBuf,
    steps: Vec<Step>,
}

impl<'d> Journal<'d> {
    /// A journal for `dir`; old files go to `aside`, a new folder on the same file system
    /// (inside `dir`, so that a rename never crosses to another one).
    pub(super) fn new(dir: &'d Path, aside: PathBuf) -> Journal<'d> {
        Journal {
            dir,
            aside,
            steps: Vec::new(),
        }
    }

    /// Moves the file `from` to `rel` in the folder, the old file there (if any) aside.
    pub(super) fn place(&mut self, from: &Path, rel: &str) -> Result<()> {
        let to = self.dir.join(rel);
        if let Some(parent) = to.parent() {
            self.make_folders(parent)
                .with_context(|| format!("{}: cannot make its folder", escape_line(rel)))?;
        }
        if fs::symlink_metadata(&to).is_ok() {
            self.set_aside(&to)
                .with_context(|| format!("{}: cannot move the old file aside", escape_line(rel)))?;
        }
        fs::rename(from, &to)
            .with_context(|| format!("{}: cannot move it into place", escape_line(rel)))?;
        self.steps.push(Step::Placed(to));
        Ok(())
    }

    /// Takes `rel` out of the folder (aside, until the run ends).
    pub(super) fn remove(&mut self, rel: &str) -> Result<()> {
        self.set_aside(&self.dir.join(rel))
            .with_context(|| format!("{}: cannot remove it", escape_line(rel)))
    }

    fn set_aside(&mut self, path: &Path) -> std::io::Result<()> {
        if self.steps.iter().all(|s| !matches!(s, Step::Aside(..))) {
            fs::create_dir_all(&self.aside)?;
        }
        let kept = self.aside.join(self.steps.len().to_string());
        fs::rename(path, &kept)?;
        self.steps.push(Step::Aside(path.to_path_buf(), kept));
        Ok(())
    }

    /// Makes the folders from the site's folder down to `folder` that are missing.
    fn make_folders(&mut self, folder: &Path) -> std::io::Result<()> {
        let mut missing: Vec<&Path> = folder
            .ancestors()
            .take_while(|d| *d != self.dir && fs::symlink_metadata(d).is_err())
            .collect();
        missing.reverse();
        for d in missing {
            fs::create_dir(d)?;
            self.steps.push(Step::Made(d.to_path_buf()));
        }
        Ok(())
    }

    /// Undoes every step, last first. Says what could not be put back, if anything.
    pub(super) fn undo(self) -> Option<String> {
        let mut failed = Vec::new();
        for step in self.steps.into_iter().rev() {
            let (result, path) = match step {
                Step::Placed(path) => (fs::remove_file(&path), path),
                Step::Aside(path, kept) => (fs::rename(&kept, &path), path),
                Step::Made(path) => (fs::remove_dir(&path), path),
            };
            if let Err(e) = result {
                failed.push(format!("{}: {e}", path.display()));
            }
        }
        (!failed.is_empty()).then(|| {
            let failed = escape_line(&failed.join("; ")).into_owned();
            format!("could not put everything back ({failed})")
        })
    }
}
