//! Walking a profile folder: every `.toml` file under it, in order, with what is skipped
//! and why (links that leave the folder, special files, unreadable folders).

use std::path::Path;

use super::Skipped;
use crate::profile::LoadError;
use crate::read::Refused;

/// The `.toml` files below `root`, as paths relative to it.
///
/// Links are followed while they stay inside the folder: a linked folder or file whose real
/// place is outside `root` is left out (a profile repository's pull request could otherwise
/// point `check` at `/dev/zero` or a whole disk), and each folder is visited once, by device
/// and inode, so that loops of links end. Only regular files are read.
pub(super) fn walk(
    root: &Path,
    dir: &Path,
    out: &mut Vec<String>,
    skipped: &mut Vec<Skipped>,
) -> Result<(), LoadError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |error| LoadError::Io { path, error }
    };
    hold_root(root, false)?;
    let real_root = std::fs::canonicalize(root).map_err(io(root))?;
    let mut visited = std::collections::HashSet::new();
    // The folder itself must be readable; below it, what cannot be read is named and the
    // rest is walked.
    std::fs::read_dir(dir).map_err(io(dir))?;
    walk_in(&real_root, root, dir, out, skipped, &mut visited);
    Ok(())
}

fn walk_in(
    real_root: &Path,
    root: &Path,
    dir: &Path,
    out: &mut Vec<String>,
    skipped: &mut Vec<Skipped>,
    visited: &mut std::collections::HashSet<(u64, u64)>,
) {
    use std::os::unix::fs::MetadataExt;
    let skip = |path: &Path, why: &str, error: bool| Skipped {
        path: path.display().to_string(),
        why: why.to_string(),
        error,
    };
    let Ok(meta) = std::fs::metadata(dir) else {
        skipped.push(skip(dir, "the folder cannot be read", true));
        return;
    };
    if !visited.insert((meta.dev(), meta.ino())) {
        return;
    }
    let entries: Result<Vec<_>, _> =
        std::fs::read_dir(dir).and_then(|entries| entries.collect::<Result<_, _>>());
    let mut entries = match entries {
        Ok(entries) => entries,
        Err(e) => {
            skipped.push(skip(dir, &format!("the folder cannot be read ({e})"), true));
            return;
        }
    };
    entries.sort_by(|a, b| {
        crate::text::natural_cmp(
            &a.file_name().to_string_lossy(),
            &b.file_name().to_string_lossy(),
        )
    });
    for entry in entries {
        let path = entry.path();
        // Only what looks like a profile (or a folder) is worth naming when it is skipped.
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        let toml = extension.as_deref() == Some("toml");
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        if is_link {
            // A dangling link, or one that leads out of the folder or into a `.git` folder in
            // it, is not followed.
            match crate::read::held_to(&path, real_root) {
                Ok(_) => {}
                Err(refused @ Refused::Nowhere) => {
                    if toml {
                        skipped.push(skip(&path, &refused.why("the folder"), false));
                    }
                    continue;
                }
                Err(refused) => {
                    if toml || std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                        skipped.push(skip(&path, &refused.why("the folder"), false));
                    }
                    continue;
                }
            }
        }
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                if toml {
                    skipped.push(skip(&path, &format!("it cannot be read ({e})"), true));
                }
                continue;
            }
        };
        if meta.is_dir() {
            walk_in(real_root, root, &path, out, skipped, visited);
            continue;
        }
        if !toml {
            continue;
        }
        if !meta.is_file() {
            skipped.push(skip(
                &path,
                crate::read::not_a_file(&meta.file_type()),
                false,
            ));
            continue;
        }
        if path.extension().is_some_and(|e| e != "toml") {
            skipped.push(skip(&path, "profiles end in `.toml`, in lower case", false));
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let parts: Option<Vec<&str>> = rel.iter().map(|c| c.to_str()).collect();
        match parts {
            Some(parts) => out.push(parts.join("/")),
            None => skipped.push(skip(&path, "its name is not UTF-8", false)),
        }
    }
}

/// The walk's root is held to the rule of any link in it. A folder inside the git repository
/// of the current folder must really be inside it: a committed `profiles -> /` would have a
/// pull request's check walk the whole disk, and one to a folder elsewhere print what is
/// there. The `profiles` found by discovery (`implicit`) is held to the current folder when
/// there is no repository. A folder named outside the repository is the user's choice.
pub fn hold_root(dir: &Path, implicit: bool) -> Result<(), LoadError> {
    let io = |error| LoadError::Io {
        path: dir.display().to_string(),
        error,
    };
    let here = std::env::current_dir()
        .and_then(std::fs::canonicalize)
        .map_err(io)?;
    // The repository is found from the current folder, which the user chose; never through
    // the path, whose links are what is being judged.
    let repository = here
        .ancestors()
        .find(|a| std::fs::symlink_metadata(a.join(".git")).is_ok());
    // Where the path says it is, read as written (`..` steps back over the name before it):
    // `profiles/..` is in the repository, whatever `profiles` links to.
    let mut said = here.clone();
    for part in dir.components() {
        match part {
            std::path::Component::ParentDir => {
                said.pop();
            }
            std::path::Component::CurDir => {}
            other => said.push(other),
        }
    }
    let (bound, named) = match repository {
        Some(top) if said.starts_with(top) => (top, "the repository"),
        _ if implicit => (here.as_path(), "the current folder"),
        _ => return Ok(()),
    };
    match crate::read::held_to(dir, bound) {
        Ok(_) | Err(Refused::Nowhere) => Ok(()), // a missing folder is said where it is read
        Err(refused) => Err(LoadError::NotRead {
            path: dir.display().to_string(),
            why: refused.why(named),
        }),
    }
}
