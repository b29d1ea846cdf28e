//! What a report's summary counts, entry by entry: the facts the plain-language summary is
//! worded from (`render::prose`, in the report's language), derived from the entries and
//! kept when a status filter is about to hide some, so that every language says the same
//! counts.

use std::borrow::Cow;

use super::report::{Confidence, Entry, Report, Status};
use crate::profile::{Category, Domain};

/// What the summary counts of one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryFact {
    /// The domain the entry is listed under.
    pub domain: Domain,
    /// Its status.
    pub status: Status,
    /// The category of its old and of its new finding, if it has them.
    pub old: Option<Category>,
    /// See `old`.
    pub new: Option<Category>,
    /// An unpaired finding with a near miss: it may be a rewording.
    pub near: bool,
    /// One text denies what the other does not.
    pub negation: bool,
    /// A pairing marked for review.
    pub review: bool,
}

impl SummaryFact {
    fn of(domain: Domain, e: &Entry) -> SummaryFact {
        SummaryFact {
            domain,
            status: e.status,
            old: e.old.as_ref().map(|s| s.category),
            new: e.new.as_ref().map(|s| s.category),
            near: e.near.is_some(),
            negation: e.negation,
            review: (e.confidence.as_ref()).is_some_and(|c| c.level == Confidence::Review),
        }
    }
}

impl Report {
    /// What the summary counts of each entry shown, in order.
    pub fn facts(&self) -> Vec<SummaryFact> {
        // A report's domains are keyed by the domains' own keys: none is left out.
        (self.domains.iter())
            .filter_map(|d| Some((Domain::from_key(d.key)?, d)))
            .flat_map(|(domain, d)| d.entries.iter().map(move |e| SummaryFact::of(domain, e)))
            .collect()
    }

    /// What the summary counts: the facts kept before a status filter hid entries, else
    /// those of the entries shown.
    pub fn counted(&self) -> Cow<'_, [SummaryFact]> {
        match &self.summary_facts {
            Some(facts) => Cow::Borrowed(facts),
            None => Cow::Owned(self.facts()),
        }
    }
}
