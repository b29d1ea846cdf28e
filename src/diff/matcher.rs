//! One-to-one matching of the findings of two profiles: identical texts, then ids, then a
//! global assignment by similarity inside each domain, then (more strictly) across domains.

use rustc_hash::FxHashMap as HashMap;

use super::assign;
use super::similarity::{Vocabulary, Weighted};
use crate::profile::{Domain, Finding, Profile};

/// A finding that moved to another domain must be this much more similar than the threshold:
/// across domains, shared vocabulary is weaker evidence.
const MOVE_MARGIN: f64 = 0.15;

/// Among equally good partners, prefer one in the same category (a rewording over a status
/// change). Small enough never to outweigh a real difference in similarity.
const SAME_CATEGORY_BONUS: f64 = 0.02;

/// Terms in at most this many findings are used to find candidate pairs (see `candidates`).
const RARE_LIMIT: u32 = 64;

/// An old finding matched to a new one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Positions in the two profiles' `findings`.
    pub old: usize,
    pub new: usize,
    pub similarity: f64,
    /// The two texts are the same once normalised.
    pub same_text: bool,
}

/// Pairs the findings of two profiles, one to one.
pub struct Matcher<'a> {
    old: &'a Profile,
    new: &'a Profile,
    threshold: f64,
    old_terms: Vec<Weighted>,
    new_terms: Vec<Weighted>,
    vocabulary: Vocabulary,
    old_free: Vec<bool>,
    new_free: Vec<bool>,
    pairs: Vec<Pair>,
}

impl<'a> Matcher<'a> {
    pub fn new(old: &'a Profile, new: &'a Profile, threshold: f64) -> Matcher<'a> {
        Matcher {
            old,
            new,
            threshold,
            old_terms: vec![Weighted::default(); old.findings.len()],
            new_terms: vec![Weighted::default(); new.findings.len()],
            vocabulary: Vocabulary::default(),
            old_free: vec![true; old.findings.len()],
            new_free: vec![true; new.findings.len()],
            pairs: Vec::new(),
        }
    }

    /// Every matched pair, by old index.
    pub fn pairs(mut self) -> Vec<Pair> {
        self.same_texts();
        self.weigh_free_findings();
        self.same_ids();
        for domain in Domain::ALL {
            self.by_similarity(Some(domain), self.threshold);
        }
        self.by_similarity(None, (self.threshold + MOVE_MARGIN).min(1.0));
        self.pairs.sort_by_key(|p| p.old);
        self.pairs
    }

    /// Term weights for the findings still to be matched once identical texts are paired.
    /// Rarity is measured among them: a word is discriminating if it tells the remaining
    /// findings apart, whatever the unchanged ones say. It also spares the cost of stemming
    /// and weighing the (usually many) unchanged findings.
    fn weigh_free_findings(&mut self) {
        let old_raw: Vec<_> = (0..self.old.findings.len())
            .map(|i| self.old_free[i].then(|| self.vocabulary.add(&self.old.findings[i].text)))
            .collect();
        let new_raw: Vec<_> = (0..self.new.findings.len())
            .map(|i| self.new_free[i].then(|| self.vocabulary.add(&self.new.findings[i].text)))
            .collect();
        let idf = self.vocabulary.idf();
        for (slot, raw) in self.old_terms.iter_mut().zip(&old_raw) {
            if let Some(raw) = raw {
                *slot = Weighted::new(raw, &idf);
            }
        }
        for (slot, raw) in self.new_terms.iter_mut().zip(&new_raw) {
            if let Some(raw) = raw {
                *slot = Weighted::new(raw, &idf);
            }
        }
    }

    fn take(&mut self, o: usize, n: usize) {
        let same_text = self.old.findings[o].normal == self.new.findings[n].normal;
        let similarity = if same_text {
            1.0
        } else {
            self.old_terms[o].similarity(&self.new_terms[n])
        };
        self.old_free[o] = false;
        self.new_free[n] = false;
        self.pairs.push(Pair {
            old: o,
            new: n,
            similarity,
            same_text,
        });
    }

    /// Findings with the same explicit `id` always match, wherever they are.
    fn same_ids(&mut self) {
        let by_id: HashMap<&str, usize> = self
            .new
            .findings
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.id.as_deref().map(|id| (id, i)))
            .collect();
        for (o, f) in self.old.findings.iter().enumerate() {
            if let Some(&n) = f.id.as_deref().and_then(|id| by_id.get(id)) {
                if self.new_free[n] {
                    self.take(o, n);
                }
            }
        }
    }

    /// The same normalised text is the same finding, wherever it is (texts are unique within a
    /// valid profile).
    fn same_texts(&mut self) {
        // A finding whose `id` the other profile also has is left to `same_ids`.
        let (old_ids, new_ids) = (ids_of(self.old), ids_of(self.new));
        let has_partner_id = |f: &Finding, other: &rustc_hash::FxHashSet<&str>| {
            f.id.as_deref().is_some_and(|id| other.contains(id))
        };
        let by_text: HashMap<&str, usize> = (0..self.new.findings.len())
            .filter(|&i| self.new_free[i] && !has_partner_id(&self.new.findings[i], &old_ids))
            .map(|i| (self.new.findings[i].normal.as_str(), i))
            .collect();
        let same: Vec<(usize, usize)> = (0..self.old.findings.len())
            .filter(|&o| self.old_free[o] && !has_partner_id(&self.old.findings[o], &new_ids))
            .filter_map(|o| {
                by_text
                    .get(self.old.findings[o].normal.as_str())
                    .map(|&n| (o, n))
            })
            .collect();
        for (o, n) in same {
            // A valid profile holds each text once; an invalid one must not pair twice.
            if self.new_free[n] {
                self.take(o, n);
            }
        }
    }

    /// Global one-to-one assignment among the free findings of one domain (or, with `None`,
    /// across domains) whose similarity reaches `threshold`.
    fn by_similarity(&mut self, domain: Option<Domain>, threshold: f64) {
        let in_scope = |f: &Finding| domain.is_none_or(|d| f.domain == d);
        let olds: Vec<usize> = (0..self.old.findings.len())
            .filter(|&i| self.old_free[i] && in_scope(&self.old.findings[i]))
            .collect();
        let news: Vec<usize> = (0..self.new.findings.len())
            .filter(|&i| self.new_free[i] && in_scope(&self.new.findings[i]))
            .collect();
        if olds.is_empty() || news.is_empty() {
            return;
        }
        let edges = self.candidates(&olds, &news, threshold);
        for (a, b) in assign::assign(olds.len(), news.len(), &edges) {
            self.take(olds[a], news[b]);
        }
    }

    /// Pairs (positions in `olds`, `news`) at or above `threshold`, with their assignment weight.
    ///
    /// Comparing every old finding with every new one would be quadratic. Instead an inverted
    /// index over the old findings' terms proposes, for each new finding, only the old ones
    /// that share a term held by at most `RARE_LIMIT` findings. Terms more common than that
    /// weigh next to nothing (their idf is small), so two findings that share only such terms
    /// are far below any useful threshold.
    fn candidates(&self, olds: &[usize], news: &[usize], threshold: f64) -> Vec<assign::Edge> {
        let mut index: HashMap<u32, Vec<usize>> = HashMap::default();
        for (a, &o) in olds.iter().enumerate() {
            for &(term, _, _) in &self.old_terms[o].terms {
                if self.vocabulary.frequency(term) <= RARE_LIMIT {
                    index.entry(term).or_default().push(a);
                }
            }
        }
        let mut edges = Vec::new();
        let mut seen = vec![usize::MAX; olds.len()];
        for (b, &n) in news.iter().enumerate() {
            for &(term, _, _) in &self.new_terms[n].terms {
                let Some(postings) = index.get(&term) else {
                    continue;
                };
                for &a in postings {
                    if seen[a] == b {
                        continue;
                    }
                    seen[a] = b;
                    let o = olds[a];
                    let sim = self.old_terms[o].similarity(&self.new_terms[n]);
                    if sim >= threshold {
                        edges.push((a, b, self.weight(o, n, sim)));
                    }
                }
            }
        }
        edges
    }

    /// The weight the assignment maximises: the similarity, a small bonus for staying in the
    /// same category, and a tie-breaker that depends only on the two texts, so that
    /// `diff(b, a)` chooses the same pairs as `diff(a, b)` even among equal candidates.
    fn weight(&self, o: usize, n: usize, sim: f64) -> f64 {
        let (a, b) = (&self.old.findings[o], &self.new.findings[n]);
        let bonus = if a.category == b.category {
            SAME_CATEGORY_BONUS
        } else {
            0.0
        };
        sim + bonus + 1e-9 * symmetric_hash(&a.text, &b.text)
    }
}

/// The explicit ids a profile uses.
fn ids_of(p: &Profile) -> rustc_hash::FxHashSet<&str> {
    p.findings.iter().filter_map(|f| f.id.as_deref()).collect()
}

/// A number in [0, 1) that is the same for (a, b) and (b, a).
fn symmetric_hash(a: &str, b: &str) -> f64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let mut h = DefaultHasher::new();
    first.hash(&mut h);
    second.hash(&mut h);
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}
