//! The report of `changes --since REV`: every profile file changed since a git revision,
//! validated and compared old against new, in one report for a pull request. The program
//! collects it from git; [`crate::render::changes`] prints it.

use serde::Serialize;

use crate::diff::{ProfileInfo, Report, Status};
use crate::profile::{Problem, Profile};
use crate::read::git::Change;

// The reports' fields without a doc comment (`#[allow(missing_docs)]`) are named plainly: a
// doc comment would become a description in the committed JSON Schema
// (`schemas/changes.schema.json`), which this layout must not change.

/// The whole report: one entry per changed file, invalid files first.
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ChangesReport {
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
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Group {
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
    pub fn is(&self, entry: &crate::diff::Entry) -> bool {
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
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FileChange {
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
pub struct TermsEdit {
    /// The changed profile files whose report pairs findings differently with the terms file
    /// as it is now than with its version at the revision (each such report says so too).
    pub reports_changed: Vec<String>,
}

impl FileChange {
    /// What the file is when it is not a comparison, in the report's language: a new profile
    /// with no earlier round, a deleted profile, or a new round compared with the earlier one.
    pub fn what(&self, lang: crate::languages::Language) -> Option<String> {
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

    /// The report of a new profile with no earlier round, compared as `matching` says: every
    /// finding `added`, against an old side marked absent (null in JSON, "none" in text).
    pub fn all_added(new: &Profile, matching: &crate::diff::Options) -> Report {
        let absent = Profile {
            findings: Vec::new(),
            ..new.clone()
        };
        let mut report = crate::diff::diff_with(&absent, new, matching);
        report.old.absent = true;
        report
    }

    /// Whether the file as it is now has no error.
    pub fn is_valid(&self) -> bool {
        !self.problems.iter().any(Problem::is_error)
    }
}

impl ChangesReport {
    /// The report of `files` changed since `since`: invalid files first, since they are what a
    /// reviewer must fix, and the changes that two or more of them share; nothing failing yet
    /// (the program's exit checks fill [`ChangesReport::failing`]).
    pub fn new(since: &str, mut files: Vec<FileChange>) -> ChangesReport {
        files.sort_by_key(|f| f.is_valid());
        ChangesReport {
            format_version: 1,
            since: since.to_string(),
            failing: Vec::new(),
            groups: groups(&files),
            files,
        }
    }

    /// Whether a changed file does not validate.
    pub fn has_errors(&self) -> bool {
        self.files.iter().any(|f| !f.is_valid())
    }
}

/// A changed file that fails the exit check, and why.
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Failing {
    pub path: String,
    /// `1 dropped, 1 regressed (--fail-on dropped,regressed)`.
    pub reason: String,
}
