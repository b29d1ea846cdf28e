//! The matcher's pair score between any two texts of one collection, for grouping findings
//! of many profiles (`across`) rather than pairing two. The texts are weighed together, as
//! the matcher weighs the findings of a comparison: a word's rarity is measured over all of
//! them, and the same rules (names replaced, subjects, common openings) apply.

use super::Tuning;
use super::similarity::{Equivalences, Vocabulary, Weighted};

/// Texts weighed together, ready to be scored two by two.
#[derive(Debug)]
pub struct Collection {
    weighted: Vec<Weighted>,
    tuning: Tuning,
}

impl Collection {
    /// Weighs `texts` (all in `language`), reading the phrases of `terms` (a terms file) as
    /// one term per group.
    pub fn new(
        texts: &[&str],
        language: crate::profile::Language,
        terms: Option<&crate::profile::Terms>,
        tuning: Tuning,
    ) -> Collection {
        let equivalences = terms.map(|t| Equivalences::of(t, language));
        let mut vocabulary = Vocabulary::with(language, equivalences);
        vocabulary.learn_acronyms(texts.iter().copied());
        let terms: Vec<_> = texts.iter().map(|t| vocabulary.terms(t, true)).collect();
        let idf = vocabulary.idf();
        Collection {
            weighted: terms.iter().map(|t| Weighted::new(t, &idf)).collect(),
            tuning,
        }
    }

    /// The matcher's similarity of texts `a` and `b` (0 to 1).
    pub fn score(&self, a: usize, b: usize) -> f64 {
        self.weighted[a].similarity(&self.weighted[b], &self.tuning)
    }

    /// The terms of text `i`, each as its id and weight (rarity times boost), by id.
    pub fn terms(&self, i: usize) -> impl Iterator<Item = (u32, f64)> + '_ {
        self.weighted[i].terms.iter().map(|t| (t.id, t.weight))
    }
}
