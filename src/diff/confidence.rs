//! How sure a pair is: `high`, or `review` with the reasons, from the figures the matcher
//! recorded when it made the pair.

use super::matcher::Pair;
use super::report::{Certainty, Confidence, Reason};
use super::tuning::{REVIEW_LEAD, REVIEW_MARGIN};

impl Certainty {
    pub(super) fn of(pair: &Pair) -> Certainty {
        let margin = pair.margin;
        let lead = pair.rival.map(|r| pair.similarity - r);
        let reasons: Vec<Reason> = [
            (
                margin.is_some_and(|m| m < REVIEW_MARGIN),
                Reason::SmallMargin,
            ),
            (
                margin.is_some() && lead.is_some_and(|l| l < REVIEW_LEAD),
                Reason::CloseRunnerUp,
            ),
            (pair.thin, Reason::FewSharedWords),
            (pair.replaced, Reason::SameIdTextReplaced),
            (pair.renamed, Reason::NameChanged),
        ]
        .into_iter()
        .filter_map(|(holds, reason)| holds.then_some(reason))
        .collect();
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

/// Three decimals, as every similarity is reported.
pub(super) fn rounded(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
