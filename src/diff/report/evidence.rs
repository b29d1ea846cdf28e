//! How sure a pairing is and why, and what a pair was made on: the reasons, kinds of
//! disagreement and bases a report names, as types that JSON writes as their keys.

use serde::Serialize;

use super::Side;

/// Why a pairing is to review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// It passed its threshold by less than [`REVIEW_MARGIN`](crate::diff::REVIEW_MARGIN).
    SmallMargin,
    /// Another candidate of either finding came within
    /// [`REVIEW_LEAD`](crate::diff::REVIEW_LEAD) of it.
    CloseRunnerUp,
    /// Three shared terms or fewer, with a category flip or after a common opening.
    FewSharedWords,
    /// Tied by id, but the texts share almost no words.
    SameIdTextReplaced,
    /// A name of one text is not in the other, and it is no known country or organisation.
    NameChanged,
    /// Tied by an id that the change compared (`changes`) itself added to the earlier round.
    IdAddedByThisChange,
}

impl Reason {
    /// The reason as JSON writes it: `small-margin`.
    pub fn key(self) -> &'static str {
        match self {
            Reason::SmallMargin => "small-margin",
            Reason::CloseRunnerUp => "close-runner-up",
            Reason::FewSharedWords => "few-shared-words",
            Reason::SameIdTextReplaced => "same-id-text-replaced",
            Reason::NameChanged => "name-changed",
            Reason::IdAddedByThisChange => "id-added-by-this-change",
        }
    }
}

/// What two texts disagree on, where a rule of the matcher lowered their similarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Differ {
    /// Partners, laws, years.
    Names,
    /// Whom, or which service, a finding is about.
    Subjects,
    /// What they say after opening with the same words.
    Endings,
}

impl Differ {
    /// The kind as JSON writes it: `names`.
    pub fn key(self) -> &'static str {
        match self {
            Differ::Names => "names",
            Differ::Subjects => "subjects",
            Differ::Endings => "endings",
        }
    }
}

/// How a pair was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The same normalised text.
    SameText,
    /// The same `id`.
    SameId,
    /// Similar enough, in one domain.
    Similarity,
    /// Similar enough, across domains.
    Moved,
}

impl Basis {
    /// The basis as JSON writes it: `same-text`.
    pub fn key(self) -> &'static str {
        match self {
            Basis::SameText => "same-text",
            Basis::SameId => "same-id",
            Basis::Similarity => "similarity",
            Basis::Moved => "moved",
        }
    }
}

/// How sure a pairing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The same text, the same id, or a pair clear of the threshold and of every rival.
    High,
    /// A pair a reader should check: it passed the threshold by a small margin, another
    /// candidate was nearly as good, it rests on a category flip with few shared words, or
    /// an id ties two texts that share almost nothing.
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
    /// or fewer, with a category flip or after a common opening), `same-id-text-replaced`
    /// (tied by id, but the texts share almost no words), `name-changed` (a name of one text
    /// is not in the other, and it is no known country or organisation: a body, law or
    /// programme renamed in a kept frame). Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub reasons: Vec<Reason>,
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
    #[schemars(with = "Vec<String>")]
    pub differs: Vec<Differ>,
}

/// Why two findings were paired.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PairEvidence {
    /// `same-text`, `same-id`, `similarity` or `moved`.
    #[schemars(with = "String")]
    pub basis: Basis,
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
    #[schemars(with = "Vec<String>")]
    pub differs: Vec<Differ>,
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
