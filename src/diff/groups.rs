//! Population groups written as phrases ("migrant domestic workers", "victims of trafficking",
//! "personas apátridas", "лиц без гражданства"), in each language, for the rule that a
//! sentence frame filled by two different groups is two findings: "training for migrant
//! domestic workers" / "training for older migrants" share every other word, yet they are
//! about different people.
//!
//! A phrase says one or more facets of a group (`domestic` and `worker`; `unaccompanied` and
//! `child`): two texts that each name a facet the other does not name two groups, while a
//! group narrowed ("migrant workers" / "domestic workers") or joined by another in a list keeps
//! its finding. The phrases are data (each language's `groups.txt` in `src/languages/`, with
//! their sources), matched on the terms the matcher reads (stems, function words left out), so
//! that every inflection the stemmer joins is one phrase.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::profile::Language;

/// One language's phrases.
#[derive(Debug, Default)]
pub(super) struct Groups {
    /// The terms of every phrase, each to its number.
    words: HashMap<&'static str, u16>,
    /// The phrases, as the numbers of their terms, with the facets they say (one bit each).
    phrases: Vec<(Vec<u16>, u32)>,
    /// By the number of a term: the phrases that open with it.
    opening: Vec<Vec<usize>>,
}

/// The facets every file may name, in the order of their bits.
const FACETS: &[&str] = &[
    "worker",
    "domestic",
    "seasonal",
    "agricultural",
    "older",
    "trafficking",
    "stateless",
    "unaccompanied",
    "child",
    "asylum",
    "refugee",
    "displaced",
    "disability",
    "returnee",
    "diaspora",
    "women",
    "youth",
    "student",
    "family",
];

/// The file of `language` (`src/languages/<code>/groups.txt`).
fn file(language: Language) -> &'static str {
    language.definition().groups
}

/// The lines of a file that hold a phrase: its facets, the phrase as written, its terms.
fn lines(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('|').map(str::trim);
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
}

impl Groups {
    /// The phrases of `language`, read once.
    pub(super) fn of(language: Language) -> &'static Groups {
        static READ: [OnceLock<Groups>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        READ[language as usize].get_or_init(|| Groups::read(file(language)))
    }

    fn read(file: &'static str) -> Groups {
        let mut groups = Groups::default();
        for (facets, _, terms) in lines(file) {
            let bits = facets
                .split(',')
                .filter_map(|f| FACETS.iter().position(|&k| k == f.trim()))
                .fold(0u32, |bits, at| bits | 1 << at);
            let mut phrase = Vec::new();
            for term in terms.split_whitespace() {
                let next = groups.words.len() as u16;
                let number = *groups.words.entry(term).or_insert(next);
                if number == next {
                    groups.opening.push(Vec::new());
                }
                phrase.push(number);
            }
            if let Some(&first) = phrase.first() {
                groups.opening[first as usize].push(groups.phrases.len());
                groups.phrases.push((phrase, bits));
            }
        }
        groups
    }

    /// The number of a term (as the vocabulary keys it: its stem) in the phrases, if any
    /// phrase holds it.
    pub(super) fn word(&self, term: &str) -> Option<u16> {
        self.words.get(term).copied()
    }

    /// The facets named by a text whose content words are `words` (each the number of its
    /// term in the phrases, or `None`), in order: at each word the longest phrase that opens
    /// there, then on after it.
    pub(super) fn facets(&self, words: &[Option<u16>]) -> u32 {
        let mut facets = 0;
        let mut i = 0;
        while i < words.len() {
            let longest = words[i].and_then(|w| {
                (self.opening[w as usize].iter())
                    .map(|&p| &self.phrases[p])
                    .filter(|(phrase, _)| {
                        let found = words[i..].iter().take(phrase.len());
                        phrase.len() <= words.len() - i
                            && found.zip(phrase).all(|(w, p)| *w == Some(*p))
                    })
                    .max_by_key(|(phrase, _)| phrase.len())
            });
            match longest {
                Some((phrase, bits)) => {
                    facets |= bits;
                    i += phrase.len();
                }
                None => i += 1,
            }
        }
        facets
    }
}

/// Whether two texts name different groups: each names a facet the other does not.
pub(super) fn replaced(a: u32, b: u32) -> bool {
    a & !b != 0 && b & !a != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::similarity::Vocabulary;

    /// The terms the matcher reads in a phrase, as the files write them.
    fn terms_of(language: Language, phrase: &str) -> String {
        let mut vocabulary = Vocabulary::with(language, None);
        vocabulary.keys_of(phrase).join(" ")
    }

    #[test]
    fn group_files_hold_the_terms_the_matcher_reads() {
        let mut wrong = Vec::new();
        for language in Language::ALL {
            for (facets, phrase, terms) in lines(file(language)) {
                for facet in facets.split(',') {
                    assert!(FACETS.contains(&facet.trim()), "{language}: {facet}");
                }
                let read = terms_of(language, phrase);
                if read != terms {
                    wrong.push(format!("{language}: {facets} | {phrase} | {read}"));
                }
            }
        }
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    #[test]
    fn facets_fit_their_bits() {
        assert!(FACETS.len() <= 32);
    }

    /// Two different groups in one frame are replaced; a group narrowed or reworded is not.
    #[test]
    fn groups_replaced_narrowed_and_reworded() {
        let facets = |language: Language, text: &str| {
            let mut vocabulary = Vocabulary::with(language, None);
            vocabulary.terms(text, false).groups
        };
        let en = |a: &str, b: &str| replaced(facets(Language::En, a), facets(Language::En, b));
        assert!(en(
            "training for migrant domestic workers",
            "training for older migrants"
        ));
        assert!(en(
            "to identify victims of trafficking",
            "to identify stateless persons"
        ));
        assert!(!en(
            "training for migrant workers",
            "training for domestic workers"
        ));
        assert!(!en(
            "shelter for victims of human trafficking",
            "shelter for trafficked persons"
        ));
        assert!(!en(
            "plans do not cover refugees and asylum seekers",
            "plans do not cover refugees, asylum seekers or stateless persons"
        ));
        let ru = |a: &str, b: &str| replaced(facets(Language::Ru, a), facets(Language::Ru, b));
        assert!(ru(
            "обучение для домашних работниц-мигранток",
            "обучение для пожилых мигрантов"
        ));
        let es = |a: &str, b: &str| replaced(facets(Language::Es, a), facets(Language::Es, b));
        assert!(es(
            "para las trabajadoras del hogar migrantes",
            "para las personas migrantes mayores"
        ));
        let fr = |a: &str, b: &str| replaced(facets(Language::Fr, a), facets(Language::Fr, b));
        assert!(!fr(
            "registre des travailleurs migrants",
            "registre des migrants économiques"
        ));
    }
}
