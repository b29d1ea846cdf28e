//! Comparing two profiles: one-to-one matching of their findings, and the Report that every
//! output format renders.

mod assign;
mod lexicon;
mod matcher;
mod prose;
mod similarity;

use std::fmt;

use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

use crate::profile::{Category, Domain, Finding, Level, Profile, Provenance};

pub use matcher::Tuning;
use matcher::{Basis, Matcher, Near, Pair};

/// How similar two texts must be to count as one finding, by default.
///
/// Chosen by measurement on the labelled corpus (`tests/corpus/`): the corpus test sweeps the
/// threshold with [`DEFAULT_NAME_PENALTY`], picks the middle of the best plateau, and checks by
/// cross-validation (each pair scored with a setting chosen on the others) that the choice
/// holds on pairs it was not tuned on; `defaults_are_the_chosen_setting` fails if this constant
/// drifts from that choice. Below it, unrelated findings sharing a sentence frame get paired;
/// above it, heavy rewordings are lost.
pub const DEFAULT_THRESHOLD: f64 = 0.2;

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            threshold: DEFAULT_THRESHOLD,
            name_penalty: DEFAULT_NAME_PENALTY,
            subject_penalty: DEFAULT_SUBJECT_PENALTY,
            opening_share: DEFAULT_OPENING_SHARE,
        }
    }
}

/// The share of similarity lost by two texts whose names and numbers all disagree; chosen
/// with [`DEFAULT_THRESHOLD`] (see there).
pub const DEFAULT_NAME_PENALTY: f64 = 0.5;

/// The share of similarity lost by two texts whose subjects all disagree; chosen with
/// [`DEFAULT_THRESHOLD`] (see there). None since subjects that replace each other keep two
/// findings apart on their own (see the rule on replaced names and subjects).
pub const DEFAULT_SUBJECT_PENALTY: f64 = 0.0;

/// The share of its weight each of two texts must put after a common opening for the two to
/// be compared on what follows it; chosen with [`DEFAULT_THRESHOLD`] (see there).
pub const DEFAULT_OPENING_SHARE: Option<f64> = Some(0.4);

/// What to compute besides the pairs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The matcher's settings: threshold and rules.
    pub tuning: Tuning,
    /// Record for every pair the evidence it was made on.
    pub explain: bool,
    /// The profile set's own equivalences (its terms file), counted as shared words.
    pub terms: Option<std::sync::Arc<crate::profile::Terms>>,
}

/// What happened to one finding between the two profiles.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The same text (up to case, spacing, quotes and a final stop) in the same category.
    Unchanged,
    /// Paired with a different text, in the same category.
    Reworded,
    /// Was further development, is now well-developed.
    Improved,
    /// Was well-developed, is now further development.
    Regressed,
    /// Paired across domains.
    Moved,
    /// New, with no old finding to pair: a new strength or a new gap.
    Added,
    /// An old gap (further development) with no new finding: closed.
    Resolved,
    /// An old strength (well-developed) with no new finding: lost.
    Dropped,
}

impl Status {
    /// Every status, in the order reports list them.
    pub const ALL: [Status; 8] = [
        Status::Unchanged,
        Status::Reworded,
        Status::Improved,
        Status::Regressed,
        Status::Moved,
        Status::Added,
        Status::Resolved,
        Status::Dropped,
    ];

    /// The status as the command line and JSON write it: `reworded`.
    pub fn key(self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::Reworded => "reworded",
            Status::Improved => "improved",
            Status::Regressed => "regressed",
            Status::Moved => "moved",
            Status::Added => "added",
            Status::Resolved => "resolved",
            Status::Dropped => "dropped",
        }
    }

    /// The status a key names (`reworded`), or `None`.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl std::str::FromStr for Status {
    type Err = String;

    /// Reads a key, with a suggestion when it names no status.
    fn from_str(key: &str) -> Result<Status, String> {
        let key = key.trim();
        Status::from_key(key)
            .ok_or_else(|| crate::text::unknown_key("status", key, Status::ALL.map(Status::key)))
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Counts of entries per status; serialised with every status, in the order of [`Status::ALL`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[allow(missing_docs)] // one count per status, named as the status
pub struct Summary {
    pub unchanged: usize,
    pub reworded: usize,
    pub improved: usize,
    pub regressed: usize,
    pub moved: usize,
    pub added: usize,
    pub resolved: usize,
    pub dropped: usize,
}

impl Summary {
    fn slot(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Unchanged => &mut self.unchanged,
            Status::Reworded => &mut self.reworded,
            Status::Improved => &mut self.improved,
            Status::Regressed => &mut self.regressed,
            Status::Moved => &mut self.moved,
            Status::Added => &mut self.added,
            Status::Resolved => &mut self.resolved,
            Status::Dropped => &mut self.dropped,
        }
    }

    /// The count of one status.
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::Unchanged => self.unchanged,
            Status::Reworded => self.reworded,
            Status::Improved => self.improved,
            Status::Regressed => self.regressed,
            Status::Moved => self.moved,
            Status::Added => self.added,
            Status::Resolved => self.resolved,
            Status::Dropped => self.dropped,
        }
    }

    /// The counts of `entries`.
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Summary {
        let mut summary = Summary::default();
        for entry in entries {
            *summary.slot(entry.status) += 1;
        }
        summary
    }

    /// Adds `other`'s counts to these.
    pub fn add(&mut self, other: &Summary) {
        for status in Status::ALL {
            *self.slot(status) += other.count(status);
        }
    }

    /// Every entry counted.
    pub fn total(&self) -> usize {
        Status::ALL.iter().map(|&s| self.count(s)).sum()
    }

    /// `2 reworded, 1 added`: the counts of every status but `unchanged` that occurs.
    pub fn differing_text(&self) -> Option<String> {
        let parts: Vec<String> = Status::ALL[1..]
            .iter()
            .filter(|&&s| self.count(s) > 0)
            .map(|&s| format!("{} {s}", self.count(s)))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// Entries that are not `unchanged`.
    pub fn differing(&self) -> usize {
        self.total() - self.unchanged
    }
}

/// One side of an entry: a finding and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Side {
    /// The finding's domain.
    pub domain: Domain,
    /// Well-developed or further development.
    pub category: Category,
    /// Its place in its list, from 0.
    pub index: usize,
    /// The id the profile gives it, if any.
    pub id: Option<String>,
    /// Its text, as written.
    pub text: String,
}

impl From<&Finding> for Side {
    fn from(f: &Finding) -> Side {
        Side {
            domain: f.domain,
            category: f.category,
            index: f.index,
            id: f.id.clone(),
            text: f.text.clone(),
        }
    }
}

/// One finding of the old profile, of the new one, or a matched pair.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Entry {
    /// What happened to the finding.
    pub status: Status,
    /// The old finding; none for `added`.
    pub old: Option<Side>,
    /// The new finding; none for `resolved` and `dropped`.
    pub new: Option<Side>,
    /// How alike the two texts are (0 to 1, three decimals; 1 only for the same text); null
    /// when there is no pair.
    pub similarity: Option<f64>,
    /// One text of the pair denies something the other does not ("not", "no", "yet to", …):
    /// the meaning may have flipped.
    pub negation: bool,
    /// For a pair: how sure the matcher is that the two are one finding (null when there is
    /// no pair).
    pub confidence: Option<Certainty>,
    /// For an unpaired entry: the unpaired finding on the other side that is its best
    /// candidate, and it theirs, below the threshold — perhaps the same finding reworded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near: Option<NearMiss>,
    /// With `--explain`: why the pair was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<PairEvidence>,
}

/// How sure a pairing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The same text, the same id, or a pair clear of the threshold and of every rival.
    High,
    /// A pair a reader should check: it passed the threshold by a small margin, another
    /// candidate was nearly as good, or it rests on a category flip with few shared words.
    Review,
}

impl Confidence {
    /// `high` or `review`, as JSON and `--fail-on` write it.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Review => "review",
        }
    }
}

/// How sure a pairing is, and the figures behind it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Certainty {
    /// `high` or `review`.
    pub level: Confidence,
    /// How far the similarity passed the threshold it was paired at (three decimals); null
    /// for a pair by text or id.
    pub margin: Option<f64>,
    /// How far it is ahead of the best other candidate of either finding (three decimals);
    /// null when there was none.
    pub lead: Option<f64>,
    /// Why a pair is to review: `small-margin`, `close-runner-up`, `few-shared-words` (three
    /// or fewer, with a category flip or after a common opening). Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<&'static str>,
}

/// A pair whose similarity passed its threshold by less than this is to review.
pub const REVIEW_MARGIN: f64 = 0.05;

/// A pair ahead of another candidate of either finding by less than this is to review.
pub const REVIEW_LEAD: f64 = 0.05;

impl Certainty {
    fn of(pair: &Pair) -> Certainty {
        let margin = pair.margin;
        let lead = pair.rival.map(|r| pair.similarity - r);
        let mut reasons = Vec::new();
        if margin.is_some_and(|m| m < REVIEW_MARGIN) {
            reasons.push("small-margin");
        }
        if margin.is_some() && lead.is_some_and(|l| l < REVIEW_LEAD) {
            reasons.push("close-runner-up");
        }
        if pair.thin {
            reasons.push("few-shared-words");
        }
        Certainty {
            level: if reasons.is_empty() {
                Confidence::High
            } else {
                Confidence::Review
            },
            margin: margin.map(rounded),
            lead: lead.filter(|_| margin.is_some()).map(rounded),
            reasons,
        }
    }
}

/// The other half of a possible rewording.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NearMiss {
    /// The other finding.
    pub finding: Side,
    /// How alike the two texts' words are: below the threshold, or above it when the two
    /// were kept apart because their names, subjects or endings disagree (see `differs`).
    pub similarity: f64,
    /// What the two disagree on, when that lowered their similarity: `names` (partners,
    /// laws, years), `subjects` (whom or which service a finding is about) and `endings`
    /// (what they say after opening with the same words). Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub differs: Vec<&'static str>,
}

/// Why two findings were paired.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PairEvidence {
    /// `same-text`, `same-id`, `similarity` or `moved`.
    pub basis: &'static str,
    /// The similarity the pair was made at.
    pub score: f64,
    /// The terms both texts hold, heaviest first, with their weights (three decimals).
    pub shared_terms: Vec<SharedTerm>,
    /// The old finding's best other candidate in the new profile's domain, if any.
    pub runner_up: Option<RunnerUp>,
    /// Position evidence, as a line diff would use it: the two open their lists, or follow
    /// findings that were paired too. Shown to the reader; the matcher does not pair by it.
    pub same_place: bool,
    /// The rules that lowered the score, as in a near miss's `differs`: `names`, `subjects`,
    /// `endings`. Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub differs: Vec<&'static str>,
    /// The new finding shares its words with so many findings that only the most promising
    /// of them, nearest in place, were compared (left out when false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bounded: bool,
}

/// A term two paired texts share (a stemmed word or a known phrase).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SharedTerm {
    /// The term, as the matcher sees it (stemmed).
    pub term: String,
    /// How much it counts: rarer terms weigh more.
    pub weight: f64,
}

/// The best candidate that lost to the pair that was made.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RunnerUp {
    /// The candidate finding.
    pub finding: Side,
    /// How alike it is to the old finding.
    pub similarity: f64,
}

/// The entries of one domain.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct DomainReport {
    /// The domain's key: `migrants-rights`.
    pub key: &'static str,
    /// The domain's name: `Migrants' rights`.
    pub name: &'static str,
    /// The counts of every entry of the domain, shown or filtered out.
    pub summary: Summary,
    /// How many findings the old profile lists in the domain, per category.
    pub old_findings: CategoryCounts,
    /// How many findings the new profile lists in the domain, per category.
    pub new_findings: CategoryCounts,
    /// The entries shown.
    pub entries: Vec<Entry>,
}

impl DomainReport {
    /// The entries shown that have `status`, in report order.
    pub fn with_status(&self, status: Status) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.status == status)
    }
}

/// Findings per category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct CategoryCounts {
    /// "Examples of well-developed areas".
    pub well_developed: usize,
    /// "Areas with potential for further development".
    pub further_development: usize,
}

impl CategoryCounts {
    fn of(profile: &Profile, domain: Domain) -> CategoryCounts {
        CategoryCounts {
            well_developed: profile.findings_in(domain, Category::WellDeveloped).count(),
            further_development: profile
                .findings_in(domain, Category::FurtherDevelopment)
                .count(),
        }
    }
}

/// What a report says about each of the two profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ProfileInfo {
    /// Where the profile was read from: a path, `<stdin>`, `REV:PATH`, or a built-in profile.
    pub origin: String,
    /// The same as `origin`, under the name the first JSON reports gave it: kept so that
    /// programs written against `format_version` 1 go on working.
    pub source: String,
    /// The reference that names it in a profile set: `kazakhstan@2018`.
    pub reference: String,
    /// The country's name.
    pub country: String,
    /// Its ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// National, or local for a city.
    pub level: Level,
    /// The city of a local profile.
    pub city: Option<String>,
    /// The assessment year.
    pub year: u16,
    /// Published by IOM, a draft, or illustrative.
    pub provenance: Provenance,
    /// This side does not exist (a profile file added or deleted, in `changes`): the report
    /// lists every finding of the other side, and JSON writes this side as null.
    #[serde(skip)]
    pub(crate) absent: bool,
}

impl ProfileInfo {
    /// What a report says about `p`.
    pub fn of(p: &Profile) -> ProfileInfo {
        ProfileInfo {
            origin: p.origin.clone(),
            source: p.origin.clone(),
            reference: crate::profile::ProfileName::of(p).reference(),
            country: p.country.clone(),
            iso3: p.iso3.clone(),
            level: p.level,
            city: p.city.clone(),
            year: p.year,
            provenance: p.provenance,
            absent: false,
        }
    }

    /// `Kazakhstan` or `Almaty, Kazakhstan`.
    pub fn place(&self) -> String {
        crate::profile::place(&self.country, self.city.as_deref())
    }
}

/// The comparison of two profiles: the value every output format is rendered from.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// The version of this JSON shape (1).
    pub format_version: u32,
    /// The earlier profile (null in JSON for a file `changes` finds added, with no earlier
    /// round to compare with).
    #[serde(serialize_with = "info_or_null")]
    #[schemars(with = "Option<ProfileInfo>")]
    pub old: ProfileInfo,
    /// The later profile (null in JSON for a file `changes` finds deleted).
    #[serde(serialize_with = "info_or_null")]
    #[schemars(with = "Option<ProfileInfo>")]
    pub new: ProfileInfo,
    /// The counts over every domain kept.
    pub summary: Summary,
    /// When two versions of one file are compared (`changes`, `git-diff`): the profile's own
    /// fields that changed, and the findings whose id was added or changed. Left out when
    /// empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
    /// How many pairings are marked `review` (see [`Confidence`]), counted like `summary`:
    /// over every entry of the domains kept, shown or hidden by a status filter.
    pub review: usize,
    /// Two to five plain sentences saying what changed, for a reader to reuse: made from the
    /// counts and the domains' names only.
    pub summary_text: String,
    /// One report per domain, in the fixed domain order.
    pub domains: Vec<DomainReport>,
}

impl Report {
    /// `Kazakhstan: 2018 → 2022`, or `Almaty (Kazakhstan) 2020 → Kazakhstan 2022` when the two
    /// profiles are of different places.
    pub fn title(&self) -> String {
        let (old, new) = (&self.old, &self.new);
        if old.absent {
            format!("{} {} (new profile)", new.place(), new.year)
        } else if new.absent {
            format!("{} {} (deleted profile)", old.place(), old.year)
        } else if old.place() == new.place() {
            format!("{}: {} → {}", old.place(), old.year, new.year)
        } else {
            format!(
                "{} {} → {} {}",
                old.place(),
                old.year,
                new.place(),
                new.year
            )
        }
    }

    /// Every entry shown, domain by domain.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.domains.iter().flat_map(|d| &d.entries)
    }

    /// Keeps only the chosen domains, with the entries that moved out of them (listed under
    /// the domain they moved to), and in them only entries of the chosen statuses. Summaries
    /// count every entry kept before the status filter, so that `--changes-only` still says
    /// how many findings were unchanged.
    pub fn filter(mut self, filter: &Filter) -> Report {
        let chosen =
            |key: &str| filter.domains.is_empty() || filter.domains.iter().any(|d| d.key() == key);
        for d in &mut self.domains {
            if !chosen(d.key) {
                d.entries
                    .retain(|e| e.old.as_ref().is_some_and(|o| chosen(o.domain.key())));
                d.summary = Summary::of(&d.entries);
            }
        }
        self.domains
            .retain(|d| chosen(d.key) || !d.entries.is_empty());
        self.summary_text = self.prose();
        self.review = to_review(self.entries());
        self.summary = Summary::default();
        for d in &mut self.domains {
            d.entries.retain(|e| filter.keeps(e.status));
            self.summary.add(&d.summary);
        }
        self
    }
}

/// How many of `entries` are pairings marked `review`.
pub(super) fn to_review<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> usize {
    entries
        .into_iter()
        .filter(|e| {
            e.confidence
                .as_ref()
                .is_some_and(|c| c.level == Confidence::Review)
        })
        .count()
}

/// One of a profile's own fields edited between two versions of its file, or (`ids`) the
/// findings whose id was added or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FieldChange {
    /// The key as the file writes it: `provenance`, `year`, `title`, …, or `ids`.
    pub field: String,
    /// The value before (null when it was not set); for `ids`, null.
    pub old: Option<String>,
    /// The value after (null when it is no longer set); for `ids`, how many findings' ids
    /// were added or changed.
    pub new: Option<String>,
}

impl FieldChange {
    /// `provenance: illustrative → published`, `title: (none) → "…"`.
    pub fn describe(&self) -> String {
        let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
        match self.field.as_str() {
            "ids" => format!("ids: {}", value(&self.new)),
            _ => format!(
                "{}: {} → {}",
                self.field,
                value(&self.old),
                value(&self.new)
            ),
        }
    }
}

impl Report {
    /// Records what changed in the profile's own fields and in the ids of its findings, for a
    /// comparison of two versions of one file: such an edit is a change, never "No changes".
    pub fn with_fields(mut self, old: &Profile, new: &Profile) -> Report {
        let mut fields = Vec::new();
        let mut field = |key: &str, a: Option<String>, b: Option<String>| {
            if a != b {
                fields.push(FieldChange {
                    field: key.to_string(),
                    old: a,
                    new: b,
                });
            }
        };
        field(
            "country",
            Some(old.country.clone()),
            Some(new.country.clone()),
        );
        field("name", old.name.clone(), new.name.clone());
        field("iso3", Some(old.iso3.clone()), Some(new.iso3.clone()));
        field(
            "level",
            Some(old.level.key().into()),
            Some(new.level.key().into()),
        );
        field("city", old.city.clone(), new.city.clone());
        field(
            "year",
            Some(old.year.to_string()),
            Some(new.year.to_string()),
        );
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
        field("published", date(old.published), date(new.published));
        field("title", old.title.clone(), new.title.clone());
        field("source", old.source.clone(), new.source.clone());
        field(
            "provenance",
            Some(old.provenance.key().into()),
            Some(new.provenance.key().into()),
        );
        field("notes", old.notes.clone(), new.notes.clone());
        let ids = self
            .entries()
            .filter(|e| match (&e.old, &e.new) {
                (Some(o), Some(n)) => o.id != n.id,
                _ => false,
            })
            .count();
        if ids > 0 {
            fields.push(FieldChange {
                field: "ids".into(),
                old: None,
                new: Some(match ids {
                    1 => "1 finding's id added or changed".into(),
                    n => format!("{n} findings' ids added or changed"),
                }),
            });
        }
        self.fields = fields;
        self.summary_text = self.prose();
        self
    }

    /// Whether anything changed: an entry that is not `unchanged`, or an edited field.
    pub fn changed(&self) -> bool {
        self.summary.differing() > 0 || !self.fields.is_empty()
    }
}

/// Writes a side of a report, or null when it does not exist.
fn info_or_null<S: serde::Serializer>(
    info: &ProfileInfo,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if info.absent {
        serializer.serialize_none()
    } else {
        serializer.serialize_some(info)
    }
}

/// Which part of a report to show.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Empty: every domain.
    pub domains: Vec<Domain>,
    /// Empty: every status.
    pub statuses: Vec<Status>,
    /// Hide `unchanged` entries.
    pub changes_only: bool,
}

impl Filter {
    /// Whether entries of `status` are shown.
    pub fn keeps(&self, status: Status) -> bool {
        (self.statuses.is_empty() || self.statuses.contains(&status))
            && !(self.changes_only && status == Status::Unchanged)
    }
}

/// Compares `old` with `new`. `threshold` (0 to 1) is how similar two texts must be to match.
pub fn diff(old: &Profile, new: &Profile, threshold: f64) -> Report {
    let tuning = Tuning {
        threshold,
        ..Tuning::default()
    };
    diff_with(
        old,
        new,
        &Options {
            tuning,
            explain: false,
            terms: None,
        },
    )
}

/// Three decimals, as every similarity is reported.
fn rounded(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Compares `old` with `new` as `options` say.
pub fn diff_with(old: &Profile, new: &Profile, options: &Options) -> Report {
    let (matching, explainer) = Matcher::new(old, new, options.tuning)
        .with_terms(options.terms.as_deref())
        .run();
    let mut matched_old = vec![None; old.findings.len()];
    let mut matched_new = vec![false; new.findings.len()];
    for pair in &matching.pairs {
        matched_old[pair.old] = Some(*pair);
        matched_new[pair.new] = true;
    }
    let mut near_old: HashMap<usize, &Near> = HashMap::default();
    let mut near_new: HashMap<usize, &Near> = HashMap::default();
    for near in &matching.near {
        near_old.insert(near.old, near);
        near_new.insert(near.new, near);
    }
    // The finding before `i` in the same list of `profile`, if any.
    let previous = |profile: &Profile, i: usize| {
        let f = &profile.findings[i];
        (i > 0).then(|| i - 1).filter(|&p| {
            let q = &profile.findings[p];
            q.domain == f.domain && q.category == f.category
        })
    };
    let same_place = |pair: &Pair| match (previous(old, pair.old), previous(new, pair.new)) {
        (None, None) => true,
        (Some(po), Some(pn)) => matched_old[po].is_some_and(|p| p.new == pn),
        _ => false,
    };
    let evidence = |pair: &Pair| {
        let e = explainer.explain(pair);
        PairEvidence {
            basis: match e.basis {
                Basis::SameText => "same-text",
                Basis::SameId => "same-id",
                Basis::Similarity => "similarity",
                Basis::Moved => "moved",
            },
            score: rounded(pair.similarity),
            shared_terms: e
                .shared
                .into_iter()
                .map(|(term, weight)| SharedTerm {
                    term,
                    weight: rounded(weight),
                })
                .collect(),
            runner_up: e.runner_up.map(|(n, similarity)| RunnerUp {
                finding: (&new.findings[n]).into(),
                similarity: rounded(similarity),
            }),
            same_place: same_place(pair),
            differs: e.differ.kinds(),
            bounded: e.bounded,
        }
    };

    // Entries in old-profile order (under the new domain for a move), then added ones.
    let mut per_domain: HashMap<Domain, Vec<Entry>> = HashMap::default();
    for (o, finding) in old.findings.iter().enumerate() {
        let entry = match matched_old[o] {
            Some(pair) => {
                let partner = &new.findings[pair.new];
                Entry {
                    status: status_of(finding, partner, pair.same_text),
                    old: Some(finding.into()),
                    new: Some(partner.into()),
                    similarity: Some(rounded(pair.similarity)),
                    negation: pair.negation,
                    confidence: Some(Certainty::of(&pair)),
                    near: None,
                    evidence: options.explain.then(|| evidence(&pair)),
                }
            }
            None => Entry {
                status: match finding.category {
                    Category::WellDeveloped => Status::Dropped,
                    Category::FurtherDevelopment => Status::Resolved,
                },
                old: Some(finding.into()),
                new: None,
                similarity: None,
                negation: false,
                confidence: None,
                near: near_old.get(&o).map(|n| NearMiss {
                    finding: (&new.findings[n.new]).into(),
                    similarity: rounded(n.similarity),
                    differs: n.differ.kinds(),
                }),
                evidence: None,
            },
        };
        let domain = entry.new.as_ref().map_or(finding.domain, |s| s.domain);
        per_domain.entry(domain).or_default().push(entry);
    }
    for (n, finding) in new.findings.iter().enumerate() {
        if !matched_new[n] {
            per_domain.entry(finding.domain).or_default().push(Entry {
                status: Status::Added,
                old: None,
                new: Some(finding.into()),
                similarity: None,
                negation: false,
                confidence: None,
                near: near_new.get(&n).map(|near| NearMiss {
                    finding: (&old.findings[near.old]).into(),
                    similarity: rounded(near.similarity),
                    differs: near.differ.kinds(),
                }),
                evidence: None,
            });
        }
    }

    let domains: Vec<DomainReport> = Domain::ALL
        .into_iter()
        .map(|d| {
            let entries = per_domain.remove(&d).unwrap_or_default();
            DomainReport {
                key: d.key(),
                name: d.name(),
                summary: Summary::of(&entries),
                old_findings: CategoryCounts::of(old, d),
                new_findings: CategoryCounts::of(new, d),
                entries,
            }
        })
        .collect();
    let mut summary = Summary::default();
    for d in &domains {
        summary.add(&d.summary);
    }
    let mut report = Report {
        format_version: 1,
        old: ProfileInfo::of(old),
        new: ProfileInfo::of(new),
        summary,
        fields: Vec::new(),
        review: 0,
        summary_text: String::new(),
        domains,
    };
    report.review = to_review(report.entries());
    report.summary_text = report.prose();
    report
}

fn status_of(old: &Finding, new: &Finding, same_text: bool) -> Status {
    if old.domain != new.domain {
        return Status::Moved;
    }
    match (old.category, new.category) {
        (Category::FurtherDevelopment, Category::WellDeveloped) => Status::Improved,
        (Category::WellDeveloped, Category::FurtherDevelopment) => Status::Regressed,
        _ if same_text => Status::Unchanged,
        _ => Status::Reworded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(id: Option<&str>, text: &str) -> Finding {
        Finding::new(
            Domain::WellBeing,
            Category::WellDeveloped,
            0,
            id.map(Into::into),
            text.into(),
            0,
        )
    }

    fn profile(findings: Vec<Finding>) -> Profile {
        let mut p = Profile::new("memory", "Testland", "ATA", 2020);
        p.findings = findings;
        for (i, f) in p.findings.iter_mut().enumerate() {
            f.index = i;
        }
        p
    }

    /// `--explain` says whether a pair stands in the same place: both open their list, or both
    /// follow findings that were paired with each other.
    #[test]
    fn same_place_is_the_place_between_paired_neighbours() {
        let texts = |ts: &[&str]| ts.iter().map(|t| finding(None, t)).collect::<Vec<_>>();
        let a = "Migrant workers may change employers freely after one year.";
        let b = "Visas can be applied for online through a single portal.";
        let c = "Border guards are trained to identify victims of trafficking.";
        let changed = |t: &str| format!("{t} Since 2020.");
        let old = profile(texts(&[a, b, c]));
        let new = profile(texts(&[&changed(a), &changed(c), &changed(b)]));
        let options = Options {
            explain: true,
            ..Options::default()
        };
        let report = diff_with(&old, &new, &options);
        let place = |text: &str| {
            let entry = report
                .domains
                .iter()
                .flat_map(|d| &d.entries)
                .find(|e| e.old.as_ref().is_some_and(|s| s.text == text))
                .expect("an entry");
            assert_eq!(entry.status, Status::Reworded, "{entry:?}");
            entry.evidence.as_ref().expect("explained").same_place
        };
        assert!(place(a), "both open the list");
        assert!(!place(b), "after a on one side, after c on the other");
        assert!(!place(c), "after b on one side, after a on the other");
        let new = profile(texts(&[&changed(a), &changed(b), &changed(c)]));
        let report = diff_with(&old, &new, &options);
        let in_order = report.domains.iter().flat_map(|d| &d.entries);
        assert!(
            in_order
                .filter_map(|e| e.evidence.as_ref())
                .all(|e| e.same_place),
            "in the same order, every pair follows its neighbour's partner"
        );

        // The finding before, in the same list only: another category's last finding is not
        // a neighbour.
        let mut old = profile(texts(&[a, b]));
        old.findings[1].category = Category::FurtherDevelopment;
        let mut new = profile(texts(&[&changed(b)]));
        new.findings[0].category = Category::FurtherDevelopment;
        let report = diff_with(&old, &new, &options);
        let entry = report
            .domains
            .iter()
            .flat_map(|d| &d.entries)
            .find(|e| e.new.is_some())
            .expect("b is paired");
        assert!(
            entry.evidence.as_ref().unwrap().same_place,
            "both open their list"
        );
    }

    /// A finding whose text the other profile also holds, but under an id tied to another
    /// finding, is still weighed and paired by similarity.
    #[test]
    fn a_text_held_under_a_tied_id_is_still_matched_by_similarity() {
        let old = profile(vec![
            finding(Some("a"), "Migrants can register online."),
            finding(
                None,
                "Migrants can register their residence online quickly.",
            ),
        ]);
        let new = profile(vec![
            finding(Some("a"), "Residence registration happens at the office."),
            finding(None, "Migrants can register online."),
        ]);
        let report = diff(&old, &new, DEFAULT_THRESHOLD);
        let entries: Vec<&Entry> = report.domains.iter().flat_map(|d| &d.entries).collect();
        let quickly = entries
            .iter()
            .find(|e| e.old.as_ref().is_some_and(|s| s.text.ends_with("quickly.")))
            .unwrap();
        assert_eq!(quickly.status, Status::Reworded, "{entries:?}");
        assert_eq!(
            quickly.new.as_ref().unwrap().text,
            "Migrants can register online."
        );
    }

    // `diff` must use the threshold it is given, not the default.
    #[test]
    fn the_threshold_given_decides() {
        let old = profile(vec![
            finding(None, "Migrant workers may change employers freely."),
            finding(None, "Visas can be applied for online through a portal."),
        ]);
        let new = profile(vec![
            finding(None, "Visas are issued online within five days."),
            finding(None, "Migrant workers may change employers freely."),
        ]);
        let paired = |t: f64| {
            diff(&old, &new, t)
                .entries()
                .filter(|e| e.similarity.is_some())
                .count()
        };
        // The visa findings are alike (about 0.3).
        assert_eq!(paired(DEFAULT_THRESHOLD), 2);
        assert_eq!(paired(0.9), 1);
    }

    // A new finding tied by id to an old one is not taken by an old finding of the same text.
    #[test]
    fn a_new_finding_with_a_partner_id_is_not_paired_by_text() {
        let old = profile(vec![
            finding(Some("kaz-x"), "Visas are issued online within five days."),
            finding(None, "Migrant workers may change employers freely."),
        ]);
        let new = profile(vec![finding(
            Some("kaz-x"),
            "Migrant workers may change employers freely.",
        )]);
        let report = diff(&old, &new, DEFAULT_THRESHOLD);
        let entries: Vec<&Entry> = report.entries().collect();
        assert_eq!(entries[0].status, Status::Reworded);
        assert_eq!(
            entries[0].old.as_ref().unwrap().id.as_deref(),
            Some("kaz-x")
        );
        assert_eq!(entries[1].status, Status::Dropped);
    }

    // Confident pairs are made before the rest are weighed together: a near-copy keeps its
    // partner even where giving it away would pair one finding more (A with the near-copy at
    // 0.91, rather than A with the other at 0.74 and B with the near-copy at 0.46).
    #[test]
    fn confident_pairs_come_first() {
        let a = "Visa applications are processed within ten working days at every border post.";
        let b = "Every consulate accepts visa applications.";
        let near_copy = "Visa applications are processed within ten working days at every border post and consulate.";
        let other = "Applications at border posts are processed within ten days.";
        let old = profile(vec![finding(None, a), finding(None, b)]);
        let new = profile(vec![finding(None, near_copy), finding(None, other)]);
        let report = diff(&old, &new, DEFAULT_THRESHOLD);
        let pair_of = |text: &str| {
            report
                .entries()
                .find(|e| e.old.as_ref().is_some_and(|o| o.text == text))
                .and_then(|e| e.new.as_ref().map(|n| n.text.clone()))
        };
        assert_eq!(pair_of(a).as_deref(), Some(near_copy));
        assert_eq!(pair_of(b), None);
    }

    // Regression guard: an identical text elsewhere must not take a finding from its id partner.
    #[test]
    fn the_same_id_wins_over_the_same_text() {
        let old = profile(vec![finding(
            Some("kaz-visa"),
            "Visas cannot be applied for online.",
        )]);
        let new = profile(vec![
            finding(None, "Visas cannot be applied for online."),
            finding(Some("kaz-visa"), "An e-visa portal is planned."),
        ]);
        let report = diff(&old, &new, DEFAULT_THRESHOLD);
        let entries: Vec<&Entry> = report.entries().collect();
        assert_eq!(entries[0].status, Status::Reworded);
        assert_eq!(
            entries[0].new.as_ref().unwrap().id.as_deref(),
            Some("kaz-visa")
        );
        assert_eq!(entries[1].status, Status::Added);
    }
}
