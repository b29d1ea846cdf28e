//! A `diff` report as a reader sees it: a [`DiffView`] of a title, sides, warnings, a summary,
//! counts, and the domains' items, each with its status, placement, texts and notes. A
//! `changes` report builds one per file, its entries shared with other files marked.

use crate::diff::{
    CategoryCounts, Certainty, Confidence, Differ, DomainReport, Entry, ProfileInfo, Reason,
    Report, Status, Summary,
};
use crate::languages::{Language, decimal, tr};

use super::super::say::and_list;
use super::super::{safe, say};
use super::Text;

/// One side of a comparison, as the header says it: `None` when there is no such profile
/// (a file added or deleted).
#[derive(Debug, Clone)]
pub(crate) struct SideView {
    pub(crate) origin: String,
    pub(crate) iso3: String,
    /// In the report's language.
    pub(crate) provenance: String,
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
    /// The language its words are in.
    pub(crate) lang: Language,
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
    /// Its name in the report's language.
    pub(crate) name: String,
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
    pub(crate) from: Option<String>,
    /// Its category, `old → new` when it changed, in the report's language.
    pub(crate) category: String,
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

impl DiffView {
    /// The view of a report in `lang` (by default, the profiles' own when they agree), every
    /// text made safe.
    pub(crate) fn of(report: &Report, lang: Option<Language>) -> DiffView {
        let lang = lang.unwrap_or_else(|| language_of(report));
        DiffView::with_shared(report, lang, |_| false)
    }

    /// The view of a report whose entries that `shared` picks are told elsewhere.
    pub(super) fn with_shared(
        report: &Report,
        lang: Language,
        shared: impl Fn(&Entry) -> bool,
    ) -> DiffView {
        let report = &*safe::report(report);
        let side = |p: &ProfileInfo| {
            (!p.absent).then(|| SideView {
                origin: p.origin.clone(),
                iso3: p.iso3.clone(),
                provenance: say::provenance(lang, p.provenance.key()),
            })
        };
        DiffView {
            lang,
            title: title(report, lang),
            level: report.old.level.key(),
            old: side(&report.old),
            new: side(&report.new),
            years: (report.old.year, report.new.year),
            warnings: warnings(report, lang),
            report_warnings: report.warnings.clone(),
            // The report carries its summary in English; another language words it anew.
            summary_text: super::super::prose::summary(report, lang),
            review: report.review,
            fields: report
                .fields
                .iter()
                .map(|f| FieldView {
                    field: f.field.clone(),
                    old: f.old.clone(),
                    new: f.new.clone(),
                    described: described(f, lang),
                })
                .collect(),
            changed: report.changed(),
            total: report.summary,
            domains: (report.domains.iter())
                .map(|d| domain(d, lang, &shared))
                .collect(),
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

/// The language of a report by default: its profiles' own when they agree, else English.
pub(crate) fn language_of(report: &Report) -> Language {
    let sides = [&report.old, &report.new].into_iter().filter(|p| !p.absent);
    crate::languages::of_profiles(sides.map(|p| p.language))
}

/// `Kazakhstan: 2018 → 2022`, `Testland 2020 (new profile)`.
fn title(report: &Report, lang: Language) -> String {
    let (old, new) = (&report.old, &report.new);
    let (old_place, new_place) = (old.place(), new.place());
    if old.absent {
        tr!(
            lang,
            "title-new-profile",
            place = new_place,
            year = new.year
        )
    } else if new.absent {
        tr!(
            lang,
            "title-deleted-profile",
            place = old_place,
            year = old.year
        )
    } else if old_place == new_place {
        tr!(
            lang,
            "title-one-place",
            place = old_place,
            old = old.year,
            new = new.year
        )
    } else {
        tr!(
            lang,
            "title-two-places",
            old_place = old_place,
            old = old.year,
            new_place = new_place,
            new = new.year
        )
    }
}

/// The provenance warnings of a report, one line per profile that needs one (once when both
/// sides are versions of the same round), then the report's own: the two languages of its
/// profiles in the report's language; a profile whose findings read as another language
/// than it declares, as the matcher words it (a diagnostic, in English, as errors are).
fn warnings(report: &Report, lang: Language) -> Vec<String> {
    let sides = || [&report.old, &report.new].into_iter().filter(|p| !p.absent);
    let mut lines: Vec<String> = sides()
        .filter_map(|p| say::provenance_warning(lang, p.provenance, &p.place(), p.year))
        .collect();
    lines.dedup();
    let (old, new) = (&report.old, &report.new);
    let mut own = report.warnings.iter();
    // The report carries its own warnings in English, as the matcher wrote them.
    if lang != Language::En && !old.absent && !new.absent && old.language != new.language {
        // The matcher's first warning is this one, in English.
        own.next();
        lines.push(say::two_languages(
            lang,
            (&old.place(), old.year, old.language),
            (&new.place(), new.year, new.language),
        ));
    }
    lines.extend(own.cloned());
    lines
}

/// `provenance: published → illustrative`, the values of `provenance` in the report's language.
fn described(f: &crate::diff::FieldChange, lang: Language) -> String {
    if f.field != "provenance" || lang == Language::En {
        return f.describe();
    }
    let value = |v: &Option<String>| {
        v.as_deref()
            .map_or_else(|| tr!(lang, "none"), |v| say::provenance(lang, v))
    };
    format!("{}: {} → {}", f.field, value(&f.old), value(&f.new))
}

fn domain(d: &DomainReport, lang: Language, shared: &impl Fn(&Entry) -> bool) -> DomainView {
    DomainView {
        key: d.key,
        name: say::domain_of_key(lang, d.key),
        summary: d.summary,
        old_findings: d.old_findings,
        new_findings: d.new_findings,
        items: d
            .entries
            .iter()
            .map(|e| Item {
                shared: shared(e),
                ..item(e, lang)
            })
            .collect(),
    }
}

fn item(entry: &Entry, lang: Language) -> Item {
    let (from, category) = placement(entry, lang);
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
        notes: notes(entry, lang),
        near: (entry.near.as_ref()).map(|n| (n.finding.text.clone(), n.similarity)),
        review_reasons: (entry.confidence.as_ref())
            .filter(|c| c.level == Confidence::Review)
            .map_or_else(Vec::new, |c| c.reasons.iter().map(|r| r.key()).collect()),
        shared: false,
    }
}

/// Where an entry stands besides its status: the domain its old finding moved from, if it
/// moved, and its category, `old → new` when it changed.
fn placement(entry: &Entry, lang: Language) -> (Option<String>, String) {
    let category = |c| say::category(lang, c);
    match (&entry.old, &entry.new) {
        (Some(o), Some(n)) => {
            let from = (o.domain != n.domain).then(|| say::domain(lang, o.domain));
            let category = if o.category == n.category {
                category(o.category)
            } else {
                format!("{} → {}", category(o.category), category(n.category))
            };
            (from, category)
        }
        (Some(side), None) | (None, Some(side)) => (None, category(side.category)),
        (None, None) => (None, String::new()),
    }
}

/// What a reader should know about an entry besides its texts, one plain line each: a
/// pairing to review, a possible flip of meaning, a possible rewording left unpaired, and
/// (with `--explain`) the evidence for a pair.
fn notes(entry: &Entry, lang: Language) -> Vec<Note> {
    let mut notes = Vec::new();
    let mut note = |kind, text| notes.push(Note { kind, text });
    let score = |x: f64| decimal(lang, x, 3);
    if let Some(line) = entry.confidence.as_ref().and_then(|c| review_note(c, lang)) {
        note(NoteKind::Review, line);
    }
    if entry.negation {
        note(NoteKind::Negation, tr!(lang, "note-negation"));
    }
    if let Some(near) = &entry.near {
        let side = if entry.old.is_some() {
            "added"
        } else {
            "removed"
        };
        let line = tr!(
            lang,
            "note-near",
            side = side,
            text = near.finding.text.as_str(),
            similarity = score(near.similarity),
            apart = apart(&near.differs, near.similarity, lang)
        );
        note(NoteKind::Near, line);
    }
    if let Some(e) = &entry.evidence {
        let basis = tr!(lang, "evidence-basis", basis = e.basis.key());
        let mut line = tr!(
            lang,
            "note-evidence",
            score = score(e.score),
            basis = basis,
            place = if e.same_place { "same" } else { "other" },
            apart = apart(&e.differs, e.score, lang)
        );
        if !e.shared_terms.is_empty() {
            let terms: Vec<String> = e
                .shared_terms
                .iter()
                .take(8)
                .map(|t| format!("{} {}", t.term, decimal(lang, t.weight, 2)))
                .collect();
            line.push_str(&tr!(lang, "evidence-shared", terms = terms.join(", ")));
        }
        line.push_str(&match &e.runner_up {
            Some(r) => tr!(
                lang,
                "evidence-runner-up",
                similarity = score(r.similarity),
                text = r.finding.text.as_str()
            ),
            None => tr!(lang, "evidence-no-runner-up"),
        });
        if e.bounded {
            line.push_str(&tr!(lang, "evidence-bounded"));
        }
        note(NoteKind::Evidence, line);
    }
    if let Some(p) = &entry.parted {
        let own = entry.old.as_ref().or(entry.new.as_ref());
        let ids = match (own.and_then(|s| s.id.as_deref()), p.finding.id.as_deref()) {
            (Some(a), Some(b)) => format!(" ({a} ≠ {b})"),
            _ => String::new(),
        };
        let line = tr!(
            lang,
            "note-parted",
            text = p.finding.text.as_str(),
            similarity = score(p.similarity),
            ids = ids
        );
        note(NoteKind::Evidence, line);
    }
    notes
}

/// The line that marks a pairing to review, with why; None for a `high` pairing.
fn review_note(c: &Certainty, lang: Language) -> Option<String> {
    if c.level != Confidence::Review {
        return None;
    }
    let why: Vec<String> = c
        .reasons
        .iter()
        .map(|&reason| match reason {
            Reason::SmallMargin => tr!(
                lang,
                "review-small-margin",
                margin = decimal(lang, c.margin.unwrap_or_default(), 3)
            ),
            Reason::CloseRunnerUp => tr!(
                lang,
                "review-close-runner-up",
                lead = decimal(lang, c.lead.unwrap_or_default().max(0.0), 3)
            ),
            Reason::FewSharedWords => tr!(lang, "review-few-shared-words"),
            Reason::SameIdTextReplaced => tr!(lang, "review-same-id-text-replaced"),
            Reason::NameChanged => tr!(lang, "review-name-changed"),
            Reason::IdAddedByThisChange => tr!(lang, "review-id-added-by-this-change"),
        })
        .collect();
    // A pair tied by id is confirmed already: what is left is to part it.
    let act = if c.reasons == [Reason::SameIdTextReplaced] {
        "part"
    } else {
        "confirm"
    };
    Some(tr!(
        lang,
        "note-review",
        reasons = why.join("; "),
        act = act
    ))
}

/// A score at which two texts differ by a word or so (a typo, a date): no rule of the matcher
/// is worth naming beside it.
const NEAR_IDENTICAL: f64 = 0.95;

/// The rules that lowered a similarity, as a clause to follow it: ", but their subjects
/// differ"; empty when none did. The opening rule is not named for a pair that scores
/// [`NEAR_IDENTICAL`] or more: a one-word fix at 0.999 shares its opening, and "what follows
/// differs" would make a typo read as a rewrite.
fn apart(differs: &[Differ], score: f64, lang: Language) -> String {
    let kinds: Vec<String> = differs
        .iter()
        .filter(|&&d| d != Differ::Endings)
        .map(|&d| tr!(lang, "differs-kind", kind = d.key()))
        .collect();
    let mut reasons = Vec::new();
    if !kinds.is_empty() {
        let kinds = and_list(lang, &kinds);
        reasons.push(tr!(
            lang,
            "apart-kinds",
            kinds = kinds,
            count = differs.len()
        ));
    }
    if differs.contains(&Differ::Endings) && score < NEAR_IDENTICAL {
        reasons.push(tr!(lang, "apart-endings"));
    }
    if reasons.is_empty() {
        String::new()
    } else {
        tr!(lang, "apart", reasons = and_list(lang, &reasons))
    }
}
