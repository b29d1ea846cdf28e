//! The similarity join that proposes candidates: for each new finding, the old findings
//! that share enough of its heaviest terms to possibly reach the threshold (prefix
//! filtering), within a bound on how many are looked at.

use super::*;
use crate::diff::tuning::{COMPARED_PER_FINDING, POSTINGS_PER_TERM};

impl Matcher<'_> {
    /// Pairs (positions in `olds`, `news`) whose similarity reaches `threshold`, with it.
    ///
    /// Comparing every old finding with every new one would be quadratic. Prefix filtering,
    /// as in similarity joins, proposes far fewer: two texts whose weighted overlap reaches
    /// `t` must share one of the heaviest terms of the new text — enough of them that the
    /// rest weigh less than `t·w/(2−t)` (w: the new text's weight). An inverted index over
    /// the old findings' terms proposes, for each new finding, the old ones that hold one of
    /// those terms, with the weight shared through them; only those that, with all the rest
    /// of the new text's weight, could still reach `t` are compared in full. There is no
    /// global rarity cut-off: a common word still proposes candidates when a text has nothing
    /// rarer. What is looked at is bounded ([`POSTINGS_PER_TERM`], [`COMPARED_PER_FINDING`]);
    /// the positions in `news` whose candidates the bound cut come second.
    pub(super) fn candidates(
        &self,
        olds: &[usize],
        news: &[usize],
        threshold: f64,
        score: Score,
    ) -> (Vec<(usize, usize, f64)>, Vec<usize>) {
        // The postings of term t, (position in `olds`, weight there), are
        // `postings[start[t]..start[t + 1]]`: one allocation, however many terms.
        let mut start = vec![0usize; self.vocabulary.len() + 1];
        for &o in olds {
            for &Term { id: term, .. } in &self.old_terms[o].terms {
                start[term as usize + 1] += 1;
            }
        }
        for t in 1..start.len() {
            start[t] += start[t - 1];
        }
        let mut postings = vec![(0usize, 0.0f64); start[start.len() - 1]];
        let mut next = start.clone();
        for (a, &o) in olds.iter().enumerate() {
            for &Term {
                id: term, weight, ..
            } in &self.old_terms[o].terms
            {
                postings[next[term as usize]] = (a, weight);
                next[term as usize] += 1;
            }
        }
        let mut edges = Vec::new();
        let mut bounded = Vec::new();
        let mut shared = vec![0.0f64; olds.len()];
        let mut touched: Vec<usize> = Vec::new();
        let mut promising: Vec<(usize, f64)> = Vec::new();
        let mut heaviest: Vec<(u32, f64)> = Vec::new();
        for (b, &n) in news.iter().enumerate() {
            let terms = &self.new_terms[n];
            heaviest.clear();
            heaviest.extend(terms.terms.iter().map(|t| (t.id, t.weight)));
            heaviest.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            let (length, rest) = prefix(&heaviest, terms.total, threshold);
            // Where the new finding would stand among the old ones, for a window.
            let place = b * olds.len() / news.len().max(1);
            let mut cut = false;
            for &(term, weight) in &heaviest[..length] {
                let t = term as usize;
                let list = &postings[start[t]..start[t + 1]];
                let list = if list.len() > POSTINGS_PER_TERM {
                    cut = true;
                    let at = list.partition_point(|&(a, _)| a < place);
                    let from = at
                        .saturating_sub(POSTINGS_PER_TERM / 2)
                        .min(list.len() - POSTINGS_PER_TERM);
                    &list[from..from + POSTINGS_PER_TERM]
                } else {
                    list
                };
                for &(a, w) in list {
                    if shared[a] == 0.0 {
                        touched.push(a);
                    }
                    shared[a] += w.min(weight);
                }
            }
            promising.clear();
            for &a in &touched {
                let overlap = shared[a];
                shared[a] = 0.0;
                if may_reach(
                    overlap,
                    rest,
                    self.old_terms[olds[a]].total + terms.total,
                    threshold,
                ) {
                    promising.push((a, overlap));
                }
            }
            touched.clear();
            if promising.len() > COMPARED_PER_FINDING {
                cut = true;
                // The most promising first; among equals, the old findings nearest in place.
                let key =
                    |&(a, overlap): &(usize, f64)| (overlap, std::cmp::Reverse(a.abs_diff(place)));
                promising.select_nth_unstable_by(COMPARED_PER_FINDING, |x, y| {
                    let (kx, ky) = (key(x), key(y));
                    (ky.0.total_cmp(&kx.0))
                        .then(ky.1.cmp(&kx.1))
                        .then(x.0.cmp(&y.0))
                });
                promising.truncate(COMPARED_PER_FINDING);
            }
            if cut {
                bounded.push(b);
            }
            for &(a, _) in &promising {
                let o = olds[a];
                if self.parted(o, n) {
                    continue;
                }
                let sim = match score {
                    Score::Similarity => self.similarity(o, n),
                    Score::Near => self.near_score(o, n).0,
                };
                if sim >= threshold {
                    edges.push((a, b, sim));
                }
            }
        }
        (edges, bounded)
    }
}

/// The prefix of a text's terms (`heaviest`: (term, weight), heaviest first; `total`: their
/// weight) that must propose its candidates at `threshold`: the shortest whose remaining
/// terms weigh less than `t·w/(2−t)`, so that a text sharing none of the prefix cannot reach
/// `t` (it shares at most the rest, `r`, and then 2r/(r + w) < t). Returns its length and
/// the weight of the terms after it.
pub(super) fn prefix(heaviest: &[(u32, f64)], total: f64, threshold: f64) -> (usize, f64) {
    let bound = threshold * total / (2.0 - threshold);
    let mut rest = total;
    for (length, &(_, weight)) in heaviest.iter().enumerate() {
        if rest < bound {
            return (length, rest);
        }
        rest -= weight;
    }
    (heaviest.len(), rest)
}

/// Whether a pair can still reach `threshold`: `overlap` is the weight it shares through the
/// prefix, `rest` the weight of the new text's terms not looked at (all of which it might
/// share), `both` the weight of the two texts. A pair that cannot is not compared in full.
pub(super) fn may_reach(overlap: f64, rest: f64, both: f64, threshold: f64) -> bool {
    2.0 * (overlap + rest.max(0.0)) / both >= threshold
}

/// Which similarity candidates are found by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Score {
    /// The matcher's: words, then the rules for names, subjects and openings.
    Similarity,
    /// A near miss's (see `Matcher::near_score`).
    Near,
}
