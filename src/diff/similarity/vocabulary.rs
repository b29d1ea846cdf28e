//! The vocabulary of a comparison: it interns the terms its texts are read as and counts, for
//! each, how many findings hold it, which with the boost of names and numbers is what a term
//! weighs; and the types a text's terms are made of. How a text is read into terms is in
//! `vocabulary/terms.rs`, with a repository's phrases (`vocabulary/equivalences.rs`) and the
//! names of organisations and countries (`vocabulary/organisations.rs`).

mod equivalences;
mod organisations;
mod terms;

pub(in crate::diff) use equivalences::Equivalences;

use std::borrow::Cow;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use super::super::groups::Groups;
use super::super::languages::{self, Negation, Rules};
use super::super::names::{NameWord, NameWords};

/// Numbers and years say which law or agreement a finding is about. Set by hand with the
/// first matcher and never fitted: no corpus run or document records another value tried.
const NUMBER_BOOST: f64 = 2.0;
/// Capitalised words inside a sentence are names: countries, laws, bodies, programmes. Set by
/// hand with the first matcher and never fitted, like [`NUMBER_BOOST`].
const NAME_BOOST: f64 = 1.5;

/// What kind of word a term is, for the rules that compare names and subjects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::diff) enum Mark {
    Plain,
    /// A name: a partner country, a law, a body, an organisation's acronym.
    Name,
    /// A number: a year, a law's number.
    Number,
    /// Whom or which service a finding is about (see `Subjects` in `src/languages/`).
    Subject,
}

impl Mark {
    /// What a term weighs before its rarity: names and numbers count extra.
    fn boost(self) -> f64 {
        match self {
            Mark::Number => NUMBER_BOOST,
            Mark::Name => NAME_BOOST,
            Mark::Plain | Mark::Subject => 1.0,
        }
    }

    /// The mark a term counts as when two texts' names are weighed against each other: a
    /// number as a name (a year that differs is a name that differs), though the rule on
    /// replaced names leaves numbers out (a year corrected is the same finding).
    pub(in crate::diff) fn counted_as(self) -> Mark {
        match self {
            Mark::Number => Mark::Name,
            mark => mark,
        }
    }
}

/// A term of a text: its id in the vocabulary, its weight (the boost a name or a number gets,
/// in [`FindingTerms`]; that times the term's rarity, in [`Weighted`]) and what kind of word it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(in crate::diff) struct Term {
    pub id: u32,
    pub weight: f64,
    pub mark: Mark,
}

/// The content words of a finding: stemmed, deduplicated, each with its boost.
#[derive(Debug, Clone, Default)]
pub(in crate::diff) struct FindingTerms {
    /// Sorted by term id; `weight` is the boost.
    pub terms: Vec<Term>,
    /// What the text denies: "not", "no", "neither", "yet to", "without", …
    pub negation: Negation,
    /// Every word in order, function words included, for the rule on shared openings.
    pub sequence: Vec<Word>,
    /// The facets of the population groups the text names (see `groups.rs`), one bit each.
    pub groups: u32,
    /// The terms that are words of a group's phrase, sorted (none when it names no group).
    pub group_terms: Vec<u32>,
}

/// A word of a text in order: a hash of the word as read (lowercase; a lexicon phrase is one
/// word), and its term when it has one.
#[derive(Debug, Clone, Copy)]
pub(in crate::diff) struct Word {
    pub(super) hash: u64,
    pub(super) term: Option<u32>,
}

/// Interns terms and counts, for each, how many findings of the comparison contain it.
#[derive(Debug)]
pub(in crate::diff) struct Vocabulary {
    /// The language's stemmer, stop words, negation cues and subjects.
    rules: &'static Rules,
    /// A repository's own equivalences, found before the lexicon's.
    equivalences: Option<Arc<Equivalences>>,
    /// The terms of the terms file's groups, by group.
    group_ids: HashMap<u32, u32>,
    /// The acronyms the texts write (in capitals); with the known ones (see `acronyms.rs`), a
    /// run of capitalised words whose initials spell one is read as it.
    acronyms: HashSet<String>,
    /// Names read as an acronym because a text defines it, by the stem of their first word:
    /// the stems of their content words and the acronym's term. The known names come first
    /// (see `KnownNames` in `organisations.rs`).
    expansions: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Stems to term ids.
    ids: HashMap<String, u32>,
    /// The terms that are acronyms or names read as one (organisations).
    organisations: HashSet<u32>,
    /// The language's population groups, and by term id the number of the term in their
    /// phrases, if a phrase holds it.
    groups: &'static Groups,
    group_words: Vec<Option<u16>>,
    /// The language's name words (see `names.rs`), and by term id what the term is of them.
    name_words: &'static NameWords,
    term_names: Vec<Option<NameWord>>,
    /// Lowercased words to the term id of their stem, so that each word is stemmed once.
    word_ids: HashMap<String, u32>,
    /// The first word seen for each term, to show a term as a reader would write it; for a
    /// group of the terms file, its label.
    words: Vec<Arc<str>>,
    document_frequency: Vec<u32>,
    documents: u32,
}

impl Default for Vocabulary {
    /// An English vocabulary without a terms file.
    fn default() -> Vocabulary {
        Vocabulary::with(crate::profile::Language::En, None)
    }
}

impl Vocabulary {
    /// A vocabulary of texts in `language`, that reads the phrases of `equivalences` as one
    /// term per group.
    pub(in crate::diff) fn with(
        language: crate::profile::Language,
        equivalences: Option<Arc<Equivalences>>,
    ) -> Vocabulary {
        Vocabulary {
            rules: languages::rules(language),
            equivalences,
            acronyms: HashSet::default(),
            expansions: HashMap::default(),
            group_ids: HashMap::default(),
            ids: HashMap::default(),
            organisations: HashSet::default(),
            groups: Groups::of(language),
            group_words: Vec::new(),
            name_words: NameWords::of(language),
            term_names: Vec::new(),
            word_ids: HashMap::default(),
            words: Vec::new(),
            document_frequency: Vec::new(),
            documents: 0,
        }
    }

    /// The term a (lowercase) word is read as: its lexicon group's word, stemmed.
    fn term_id(&mut self, lower: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(lower) {
            return id;
        }
        // Numbers have no stems. (Names are stemmed like any word: the same word can be
        // capitalised in one finding and not in another.)
        let stem = self.rules.stem(self.rules.canonical(lower));
        let id = match self.ids.get(&stem) {
            Some(&id) => id,
            None => {
                let id = self.new_term(lower.into(), Some(&stem));
                self.ids.insert(stem, id);
                id
            }
        };
        self.word_ids.insert(lower.to_string(), id);
        id
    }

    /// A new term, shown as `word`; `stem`: the stem it is keyed by.
    fn new_term(&mut self, word: Arc<str>, stem: Option<&str>) -> u32 {
        let id = self.document_frequency.len() as u32;
        self.document_frequency.push(0);
        self.words.push(word);
        (self.group_words).push(stem.and_then(|s| self.groups.word(s)));
        (self.term_names).push(stem.and_then(|s| self.name_words.kind(s)));
        id
    }

    /// What a term is of the language's name words (see `names.rs`), if anything.
    pub(in crate::diff) fn name_word(&self, id: u32) -> Option<NameWord> {
        self.term_names[id as usize]
    }

    /// Whether the language writes a name in lower case after its first word.
    pub(in crate::diff) fn names_in_lower_case(&self) -> bool {
        self.name_words.lower_case
    }

    /// The stems a text's content words are keyed by, in order (what `groups/*.txt` write).
    #[cfg(test)]
    pub(crate) fn keys_of(&mut self, text: &str) -> Vec<String> {
        let terms = self.terms(text, false);
        let by_id: HashMap<u32, &String> = self.ids.iter().map(|(k, &v)| (v, k)).collect();
        (terms.sequence.iter())
            .filter_map(|w| w.term)
            .map(|id| by_id.get(&id).map_or("?".to_string(), |k| k.to_string()))
            .collect()
    }

    /// The words of `text` that are read as term `id`, as written (a word of a phrase stands
    /// for its phrase), in order, once each.
    pub(in crate::diff) fn written_as(&self, text: &str, id: u32) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for (raw, lower, _) in words(text) {
            if self.word_ids.get(lower.as_ref()) == Some(&id) && !found.iter().any(|f| f == raw) {
                found.push(raw.to_string());
            }
        }
        found
    }

    /// A word of the texts that the term stands for.
    pub(in crate::diff) fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// How many terms there are: term ids run from 0 to this.
    pub(crate) fn len(&self) -> usize {
        self.document_frequency.len()
    }

    /// Rare terms weigh more: ln((N + 1) / df) for a term in df of N findings, so a term in
    /// every finding weighs almost nothing; drawn towards 1 while N is small (see
    /// `FEW_DOCUMENTS`): the weight is the mean over the N findings and `PRIOR_DOCUMENTS` more
    /// in which every term weighs 1.
    pub(in crate::diff) fn idf(&self) -> Vec<f64> {
        if self.documents <= FEW_DOCUMENTS {
            return vec![1.0; self.document_frequency.len()];
        }
        let documents = f64::from(self.documents);
        let n = documents + 1.0;
        let seen = documents / (documents + PRIOR_DOCUMENTS);
        self.document_frequency
            .iter()
            .map(|&df| seen * (n / f64::from(df.max(1))).ln() + (1.0 - seen))
            .collect()
    }
}

/// Rarity measured among a handful of changed findings says little: in a one-finding edit
/// every word is "in all of them", so the words a renamed ministry keeps weighed nothing and
/// the rename came out as dropped + added (the `small-edit*` corpus pairs). Up to
/// `FEW_DOCUMENTS` changed findings every term weighs the same; above, a term's weight starts
/// from 1 as if seen with that weight in `PRIOR_DOCUMENTS` more findings, which matters only while
/// they are few. Chosen among six variants (uniform up to 3 or 4 findings; a prior of 0, 1 or 3
/// findings) by leave-one-pair-out accuracy on the corpus: 0.929 to 0.939, this one the best.
const FEW_DOCUMENTS: u32 = 3;
/// Cross-validated with [`FEW_DOCUMENTS`], among the same six variants.
const PRIOR_DOCUMENTS: f64 = 1.0;

/// The words of a text: as written, lowercased, and whether the word opens the text.
fn words(text: &str) -> Vec<(&str, Cow<'_, str>, bool)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, raw)| (raw, languages::lowercase(raw), i == 0))
        .collect()
}

/// Whether a lowercase word carries meaning: neither a function word nor a single letter.
fn is_content(rules: &Rules, lower: &str) -> bool {
    let mut chars = lower.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    !single && !rules.is_stop(lower)
}
