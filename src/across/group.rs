//! Grouping the findings of many places into themes: agglomerative clustering over the
//! matcher's pair score, with at most one finding per place in a group.
//!
//! Single linkage (or connected components of "similar" pairs) chains: A≈B and B≈C put A and
//! C in one theme however unlike they are. Here two groups merge only when *every* pair of
//! their members reaches the cut (complete linkage, the default) or their average does; the
//! method and the cut are chosen by measurement (see `tests/across.rs` and docs/across.md).
//!
//! Not every pair is scored: that would be quadratic in the number of places. A finding is
//! compared only with the findings of other places that hold one of its [`KEY_TERMS`] rarest
//! terms, and a term held by more than [`POSTINGS`] findings proposes no candidates (a word
//! that common tells nothing apart), so the work grows with places times the few findings
//! that share a rare word, as the matcher's own candidates do.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use rustc_hash::FxHashMap as HashMap;

use crate::diff::Collection;

/// How many of a finding's rarest shared terms propose candidates. Only terms another finding
/// holds count: a term of one finding alone is its rarest and proposes nothing, and when the
/// five rarest were such terms, a third of the labelled pairs were never scored.
pub(crate) const KEY_TERMS: usize = 5;
/// A term held by more findings than this proposes none.
pub(crate) const POSTINGS: usize = 400;

/// How groups merge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linkage {
    pub method: Method,
    /// The least linkage score (see [`Method`]) of two groups that merge.
    pub cut: f64,
}

/// What two groups' linkage score is, over every pair of a member of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The lowest pair score (a pair never scored counts as 0): every member of a theme is
    /// like every other.
    Complete,
    /// The average pair score (a pair never scored counts as 0): every member is like the
    /// others on the whole.
    Average,
}

/// One finding to group: the place it belongs to (an index) and its text's index in the
/// collection.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub place: usize,
}

/// Pair scores between groups: their sum, how many pairs were scored, the lowest.
#[derive(Debug, Clone, Copy)]
struct Link {
    sum: f64,
    count: u32,
    min: f64,
}

impl Link {
    fn join(self, other: Link) -> Link {
        Link {
            sum: self.sum + other.sum,
            count: self.count + other.count,
            min: self.min.min(other.min),
        }
    }
}

#[derive(Debug, PartialEq)]
struct Candidate {
    score: f64,
    a: usize,
    b: usize,
    sizes: (usize, usize),
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.score.total_cmp(&other.score))
            // Ties: the lower indices first, so that the result depends on nothing else.
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The pairs of items worth scoring: of different places, sharing one of their rarest terms
/// that some other finding holds too.
pub(crate) fn candidate_pairs(items: &[Item], collection: &Collection) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::default();
    for i in 0..items.len() {
        for (id, _) in collection.terms(i) {
            postings.entry(id).or_default().push(i);
        }
    }
    let mut keys: Vec<Vec<u32>> = Vec::with_capacity(items.len());
    for i in 0..items.len() {
        let mut terms: Vec<(u32, f64)> = collection
            .terms(i)
            .filter(|&(id, _)| postings[&id].len() > 1)
            .collect();
        terms.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        keys.push(terms.iter().take(KEY_TERMS).map(|t| t.0).collect());
    }
    // Sorting once is cheaper than a set of millions of pairs.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        for id in key {
            let list = &postings[id];
            if list.len() > POSTINGS {
                continue;
            }
            pairs.extend(
                list.iter()
                    .filter(|&&j| items[i].place != items[j].place)
                    .map(|&j| (i.min(j), i.max(j))),
            );
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Groups `items` (scored by `collection`, same indices): each group a list of item indices,
/// at most one per place, in the order groups were formed; single items are groups too.
pub(crate) fn cluster(
    items: &[Item],
    collection: &Collection,
    linkage: Linkage,
) -> Vec<Vec<usize>> {
    let n = items.len();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut places: Vec<Vec<usize>> = items.iter().map(|i| vec![i.place]).collect();
    let mut alive = vec![true; n];
    let mut links: Vec<HashMap<usize, Link>> = vec![HashMap::default(); n];
    // Under complete linkage a link that lacks a pair, or whose least pair is below the cut,
    // can never merge its groups: a merge only adds pairs to score and can only lower the
    // least. Such links are dropped, so that a group keeps links only to the groups it could
    // still join (the themes are the same; at 240 synthetic places the CPU time fell by
    // about a sixth). Average linkage keeps every link: a merge can raise an average.
    let prune = linkage.method == Method::Complete;
    // Pairs scoring nothing are left out: they count as 0 in either linkage anyway.
    for (a, b) in candidate_pairs(items, collection) {
        let score = collection.score(a, b);
        if score > 0.0 && !(prune && score < linkage.cut) {
            let link = Link {
                sum: score,
                count: 1,
                min: score,
            };
            links[a].insert(b, link);
            links[b].insert(a, link);
        }
    }
    let value = |link: &Link, sa: usize, sb: usize| -> Option<f64> {
        let pairs = sa * sb;
        let score = match linkage.method {
            Method::Complete if link.count as usize == pairs => link.min,
            Method::Complete => 0.0,
            Method::Average => link.sum / pairs as f64,
        };
        (score > 0.0 && score >= linkage.cut).then_some(score)
    };
    let mut heap = BinaryHeap::new();
    for (a, own) in links.iter().enumerate() {
        for (&b, link) in own {
            if a < b
                && let Some(score) = value(link, 1, 1)
            {
                heap.push(Candidate {
                    score,
                    a,
                    b,
                    sizes: (1, 1),
                });
            }
        }
    }
    while let Some(c) = heap.pop() {
        let (a, b) = (c.a, c.b);
        if !alive[a] || !alive[b] || c.sizes != (members[a].len(), members[b].len()) {
            continue;
        }
        if !disjoint(&places[a], &places[b]) {
            continue;
        }
        // b joins a.
        alive[b] = false;
        let moved = std::mem::take(&mut members[b]);
        members[a].extend(moved);
        let moved = std::mem::take(&mut places[b]);
        places[a].extend(moved);
        places[a].sort_unstable();
        let size = members[a].len();
        let from_b = std::mem::take(&mut links[b]);
        links[a].remove(&b);
        if prune {
            // The merged group's links: to the groups both had a live link with, if still
            // live.
            let from_a = std::mem::take(&mut links[a]);
            for other in from_a.keys() {
                links[*other].remove(&a);
            }
            for (other, link) in from_b {
                if other == a {
                    continue;
                }
                links[other].remove(&b);
                if let Some(joined) = from_a.get(&other).map(|l| l.join(link))
                    && value(&joined, size, members[other].len()).is_some()
                {
                    links[a].insert(other, joined);
                    links[other].insert(a, joined);
                }
            }
        } else {
            for (other, link) in from_b {
                if other == a {
                    continue;
                }
                links[other].remove(&b);
                let joined = match links[a].get(&other) {
                    Some(l) => l.join(link),
                    None => link,
                };
                links[a].insert(other, joined);
                links[other].insert(a, joined);
            }
        }
        for (&other, link) in &links[a] {
            if let Some(score) = value(link, size, members[other].len()) {
                let (x, y) = (a.min(other), a.max(other));
                let sizes = if x == a {
                    (size, members[other].len())
                } else {
                    (members[other].len(), size)
                };
                heap.push(Candidate {
                    score,
                    a: x,
                    b: y,
                    sizes,
                });
            }
        }
    }
    (0..n)
        .filter(|&i| alive[i])
        .map(|i| {
            let mut m = std::mem::take(&mut members[i]);
            m.sort_unstable();
            m
        })
        .collect()
}

/// Whether two sorted lists of places have none in common (linear: a theme may hold a
/// member of each of hundreds of places).
fn disjoint(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => return false,
        }
    }
    true
}
