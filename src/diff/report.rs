//! The report of a comparison: the value every output format renders, and the JSON
//! contract (`format_version` 1: fields may be added, never renamed or removed). How it is
//! assembled from the matcher's pairs is the parent module's business.

use std::fmt;

use serde::Serialize;

use crate::profile::{Category, Domain, Finding, Level, Profile, Provenance};

mod evidence;
mod fields;

pub use evidence::{
    Basis, Certainty, Confidence, Differ, NearMiss, PairEvidence, Reason, RunnerUp, SharedTerm,
};
pub use fields::FieldChange;

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
    /// With `--explain`: a finding on the other side that the words would have paired with
    /// this one (better than its partner, if it has one), kept apart because an editor gave
    /// the two different ids.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parted: Option<Parted>,
}

/// A finding kept apart from an entry's by ids (see [`Entry::parted`]).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Parted {
    /// The other finding, with its id.
    pub finding: Side,
    /// How alike the two texts are.
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
    pub(crate) fn of(profile: &Profile, domain: Domain) -> CategoryCounts {
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
    /// The same as `origin`, written `source` in JSON: the name the first JSON reports gave
    /// it, kept so that programs written against `format_version` 1 go on working. (Not a
    /// profile's `source`, the address it was published at.)
    #[serde(rename = "source")]
    pub origin_v1: String,
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
    /// The language its findings are written in.
    pub language: crate::profile::Language,
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
            origin_v1: p.origin.clone(),
            reference: crate::profile::ProfileName::of(p).reference(),
            country: p.country.clone(),
            iso3: p.iso3.clone(),
            level: p.level,
            city: p.city.clone(),
            year: p.year,
            provenance: p.provenance,
            language: p.language,
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
    // The words are rendering's: JSON writes them here in the report's language; a report as
    // the matcher returns it leaves this empty, and `render::summary` words it in any
    // language. (The doc comment below is the JSON Schema's description.)
    /// A few plain sentences saying what changed, for a reader to reuse: made from the
    /// counts and the domains' names only.
    pub summary_text: String,
    /// What the summary counts, taken when a status filter is about to hide entries, so that
    /// a report in another language words the same counts (see [`Report::counted`]). Not in
    /// JSON.
    #[serde(skip)]
    #[schemars(skip)]
    pub summary_facts: Option<Vec<super::SummaryFact>>,
    /// What the reader must know before trusting the pairings, one sentence each: two
    /// profiles in different languages, whose findings are paired by id only. Left out when
    /// empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
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
        self.summary_facts = Some(self.facts());
        self.settle();
        for d in &mut self.domains {
            d.entries.retain(|e| filter.keeps(e.status));
        }
        self
    }

    /// The report of `old` and `new` made of the entries of `domains`.
    pub(super) fn of(
        old: &Profile,
        new: &Profile,
        domains: Vec<DomainReport>,
        warnings: Vec<String>,
    ) -> Report {
        let mut report = Report {
            format_version: 1,
            old: ProfileInfo::of(old),
            new: ProfileInfo::of(new),
            summary: Summary::default(),
            fields: Vec::new(),
            review: 0,
            summary_text: String::new(),
            summary_facts: None,
            warnings,
            domains,
        };
        report.settle();
        report
    }

    /// Derives what the report says of all its entries from its domains and what its summary
    /// counts (see [`Report::counted`]): the counts and the pairings to review.
    pub(super) fn settle(&mut self) {
        self.summary = Summary::default();
        for d in &self.domains {
            self.summary.add(&d.summary);
        }
        self.review = self.counted().iter().filter(|f| f.review).count();
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
