//! The terms of a text: its words stemmed by its language's rules, function words left out,
//! names and numbers boosted, phrases of the lexicon and of a repository's terms file read as
//! one term. A text is read in steps (see [`Vocabulary::terms`]), each of which reads the
//! words at a place or leaves them to the next.

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::sync::Arc;

use super::{Equivalences, FindingTerms, Mark, Term, Vocabulary, Word, words};
use crate::diff::acronyms;
use crate::diff::languages::Rules;

/// What a step of [`Vocabulary::terms`] read at a place: how many words it took, the word of
/// the sequence they make, and its term, if it has one.
struct Read {
    taken: usize,
    word: Word,
    term: Option<Term>,
}

impl Read {
    /// `taken` words read as the term `id` (its word's hash `hash`), weighed as its mark says.
    fn term(taken: usize, hash: u64, id: u32, mark: Mark) -> Read {
        Read {
            taken,
            word: Word {
                hash,
                term: Some(id),
            },
            term: Some(Term {
                id,
                weight: mark.boost(),
                mark,
            }),
        }
    }
}

impl Vocabulary {
    /// Splits `text` into terms and counts them into the vocabulary.
    #[cfg(test)]
    pub(crate) fn add(&mut self, text: &str) -> FindingTerms {
        self.terms(text, true)
    }

    /// Splits `text` into terms; `counted`: counts them into the document frequencies. The
    /// words are read in steps, each of which reads the words at a place or leaves them to
    /// the next: a phrase of the repository's terms file, then an organisation's name or
    /// acronym, then a phrase of the lexicon or a single word; then the population groups the
    /// terms name are found, and the terms are counted.
    pub(in crate::diff) fn terms(&mut self, text: &str, counted: bool) -> FindingTerms {
        let words = words(text);
        let lowers: Vec<&str> = words.iter().map(|w| w.1.as_ref()).collect();
        let equivalences = self.equivalences.clone();
        // Stems for the repository's phrases, only when it has some.
        let stems: Vec<String> = match &equivalences {
            Some(_) => lowers.iter().map(|w| self.rules.stem(w)).collect(),
            None => Vec::new(),
        };
        let negation = self.rules.negation(text);
        let has_lowercase = text.chars().any(char::is_lowercase);
        let mut terms: Vec<Term> = Vec::with_capacity(words.len());
        let mut sequence = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            let read = (equivalences.as_deref())
                .and_then(|e| self.own_phrase(e, &stems[i..]))
                .or_else(|| self.organisation(&words, i, has_lowercase))
                .unwrap_or_else(|| self.plain_word(&words, &lowers, i));
            i += read.taken;
            sequence.push(read.word);
            terms.extend(read.term);
        }
        let (groups, group_terms) = self.groups_named(&sequence);
        terms.sort_by(|a, b| a.id.cmp(&b.id).then(b.weight.total_cmp(&a.weight)));
        terms.dedup_by_key(|t| t.id);
        if counted {
            for Term { id, .. } in &terms {
                self.document_frequency[*id as usize] += 1;
            }
            self.documents += 1;
        }
        FindingTerms {
            terms,
            negation,
            sequence,
            groups,
            group_terms,
        }
    }

    /// A phrase of the repository's terms file that `stems` open with: one term per group,
    /// shown as the group's label.
    fn own_phrase(&mut self, equivalences: &Equivalences, stems: &[String]) -> Option<Read> {
        let (taken, group) = equivalences.phrase(stems)?;
        let (label, hash) = &equivalences.groups[group as usize];
        let id = match self.group_ids.get(&group) {
            Some(&id) => id,
            None => {
                let id = self.new_term(Arc::clone(label), None);
                self.group_ids.insert(group, id);
                id
            }
        };
        Some(Read::term(taken, *hash, id, Mark::Plain))
    }

    /// An organisation's name, or its acronym, at `words[i]`: the acronym's term, and a name.
    fn organisation(
        &mut self,
        words: &[(&str, Cow<'_, str>, bool)],
        i: usize,
        has_lowercase: bool,
    ) -> Option<Read> {
        let (raw, lower, _) = &words[i];
        let written = || {
            (acronyms::is_acronym(raw, has_lowercase) && !self.rules.is_stop(lower))
                .then(|| (1, acronyms::canonical(raw)))
        };
        let (taken, acronym) = self.expansion_at(words, i).or_else(written)?;
        let id = self.term_id(&acronym);
        self.organisations.insert(id);
        let hash = rustc_hash::FxBuildHasher.hash_one(acronym.as_str());
        Some(Read::term(taken, hash, id, Mark::Name))
    }

    /// The word at `words[i]`, or the lexicon's phrase that opens there, read as one word: a
    /// term, unless it carries no meaning here (then it is only a word of the sequence).
    fn plain_word(
        &mut self,
        words: &[(&str, Cow<'_, str>, bool)],
        lowers: &[&str],
        i: usize,
    ) -> Read {
        let (raw, lower, at_start) = &words[i];
        let (taken, word) = (self.rules.phrase(&lowers[i..])).unwrap_or((1, lower.as_ref()));
        let hash = rustc_hash::FxBuildHasher.hash_one(word);
        let mark = match taken {
            1 => mark(raw, lower, *at_start, self.rules),
            _ => Some(Mark::Plain),
        };
        let Some(mark) = mark else {
            let word = Word { hash, term: None };
            return Read {
                taken,
                word,
                term: None,
            };
        };
        let mark = match mark {
            Mark::Plain if self.rules.is_subject(word) => Mark::Subject,
            mark => mark,
        };
        let id = self.term_id(word);
        Read::term(taken, hash, id, mark)
    }

    /// The population groups a text's words (`sequence`) name, and the terms that are words of
    /// their phrases, sorted: only a text holding a word of the phrases is read.
    fn groups_named(&self, sequence: &[Word]) -> (u32, Vec<u32>) {
        let mut group_words: Vec<Option<u16>> = Vec::with_capacity(sequence.len());
        group_words.extend(
            (sequence.iter())
                .filter_map(|w| w.term)
                .map(|id| self.group_words[id as usize]),
        );
        let groups = match group_words.iter().any(Option::is_some) {
            true => self.groups.facets(&group_words),
            false => 0,
        };
        let mut group_terms: Vec<u32> = match groups {
            0 => Vec::new(),
            _ => (sequence.iter())
                .filter_map(|w| w.term)
                .filter(|&id| self.group_words[id as usize].is_some())
                .collect(),
        };
        group_terms.sort_unstable();
        group_terms.dedup();
        (groups, group_terms)
    }
}

/// What kind of word a word is (`raw` as written, `lower` lowercased), or `None` for a word
/// that carries no meaning here: a function word, a negation, a single letter.
fn mark(raw: &str, lower: &str, at_start: bool, rules: &Rules) -> Option<Mark> {
    let mut chars = lower.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    if single && !lower.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if rules.is_stop(lower) {
        return None;
    }
    Some(if raw.bytes().any(|b| b.is_ascii_digit()) {
        Mark::Number
    } else if !at_start && raw.chars().next().is_some_and(char::is_uppercase) {
        Mark::Name
    } else {
        Mark::Plain
    })
}
