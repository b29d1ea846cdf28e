//! Words of one root that the stemmer keeps apart: a verb and its noun ("продлить" /
//! "продления", "evalúan" / "evaluación"), which Snowball cuts to stems that differ. Evidence
//! that two leftovers may be one finding, too weak to pair them by.

use rustc_hash::FxHashMap as HashMap;

use super::super::languages::root;
use super::super::similarity::{Mark, Term, Weighted};
use super::Matcher;
use crate::diff::tuning::{POSTINGS_PER_TERM, TELLING_WEIGHT};

impl Matcher<'_> {
    /// The roots of a text's words (not its numbers, nor words most findings hold: see
    /// [`TELLING_WEIGHT`]), each with the heaviest term written with it and its weight.
    fn roots_of(&self, terms: &Weighted) -> HashMap<String, (f64, u32)> {
        let mut roots: HashMap<String, (f64, u32)> = HashMap::default();
        let telling = |t: &&Term| t.mark != Mark::Number && t.weight >= TELLING_WEIGHT;
        for term in terms.terms.iter().filter(telling) {
            if let Some(r) = root(self.vocabulary.word(term.id)) {
                let at = roots.entry(r).or_insert((0.0, term.id));
                if term.weight > at.0 {
                    *at = (term.weight, term.id);
                }
            }
        }
        roots
    }

    /// For the old findings `olds` and new findings `news` (positions in each profile), the
    /// weighted Dice coefficient of their roots, for every pair that shares one through two
    /// different terms (one term shared is the terms' evidence, judged before): what a near
    /// miss shares when no term tells. Each side's weight is that of its terms.
    pub(super) fn shared_roots(&self, olds: &[usize], news: &[usize]) -> Vec<(usize, usize, f64)> {
        let old_roots: Vec<_> = olds
            .iter()
            .map(|&o| self.roots_of(&self.old_terms[o]))
            .collect();
        let mut held: HashMap<&str, Vec<usize>> = HashMap::default();
        for (a, roots) in old_roots.iter().enumerate() {
            for r in roots.keys() {
                held.entry(r).or_default().push(a);
            }
        }
        // A root that hundreds of findings hold tells none of them apart, and would make
        // this quadratic in the findings left.
        held.retain(|_, holders| holders.len() <= POSTINGS_PER_TERM);
        let mut edges = Vec::new();
        for (b, &n) in news.iter().enumerate() {
            let roots = self.roots_of(&self.new_terms[n]);
            let mut shared: HashMap<usize, f64> = HashMap::default();
            for (r, &(weight, term)) in &roots {
                for &a in held.get(r.as_str()).into_iter().flatten() {
                    let (other, other_term) = old_roots[a][r];
                    if other_term != term {
                        *shared.entry(a).or_insert(0.0) += weight.min(other);
                    }
                }
            }
            for (a, weight) in shared {
                let o = olds[a];
                if self.parted(o, n) {
                    continue;
                }
                let both = self.old_terms[o].total + self.new_terms[n].total;
                edges.push((a, b, (2.0 * weight / both).min(1.0)));
            }
        }
        edges
    }
}
