//! One-to-one assignment of old findings to new ones that maximises the total weight.
//!
//! Near-duplicates ("… primary education …" / "… secondary education …") defeat first come,
//! first served: the first old finding may take the partner of the second. The candidate
//! pairs are split into connected groups, and each group is solved exactly with the Hungarian
//! algorithm. Groups are small in practice (a finding resembles few others); a group too large
//! to solve exactly (O(n³)) falls back to taking pairs in order of decreasing weight.

use super::tuning::EXACT_LIMIT;

/// A candidate pair: old index, new index, weight (higher is better).
pub(super) type Edge = (usize, usize, f64);

/// The chosen pairs, as (old, new), for `edges` between `n_old` and `n_new` items.
pub(super) fn assign(n_old: usize, n_new: usize, edges: &[Edge]) -> Vec<(usize, usize)> {
    // Union-find over old items (0..n_old) and new items (n_old..n_old + n_new).
    let mut parent: Vec<usize> = (0..n_old + n_new).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(o, n, _) in edges {
        let (a, b) = (find(&mut parent, o), find(&mut parent, n_old + n));
        if a != b {
            parent[a] = b;
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<Edge>> = Default::default();
    for &edge in edges {
        let root = find(&mut parent, edge.0);
        groups.entry(root).or_default().push(edge);
    }
    let mut pairs = Vec::new();
    for group in groups.into_values() {
        let mut olds: Vec<usize> = group.iter().map(|e| e.0).collect();
        let mut news: Vec<usize> = group.iter().map(|e| e.1).collect();
        olds.sort_unstable();
        olds.dedup();
        news.sort_unstable();
        news.dedup();
        if olds.len() + news.len() > EXACT_LIMIT {
            pairs.extend(greedy(&group));
        } else {
            pairs.extend(exact(&olds, &news, &group));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Highest weight first, each item used once.
fn greedy(edges: &[Edge]) -> Vec<(usize, usize)> {
    let mut sorted = edges.to_vec();
    sorted.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut used_old = std::collections::HashSet::new();
    let mut used_new = std::collections::HashSet::new();
    sorted
        .into_iter()
        .filter(|&(o, n, _)| {
            let free = !used_old.contains(&o) && !used_new.contains(&n);
            if free {
                used_old.insert(o);
                used_new.insert(n);
            }
            free
        })
        .map(|(o, n, _)| (o, n))
        .collect()
}

/// Maximum-weight matching of one group with the Hungarian algorithm (shortest augmenting
/// paths with potentials). Missing pairs cost nothing, so leaving an item unmatched is allowed.
fn exact(olds: &[usize], news: &[usize], edges: &[Edge]) -> Vec<(usize, usize)> {
    // Rows must not outnumber columns.
    let transpose = olds.len() > news.len();
    let (rows, cols) = if transpose {
        (news, olds)
    } else {
        (olds, news)
    };
    let (n, m) = (rows.len(), cols.len());
    let mut cost = vec![0.0f64; n * m];
    let mut is_edge = vec![false; n * m];
    for &(o, nw, w) in edges {
        let (r, c) = if transpose { (nw, o) } else { (o, nw) };
        let r = rows.binary_search(&r).expect("row of the group");
        let c = cols.binary_search(&c).expect("column of the group");
        cost[r * m + c] = -w;
        is_edge[r * m + c] = true;
    }
    // 1-based arrays as in the classic formulation; p[j] is the row matched to column j.
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![f64::INFINITY; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=m)
        .filter(|&j| p[j] != 0 && is_edge[(p[j] - 1) * m + (j - 1)])
        .map(|j| {
            let (r, c) = (rows[p[j] - 1], cols[j - 1]);
            if transpose { (c, r) } else { (r, c) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_assignment_beats_first_come_first_served() {
        // Old 0 likes new 0 best, but old 1 can only go with new 0.
        let edges = [(0, 0, 0.9), (0, 1, 0.85), (1, 0, 0.86)];
        assert_eq!(assign(2, 2, &edges), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn unmatched_items_stay_unmatched() {
        assert_eq!(assign(3, 1, &[(2, 0, 0.5)]), vec![(2, 0)]);
        assert!(assign(2, 2, &[]).is_empty());
    }

    #[test]
    fn greedy_takes_the_heaviest_pairs() {
        let edges = [(0, 0, 0.5), (1, 0, 0.9), (1, 1, 0.4)];
        assert_eq!(greedy(&edges), vec![(1, 0)]);
    }

    use proptest::prelude::*;

    /// The best total weight of a one-to-one choice among `edges`, by trying every choice.
    fn brute_force(n_old: usize, n_new: usize, edges: &[Edge]) -> f64 {
        fn best(old: usize, n_old: usize, used: &mut Vec<bool>, w: &[Vec<Option<f64>>]) -> f64 {
            if old == n_old {
                return 0.0;
            }
            // Leave `old` unmatched, or give it any free new item it has an edge to.
            let mut top = best(old + 1, n_old, used, w);
            for new in 0..used.len() {
                if let (false, Some(weight)) = (used[new], w[old][new]) {
                    used[new] = true;
                    top = top.max(weight + best(old + 1, n_old, used, w));
                    used[new] = false;
                }
            }
            top
        }
        let mut w = vec![vec![None; n_new]; n_old];
        for &(o, n, weight) in edges {
            w[o][n] = Some(weight);
        }
        best(0, n_old, &mut vec![false; n_new], &w)
    }

    /// Up to 6 × 6 items, weights from a few values so that ties are common, some rows empty.
    fn small_problem() -> impl Strategy<Value = (usize, usize, Vec<Edge>)> {
        (1usize..=6, 1usize..=6).prop_flat_map(|(n_old, n_new)| {
            let cell = prop_oneof![
                3 => Just(None),
                4 => (1u8..=5).prop_map(|k| Some(f64::from(k) / 5.0)),
            ];
            proptest::collection::vec(cell, n_old * n_new).prop_map(move |cells| {
                let edges = cells
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, w)| w.map(|w| (i / n_new, i % n_new, w)))
                    .collect();
                (n_old, n_new, edges)
            })
        })
    }

    fn is_one_to_one(pairs: &[(usize, usize)]) -> bool {
        let olds: std::collections::HashSet<_> = pairs.iter().map(|p| p.0).collect();
        let news: std::collections::HashSet<_> = pairs.iter().map(|p| p.1).collect();
        olds.len() == pairs.len() && news.len() == pairs.len()
    }

    fn total(pairs: &[(usize, usize)], edges: &[Edge]) -> f64 {
        pairs
            .iter()
            .map(|&(o, n)| {
                edges
                    .iter()
                    .find(|e| e.0 == o && e.1 == n)
                    .expect("every pair is an edge")
                    .2
            })
            .sum()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The assignment is one to one, uses only candidate pairs, and its total weight is
        /// the best possible.
        #[test]
        fn assignment_is_optimal((n_old, n_new, edges) in small_problem()) {
            let pairs = assign(n_old, n_new, &edges);
            prop_assert!(is_one_to_one(&pairs), "{pairs:?}");
            let got = total(&pairs, &edges);
            let best = brute_force(n_old, n_new, &edges);
            prop_assert!((got - best).abs() < 1e-9, "{got} < {best} for {edges:?}: {pairs:?}");
            prop_assert!(pairs.windows(2).all(|w| w[0] < w[1]), "sorted: {pairs:?}");
        }

        /// The fallback for large groups: one to one, every pair a candidate, heaviest first
        /// (no edge left out between two items both left free, and none lighter chosen over a
        /// heavier one it conflicts with), the same answer for the same edges in any order.
        #[test]
        fn greedy_is_one_to_one_heaviest_first_and_deterministic(
            (_, _, edges) in small_problem(),
            seed in any::<u64>(),
        ) {
            let pairs = greedy(&edges);
            prop_assert!(is_one_to_one(&pairs), "{pairs:?}");
            for &(o, n, w) in &edges {
                let chosen = pairs.contains(&(o, n));
                let old_taken = pairs.iter().find(|p| p.0 == o && p.1 != n);
                let new_taken = pairs.iter().find(|p| p.1 == n && p.0 != o);
                if !chosen {
                    // Left out only for a pair at least as heavy that shares an item.
                    let heavier = |p: &(usize, usize)| {
                        edges.iter().any(|e| (e.0, e.1) == *p && e.2 >= w)
                    };
                    prop_assert!(
                        old_taken.is_some_and(heavier) || new_taken.is_some_and(heavier),
                        "({o}, {n}, {w}) left out: {pairs:?}"
                    );
                }
            }
            let mut shuffled = edges.clone();
            let len = shuffled.len();
            if len > 1 {
                shuffled.rotate_left((seed % len as u64) as usize);
                shuffled.swap(0, (seed as usize / 7) % len);
            }
            let mut a = greedy(&edges);
            let mut b = greedy(&shuffled);
            a.sort_unstable();
            b.sort_unstable();
            prop_assert_eq!(a, b);
        }
    }

    /// `gadgets` copies of the case where greedy loses (old 0 → new 0 at 1.0 blocks the
    /// pairs (0, 1) and (1, 0) worth 1.8), chained into one group by light edges.
    fn chained_gadgets(gadgets: usize) -> Vec<Edge> {
        let mut edges = Vec::new();
        for g in 0..gadgets {
            let (o, n) = (2 * g, 2 * g);
            edges.extend([(o, n, 1.0), (o, n + 1, 0.9), (o + 1, n, 0.9)]);
            if g + 1 < gadgets {
                edges.push((o + 1, n + 2, 0.01));
            }
        }
        edges
    }

    /// Separate groups are solved separately: many small groups that together pass the limit
    /// are each solved exactly, not sent to the fallback as one.
    #[test]
    fn groups_are_split_before_the_limit_applies() {
        let gadgets = EXACT_LIMIT / 4 + 1;
        let edges: Vec<Edge> = chained_gadgets(gadgets)
            .into_iter()
            .filter(|e| e.2 > 0.5)
            .collect();
        let pairs = assign(2 * gadgets, 2 * gadgets, &edges);
        assert!((total(&pairs, &edges) - 1.8 * gadgets as f64).abs() < 1e-6);
    }

    /// A group of exactly the limit is solved exactly; one above it, greedily — one to one,
    /// heaviest first, the same answer as `greedy` on the same edges.
    #[test]
    fn groups_above_the_limit_are_assigned_greedily() {
        let at_limit = EXACT_LIMIT / 4;
        let edges = chained_gadgets(at_limit);
        let pairs = assign(2 * at_limit, 2 * at_limit, &edges);
        assert!((total(&pairs, &edges) - 1.8 * at_limit as f64).abs() < 1e-6);

        let above = at_limit + 1;
        let edges = chained_gadgets(above);
        let pairs = assign(2 * above, 2 * above, &edges);
        let mut expected = greedy(&edges);
        expected.sort_unstable();
        assert_eq!(pairs, expected);
        assert!(is_one_to_one(&pairs));
        // Every heavy pair (2g, 2g) is taken, which blocks both 0.9 pairs of its gadget.
        assert!((0..above).all(|g| pairs.contains(&(2 * g, 2 * g))));
        assert!(total(&pairs, &edges) < 1.1 * above as f64);
    }
}
