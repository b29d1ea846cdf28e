//! `site -o DIR`: the profile set as a static website, written into a folder.
//!
//! All or nothing: the library makes the pages one place at a time (memory grows per place,
//! not per set); each is staged in a folder inside the target, then renamed into place, each
//! old file moved aside first so that a failure puts everything back (`site/commit.rs`). A page
//! is never written into an existing file (a hard link to a profile stays the profile). The
//! site is written only into a folder that is new, empty, or made by `site` (which keeps the
//! list of what it wrote in `.mgi-diff-site`); of such a folder it replaces only the files it
//! wrote itself.

use std::collections::HashSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use mgi_diff::profile::LoadError;
use mgi_diff::site::{self as pages, Made};

use super::context::{Context, matching, name_skipped};
use super::exit::ExitCode;

mod commit;

use commit::Journal;

/// The file that marks a folder as made by `site`, listing the files written.
const MARKER: &str = ".mgi-diff-site";

/// `site`'s argument.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    /// `--threshold`, as for `diff`.
    pub(crate) threshold: f64,
}

/// Makes the site's pages and writes them into the folder `--output` names, all or nothing,
/// and says what it wrote.
pub(crate) fn run(args: &Site, cx: &Context<'_>) -> Result<ExitCode> {
    let Some(dir) = cx.common.output.as_deref() else {
        anyhow::bail!("site writes a folder: name it with --output DIR");
    };
    let set = cx.resolver.set()?;
    name_skipped(set);
    let options = matching(args.threshold, false, cx.resolver.terms()?);
    let site = pages::build(set, options, cx.common.lang)?;
    println!("{}", write(&site, dir)?);
    Ok(ExitCode::Success)
}

/// Writes the site into `dir` (see the module's rules), and says what it wrote. On any
/// failure the folder is left as it was (and a folder it made is removed).
fn write(site: &pages::Site<'_>, dir: &Path) -> Result<String> {
    let shown = escape(&dir.display().to_string()).into_owned();
    let previous = owned_files(dir, &shown)?;
    let existed = fs::symlink_metadata(dir).is_ok();
    let folders = make_folder(dir).with_context(|| format!("{shown}: cannot create it"))?;
    let result = write_into(site, dir, &shown, &previous);
    if result.is_err() {
        for folder in folders.iter().rev() {
            let _ = fs::remove_dir(folder);
        }
    }
    let (made, written) = match result {
        Ok(done) => done,
        // A profile's problems are printed one `file:line:col` line each, as they are.
        Err(e) if e.downcast_ref::<LoadError>().is_some() => return Err(e),
        Err(e) if existed => {
            return Err(e.context(format!("site not written; {shown} is left as it was")));
        }
        Err(e) => return Err(e.context("site not written; nothing was written")),
    };
    let plural = mgi_diff::text::plural;
    Ok(format!(
        "wrote {} to {shown}: the index, {}, {}, {}",
        plural(written.len(), "page"),
        plural(made.places, "place"),
        plural(made.profiles, "profile"),
        plural(made.comparisons, "comparison")
    ))
}

/// Stages every page in a new folder inside `dir`, checks every path it will take in
/// `dir`, then moves the pages into place (see [`Journal`]).
fn write_into(
    site: &pages::Site<'_>,
    dir: &Path,
    shown: &str,
    previous: &HashSet<String>,
) -> Result<(Made, Vec<String>)> {
    let staging = tempfile::Builder::new()
        .prefix(".mgi-diff-site.")
        .tempdir_in(dir)
        .with_context(|| format!("{shown}: cannot make a folder in it"))?;
    let root = staging.path().join("site");
    let mut written = Vec::new();
    let made = site.pages(&mut |rel: &str, html: &str| {
        stage(&root, rel, html.as_bytes())
            .with_context(|| format!("{shown}/{}: cannot write it", escape(rel)))?;
        written.push(rel.to_string());
        Ok(())
    })?;
    let new: HashSet<&str> = written.iter().map(String::as_str).collect();
    check(dir, shown, &written, previous)?;
    // The list first names every file that may be there while pages move: were the run
    // stopped halfway, the next one would still know them as its own.
    let stale: Vec<&String> = previous
        .iter()
        .filter(|rel| !new.contains(rel.as_str()) && fs::symlink_metadata(dir.join(rel)).is_ok())
        .collect();
    let mut both = written.join("\n");
    for rel in &stale {
        both.push('\n');
        both.push_str(rel);
    }
    let marker_of = |name: &str, list: &str| -> Result<PathBuf> {
        let path = staging.path().join(name);
        stage(staging.path(), name, format!("{list}\n").as_bytes())
            .with_context(|| format!("{shown}/{MARKER}: cannot write it"))?;
        Ok(path)
    };
    let (first, last) = (
        marker_of("both", &both)?,
        marker_of("new", &written.join("\n"))?,
    );
    let mut journal = Journal::new(dir, staging.path().join("old"));
    let moved = (|| -> Result<()> {
        journal.place(&first, MARKER)?;
        for rel in &written {
            journal.place(&root.join(rel), rel)?;
        }
        for rel in &stale {
            // What the last run wrote and this one does not: removed, so no page is stale.
            journal.remove(rel)?;
        }
        journal.place(&last, MARKER)
    })();
    if let Err(e) = moved {
        let failed = journal.undo();
        let e = e.context(format!("{shown}: cannot move the new pages into it"));
        return Err(match failed {
            Some(why) => e.context(why),
            None => e,
        });
    }
    Ok((made, written))
}

/// `text` escaped for a message.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    mgi_diff::text::escape_line(text)
}

/// Writes `bytes` to the new file `rel` below `root` (a folder of this run's own).
fn stage(root: &Path, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::File::create_new(&path)?.write_all(bytes)
}

/// Makes `dir` and the folders above it that are missing; returns those it made, outermost
/// first, for them to be removed if the site is not written.
fn make_folder(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut missing: Vec<&Path> = dir
        .ancestors()
        .filter(|d| !d.as_os_str().is_empty())
        .take_while(|d| fs::symlink_metadata(d).is_err())
        .collect();
    missing.reverse();
    let mut made = Vec::with_capacity(missing.len());
    for folder in missing {
        fs::create_dir(folder)?;
        made.push(folder.to_path_buf());
    }
    Ok(made)
}

/// Refuses, before anything in `dir` changes, a page that would replace a file `site` did not
/// write, and a link planted in the folder (or in place of one of its subfolders) that would
/// take a page, or a removal, out of it.
fn check(dir: &Path, shown: &str, pages: &[String], previous: &HashSet<String>) -> Result<()> {
    let marker = MARKER.to_string();
    for rel in pages.iter().chain(previous).chain(std::iter::once(&marker)) {
        if let Some((at, what)) = obstacle(dir, rel) {
            bail!("{shown}/{}: {what}", escape(&at));
        }
        if fs::symlink_metadata(dir.join(rel)).is_ok() && !previous.contains(rel) && *rel != marker
        {
            bail!(
                "{shown}/{}: exists and was not written by mgi-diff site",
                escape(rel)
            );
        }
    }
    Ok(())
}

/// The first path from `dir` down to `rel` (itself included) that a page cannot take: a
/// symbolic link, a folder's place taken by a file, a page's by anything but a file.
fn obstacle(dir: &Path, rel: &str) -> Option<(String, &'static str)> {
    let mut at = String::new();
    let parts: Vec<&str> = rel.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        if !at.is_empty() {
            at.push('/');
        }
        at.push_str(part);
        let meta = fs::symlink_metadata(dir.join(&at)).ok()?;
        let last = i + 1 == parts.len();
        if meta.file_type().is_symlink() {
            return Some((at, "is a link; site never writes through one"));
        }
        if !last && !meta.is_dir() {
            return Some((at, "is not a folder"));
        }
        if last && !meta.is_file() {
            return Some((at, "is not a file"));
        }
    }
    None
}

/// The files a previous run wrote into `dir`; empty for a folder that is new or empty. A
/// folder with other files and no marker, or a path that is no folder, is refused.
fn owned_files(dir: &Path, shown: &str) -> Result<HashSet<String>> {
    let meta = match std::fs::symlink_metadata(dir) {
        Err(_) => return Ok(HashSet::new()),
        Ok(meta) => meta,
    };
    if !meta.is_dir() {
        bail!("{shown}: is not a folder; site writes a folder (nothing was written)");
    }
    let marker = dir.join(MARKER);
    if std::fs::symlink_metadata(&marker).is_ok_and(|m| !m.is_file()) {
        bail!(
            "{shown}/{MARKER}: is not a file; site never reads or writes through a link (nothing was written)"
        );
    }
    match mgi_diff::read::read_found(&marker) {
        Ok(list) => Ok((list.text)
            .lines()
            .filter(|l| l.ends_with(".html") && !l.starts_with('/'))
            .filter(|l| !l.split('/').any(|c| c.is_empty() || c == "." || c == ".."))
            .map(str::to_string)
            .collect()),
        Err(_) => {
            let empty = std::fs::read_dir(dir)
                .with_context(|| format!("{shown}: cannot read it"))?
                .next()
                .is_none();
            if empty {
                Ok(HashSet::new())
            } else {
                bail!(
                    "{shown}: is not empty and was not made by mgi-diff site; give a new or empty folder (nothing was written)"
                )
            }
        }
    }
}
