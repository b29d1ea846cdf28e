//! A repository's own phrases, from its terms file, made ready to find in a text: each group
//! of phrases that mean the same is read as one term.

use std::fmt::Write as _;
use std::hash::BuildHasher;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use super::words;
use crate::diff::languages::{self, Rules};

/// A repository's equivalences (its terms file), ready to find in a text: a trie of the
/// phrases' stemmed words whose nodes say which group a phrase ending there belongs to. Each
/// phrase is its stems once and each group its label once: a copy of the group's label for
/// every phrase took 7.9 GB for one group of 30,000 phrases, and a list of the phrases that
/// open with a word was searched through at every occurrence of the word.
#[derive(Debug, Default)]
pub(in crate::diff) struct Equivalences {
    /// The phrases' stems, interned.
    stems: HashMap<String, u32>,
    /// The trie's edges: a node and the next stem to a node. The root is node 0.
    edges: HashMap<(u32, u32), u32>,
    /// By node: the group of the phrase that ends there (the first of the file, if several
    /// phrases stem alike).
    ends: Vec<Option<u32>>,
    /// By group: what `--explain` shows for its term, the entry and where it is, and the hash
    /// of that, which stands for the term in a text's sequence of words.
    pub(super) groups: Vec<(Arc<str>, u64)>,
}

impl Equivalences {
    /// The equivalences of `terms` for texts in `language`, made once for all the comparisons
    /// that use the terms.
    pub(in crate::diff) fn of(
        terms: &crate::profile::Terms,
        language: crate::profile::Language,
    ) -> Arc<Equivalences> {
        terms.prepared(language, |terms| {
            Equivalences::new(terms, languages::rules(language))
        })
    }

    fn new(terms: &crate::profile::Terms, rules: &Rules) -> Equivalences {
        let mut e = Equivalences {
            ends: vec![None],
            groups: Vec::with_capacity(terms.groups.len()),
            ..Equivalences::default()
        };
        for (g, group) in terms.groups.iter().enumerate() {
            let g = g as u32;
            for phrase in &group.phrases {
                let mut node = None;
                for (_, lower, _) in words(phrase) {
                    let next_stem = e.stems.len() as u32;
                    let stem = *e.stems.entry(rules.stem(&lower)).or_insert(next_stem);
                    let next_node = e.ends.len() as u32;
                    let to = *e
                        .edges
                        .entry((node.unwrap_or(0), stem))
                        .or_insert(next_node);
                    if to == next_node {
                        e.ends.push(None);
                    }
                    node = Some(to);
                }
                if let Some(node) = node {
                    e.ends[node as usize].get_or_insert(g);
                }
            }
            let mut label = String::new();
            for (k, phrase) in group.phrases.iter().enumerate() {
                let sep = if k == 0 { "" } else { " = " };
                let _ = write!(label, "{sep}{phrase:?}");
            }
            let _ = write!(label, " ({}:{})", terms.origin, group.line);
            let hash = rustc_hash::FxBuildHasher.hash_one(label.as_str());
            e.groups.push((label.into(), hash));
        }
        e
    }

    /// The longest phrase that `stems` opens with: how many words it takes, and its group.
    pub(super) fn phrase(&self, stems: &[String]) -> Option<(usize, u32)> {
        let mut node = 0;
        let mut found = None;
        for (taken, stem) in stems.iter().enumerate() {
            let Some(stem) = self.stems.get(stem.as_str()) else {
                break;
            };
            let Some(&to) = self.edges.get(&(node, *stem)) else {
                break;
            };
            node = to;
            if let Some(group) = self.ends[node as usize] {
                found = Some((taken + 1, group));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::Vocabulary;
    use super::*;
    use crate::profile::Language;

    /// The terms-file phrases a text is read with: the label of each group found.
    fn groups_in(vocab: &mut Vocabulary, text: &str) -> Vec<String> {
        let terms = vocab.add(text);
        let words = terms.terms.iter().map(|t| vocab.word(t.id));
        words
            .filter(|w| w.contains("terms.toml:"))
            .map(str::to_string)
            .collect()
    }

    /// The trie finds what the list of phrases by first word found: the longest phrase, and of
    /// phrases that stem alike, the group first in the file.
    #[test]
    fn the_longest_phrase_and_the_first_group_win() {
        let text = "format = 1\n[[same]]\nphrases = [\"legal\", \"lawful\"]\n[[same]]\nphrases = [\"legal pathways\", \"regular channels\"]\n[[same]]\nphrases = [\"legal pathway\", \"routes\"]\n";
        let (terms, problems) = crate::profile::load_terms("terms.toml", text);
        assert!(problems.is_empty(), "{problems:?}");
        let terms = terms.unwrap();
        let equivalences = Equivalences::of(&terms, Language::En);
        // Made once for the language, then shared.
        assert!(Arc::ptr_eq(
            &equivalences,
            &Equivalences::of(&terms, Language::En)
        ));
        let mut vocab = Vocabulary::with(Language::En, Some(equivalences));
        let shorter = r#""legal" = "lawful" (terms.toml:3)"#;
        let longer = r#""legal pathways" = "regular channels" (terms.toml:5)"#;
        assert_eq!(groups_in(&mut vocab, "Their legal status"), [shorter]);
        assert_eq!(groups_in(&mut vocab, "A legal pathway opens"), [longer]);
        assert_eq!(groups_in(&mut vocab, "Through a regular channel"), [longer]);
        assert_eq!(
            groups_in(&mut vocab, "Legal, legal pathways"),
            [shorter, longer]
        );
    }
}
