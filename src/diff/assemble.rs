//! The report's entries from the matcher's pairs and near misses: one entry per pair and per
//! finding left unpaired, each with its status, confidence and (with `--explain`) evidence,
//! listed under its domain in the fixed domain order; and the warnings a reader must see
//! before trusting them.

use rustc_hash::FxHashMap as HashMap;

use super::confidence::rounded;
use super::languages;
use super::matcher::{Explainer, Matching, Near, Pair};
use super::report::{
    CategoryCounts, Certainty, DomainReport, Entry, NearMiss, PairEvidence, Parted, RunnerUp,
    SharedTerm, Status, Summary,
};
use crate::profile::{Category, Domain, Finding, Profile};

/// The entries of every domain, in the fixed domain order: in old-profile order (under the new
/// domain for a move), then the added ones.
pub(super) fn domains(
    old: &Profile,
    new: &Profile,
    matching: &Matching,
    explainer: &Explainer<'_>,
    explain: bool,
) -> Vec<DomainReport> {
    let found = Found::of(old, new, matching, explainer, explain);
    let mut per_domain: HashMap<Domain, Vec<Entry>> = HashMap::default();
    for (o, finding) in old.findings.iter().enumerate() {
        let entry = match found.matched_old[o] {
            Some(pair) => found.paired(o, &pair),
            None => found.left_in_old(o),
        };
        let domain = entry.new.as_ref().map_or(finding.domain, |s| s.domain);
        per_domain.entry(domain).or_default().push(entry);
    }
    for (n, finding) in new.findings.iter().enumerate() {
        if !found.matched_new[n] {
            per_domain
                .entry(finding.domain)
                .or_default()
                .push(found.left_in_new(n));
        }
    }
    Domain::ALL
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
        .collect()
}

/// What the matcher found, by position in each profile.
struct Found<'a> {
    old: &'a Profile,
    new: &'a Profile,
    explainer: &'a Explainer<'a>,
    explain: bool,
    matched_old: Vec<Option<Pair>>,
    matched_new: Vec<bool>,
    near_old: HashMap<usize, &'a Near>,
    near_new: HashMap<usize, &'a Near>,
}

impl<'a> Found<'a> {
    fn of(
        old: &'a Profile,
        new: &'a Profile,
        matching: &'a Matching,
        explainer: &'a Explainer<'a>,
        explain: bool,
    ) -> Found<'a> {
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
        Found {
            old,
            new,
            explainer,
            explain,
            matched_old,
            matched_new,
            near_old,
            near_new,
        }
    }

    /// The entry of old finding `o`, paired.
    fn paired(&self, o: usize, pair: &Pair) -> Entry {
        let (finding, partner) = (&self.old.findings[o], &self.new.findings[pair.new]);
        Entry {
            status: status_of(finding, partner, pair.same_text),
            old: Some(finding.into()),
            new: Some(partner.into()),
            similarity: Some(rounded(pair.similarity)),
            negation: pair.negation,
            confidence: Some(Certainty::of(pair, self.explainer.tuning())),
            near: None,
            evidence: self.explain.then(|| self.evidence(pair)),
            parted: self
                .parted(Some(o), None, Some(pair.similarity))
                .or_else(|| self.parted(None, Some(pair.new), Some(pair.similarity))),
        }
    }

    /// The entry of old finding `o`, left unpaired: a gap closed or a strength lost.
    fn left_in_old(&self, o: usize) -> Entry {
        let finding = &self.old.findings[o];
        Entry {
            status: match finding.category {
                Category::WellDeveloped => Status::Dropped,
                Category::FurtherDevelopment => Status::Resolved,
            },
            old: Some(finding.into()),
            new: None,
            similarity: None,
            negation: false,
            confidence: None,
            near: self.near_old.get(&o).map(|n| NearMiss {
                finding: (&self.new.findings[n.new]).into(),
                similarity: rounded(n.similarity),
                differs: n.differ.kinds(),
            }),
            evidence: None,
            parted: self.parted(Some(o), None, None),
        }
    }

    /// The entry of new finding `n`, left unpaired: added.
    fn left_in_new(&self, n: usize) -> Entry {
        Entry {
            status: Status::Added,
            old: None,
            new: Some((&self.new.findings[n]).into()),
            similarity: None,
            negation: false,
            confidence: None,
            near: self.near_new.get(&n).map(|near| NearMiss {
                finding: (&self.old.findings[near.old]).into(),
                similarity: rounded(near.similarity),
                differs: near.differ.kinds(),
            }),
            evidence: None,
            parted: self.parted(None, Some(n), None),
        }
    }

    /// With `--explain`: why a pair was made.
    fn evidence(&self, pair: &Pair) -> PairEvidence {
        let e = self.explainer.explain(pair);
        PairEvidence {
            basis: e.basis,
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
                finding: (&self.new.findings[n]).into(),
                similarity: rounded(similarity),
            }),
            same_place: self.same_place(pair),
            differs: e.differ.kinds(),
            bounded: e.bounded,
        }
    }

    /// The finding before `i` in the same list of `profile`, if any.
    fn previous(profile: &Profile, i: usize) -> Option<usize> {
        let f = &profile.findings[i];
        (i > 0).then(|| i - 1).filter(|&p| {
            let q = &profile.findings[p];
            q.domain == f.domain && q.category == f.category
        })
    }

    /// Whether both findings of a pair open their lists, or follow findings paired together.
    fn same_place(&self, pair: &Pair) -> bool {
        let before = (
            Self::previous(self.old, pair.old),
            Self::previous(self.new, pair.new),
        );
        match before {
            (None, None) => true,
            (Some(po), Some(pn)) => self.matched_old[po].is_some_and(|p| p.new == pn),
            _ => false,
        }
    }

    /// With `--explain`: the finding an editor's ids keep apart from an entry's.
    fn parted(&self, o: Option<usize>, n: Option<usize>, partner: Option<f64>) -> Option<Parted> {
        let found = self.explain.then(|| self.explainer.parted(o, n, partner));
        found.flatten().map(|(in_new, i, similarity)| Parted {
            finding: if in_new {
                (&self.new.findings[i]).into()
            } else {
                (&self.old.findings[i]).into()
            },
            similarity: rounded(similarity),
        })
    }
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

/// What the reader must know before trusting the pairings: profiles in two languages, and a
/// profile that reads as another language than it declares; a profile compared with itself
/// is told once.
pub(super) fn warnings(old: &Profile, new: &Profile) -> Vec<String> {
    let mut warnings: Vec<String> =
        (language_warning(old, new).into_iter())
            .chain([old, new].into_iter().filter_map(|p| {
                language_misread(p).map(|w| format!("{} {}: {w}", p.place(), p.year))
            }))
            .collect();
    warnings.dedup();
    warnings
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
