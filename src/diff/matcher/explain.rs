//! What a pair was made on, for `--explain`: its basis, the terms the two texts share, the
//! runner-up, and the rules that lowered it.

use super::*;
use crate::diff::tuning::POSTINGS_PER_TERM;

/// What the matcher knows after matching, to explain a pair.
pub(in crate::diff) struct Explainer<'a> {
    pub(super) matcher: Matcher<'a>,
}

impl Explainer<'_> {
    /// The settings the pairs were made with.
    pub(in crate::diff) fn tuning(&self) -> &Tuning {
        &self.matcher.tuning
    }

    /// The evidence for one pair.
    pub(in crate::diff) fn explain(&self, pair: &Pair) -> Evidence {
        let m = &self.matcher;
        let (a, b) = (&m.old_terms[pair.old], &m.new_terms[pair.new]);
        let mut shared: Vec<(String, f64)> = a
            .terms
            .iter()
            .filter_map(|&Term { id, weight: w, .. }| {
                let other = b.weight_of(id);
                (other > 0.0).then(|| (shown(m, pair, id), w.min(other)))
            })
            .collect();
        shared.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        let domain = m.new.findings[pair.new].domain;
        let in_domain: Vec<usize> = (0..m.new.findings.len())
            .filter(|&n| m.new.findings[n].domain == domain)
            .collect();
        // In a domain too large to compare with every finding, the runner-up is sought
        // around the partner's place, as the candidates were.
        let at = in_domain.partition_point(|&n| n < pair.new);
        let from = at.saturating_sub(POSTINGS_PER_TERM);
        let to = (at + POSTINGS_PER_TERM).min(in_domain.len());
        let runner_up = in_domain[from..to]
            .iter()
            .copied()
            .filter(|&n| n != pair.new && !m.parted(pair.old, n))
            .map(|n| (n, m.similarity(pair.old, n)))
            .filter(|&(_, s)| s > 0.0)
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
        let differ = match pair.basis {
            Basis::SameText | Basis::SameId => Disagreements::default(),
            Basis::Similarity | Basis::Moved => a.disagreements(b, &m.tuning),
        };
        Evidence {
            shared,
            basis: pair.basis,
            runner_up,
            differ,
            bounded: m.bounded.contains(&pair.new) || in_domain.len() > to - from,
        }
    }
}

/// A shared term as a reader finds it in the two texts: the word as each writes it
/// (`Education` / `education` is `Education`), both when they differ (`mandatory =
/// compulsory`, joined by the lexicon or by stemming), and the term itself when neither text
/// holds it as a single word (a phrase).
fn shown(m: &Matcher<'_>, pair: &Pair, id: u32) -> String {
    let old = m.vocabulary.written_as(&m.old.findings[pair.old].text, id);
    let new = m.vocabulary.written_as(&m.new.findings[pair.new].text, id);
    let lower = |w: &[String]| w.first().map(|w| w.to_lowercase());
    match (old.first(), new.first()) {
        (Some(a), Some(_)) if lower(&old) == lower(&new) => a.clone(),
        (Some(a), Some(b)) => format!("{a} = {b}"),
        _ => m.vocabulary.word(id).to_string(),
    }
}

impl Explainer<'_> {
    /// For `--explain`: the finding its ids keep apart from one side of an entry — `old` (a
    /// position in the old profile) or, without it, `new` — when their words would have
    /// made them a candidate pair (the threshold reached) and beaten the entry's partner, if
    /// any (`partner`: the pair's similarity). Sought in the finding's domain, around its
    /// place when the domain is large, as the runner-up is. Returns the position on the other
    /// side (`true`: in the new profile) and the similarity.
    pub(in crate::diff) fn parted(
        &self,
        old: Option<usize>,
        new: Option<usize>,
        partner: Option<f64>,
    ) -> Option<(bool, usize, f64)> {
        let m = &self.matcher;
        let floor = partner.map_or(m.tuning.threshold, |p| p.max(m.tuning.threshold));
        let (from_old, at) = match (old, new) {
            (Some(o), _) => (true, o),
            (None, Some(n)) => (false, n),
            (None, None) => return None,
        };
        let (mine, theirs) = if from_old {
            (m.old, m.new)
        } else {
            (m.new, m.old)
        };
        mine.findings[at].id.as_ref()?;
        let domain = mine.findings[at].domain;
        let in_domain: Vec<usize> = (0..theirs.findings.len())
            .filter(|&i| theirs.findings[i].domain == domain)
            .collect();
        let place = in_domain.partition_point(|&i| i < at);
        let from = place.saturating_sub(POSTINGS_PER_TERM);
        let to = (place + POSTINGS_PER_TERM).min(in_domain.len());
        in_domain[from..to]
            .iter()
            .map(|&i| if from_old { (at, i) } else { (i, at) })
            .filter(|&(o, n)| m.parted(o, n))
            .map(|(o, n)| (if from_old { n } else { o }, m.similarity(o, n)))
            .filter(|&(_, s)| s >= floor && s > 0.0)
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
            .map(|(i, s)| (from_old, i, s))
    }
}
