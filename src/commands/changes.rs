//! `changes --since REV [PATH]…`: every profile file changed since a git revision, validated
//! and compared old against new, in one report for a pull request.
//!
//! This file collects the changed files from git and applies the exit checks; `compare.rs`
//! compares one file's two versions, `terms.rs` handles an edit of the terms file.

mod compare;
mod terms;

use std::path::Path;

use anyhow::Result;

use mgi_diff::changes::{ChangesReport, Failing, FileChange};
use mgi_diff::diff::{Filter, ProfileInfo};
use mgi_diff::profile::{LoadError, Problem, ProfileName, Severity};
use mgi_diff::read::Text;
use mgi_diff::read::git::{self, Change, Changed};
use mgi_diff::render;
use mgi_diff::text::escape_line;

use super::context::{Context, matching};
use super::diff::ReportOptions;
use super::exit::{ExitChecks, ExitCode, FailOn};
use compare::compare;
use terms::{clone_error, is_terms_file, terms_file};

/// `changes`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct Changes {
    /// The revision to compare with.
    pub(crate) since: String,
    /// The files or folders to look at; none: the profile folder, else the repository.
    pub(crate) paths: Vec<String>,
    pub(crate) report: ReportOptions,
}

/// Collects and compares the changed files, names on standard error each one that fails the
/// run, and renders the report.
pub(crate) fn run(args: &Changes, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let Changes {
        since,
        paths,
        report,
    } = args;
    let options = Collect {
        threshold: report.threshold,
        filter: &report.filter,
        profiles: cx.common.profiles.as_deref(),
        // A broken terms file that the change edits is reported as one of its files.
        terms: cx.resolver.terms(),
        explain: report.explain,
    };
    let mut collected = collect(Path::new("."), since, paths, &options)?;
    collected.failing = failing(&collected.files, &report.checks);
    for f in &collected.failing {
        let path = escape_line(&f.path);
        // The reason quotes the file's first error, which may quote its keys.
        let reason = escape_line(&f.reason);
        eprintln!("mgi-diff: {path}: failing: {reason}");
    }
    let shown = report.shown(cx.common.lang);
    render::changes(&collected, cx.format, &cx.style, &shown, out)?;
    Ok(ExitCode::failed_if(
        collected.has_errors() || !collected.failing.is_empty(),
    ))
}

/// Why the run fails, for each changed file that fails it: a file that does not validate
/// (always), a deleted profile (`--exit-code`, `--fail-on deleted`), or a report that
/// fails the exit check.
fn failing(files: &[FileChange], checks: &ExitChecks) -> Vec<Failing> {
    files
        .iter()
        .filter_map(|f| {
            let reason = if !f.is_valid() {
                let errors: Vec<&mgi_diff::profile::Problem> =
                    f.problems.iter().filter(|p| p.is_error()).collect();
                let first = errors.first().map_or(String::new(), |p| {
                    let at = p.line.map_or(String::new(), |l| format!("line {l}: "));
                    format!("; first: {at}{}", p.message)
                });
                format!(
                    "does not validate ({}{first})",
                    mgi_diff::text::plural(errors.len(), "error")
                )
            } else if f.change == mgi_diff::read::git::Change::Deleted {
                let flag = if checks.fail_on.contains(&FailOn::Deleted) {
                    "--fail-on deleted"
                } else if checks.exit_code {
                    "--exit-code"
                } else {
                    return None;
                };
                format!("deleted ({flag})")
            } else {
                checks.reason(f.report.as_ref()?)?
            };
            Some(Failing {
                path: f.path.clone(),
                reason,
            })
        })
        .collect()
}

/// How the two versions of each file are compared and filtered.
struct Collect<'a> {
    /// The similarity threshold of the matcher.
    threshold: f64,
    /// What each file's report keeps.
    filter: &'a Filter,
    /// `--profiles DIR`: where to look when no path is given.
    profiles: Option<&'a Path>,
    /// The profile set's terms file, counted as shared words, or why it could not be had.
    /// A terms file that does not validate is an error of the run, unless this change edits
    /// it: then it is one of the files the report shows, and the profiles are compared
    /// without it.
    terms: Result<Option<std::sync::Arc<mgi_diff::profile::Terms>>, LoadError>,
    /// `--explain`: every pair's evidence in each file's report.
    explain: bool,
}

/// Collects the changes under `pathspecs` (relative to `dir`, which must be inside a git
/// repository) since `since`, and compares each file's two versions. With no path, the
/// profile folder is looked at when there is one, else the whole repository.
fn collect(
    dir: &Path,
    since: &str,
    pathspecs: &[String],
    options: &Collect<'_>,
) -> Result<ChangesReport, LoadError> {
    let Collect {
        threshold,
        filter,
        profiles,
        ref terms,
        explain,
    } = *options;
    let options_with = |terms| matching(threshold, explain, terms);
    let folder: Vec<String> = match pathspecs.is_empty() {
        true => mgi_diff::profile_set::ProfileSet::folder(profiles)?
            .map(|d| d.display().to_string())
            .into_iter()
            .collect(),
        false => Vec::new(),
    };
    // A path that names nothing, now or then, is a typo: say so rather than report nothing.
    for p in pathspecs {
        if !dir.join(p).exists() {
            git::verify_revision(dir, since)?;
            if !git::names_a_file_at(dir, since, p)? {
                return Err(LoadError::Git(format!(
                    "`{p}` names no file, neither in the working tree nor at `{since}`"
                )));
            }
        }
    }
    let pathspecs = if pathspecs.is_empty() {
        &folder
    } else {
        pathspecs
    };
    let top = git::toplevel(dir)?;
    // The terms file is not a profile: it is validated as a terms file, and what its edit
    // changes is the pairing of every report.
    let (terms_edits, changed): (Vec<Changed>, Vec<Changed>) =
        split_moves(git::changed_since(dir, since, pathspecs)?)
            .into_iter()
            .partition(|c| is_terms_file(c.path()));
    let terms_now = match terms {
        Ok(terms) => terms.clone(),
        Err(_) if !terms_edits.is_empty() => None,
        Err(e) => return Err(clone_error(e)),
    };
    // The old versions come from one git process, in order; loading and comparing the files
    // is shared out between the machine's cores.
    let mut blobs = git::Blobs::open(&top, since)?;
    let olds: Vec<Option<Result<Text, LoadError>>> = changed
        .iter()
        .map(|c| c.old_path.as_ref().map(|p| blobs.read(p)))
        .collect();
    // The equivalences as they were: the reports they pair differently say so.
    let terms_then = terms_edits
        .iter()
        .find_map(|c| c.old_path.as_ref())
        .map(|p| {
            blobs
                .read(p)
                .ok()
                .and_then(|t| mgi_diff::profile::load_terms(&t.origin, &t.text).0)
        });
    drop(blobs);
    let matching = options_with(terms_now);
    let matching_then = match terms_then {
        // Edited or deleted: the reports are compared with the old version too.
        Some(then) => Some(options_with(then.map(std::sync::Arc::new))),
        // Added: before it, no equivalences.
        None if !terms_edits.is_empty() => Some(options_with(None)),
        None => None,
    };
    let mut work: Vec<(&Changed, Option<Result<Text, LoadError>>)> =
        changed.iter().zip(olds).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(8);
    let chunk = work.len().div_ceil(threads).max(1);
    let mut files: Vec<FileChange> = std::thread::scope(|scope| {
        let handles: Vec<_> = work
            .chunks_mut(chunk)
            .map(|part| {
                let (top, matching, then) = (&top, &matching, matching_then.as_ref());
                scope.spawn(move || {
                    part.iter_mut()
                        .map(|(c, old)| compare(top, old.take(), since, c, matching, then, filter))
                        .collect::<Vec<FileChange>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    mark_duplicates(&mut files, &top, dir, pathspecs);
    for c in &terms_edits {
        files.push(terms_file(&top, c, &files));
    }
    Ok(ChangesReport::new(since, files))
}

/// A changed profile that another file under the same paths (the whole repository when none is
/// given) also is — same country, level, city and year — is an error of the changed file, the
/// one the pull request brought, naming the other.
fn mark_duplicates(files: &mut [FileChange], top: &Path, dir: &Path, pathspecs: &[String]) {
    type Key = (String, mgi_diff::profile::Level, Option<String>, u16);
    let key = |p: &ProfileInfo| -> Key {
        (
            p.country.to_lowercase(),
            p.level,
            p.city.as_deref().map(str::to_lowercase),
            p.year,
        )
    };
    let wanted: std::collections::HashSet<Key> = files
        .iter()
        .filter_map(|f| f.new.as_ref())
        .map(key)
        .collect();
    if wanted.is_empty() {
        return;
    }
    let roots: Vec<std::path::PathBuf> = if pathspecs.is_empty() {
        vec![top.to_path_buf()]
    } else {
        pathspecs.iter().map(|p| dir.join(p)).collect()
    };
    let real_top = top.canonicalize().unwrap_or_else(|_| top.to_path_buf());
    let from_top = |path: &Path| -> Option<String> {
        let real = path.canonicalize().ok()?;
        let rel = real.strip_prefix(&real_top).ok()?;
        let parts: Vec<String> = rel
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    };
    let mut holders: std::collections::HashMap<Key, std::collections::BTreeSet<String>> =
        std::collections::HashMap::new();
    // The changed files are loaded already: only the others are read.
    let mut changed = std::collections::HashSet::new();
    for file in files.iter() {
        if let Some(new) = &file.new {
            holders
                .entry(key(new))
                .or_default()
                .insert(file.path.clone());
        }
        changed.insert(file.path.clone());
    }
    for root in roots.iter().filter(|r| r.is_dir()) {
        let Ok(set) = mgi_diff::profile_set::ProfileSet::open(root) else {
            continue;
        };
        for f in &set.files {
            let Some(path) = from_top(&root.join(&f.rel)) else {
                continue;
            };
            if changed.contains(&path) {
                continue;
            }
            let Some(profile) = set.load(f).profile else {
                continue;
            };
            let k = key(&ProfileInfo::of(&profile));
            if wanted.contains(&k) {
                holders.entry(k).or_default().insert(path);
            }
        }
    }
    for file in files.iter_mut() {
        let Some(new) = &file.new else { continue };
        let Some(others) = holders.get(&key(new)) else {
            continue;
        };
        for other in others.iter().filter(|o| **o != file.path) {
            file.problems.push(Problem {
                file: file.path.clone(),
                line: None,
                column: None,
                severity: Severity::Error,
                message: format!(
                    "a second profile for {} {}: {other} has the same country, level, city and year",
                    new.place(),
                    new.year
                ),
            });
        }
    }
}

/// A rename that changes the round (another country, city or year) is a deletion plus an
/// addition, whatever git's rename detection says: Kyrgyzstan 2019 did not become Kazakhstan
/// 2024, and a pull request that turns `2018.toml` into `2022.toml` removes the 2018 round
/// (`--fail-on deleted` catches it), the new round being compared with its own place's
/// earlier round. A file moved to another folder under the same name stays a rename.
fn split_moves(changed: Vec<Changed>) -> Vec<Changed> {
    type Round = (String, Option<String>, u16);
    let place = |path: &str| -> (Option<Round>, Option<std::path::PathBuf>) {
        let p = Path::new(path);
        let name = ProfileName::from_path(p).map(|n| (n.country, n.city, n.year));
        (
            name.clone(),
            name.is_none()
                .then(|| p.parent().map(Path::to_path_buf))
                .flatten(),
        )
    };
    let mut out = Vec::with_capacity(changed.len());
    for c in changed {
        match (&c.change, &c.old_path, &c.new_path) {
            (Change::Renamed, Some(old), Some(new)) if place(old) != place(new) => {
                out.push(Changed {
                    change: Change::Deleted,
                    old_path: Some(old.clone()),
                    new_path: None,
                });
                out.push(Changed {
                    change: Change::Added,
                    old_path: None,
                    new_path: Some(new.clone()),
                });
            }
            _ => out.push(c),
        }
    }
    out.sort_by(|a, b| mgi_diff::text::natural_cmp(a.path(), b.path()));
    out
}
