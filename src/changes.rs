//! `changes --since REV`: every profile file changed since a git revision, validated and
//! diffed old against new, in one report for a pull request.

use std::path::Path;

use serde::Serialize;

use crate::diff::{Filter, ProfileInfo, Report, Status};
use crate::gate::Gate;
use crate::profile::ProfileName;
use crate::profile::{LoadError, Loaded, Problem, Profile, Severity};
use crate::read::Text;
use crate::read::git::{self, Change, Changed};

/// The whole report: one entry per changed file, invalid files first.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub(crate) struct ChangesReport {
    pub format_version: u32,
    pub since: String,
    /// Why `--exit-code` or `--fail-on` fails the run, one line per file; empty when it passes.
    pub failing: Vec<Failing>,
    pub files: Vec<FileChange>,
    /// Changes made identically in two or more files (a ministry renamed everywhere), each
    /// told once in the Markdown and HTML reports; every file's report still holds them.
    pub groups: Vec<Group>,
}

/// One change made identically in several files: the same old text becoming the same new
/// text, or the same finding added or removed.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub(crate) struct Group {
    pub status: Status,
    /// The old text; null for an added finding.
    pub old: Option<String>,
    /// The new text; null for a resolved or dropped finding.
    pub new: Option<String>,
    /// The files it is made in, in report order.
    pub files: Vec<String>,
}

impl Group {
    /// Whether `entry` is this change.
    pub(crate) fn is(&self, entry: &crate::diff::Entry) -> bool {
        entry.status == self.status
            && entry.old.as_ref().map(|s| &s.text) == self.old.as_ref()
            && entry.new.as_ref().map(|s| &s.text) == self.new.as_ref()
    }
}

/// The changes that two or more files share, in the order they first appear.
fn groups(files: &[FileChange]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: std::collections::HashMap<(Status, Option<String>, Option<String>), usize> =
        std::collections::HashMap::new();
    for file in files {
        let Some(report) = &file.report else { continue };
        for entry in report.entries().filter(|e| e.status != Status::Unchanged) {
            let key = (
                entry.status,
                entry.old.as_ref().map(|s| s.text.clone()),
                entry.new.as_ref().map(|s| s.text.clone()),
            );
            let at = *index.entry(key.clone()).or_insert_with(|| {
                groups.push(Group {
                    status: key.0,
                    old: key.1,
                    new: key.2,
                    files: Vec::new(),
                });
                groups.len() - 1
            });
            if groups[at].files.last() != Some(&file.path) {
                groups[at].files.push(file.path.clone());
            }
        }
    }
    groups.retain(|g| g.files.len() > 1);
    groups
}

/// One changed profile file.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub(crate) struct FileChange {
    /// From the repository's top: the new path, or the old one of a deleted file.
    pub path: String,
    pub change: Change,
    /// What is wrong with the file as it is now (and why its old version could not be read).
    pub problems: Vec<Problem>,
    /// The profile compared with: the file at the revision, or for a new file the latest
    /// earlier round of the same place in the same folder; null for a new profile with no
    /// earlier round, or when the old version does not validate.
    pub old: Option<ProfileInfo>,
    /// The profile as it is now; null for a deleted file, or when it does not validate.
    pub new: Option<ProfileInfo>,
    /// How many findings the file holds now (or held, when deleted).
    pub findings: usize,
    /// The diff of `old` against `new`; null when either is null.
    pub report: Option<Report>,
    /// For the profile set's terms file (its equivalences, not a profile): what its edit
    /// changes; null for a profile.
    pub terms: Option<TermsEdit>,
}

/// An edit of the terms file: the equivalences every report of the run is compared with.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub(crate) struct TermsEdit {
    /// The changed profile files whose report pairs findings differently with the terms file
    /// as it is now than with its version at the revision (each such report says so too).
    pub reports_changed: Vec<String>,
}

impl FileChange {
    /// What the file is when it is not a comparison, in the report's language: a new profile
    /// with no earlier round, a deleted profile, or a new round compared with the earlier one.
    pub(crate) fn what(&self, lang: crate::languages::Language) -> Option<String> {
        use crate::languages::tr;
        let findings = self.findings;
        if let Some(terms) = &self.terms {
            let edit = match self.change {
                Change::Added => "added",
                Change::Deleted => "deleted",
                Change::Modified | Change::Renamed => "edited",
            };
            let changed = match terms.reports_changed.len() {
                _ if !self.is_valid() => tr!(lang, "terms-invalid"),
                0 => tr!(lang, "terms-no-report-changed"),
                n => tr!(
                    lang,
                    "terms-reports-changed",
                    n = n,
                    reports = terms.reports_changed.join(", ")
                ),
            };
            return Some(tr!(lang, "terms-file", edit = edit, changed = changed));
        }
        match (&self.old, &self.new, &self.report) {
            (None, Some(new), _) => Some(tr!(
                lang,
                "file-new-profile",
                reference = new.reference.as_str(),
                findings = findings,
                place = new.place()
            )),
            (Some(old), None, _) if self.change == Change::Deleted => Some(tr!(
                lang,
                "file-deleted-profile",
                reference = old.reference.as_str(),
                findings = findings
            )),
            (Some(old), None, _) => Some(tr!(
                lang,
                "file-no-longer-valid",
                change = if self.change == Change::Renamed {
                    "renamed"
                } else {
                    "changed"
                },
                reference = old.reference.as_str(),
                findings = findings
            )),
            (Some(old), Some(_), Some(_)) if self.change == Change::Added => Some(tr!(
                lang,
                "file-new-round",
                reference = old.reference.as_str(),
                origin = old.origin.as_str()
            )),
            _ => None,
        }
    }

    pub(crate) fn is_valid(&self) -> bool {
        !self.problems.iter().any(Problem::is_error)
    }
}

impl ChangesReport {
    pub(crate) fn has_errors(&self) -> bool {
        self.files.iter().any(|f| !f.is_valid())
    }
}

/// Why the run fails, for each changed file that fails it: a file that does not validate
/// (always), a deleted profile (`--exit-code`, `--fail-on deleted`), or a report that
/// fails the exit check.
pub(crate) fn failing(files: &[FileChange], gate: &Gate) -> Vec<Failing> {
    files
        .iter()
        .filter_map(|f| {
            let reason = if !f.is_valid() {
                let errors: Vec<&crate::profile::Problem> =
                    f.problems.iter().filter(|p| p.is_error()).collect();
                let first = errors.first().map_or(String::new(), |p| {
                    let at = p.line.map_or(String::new(), |l| format!("line {l}: "));
                    format!("; first: {at}{}", p.message)
                });
                format!(
                    "does not validate ({}{first})",
                    crate::text::plural(errors.len(), "error")
                )
            } else if f.change == crate::read::git::Change::Deleted {
                let flag = if gate.fail_on.contains(&crate::gate::FailOn::Deleted) {
                    "--fail-on deleted"
                } else if gate.exit_code {
                    "--exit-code"
                } else {
                    return None;
                };
                format!("deleted ({flag})")
            } else {
                gate.reason(f.report.as_ref()?)?
            };
            Some(Failing {
                path: f.path.clone(),
                reason,
            })
        })
        .collect()
}

/// A changed file that fails the exit check, and why.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub(crate) struct Failing {
    pub(crate) path: String,
    /// `1 dropped, 1 regressed (--fail-on dropped,regressed)`.
    pub(crate) reason: String,
}

/// How the two versions of each file are compared and filtered.
pub(crate) struct Options<'a> {
    /// The similarity threshold of the matcher.
    pub threshold: f64,
    /// What each file's report keeps.
    pub filter: &'a Filter,
    /// `--profiles DIR`: where to look when no path is given.
    pub profiles: Option<&'a Path>,
    /// The profile set's terms file, counted as shared words, or why it could not be had.
    /// A terms file that does not validate is an error of the run, unless this change edits
    /// it: then it is one of the files the report shows, and the profiles are compared
    /// without it.
    pub terms: Result<Option<std::sync::Arc<crate::profile::Terms>>, LoadError>,
    /// `--explain`: every pair's evidence in each file's report.
    pub explain: bool,
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
        ref terms,
        explain,
    } = *options;
    let options_with = |terms| crate::app::matching(threshold, explain, terms);
    let folder: Vec<String> = match pathspecs.is_empty() {
        true => crate::profile_set::ProfileSet::folder(profiles)?
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
                .and_then(|t| crate::profile::load_terms(&t.origin, &t.text).0)
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
    // Invalid files first: they are what a reviewer must fix.
    files.sort_by_key(|f| f.is_valid());
    Ok(ChangesReport {
        format_version: 1,
        since: since.to_string(),
        failing: Vec::new(),
        groups: groups(&files),
        files,
    })
}

/// A changed profile that another file under the same paths (the whole repository when none is
/// given) also is — same country, level, city and year — is an error of the changed file, the
/// one the pull request brought, naming the other.
fn mark_duplicates(files: &mut [FileChange], top: &Path, dir: &Path, pathspecs: &[String]) {
    type Key = (String, crate::profile::Level, Option<String>, u16);
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
        let Ok(set) = crate::profile_set::ProfileSet::open(root) else {
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
    old_read: Option<Result<Text, LoadError>>,
    since: &str,
    c: &Changed,
    matching: &crate::diff::Options,
    then: Option<&crate::diff::Options>,
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
                .and_then(|()| crate::read::read_found(&top.join(path)))
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
    let report_with = |matching: &crate::diff::Options| {
        let diff = |old: &Profile, new: &Profile| crate::diff::diff_with(old, new, matching);
        match (&old, &new) {
            // Two versions of one file: its own fields and ids are part of the edit.
            (Some(o), Some(n)) if c.old_path.is_some() => Some(diff(o, n).with_fields(o, n)),
            (Some(old), Some(new)) => {
                let mut report = diff(old, new);
                review_ids_added(&mut report, &ids_added);
                Some(report)
            }
            (None, Some(new)) if c.old_path.is_none() => {
                let mut report = diff(&absent(new), new);
                report.old.absent = true;
                Some(report)
            }
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
    crate::problem::bound(&mut problems);
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
    out.sort_by(|a, b| crate::text::natural_cmp(a.path(), b.path()));
    out
}

/// Whether a file of the working tree may be read: a regular file, or a link that leads to
/// one inside the repository's top and not inside its `.git` folder.
fn inside(top: &Path, path: &Path) -> Result<(), LoadError> {
    // The problem is the file's: its path is said with it.
    let refuse = |why: &str| Err(LoadError::Git(format!("not read: {why}")));
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(()); // Reading says what is wrong.
    };
    if meta.file_type().is_symlink() {
        let real_top = top.canonicalize().unwrap_or_else(|_| top.to_path_buf());
        return match crate::read::held_to(path, &real_top) {
            Ok(real) if !std::fs::metadata(&real).is_ok_and(|m| m.is_file()) => {
                refuse("a link to something that is not a file")
            }
            Ok(_) => Ok(()),
            Err(refused) => refuse(&refused.why("the repository")),
        };
    }
    Ok(())
}

/// Whether `path` (from the repository's top) is a profile set's terms file.
fn is_terms_file(path: &str) -> bool {
    Path::new(path)
        .file_name()
        .is_some_and(|n| n == crate::profile::TERMS_FILE)
}

/// The same error again: a terms file's problems are the run's error when this change does
/// not edit it.
fn clone_error(e: &LoadError) -> LoadError {
    match e {
        LoadError::Invalid(problems) => LoadError::Invalid(problems.clone()),
        other => LoadError::Git(other.to_string()),
    }
}

/// The entry of an edited terms file: validated as a terms file (never as a profile), and
/// naming the reports its edit pairs differently.
fn terms_file(top: &Path, c: &Changed, files: &[FileChange]) -> FileChange {
    let problems = match &c.new_path {
        None => Vec::new(),
        Some(path) => {
            let read =
                inside(top, &top.join(path)).and_then(|()| crate::read::read_file(&top.join(path)));
            match read {
                Ok(text) => crate::profile::load_terms(path, &text.text).1,
                Err(e) => unreadable(path, &top.join(path).display().to_string(), e).problems,
            }
        }
    };
    let mut problems = problems;
    for p in &mut problems {
        p.file = c.path().to_string();
    }
    crate::problem::bound(&mut problems);
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

/// How a report whose pairing an edit of the terms file changed says so.
const TERMS_WARNING: &str = "This change edits the terms file";

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
        crate::text::plural(differ, "entry")
    ));
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
        Ok(text) => crate::profile::load_str(&text.origin, &text.text)
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
                c.level = crate::diff::Confidence::Review;
                c.reasons.push(ID_ADDED);
            }
        }
    }
}

/// The review reason of a pair tied by an id the same change added to the earlier round.
pub(crate) const ID_ADDED: &str = "id-added-by-this-change";

/// The side of an added or deleted file that does not exist: the same profile, no findings.
fn absent(like: &Profile) -> Profile {
    Profile {
        findings: Vec::new(),
        ..like.clone()
    }
}

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
        let text = crate::read::read_found(&top.join(&rel)).ok()?;
        crate::profile::load_str(&rel.display().to_string(), &text.text).profile
    })
}
