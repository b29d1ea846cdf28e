//! One changed file compared: its version in the working tree against its version at the
//! revision, or a new round against the earlier round of its place; a report that an edit of
//! the terms file in the same change pairs otherwise says so.

use std::path::Path;

use mgi_diff::changes::FileChange;
use mgi_diff::diff::{Filter, ProfileInfo, Report, Status};
use mgi_diff::profile::{LoadError, Loaded, Problem, Profile, ProfileName, Severity};
use mgi_diff::read::Text;
use mgi_diff::read::git::{self, Changed};

/// A file that could not be read at all, as a problem of `path`: the others are still
/// reported. `shown` is how the error names the file.
pub(super) fn unreadable(path: &str, shown: &str, error: LoadError) -> Loaded {
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

/// One changed file: its version now validated, compared with its version at `since` (or for
/// a new file, with the earlier round of its place in the same folder).
pub(super) fn compare(
    top: &Path,
    old_read: Option<Result<Text, LoadError>>,
    since: &str,
    c: &Changed,
    matching: &mgi_diff::diff::Options,
    then: Option<&mgi_diff::diff::Options>,
    filter: &Filter,
) -> FileChange {
    let mut problems = Vec::new();
    let new = match &c.new_path {
        None => None,
        Some(path) => {
            // Named by its path from the repository's top, as GitHub and reviewers name it. A
            // committed link is read only when it leads to a file inside the repository, as
            // a folder walk would: never to `/proc/self/fd/1`, never to a secret elsewhere.
            let read = inside(top, &top.join(path))
                .and_then(|()| mgi_diff::read::read_found(&top.join(path)))
                .map(|text| Text {
                    origin: path.clone(),
                    ..text
                });
            let full = top.join(path).display().to_string();
            let claimed = ProfileName::from_path(Path::new(path));
            let mut loaded = Loaded::from_read_named(read, claimed.as_ref())
                .unwrap_or_else(|e| unreadable(path, &full, e));
            for p in &mut loaded.problems {
                p.file = path.clone();
            }
            problems.extend(loaded.problems);
            Some(loaded.profile)
        }
    };
    let old = match &c.old_path {
        None => None,
        Some(path) => {
            let shown = format!("{since}:{path}");
            let read = old_read.unwrap_or_else(|| {
                Err(LoadError::Git(format!(
                    "`{path}` was not read at `{since}`"
                )))
            });
            let loaded =
                Loaded::from_read(read).unwrap_or_else(|e| unreadable(c.path(), &shown, e));
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
    let old = old.flatten();
    let new = new.flatten();
    // A new file is a new round when the folder holds an earlier round of the same place.
    let old = match (&c.old_path, &new) {
        (None, Some(_)) => c.new_path.as_deref().and_then(|p| earlier_round(top, p)),
        _ => old,
    };
    let findings = new
        .as_ref()
        .or(old.as_ref())
        .map_or(0, |p| p.findings.len());
    // A new round paired with an earlier round by ids that this change wrote into it: the
    // pairing rests on the pull request's own word, so it is to review.
    let ids_added = match (&c.old_path, &old) {
        (None, Some(earlier)) => ids_added(top, since, earlier),
        _ => std::collections::HashSet::new(),
    };
    // A new profile with no earlier round is all `added`, a deleted one all `resolved` or
    // `dropped`; the side that does not exist is null in JSON and "none" in text.
    let report_with = |matching: &mgi_diff::diff::Options| {
        let diff = |old: &Profile, new: &Profile| mgi_diff::diff::diff_with(old, new, matching);
        match (&old, &new) {
            // Two versions of one file: its own fields and ids are part of the edit.
            (Some(o), Some(n)) if c.old_path.is_some() => Some(diff(o, n).with_fields(o, n)),
            (Some(old), Some(new)) => {
                let mut report = diff(old, new);
                review_ids_added(&mut report, &ids_added);
                Some(report)
            }
            (None, Some(new)) if c.old_path.is_none() => Some(FileChange::all_added(new, matching)),
            // A deleted profile is one entry, `deleted`, not a list of dropped findings.
            _ => None,
        }
        .map(|r| r.filter(filter))
    };
    let mut report = report_with(matching);
    // An edit of the terms file in the same change: a report it pairs differently says so.
    if let (Some(report), Some(then)) = (&mut report, then) {
        if let Some(before) = report_with(then) {
            note_terms_edit(report, &before);
        }
    }
    // What one file can make a report print is bounded: the first problems, then a count.
    mgi_diff::problem::bound(&mut problems);
    FileChange {
        path: c.path().to_string(),
        change: c.change,
        problems,
        old: old.as_ref().map(ProfileInfo::of),
        new: new.as_ref().map(ProfileInfo::of),
        findings,
        report,
        terms: None,
    }
}

/// Whether a file of the working tree may be read: a regular file, or a link that leads to
/// one inside the repository's top and not inside its `.git` folder.
pub(super) fn inside(top: &Path, path: &Path) -> Result<(), LoadError> {
    // The problem is the file's: its path is said with it.
    let refuse = |why: &str| Err(LoadError::Git(format!("not read: {why}")));
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(()); // Reading says what is wrong.
    };
    if meta.file_type().is_symlink() {
        let real_top = top.canonicalize().unwrap_or_else(|_| top.to_path_buf());
        return match mgi_diff::read::held_to(path, &real_top) {
            Ok(real) if !std::fs::metadata(&real).is_ok_and(|m| m.is_file()) => {
                refuse("a link to something that is not a file")
            }
            Ok(_) => Ok(()),
            Err(refused) => refuse(&refused.why("the repository")),
        };
    }
    Ok(())
}

/// The ids that `earlier` (a round as the working tree has it) holds and did not hold at
/// `since`: every one of them when it did not exist then, none when it cannot be told.
fn ids_added(top: &Path, since: &str, earlier: &Profile) -> std::collections::HashSet<String> {
    let ids = |p: &Profile| -> std::collections::HashSet<String> {
        p.findings.iter().filter_map(|f| f.id.clone()).collect()
    };
    let now = ids(earlier);
    if now.is_empty() {
        return now;
    }
    let then = match git::show(top, since, &earlier.origin) {
        Ok(text) => mgi_diff::profile::load_str(&text.origin, &text.text)
            .profile
            .map(|p| ids(&p)),
        // Not in the repository at the revision: the change brought the file and its ids.
        Err(_) if !git::names_a_file_at(top, since, &earlier.origin).unwrap_or(true) => {
            Some(std::collections::HashSet::new())
        }
        Err(_) => None,
    };
    match then {
        Some(then) => now.difference(&then).cloned().collect(),
        None => std::collections::HashSet::new(),
    }
}

/// Marks to review every pair of `report` tied by one of `ids` (ids this change added to the
/// earlier round): `--fail-on review` then catches a pull request that decides its own pairing.
fn review_ids_added(report: &mut Report, ids: &std::collections::HashSet<String>) {
    if ids.is_empty() {
        return;
    }
    for domain in &mut report.domains {
        for entry in &mut domain.entries {
            let tied = match (&entry.old, &entry.new) {
                (Some(o), Some(n)) => o.id.is_some() && o.id == n.id,
                _ => false,
            };
            let added = entry
                .old
                .as_ref()
                .and_then(|o| o.id.as_ref())
                .is_some_and(|id| ids.contains(id));
            if let (true, true, Some(c)) = (tied, added, entry.confidence.as_mut()) {
                c.level = mgi_diff::diff::Confidence::Review;
                c.reasons.push(ID_ADDED);
            }
        }
    }
}

/// The review reason of a pair tied by an id the same change added to the earlier round.
const ID_ADDED: mgi_diff::diff::Reason = mgi_diff::diff::Reason::IdAddedByThisChange;

/// The latest earlier round of the profile at `path` (from the repository's top): a
/// `<year>.toml` of an earlier year in the same folder that loads without errors.
fn earlier_round(top: &Path, path: &str) -> Option<Profile> {
    let path = Path::new(path);
    let year: u16 = path.file_stem()?.to_str()?.parse().ok()?;
    let folder = path.parent()?;
    let mut years: Vec<u16> = std::fs::read_dir(top.join(folder))
        .ok()?
        .filter_map(|e| {
            let name = e.ok()?.file_name();
            name.to_str()?.strip_suffix(".toml")?.parse::<u16>().ok()
        })
        .filter(|&y| y < year)
        .collect();
    years.sort_unstable();
    years.into_iter().rev().find_map(|y| {
        let rel = folder.join(format!("{y}.toml"));
        inside(top, &top.join(&rel)).ok()?;
        let text = mgi_diff::read::read_found(&top.join(&rel)).ok()?;
        mgi_diff::profile::load_str(&rel.display().to_string(), &text.text).profile
    })
}

/// How a report whose pairing an edit of the terms file changed says so.
pub(super) const TERMS_WARNING: &str = "This change edits the terms file";

/// A report that the edited terms file pairs differently than its version at the revision
/// says so, with how many entries differ: a reader then knows that the pairing rests on
/// equivalences this change brings.
fn note_terms_edit(report: &mut Report, before: &Report) {
    type Key = (Status, Option<String>, Option<String>);
    let key = |r: &Report| -> std::collections::HashSet<Key> {
        r.entries()
            .map(|e| {
                (
                    e.status,
                    e.old.as_ref().map(|s| s.text.clone()),
                    e.new.as_ref().map(|s| s.text.clone()),
                )
            })
            .collect()
    };
    let (now, then) = (key(report), key(before));
    let differ = now.difference(&then).count();
    if differ == 0 {
        return;
    }
    report.warnings.push(format!(
        "{TERMS_WARNING}: with its version at the revision, {} of this report would read otherwise, so this pairing rests on equivalences the change brings",
        mgi_diff::text::plural(differ, "entry")
    ));
}
