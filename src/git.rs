//! Reading profiles from git: `REV:PATH` references and the files changed since a revision.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::profile::source::{LoadError, MAX_SIZE, Text, decode};

/// Runs `git` with `args` in `dir`, turning "not installed" and failures into messages.
fn git(dir: &Path, args: &[&str]) -> Result<Output, LoadError> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                LoadError::Git("git is not installed (it is needed to read `REV:PATH` references and `--since`)".into())
            } else {
                LoadError::Git(format!("cannot run git: {e}"))
            }
        })?;
    Ok(output)
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .trim()
        .replace("fatal: ", "")
}

/// The top folder of the git repository that holds `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf, LoadError> {
    let out = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !out.status.success() {
        return Err(LoadError::Git(format!(
            "{} is not in a git repository: {}",
            dir.display(),
            stderr_of(&out)
        )));
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Checks that `rev` names a commit.
pub fn verify_revision(dir: &Path, rev: &str) -> Result<String, LoadError> {
    let spec = format!("{rev}^{{commit}}");
    let out = git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &spec,
        ],
    )?;
    if !out.status.success() {
        toplevel(dir)?;
        return Err(LoadError::Git(format!("unknown git revision `{rev}`")));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The text of `path` at `rev` (`git show REV:PATH`); paths are from the repository's top, or
/// from the current folder when they start with `./`, as git reads them.
pub fn show(dir: &Path, rev: &str, path: &str) -> Result<Text, LoadError> {
    verify_revision(dir, rev)?;
    let object = format!("{rev}:{path}");
    let kind = git(dir, &["cat-file", "-t", "--end-of-options", &object])?;
    if !kind.status.success() {
        return Err(LoadError::Git(format!(
            "`{path}` does not exist at revision `{rev}`"
        )));
    }
    match String::from_utf8_lossy(&kind.stdout).trim() {
        "blob" => {}
        "tree" => return Err(LoadError::Folder { path: object }),
        other => {
            return Err(LoadError::Git(format!(
                "`{object}` is a git {other}, not a file"
            )));
        }
    }
    let size = git(dir, &["cat-file", "-s", "--end-of-options", &object])?;
    let size: u64 = String::from_utf8_lossy(&size.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    if size > MAX_SIZE {
        return Err(LoadError::TooLarge { path: object, size });
    }
    let out = git(dir, &["cat-file", "blob", "--end-of-options", &object])?;
    if !out.status.success() {
        return Err(LoadError::Git(format!(
            "cannot read `{object}`: {}",
            stderr_of(&out)
        )));
    }
    decode(&object, out.stdout)
}
