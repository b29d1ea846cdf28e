//! A `changes` report as a reader sees it: a [`ChangesView`] of the files changed since a
//! revision, each with its validation, its problems and the view of its diff, and the changes
//! made identically in several files, told once.

use crate::changes::{ChangesReport, FileChange};
use crate::diff::{Entry, Report, Status};
use crate::languages::{Language, tr};

use super::super::{safe, say};
use super::{DiffView, Text};

/// A problem of a file, as a section lists it.
#[derive(Debug, Clone)]
pub(crate) struct ProblemView {
    pub(crate) severity: String,
    pub(crate) error: bool,
    /// `line 3, column 5: `, `line 3: ` or nothing.
    pub(crate) at: String,
    pub(crate) message: String,
    /// `file:line:col: severity: message`, as a terminal shows it.
    pub(crate) whole: String,
}

/// One changed file.
#[derive(Debug, Clone)]
pub(crate) struct FileView {
    pub(crate) path: String,
    /// `added`, `modified`, `deleted`, `renamed`.
    pub(crate) change: &'static str,
    pub(crate) valid: bool,
    /// `valid`, `2 errors`, `1 error, 1 warning`.
    pub(crate) validation: String,
    pub(crate) problems: Vec<ProblemView>,
    /// What the file is when it is not a comparison (a new or deleted profile, a new round).
    pub(crate) what: Option<String>,
    /// Its diff, the changes it shares with other files marked `shared`.
    pub(crate) diff: Option<DiffView>,
    /// How many of its entries are told once for several files.
    pub(crate) shared: usize,
    /// Its section says something the files table and the shared changes do not.
    pub(crate) tells_something: bool,
    /// It has a problem or a change of its own: kept first when the report is shortened.
    pub(crate) own_changes: bool,
    /// `3 reworded, 1 added; 30 unchanged`, with the profile fields edited.
    pub(crate) counts: String,
}

/// A change made identically in several files.
#[derive(Debug, Clone)]
pub(crate) struct GroupView {
    pub(crate) status: Status,
    pub(crate) old: Option<String>,
    pub(crate) new: Option<String>,
    pub(crate) files: Vec<String>,
}

impl GroupView {
    /// The change's text, as an item's.
    pub(crate) fn text(&self) -> Text<'_> {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => Text::Changed(old, new),
            (Some(text), None) | (None, Some(text)) => Text::Plain(text),
            (None, None) => Text::Plain(""),
        }
    }
}

/// The `changes` report, ready to print.
#[derive(Debug, Clone)]
pub(crate) struct ChangesView {
    /// The language its words are in.
    pub(crate) lang: Language,
    pub(crate) since: String,
    /// Why the run fails: (path, reason).
    pub(crate) failing: Vec<(String, String)>,
    pub(crate) files: Vec<FileView>,
    pub(crate) groups: Vec<GroupView>,
}

impl ChangesView {
    /// The view of a `changes` report in `lang` (by default, the language every profile of it
    /// is in, when they agree), every path and text made safe.
    pub(crate) fn of(report: &ChangesReport, lang: Option<Language>) -> ChangesView {
        let path = |p: &str| safe::path(p).into_owned();
        let text = |t: &str| safe::text(t).into_owned();
        let lang = ChangesView::language_of(report, lang);
        ChangesView {
            lang,
            since: path(&report.since),
            failing: report
                .failing
                .iter()
                .map(|f| (path(&f.path), text(&f.reason)))
                .collect(),
            files: report.files.iter().map(|f| file(report, f, lang)).collect(),
            groups: report
                .groups
                .iter()
                .map(|g| GroupView {
                    status: g.status,
                    old: g.old.as_deref().map(text),
                    new: g.new.as_deref().map(text),
                    files: g.files.iter().map(|f| path(f)).collect(),
                })
                .collect(),
        }
    }

    /// The language of a `changes` report: `lang`, else the one every profile of it is in,
    /// when they agree, else English.
    pub(crate) fn language_of(report: &ChangesReport, lang: Option<Language>) -> Language {
        lang.unwrap_or_else(|| {
            let sides = report.files.iter().flat_map(|f| [&f.old, &f.new]);
            crate::languages::of_profiles(sides.flatten().map(|p| p.language))
        })
    }

    /// The view without unchanged items, for `--max-chars`.
    pub(crate) fn without_unchanged(&self) -> ChangesView {
        let mut view = self.clone();
        for file in &mut view.files {
            file.diff = file.diff.as_ref().map(DiffView::without_unchanged);
        }
        view
    }
}

fn file(report: &ChangesReport, file: &FileChange, lang: Language) -> FileView {
    let errors = file.problems.iter().filter(|p| p.is_error()).count();
    let warnings = file.problems.len() - errors;
    let validation = tr!(lang, "validation", errors = errors, warnings = warnings);
    let shared_with = |e: &Entry| report.groups.iter().any(|g| g.is(e));
    // A path can hold any character but `/` and NUL: it is shown on one line.
    let mut named = file.clone();
    for info in [&mut named.old, &mut named.new].into_iter().flatten() {
        info.origin = safe::path(&info.origin).into_owned();
        info.origin_v1 = safe::path(&info.origin_v1).into_owned();
    }
    let what = named.what(lang).map(|w| safe::text(&w).into_owned());
    // An entry of this file alone (with `changed_only`, one that changed).
    let own_entries = |changed_only: bool| {
        file.report.as_ref().is_some_and(|diff| {
            diff.entries().any(|e| {
                let counted = !changed_only || e.status != Status::Unchanged;
                counted && !shared_with(e)
            })
        })
    };
    let has_fields = file.report.as_ref().is_some_and(|d| !d.fields.is_empty());
    FileView {
        path: safe::path(&file.path).into_owned(),
        change: file.change.key(),
        valid: file.is_valid(),
        validation,
        problems: file
            .problems
            .iter()
            .map(|p| ProblemView {
                severity: tr!(lang, "severity", severity = p.severity.to_string()),
                error: p.is_error(),
                at: match (p.line, p.column) {
                    (Some(l), Some(c)) => tr!(lang, "at-line-column", line = l, column = c) + " ",
                    (Some(l), None) => tr!(lang, "at-line", line = l) + " ",
                    _ => String::new(),
                },
                message: safe::text(&p.message).into_owned(),
                whole: safe::text(&p.to_string()).into_owned(),
            })
            .collect(),
        tells_something: !file.problems.is_empty()
            || what.is_some()
            || has_fields
            || own_entries(false),
        own_changes: errors > 0 || has_fields || own_entries(true),
        what,
        diff: file
            .report
            .as_ref()
            .map(|d| DiffView::with_shared(d, lang, shared_with)),
        shared: file
            .report
            .as_ref()
            .map_or(0, |d| d.entries().filter(|e| shared_with(e)).count()),
        counts: (file.report.as_ref()).map_or_else(String::new, |d| counts(d, lang)),
    }
}

/// `3 reworded, 1 added; 30 unchanged`, and the profile fields edited, if any.
fn counts(diff: &Report, lang: Language) -> String {
    let summary = &diff.summary;
    let fields = match diff.fields.len() {
        0 => None,
        n => Some(tr!(lang, "fields-changed", n = n)),
    };
    let changes = match (say::differing(lang, summary), fields) {
        (Some(c), Some(f)) => format!("{c}, {f}"),
        (Some(c), None) => c,
        (None, Some(f)) => f,
        (None, None) => tr!(lang, "no-changes-short"),
    };
    let unchanged = say::status_count(lang, Status::Unchanged, summary.unchanged);
    tr!(
        lang,
        "file-counts",
        changes = changes,
        unchanged = unchanged
    )
}
