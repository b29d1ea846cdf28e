//! Comparing two profiles: one-to-one matching of their findings, and the Report that every
//! output format renders.

mod acronyms;
mod assign;
mod groups;
mod languages;
mod lexicon;
mod matcher;
mod pairwise;
mod report;
mod similarity;

use rustc_hash::FxHashMap as HashMap;

use crate::profile::{Category, Domain, Finding, Profile};

pub use matcher::Tuning;
use matcher::{Basis, Matcher, Near, Pair};
pub use pairwise::Collection;
use report::to_review;
pub use report::{
    CategoryCounts, Certainty, Confidence, DomainReport, Entry, FieldChange, Filter, NearMiss,
    PairEvidence, Parted, ProfileInfo, Report, RunnerUp, SharedTerm, Side, Status, Summary,
};

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
        if pair.replaced {
            reasons.push("same-id-text-replaced");
        }
        if pair.renamed {
            reasons.push("name-changed");
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
        if near.for_old {
            near_old.insert(near.old, near);
        }
        if near.for_new {
            near_new.insert(near.new, near);
        }
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

    // With `--explain`: the finding an editor's ids keep apart from an entry's.
    let parted = |o: Option<usize>, n: Option<usize>, partner: Option<f64>| {
        let found = options.explain.then(|| explainer.parted(o, n, partner));
        found.flatten().map(|(in_new, i, similarity)| Parted {
            finding: if in_new {
                (&new.findings[i]).into()
            } else {
                (&old.findings[i]).into()
            },
            similarity: rounded(similarity),
        })
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
                    parted: parted(Some(o), None, Some(pair.similarity))
                        .or_else(|| parted(None, Some(pair.new), Some(pair.similarity))),
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
                parted: parted(Some(o), None, None),
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
                parted: parted(None, Some(n), None),
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
    let mut warnings: Vec<String> =
        (language_warning(old, new).into_iter())
            .chain([old, new].into_iter().filter_map(|p| {
                language_misread(p).map(|w| format!("{} {}: {w}", p.place(), p.year))
            }))
            .collect();
    // A profile compared with itself is told once.
    warnings.dedup();
    let mut report = Report {
        format_version: 1,
        old: ProfileInfo::of(old),
        new: ProfileInfo::of(new),
        summary,
        fields: Vec::new(),
        review: 0,
        summary_text: String::new(),
        summary_facts: None,
        warnings,
        domains,
    };
    report.review = to_review(report.entries());
    report.summary_text = report.prose();
    report
}

/// The warning for a profile whose findings read as another supported language than the one
/// it declares (English when it has no `language` key): it would be compared with the wrong
/// stemming, stop words and negation cues, and nobody told. `check`, `diff` and `list` give it.
pub fn language_misread(profile: &Profile) -> Option<String> {
    let texts = profile.findings.iter().map(|f| f.text.as_str());
    let (language, own, found) = languages::written_in(texts, profile.language)?;
    Some(format!(
        "its findings read as {} ({own} of the {found} function words found are {}), but the profile is read as {}: add `language = \"{}\"` to its `[profile]` table",
        language.name(),
        language.name(),
        profile.language.name(),
        language.key()
    ))
}

/// The warning for two profiles in different languages: their texts are not compared.
fn language_warning(old: &Profile, new: &Profile) -> Option<String> {
    (old.language != new.language).then(|| {
        format!(
            "{} {} is in {} and {} {} in {}: findings are paired by id only, and every finding without a shared id is listed as removed or added",
            old.place(),
            old.year,
            old.language.name(),
            new.place(),
            new.year,
            new.language.name()
        )
    })
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
