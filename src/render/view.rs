//! The view model: a report as a reader sees it, built once, made safe once, and printed by
//! each format. A `diff` report becomes a [`DiffView`] (title, sides, warnings, summary,
//! counts, and sections of items, each with its status, placement, texts and notes); a
//! `changes` report becomes a [`ChangesView`], whose files hold the views of their diffs.
//! Every text from a profile, a path or a revision is escaped here (control characters and
//! bidirectional overrides as `\u{…}`, paths on one line); a format then only escapes its
//! own syntax (Markdown, HTML, CSV).

use crate::changes::{ChangesReport, FileChange};
use crate::diff::{
    CategoryCounts, Certainty, Confidence, DomainReport, Entry, ProfileInfo, Report, Status,
    Summary,
};
use crate::text::plural;

mod history;

pub(crate) use history::{PlaceRow, history_cell, history_counts, history_note};

use super::safe;
use super::words::{Piece, word_diff};

/// One side of a comparison, as the header says it: `None` when there is no such profile
/// (a file added or deleted).
#[derive(Debug, Clone)]
pub(crate) struct SideView {
    pub(crate) origin: String,
    pub(crate) iso3: String,
    pub(crate) provenance: &'static str,
}

/// A profile field edited between two versions of one file.
#[derive(Debug, Clone)]
pub(crate) struct FieldView {
    /// The key: `provenance`, `year`, …, or `ids`.
    pub(crate) field: String,
    pub(crate) old: Option<String>,
    pub(crate) new: Option<String>,
    /// `provenance: illustrative → published`.
    pub(crate) described: String,
}

/// A `diff` report, ready to print.
#[derive(Debug, Clone)]
pub(crate) struct DiffView {
    pub(crate) title: String,
    /// `national` or `local`.
    pub(crate) level: &'static str,
    pub(crate) old: Option<SideView>,
    pub(crate) new: Option<SideView>,
    pub(crate) years: (u16, u16),
    /// Illustrative and draft rounds, two languages: what to know before reading on.
    pub(crate) warnings: Vec<String>,
    /// Of those, the report's own (two languages), which JSON and CSV carry as such.
    pub(crate) report_warnings: Vec<String>,
    pub(crate) summary_text: String,
    /// Pairings marked `review`.
    pub(crate) review: usize,
    pub(crate) fields: Vec<FieldView>,
    /// Something differs: a finding or a profile field.
    pub(crate) changed: bool,
    pub(crate) total: Summary,
    /// Every domain, in order, whether or not it lists items.
    pub(crate) domains: Vec<DomainView>,
}

/// One domain of a report: its counts, and the items it lists.
#[derive(Debug, Clone)]
pub(crate) struct DomainView {
    pub(crate) key: &'static str,
    pub(crate) name: &'static str,
    pub(crate) summary: Summary,
    /// Findings per category in the old and the new round (the HTML chart).
    pub(crate) old_findings: CategoryCounts,
    pub(crate) new_findings: CategoryCounts,
    pub(crate) items: Vec<Item>,
}

/// One side of an item: a finding as its profile lists it.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub(crate) category: &'static str,
    pub(crate) text: String,
    pub(crate) id: Option<String>,
}

/// What a note says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NoteKind {
    /// The matcher is not sure of the pairing.
    Review,
    /// One text denies what the other does not.
    Negation,
    /// A possible rewording left unpaired.
    Near,
    /// `--explain`: what the pair was made on.
    Evidence,
}

/// A line a reader should read beside an item's texts.
#[derive(Debug, Clone)]
pub(crate) struct Note {
    pub(crate) kind: NoteKind,
    pub(crate) text: String,
}

/// One entry of a report.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub(crate) status: Status,
    /// The domain its old finding moved from, if it moved.
    pub(crate) from: Option<&'static str>,
    /// Its category, `old → new` when it changed.
    pub(crate) category: std::borrow::Cow<'static, str>,
    pub(crate) old: Option<Finding>,
    pub(crate) new: Option<Finding>,
    pub(crate) similarity: Option<f64>,
    pub(crate) confidence: Option<Confidence>,
    pub(crate) negation: bool,
    pub(crate) notes: Vec<Note>,
    /// A possible rewording left unpaired: the other finding's text and its similarity.
    pub(crate) near: Option<(String, f64)>,
    /// Why a pairing is to review (the JSON keys: `small-margin`, …); empty otherwise.
    pub(crate) review_reasons: Vec<&'static str>,
    /// In `changes`: made identically in several files, and told once for all of them.
    pub(crate) shared: bool,
}

impl Item {
    /// The text to show: the one text, or the old and the new one when they differ.
    pub(crate) fn text(&self) -> Text<'_> {
        match (&self.old, &self.new) {
            (Some(o), Some(n)) if o.text != n.text => Text::Changed(&o.text, &n.text),
            (_, Some(side)) | (Some(side), None) => Text::Plain(&side.text),
            (None, None) => Text::Plain(""),
        }
    }
}

/// An item's text.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Text<'a> {
    Plain(&'a str),
    /// Old, then new.
    Changed(&'a str, &'a str),
}

impl Text<'_> {
    /// The word-level diff of a changed text; a plain text as one unchanged run.
    pub(crate) fn pieces(self) -> Vec<Piece> {
        match self {
            Text::Plain(t) => vec![Piece::Same(t.to_string())],
            Text::Changed(old, new) => word_diff(old, new),
        }
    }
}

impl DiffView {
    /// The view of a report, every text made safe.
    pub(crate) fn of(report: &Report) -> DiffView {
        DiffView::with_shared(report, |_| false)
    }

    /// The view of a report whose entries that `shared` picks are told elsewhere.
    fn with_shared(report: &Report, shared: impl Fn(&Entry) -> bool) -> DiffView {
        let report = &*safe::report(report);
        let side = |p: &ProfileInfo| {
            (!p.absent).then(|| SideView {
                origin: p.origin.clone(),
                iso3: p.iso3.clone(),
                provenance: p.provenance.key(),
            })
        };
        DiffView {
            title: report.title(),
            level: report.old.level.key(),
            old: side(&report.old),
            new: side(&report.new),
            years: (report.old.year, report.new.year),
            warnings: warnings(report),
            report_warnings: report.warnings.clone(),
            summary_text: report.summary_text.clone(),
            review: report.review,
            fields: report
                .fields
                .iter()
                .map(|f| FieldView {
                    field: f.field.clone(),
                    old: f.old.clone(),
                    new: f.new.clone(),
                    described: f.describe(),
                })
                .collect(),
            changed: report.changed(),
            total: report.summary,
            domains: report.domains.iter().map(|d| domain(d, &shared)).collect(),
        }
    }

    /// The items a section lists, by domain: those not told elsewhere.
    pub(crate) fn listed(&self) -> impl Iterator<Item = &Item> {
        self.domains.iter().flat_map(|d| d.listed())
    }

    /// The domains that list an item.
    pub(crate) fn sections(&self) -> impl Iterator<Item = &DomainView> {
        self.domains.iter().filter(|d| d.listed().next().is_some())
    }

    /// The view without its unchanged items (counted, not listed), for `--max-chars`.
    pub(crate) fn without_unchanged(&self) -> DiffView {
        let mut view = self.clone();
        for d in &mut view.domains {
            d.items.retain(|i| i.status != Status::Unchanged);
        }
        view
    }
}

impl DomainView {
    /// Its items that are not told elsewhere.
    pub(crate) fn listed(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| !i.shared)
    }

    /// Its listed items of one status.
    pub(crate) fn with_status(&self, status: Status) -> impl Iterator<Item = &Item> {
        self.listed().filter(move |i| i.status == status)
    }
}

/// The provenance warnings of a report, one line per profile that needs one (once when both
/// sides are versions of the same round), then the report's own.
fn warnings(report: &Report) -> Vec<String> {
    let mut lines: Vec<String> = [&report.old, &report.new]
        .into_iter()
        .filter(|p| !p.absent)
        .filter_map(|p| {
            p.provenance
                .warning()
                .map(|w| format!("{} {} is {w}", p.place(), p.year))
        })
        .collect();
    lines.dedup();
    lines.extend(report.warnings.iter().cloned());
    lines
}

fn domain(d: &DomainReport, shared: &impl Fn(&Entry) -> bool) -> DomainView {
    DomainView {
        key: d.key,
        name: d.name,
        summary: d.summary,
        old_findings: d.old_findings,
        new_findings: d.new_findings,
        items: d
            .entries
            .iter()
            .map(|e| Item {
                shared: shared(e),
                ..item(e)
            })
            .collect(),
    }
}

fn item(entry: &Entry) -> Item {
    let (from, category) = placement(entry);
    let finding = |s: &crate::diff::Side| Finding {
        category: s.category.key(),
        text: s.text.clone(),
        id: s.id.clone(),
    };
    Item {
        status: entry.status,
        from,
        category,
        old: entry.old.as_ref().map(finding),
        new: entry.new.as_ref().map(finding),
        similarity: entry.similarity,
        confidence: entry.confidence.as_ref().map(|c| c.level),
        negation: entry.negation,
        notes: notes(entry),
        near: (entry.near.as_ref()).map(|n| (n.finding.text.clone(), n.similarity)),
        review_reasons: (entry.confidence.as_ref())
            .filter(|c| c.level == Confidence::Review)
            .map_or_else(Vec::new, |c| c.reasons.clone()),
        shared: false,
    }
}

/// Where an entry stands besides its status: the domain its old finding moved from, if it
/// moved, and its category, `old → new` when it changed.
fn placement(entry: &Entry) -> (Option<&'static str>, std::borrow::Cow<'static, str>) {
    use std::borrow::Cow;
    match (&entry.old, &entry.new) {
        (Some(o), Some(n)) => {
            let from = (o.domain != n.domain).then(|| o.domain.name());
            let category = if o.category == n.category {
                Cow::Borrowed(o.category.key())
            } else {
                Cow::Owned(format!("{} → {}", o.category.key(), n.category.key()))
            };
            (from, category)
        }
        (Some(side), None) | (None, Some(side)) => (None, Cow::Borrowed(side.category.key())),
        (None, None) => (None, Cow::Borrowed("")),
    }
}

/// What a reader should know about an entry besides its texts, one plain line each: a
/// pairing to review, a possible flip of meaning, a possible rewording left unpaired, and
/// (with `--explain`) the evidence for a pair.
fn notes(entry: &Entry) -> Vec<Note> {
    let mut notes = Vec::new();
    let mut note = |kind, text| notes.push(Note { kind, text });
    if let Some(line) = entry.confidence.as_ref().and_then(review_note) {
        note(NoteKind::Review, line);
    }
    if entry.negation {
        note(
            NoteKind::Negation,
            "negation: one text denies what the other does not; the meaning may have flipped"
                .into(),
        );
    }
    if let Some(near) = &entry.near {
        let side = if entry.old.is_some() {
            "added"
        } else {
            "removed"
        };
        let apart = apart(&near.differs, near.similarity);
        note(
            NoteKind::Near,
            format!(
                "possible rewording of the {side} finding \"{}\" (similarity {:.3}{apart}); if they are one finding, give both the same id = \"…\"",
                near.finding.text, near.similarity
            ),
        );
    }
    if let Some(e) = &entry.evidence {
        let place = if e.same_place {
            "in the same place"
        } else {
            "in another place"
        };
        let mut line = format!(
            "evidence: score {:.3}, by {}, {place}{}",
            e.score,
            e.basis,
            apart(&e.differs, e.score)
        );
        if !e.shared_terms.is_empty() {
            let terms: Vec<String> = e
                .shared_terms
                .iter()
                .take(8)
                .map(|t| format!("{} {:.2}", t.term, t.weight))
                .collect();
            line.push_str(&format!("; shared: {}", terms.join(", ")));
        }
        match &e.runner_up {
            Some(r) => line.push_str(&format!(
                "; runner-up {:.3}: \"{}\"",
                r.similarity, r.finding.text
            )),
            None => line.push_str("; no runner-up"),
        }
        if e.bounded {
            line.push_str("; candidates bounded: this text shares its words with so many findings that only the most promising, nearest in place, were compared");
        }
        note(NoteKind::Evidence, line);
    }
    if let Some(p) = &entry.parted {
        let own = entry.old.as_ref().or(entry.new.as_ref());
        let ids = match (own.and_then(|s| s.id.as_deref()), p.finding.id.as_deref()) {
            (Some(a), Some(b)) => format!(" ({a} ≠ {b})"),
            _ => String::new(),
        };
        note(
            NoteKind::Evidence,
            format!(
                "evidence: kept apart from \"{}\" (similarity {:.3}) because their ids differ{ids}: an editor said they are two findings",
                p.finding.text, p.similarity
            ),
        );
    }
    notes
}

/// The line that marks a pairing to review, with why; None for a `high` pairing.
fn review_note(c: &Certainty) -> Option<String> {
    if c.level != Confidence::Review {
        return None;
    }
    let why: Vec<String> = c
        .reasons
        .iter()
        .map(|&reason| match reason {
            "small-margin" => format!(
                "it passed the threshold by {:.3}",
                c.margin.unwrap_or_default()
            ),
            "close-runner-up" => format!(
                "another candidate was within {:.3} of it",
                c.lead.unwrap_or_default().max(0.0)
            ),
            "few-shared-words" => "it rests on few shared words".to_string(),
            crate::changes::ID_ADDED => {
                "tied by an id that this change itself added to the earlier round".to_string()
            }
            "name-changed" => "a name changed while the rest of the sentence was kept".to_string(),
            "same-id-text-replaced" => {
                "same id, text replaced: the new text shares almost no words with the old"
                    .to_string()
            }
            other => other.to_string(),
        })
        .collect();
    // A pair tied by id is confirmed already: what is left is to part it.
    let act = if c.reasons == ["same-id-text-replaced"] {
        "if the new text is not the old finding rewritten, give it an id of its own"
    } else {
        "if they are one finding, confirm it with `mgi-diff ids OLD NEW --include-review` (or the same id by hand); if not, give them different ids"
    };
    Some(format!(
        "review: the matcher is not sure these are one finding ({}); {act}",
        why.join("; ")
    ))
}

/// A score at which two texts differ by a word or so (a typo, a date): no rule of the matcher
/// is worth naming beside it.
const NEAR_IDENTICAL: f64 = 0.95;

/// The rules that lowered a similarity, as a clause to follow it: ", but their subjects
/// differ"; empty when none did. The opening rule is not named for a pair that scores
/// [`NEAR_IDENTICAL`] or more: a one-word fix at 0.999 shares its opening, and "what follows
/// differs" would make a typo read as a rewrite.
fn apart(differs: &[&str], score: f64) -> String {
    let kinds: Vec<&str> = differs
        .iter()
        .copied()
        .filter(|&d| d != "endings")
        .collect();
    let mut reasons = Vec::new();
    if !kinds.is_empty() {
        reasons.push(format!("their {} differ", kinds.join(" and ")));
    }
    if differs.contains(&"endings") && score < NEAR_IDENTICAL {
        reasons.push("what follows their common opening differs".to_string());
    }
    if reasons.is_empty() {
        String::new()
    } else {
        format!(", but {}", reasons.join(" and "))
    }
}

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
    pub(crate) since: String,
    /// Why the run fails: (path, reason).
    pub(crate) failing: Vec<(String, String)>,
    pub(crate) files: Vec<FileView>,
    pub(crate) groups: Vec<GroupView>,
}

impl ChangesView {
    /// The view of a `changes` report, every path and text made safe.
    pub(crate) fn of(report: &ChangesReport) -> ChangesView {
        let path = |p: &str| safe::path(p).into_owned();
        let text = |t: &str| safe::text(t).into_owned();
        ChangesView {
            since: path(&report.since),
            failing: report
                .failing
                .iter()
                .map(|f| (path(&f.path), text(&f.reason)))
                .collect(),
            files: report.files.iter().map(|f| file(report, f)).collect(),
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

    /// The view without unchanged items, for `--max-chars`.
    pub(crate) fn without_unchanged(&self) -> ChangesView {
        let mut view = self.clone();
        for file in &mut view.files {
            file.diff = file.diff.as_ref().map(DiffView::without_unchanged);
        }
        view
    }
}

fn file(report: &ChangesReport, file: &FileChange) -> FileView {
    let errors = file.problems.iter().filter(|p| p.is_error()).count();
    let warnings = file.problems.len() - errors;
    let validation = match (errors, warnings) {
        (0, 0) => "valid".to_string(),
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    };
    let shared_with = |e: &Entry| report.groups.iter().any(|g| g.is(e));
    // A path can hold any character but `/` and NUL: it is shown on one line.
    let mut named = file.clone();
    for info in [&mut named.old, &mut named.new].into_iter().flatten() {
        info.origin = safe::path(&info.origin).into_owned();
        info.origin_v1 = safe::path(&info.origin_v1).into_owned();
    }
    let what = named.what().map(|w| safe::text(&w).into_owned());
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
                severity: p.severity.to_string(),
                error: p.is_error(),
                at: match (p.line, p.column) {
                    (Some(l), Some(c)) => format!("line {l}, column {c}: "),
                    (Some(l), None) => format!("line {l}: "),
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
            .map(|d| DiffView::with_shared(d, shared_with)),
        shared: file
            .report
            .as_ref()
            .map_or(0, |d| d.entries().filter(|e| shared_with(e)).count()),
        counts: file.report.as_ref().map_or_else(String::new, counts),
    }
}

/// `3 reworded, 1 added; 30 unchanged`, and the profile fields edited, if any.
fn counts(diff: &Report) -> String {
    let summary = &diff.summary;
    let fields = match diff.fields.len() {
        0 => None,
        n => Some(format!("{} changed", plural(n, "profile field"))),
    };
    let changes = match (summary.differing_text(), fields) {
        (Some(c), Some(f)) => format!("{c}, {f}"),
        (Some(c), None) => c,
        (None, Some(f)) => f,
        (None, None) => "no changes".into(),
    };
    format!("{changes}; {} unchanged", summary.unchanged)
}
