//! Comparing two profiles: one-to-one matching of their findings, and the Report that every
//! output format renders.
//!
//! The stages, each in its file: the numbers they decide by (`tuning`); the words of each
//! finding and how alike two are (`similarity`); the candidate pairs (`matcher/candidates`);
//! the pairs, step by step (`matcher`), each step's one-to-one choice (`assign`); how sure
//! each pair is (`confidence`); the entries, per domain (`assemble`); and what the summary
//! counts (`summary`), which rendering words.

mod acronyms;
mod assemble;
mod assign;
mod confidence;
mod groups;
mod languages;
mod lexicon;
mod matcher;
mod names;
mod pairwise;
mod report;
mod similarity;
mod summary;
mod tuning;

use crate::profile::Profile;

pub(crate) use acronyms::known_names;
pub use assemble::language_misread;
use matcher::Matcher;
pub use pairwise::Collection;
pub use report::{
    Basis, CategoryCounts, Certainty, Confidence, Differ, DomainReport, Entry, FieldChange, Filter,
    NearMiss, PairEvidence, Parted, ProfileInfo, Reason, Report, RunnerUp, SharedTerm, Side,
    Status, Summary,
};
pub use summary::SummaryFact;
pub use tuning::{
    DEFAULT_NAME_PENALTY, DEFAULT_OPENING_SHARE, DEFAULT_SUBJECT_PENALTY, DEFAULT_THRESHOLD,
    REVIEW_LEAD, REVIEW_MARGIN, Tuning,
};

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

/// Compares `old` with `new` as `options` say: the matcher pairs the findings, the pairs and
/// the findings left become entries per domain, and the report sums them up.
pub fn diff_with(old: &Profile, new: &Profile, options: &Options) -> Report {
    let (matching, explainer) = Matcher::new(old, new, options.tuning)
        .with_terms(options.terms.as_deref())
        .run();
    let domains = assemble::domains(old, new, &matching, &explainer, options.explain);
    Report::of(old, new, domains, assemble::warnings(old, new))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Category, Domain, Finding};

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
