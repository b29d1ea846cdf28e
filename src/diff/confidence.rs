//! How sure a pair is: `high`, or `review` with the reasons, from the figures the matcher
//! recorded when it made the pair and the review limits of its settings.

use super::matcher::Pair;
use super::report::{Certainty, Confidence, Reason};
use super::tuning::Tuning;

impl Certainty {
    /// The limits are held to the margin and lead as the report gives them (three decimals),
    /// so that a reader sees why a pair is or is not marked, and the corpus's cross-validation
    /// can sweep the limits over the figures of one report (`tests/corpus.rs`).
    pub(super) fn of(pair: &Pair, tuning: &Tuning) -> Certainty {
        let margin = pair.margin.map(rounded);
        let lead = (pair.rival.map(|r| rounded(pair.similarity - r))).filter(|_| margin.is_some());
        let reasons: Vec<Reason> = [
            (
                margin.is_some_and(|m| m < tuning.review_margin),
                Reason::SmallMargin,
            ),
            (
                lead.is_some_and(|l| l < tuning.review_lead),
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
            margin,
            lead,
            reasons,
        }
    }
}

/// Three decimals, as every similarity is reported.
pub(super) fn rounded(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
