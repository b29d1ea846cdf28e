//! A language's lexicon of equivalent words (see [`crate::languages::Lexicon`]; English's is
//! in `src/languages/en.rs`), made ready to read: every word of a group to the group's first
//! word, and the phrases read as one word.

use rustc_hash::FxHashMap as HashMap;

/// A lexicon, ready to read.
#[derive(Debug)]
pub(super) struct Lexicon {
    /// Each word of a group to the group's first word.
    words: HashMap<&'static str, &'static str>,
    /// The phrases by their first word, in the lexicon's order, and the word each is read as:
    /// a text's word is looked up once, not compared with every phrase. (Since the phrases are
    /// a language's data rather than constants the compiler folds into the comparisons, that
    /// and the negation words' lookup in `languages.rs` took the shipped diff from 9.37 M
    /// instructions to 9.23 M.)
    phrases: HashMap<&'static str, Vec<Phrase>>,
}

/// A phrase of the lexicon, as the words a text splits into, and the word it is read as.
type Phrase = (&'static [&'static str], &'static str);

impl Lexicon {
    pub(super) fn new(lexicon: &'static crate::languages::Lexicon) -> Lexicon {
        Lexicon {
            words: (lexicon.groups.iter())
                .flat_map(|group| group.iter().map(move |&w| (w, group[0])))
                .collect(),
            phrases: (lexicon.phrases.iter()).fold(HashMap::default(), |mut by_first, &phrase| {
                if let Some(&first) = phrase.0.first() {
                    by_first.entry(first).or_insert_with(Vec::new).push(phrase);
                }
                by_first
            }),
        }
    }

    /// The word `lower` (lowercase) is read as, when the lexicon groups it with others.
    pub(super) fn canonical(&self, lower: &str) -> Option<&'static str> {
        self.words.get(lower).copied()
    }

    /// The phrase that starts `words` (lowercase): how many words it takes and the word it is
    /// read as.
    pub(super) fn phrase(&self, words: &[&str]) -> Option<(usize, &'static str)> {
        let opening = self.phrases.get(words.first()?)?;
        opening.iter().find_map(|&(phrase, word)| {
            let fits = words.len() >= phrase.len() && phrase.iter().zip(words).all(|(p, w)| p == w);
            fits.then_some((phrase.len(), word))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::Subjects;
    use crate::profile::Language;

    #[test]
    fn every_word_is_in_one_group_only() {
        for language in Language::ALL {
            let mut seen = rustc_hash::FxHashSet::default();
            for word in language
                .definition()
                .lexicon
                .groups
                .iter()
                .flat_map(|g| g.iter())
            {
                assert!(seen.insert(word), "{language}: {word} is in two groups");
                assert_eq!(word.to_lowercase(), *word);
            }
        }
    }

    /// A subject in a group is listed as the word the group is read as, or it would never be
    /// recognised.
    #[test]
    fn subjects_are_listed_as_they_are_read() {
        for language in Language::ALL {
            let definition = language.definition();
            let Subjects::AsRead(subjects) = definition.subjects else {
                continue;
            };
            let lexicon = Lexicon::new(&definition.lexicon);
            let mut seen = rustc_hash::FxHashSet::default();
            for &word in subjects {
                assert!(seen.insert(word), "{language}: {word} is listed twice");
                assert_eq!(word.to_lowercase(), word);
                assert_eq!(lexicon.canonical(word).unwrap_or(word), word, "{word}");
            }
        }
        let en = super::super::languages::rules(Language::En);
        assert!(en.is_subject("children"));
        assert!(en.is_subject("minors"), "minors are children");
        assert!(!en.is_subject("migrants"));
    }

    #[test]
    fn words_and_phrases_are_read_as_their_group() {
        let en = Lexicon::new(&Language::En.definition().lexicon);
        assert_eq!(en.canonical("compulsory"), Some("mandatory"));
        assert_eq!(en.canonical("mandatory"), Some("mandatory"));
        assert_eq!(en.canonical("migrant"), None);
        assert_eq!(
            en.phrase(&["long", "term", "residency"]),
            Some((2, "permanent"))
        );
        assert_eq!(en.phrase(&["long"]), None);
    }
}
