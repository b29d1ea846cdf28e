//! The terms of a text: its words stemmed by its language's rules, function words left out,
//! names and numbers boosted, phrases of the lexicon and of a repository's terms file read as
//! one term; and the vocabulary that interns them and counts how rare each is.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::hash::BuildHasher;
use std::sync::{Arc, LazyLock};

use rustc_hash::FxHashMap as HashMap;
use unicode_normalization::UnicodeNormalization;

use super::super::acronyms;
use super::super::groups::Groups;
use super::super::languages::{self, Negation, Rules};
use rustc_hash::FxHashSet as HashSet;

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

/// A term of a text: its id in the vocabulary, its weight (the boost a name or a number gets,
/// in [`Terms`]; that times the term's rarity, in [`Weighted`]) and what kind of word it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(in crate::diff) struct Term {
    pub id: u32,
    pub weight: f64,
    pub mark: Mark,
}

/// The content words of a finding: stemmed, deduplicated, each with its boost.
#[derive(Debug, Clone, Default)]
pub(in crate::diff) struct Terms {
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
    groups: Vec<(Arc<str>, u64)>,
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
    fn phrase(&self, stems: &[String]) -> Option<(usize, u32)> {
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
    /// (see [`KnownNames`]).
    expansions: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Stems to term ids.
    ids: HashMap<String, u32>,
    /// The terms that are acronyms or names read as one (organisations).
    organisations: HashSet<u32>,
    /// The language's population groups, and by term id the number of the term in their
    /// phrases, if a phrase holds it.
    groups: &'static Groups,
    group_words: Vec<Option<u16>>,
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
    /// Splits `text` into terms and counts them into the vocabulary.
    #[cfg(test)]
    pub(crate) fn add(&mut self, text: &str) -> Terms {
        self.terms(text, true)
    }

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
            word_ids: HashMap::default(),
            words: Vec::new(),
            document_frequency: Vec::new(),
            documents: 0,
        }
    }

    /// Reads `name` (the stems of its content words), defined in a text, as the acronym
    /// `acronym` stands for.
    fn expand(&mut self, name: &[String], acronym: String) {
        // A name known already is read as its known acronym: that one comes first.
        let known = KnownNames::of(self.rules);
        if let Some(first) = name.first() {
            if known.starting(first).any(|(n, _)| n == name) {
                return;
            }
            let list = self.expansions.entry(first.clone()).or_default();
            if !list.iter().any(|(n, _)| n == name) {
                list.push((name.to_vec(), acronym));
            }
        }
    }

    /// Learns the acronyms `texts` write, and those they define ("the State Migration Service
    /// (SMS)"), so that every text of the comparison reads them alike.
    pub(in crate::diff) fn learn_acronyms<'t>(&mut self, texts: impl Iterator<Item = &'t str>) {
        let rules = self.rules;
        for text in texts {
            // A text in capitals writes no acronym: every word would be one.
            if !text.chars().any(char::is_lowercase) {
                continue;
            }
            // The words as `words` splits them, lowercased only when one is an acronym (most
            // texts write none: lowercasing every text here cost 0.8 M instructions of the
            // shipped diff).
            let raws = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let mut read = None;
            for (p, raw) in raws.enumerate() {
                if !acronyms::is_acronym(raw, true) || rules.is_stop(&languages::lowercase(raw)) {
                    continue;
                }
                self.acronyms.insert(raw.to_string());
                if text.contains(&format!("({raw})")) {
                    let words = read.get_or_insert_with(|| words(text));
                    if let Some(from) = defined_from(rules, &words[..p], raw) {
                        let name = content_stems(rules, &words[from..p]);
                        self.expand(&name, acronyms::canonical(raw));
                    }
                }
            }
        }
    }

    /// The organisation's name that `words[i..]` opens with, read as an acronym: how many
    /// words it takes and the acronym's term. A name known or defined comes first; else a run
    /// of capitalised words (function words between them) whose initials spell an acronym.
    fn expansion_at(
        &self,
        words: &[(&str, Cow<'_, str>, bool)],
        i: usize,
    ) -> Option<(usize, String)> {
        let capitalised = |raw: &str| raw.chars().next().is_some_and(char::is_uppercase);
        let (raw, lower, _) = &words[i];
        if !capitalised(raw) || !is_content(self.rules, lower) {
            return None;
        }
        let rules = self.rules;
        let mut best: Option<(usize, String)> = None;
        let first = rules.stem(lower);
        let defined = self.expansions.get(&first).into_iter().flatten();
        let names = (KnownNames::of(rules).starting(&first))
            .chain(defined.map(|(name, acronym)| (name.as_slice(), acronym.as_str())));
        for (name, acronym) in names {
            let (mut j, mut k) = (i + 1, 1);
            while k < name.len() && j < words.len() {
                if !is_content(rules, &words[j].1) {
                    j += 1;
                } else if rules.stem(&words[j].1) == name[k] {
                    (j, k) = (j + 1, k + 1);
                } else {
                    break;
                }
            }
            if k == name.len() && best.as_ref().is_none_or(|(taken, _)| j - i > *taken) {
                best = Some((j - i, acronym.to_string()));
            }
        }
        if best.is_some() {
            return best;
        }
        let mut initials = String::new();
        for (j, (raw, lower, _)) in words.iter().enumerate().skip(i) {
            if !is_content(rules, lower) {
                continue;
            }
            if !capitalised(raw) || initials.chars().count() == 6 {
                break;
            }
            initials.extend(raw.chars().next().into_iter().flat_map(char::to_uppercase));
            let written = |a: &str| acronyms::is_known(a) || self.acronyms.contains(a);
            if initials.chars().count() >= 2 && written(&initials) {
                best = Some((j + 1 - i, acronyms::canonical(&initials)));
            }
        }
        best
    }

    /// Splits `text` into terms; `counted`: counts them into the document frequencies. The
    /// words are read in steps, each of which reads the words at a place or leaves them to
    /// the next: a phrase of the repository's terms file, then an organisation's name or
    /// acronym, then a phrase of the lexicon or a single word; then the population groups the
    /// terms name are found, and the terms are counted.
    pub(in crate::diff) fn terms(&mut self, text: &str, counted: bool) -> Terms {
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
        Terms {
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
        let group_words: Vec<Option<u16>> = (sequence.iter())
            .filter_map(|w| w.term)
            .map(|id| self.group_words[id as usize])
            .collect();
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
        id
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

    /// Whether a run of names (its terms, in order) is or holds an organisation (an acronym,
    /// or a name read as one) or a country: a partner, not a body's or a programme's own name.
    /// A country is looked for in every span of up to four words of the run, as the texts
    /// first wrote them ("the United Arab Emirates", "Government of Kazakhstan").
    pub(in crate::diff) fn is_entity(&self, run: &[u32]) -> bool {
        if run.iter().any(|id| self.organisations.contains(id)) {
            return true;
        }
        (0..run.len()).any(|from| {
            (from + 1..=run.len().min(from + 4)).any(|to| {
                let words = run[from..to].iter().map(|&id| self.word(id));
                COUNTRIES.contains(&country_key(&words.collect::<String>()))
            })
        })
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

/// The known names of every organisation (see `acronyms.rs`) as one language's rules read
/// them, made once a process and language, not for every comparison, and only as far as the
/// texts need: by the letter their first content word's stem opens with (a stem opens with the
/// word's first letter, folded: see the test), each name's first stem and then all its stems
/// when a text first opens a name with that letter or that stem. (Stemming every known name
/// for each vocabulary, twice a comparison, was 1.7 M of the 10.5 M instructions of the
/// shipped diff; all of them once a process, 0.5 M.)
struct KnownNames {
    /// Each name and the acronym it is read as, in the known list's order.
    names: Vec<(&'static str, String)>,
    /// By the first letter of a name's first content word, folded: its names in that order.
    by_initial: HashMap<char, Vec<usize>>,
    /// Each name's first content stem, and all its content stems, made when first needed.
    first: Vec<std::sync::OnceLock<Option<String>>>,
    stems: Vec<std::sync::OnceLock<Vec<String>>>,
    rules: &'static Rules,
}

impl KnownNames {
    fn of(rules: &'static Rules) -> &'static KnownNames {
        const LANGUAGES: usize = crate::profile::Language::ALL.len();
        static BY_LANGUAGE: [std::sync::OnceLock<KnownNames>; LANGUAGES] =
            [const { std::sync::OnceLock::new() }; LANGUAGES];
        BY_LANGUAGE[rules.index()].get_or_init(|| {
            let names: Vec<(&'static str, String)> = acronyms::known_names().collect();
            let mut by_initial: HashMap<char, Vec<usize>> = HashMap::default();
            for (k, (name, _)) in names.iter().enumerate() {
                if let Some(initial) = first_content_word(rules, name).and_then(|w| initial(&w)) {
                    by_initial.entry(initial).or_default().push(k);
                }
            }
            KnownNames {
                first: names.iter().map(|_| std::sync::OnceLock::new()).collect(),
                stems: names.iter().map(|_| std::sync::OnceLock::new()).collect(),
                names,
                by_initial,
                rules,
            }
        })
    }

    /// The names whose first content word stems as `first`: their content stems and their
    /// acronym, in the known list's order.
    fn starting<'k>(&'k self, first: &str) -> impl Iterator<Item = (&'k [String], &'k str)> {
        let (names, rules) = (&self.names, self.rules);
        let same_letter = first.chars().next().and_then(|c| self.by_initial.get(&c));
        (same_letter.into_iter().flatten())
            .filter(move |&&k| {
                let stem = self.first[k]
                    .get_or_init(|| first_content_word(rules, names[k].0).map(|w| rules.stem(&w)));
                stem.as_deref() == Some(first)
            })
            .map(|&k| {
                let (name, acronym) = &names[k];
                let stems = self.stems[k].get_or_init(|| content_stems(rules, &words(name)));
                (stems.as_slice(), acronym.as_str())
            })
    }
}

/// The first content word of a name, lowercase.
fn first_content_word<'n>(rules: &Rules, name: &'n str) -> Option<Cow<'n, str>> {
    (name.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(languages::lowercase)
        .find(|lower| is_content(rules, lower))
}

/// The letter a lowercase word's stem opens with: its first letter, folded.
fn initial(lower: &str) -> Option<char> {
    let first = lower.chars().next()?;
    crate::text::fold_diacritics(first.encode_utf8(&mut [0; 4]))
        .chars()
        .next()
}

/// The keys of the countries' names and aliases in the ISO 3166-1 table the profiles are
/// checked with (`src/profile/countries.tsv`), made when a pair's names first differ: the
/// table is searched as text there, once a lookup, which is too slow for every span of
/// every name that differs.
static COUNTRIES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../profile/countries.tsv")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let kind = fields.next()?;
            let key = fields.next()?;
            matches!(kind, "name" | "alias").then(|| key.to_string())
        })
        .collect()
});

/// A name's key in that table: its letters and digits, lowercase, without accents (as
/// `profile::iso` makes it).
fn country_key(name: &str) -> String {
    name.nfd()
        .filter(|c| c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

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

/// The stems of the content words of `words`.
fn content_stems(rules: &Rules, words: &[(&str, Cow<'_, str>, bool)]) -> Vec<String> {
    (words.iter())
        .filter(|(_, lower, _)| is_content(rules, lower))
        .map(|(_, lower, _)| rules.stem(lower))
        .collect()
}

/// Where the name an acronym defines begins, when the words before it (`before`) end with
/// words whose initials spell it, other function words skipped: "the State Migration Service
/// (SMS)", "l'Organisation internationale pour les migrations (OIM)".
fn defined_from(
    rules: &Rules,
    before: &[(&str, Cow<'_, str>, bool)],
    acronym: &str,
) -> Option<usize> {
    let mut letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
    for (q, (_, lower, _)) in before.iter().enumerate().rev() {
        let initial = lower.chars().next()?;
        // A function word may give its letter ("Agence nationale pour l'emploi (ANPE)").
        if !is_content(rules, lower) && letters.last() != Some(&initial) {
            continue;
        }
        if letters.pop() != Some(initial) {
            return None;
        }
        if letters.is_empty() {
            return Some(q);
        }
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Language;

    /// [`KnownNames`] finds a name's first stem by its letter: that holds for every known
    /// name read by every language's rules.
    #[test]
    fn a_stem_opens_with_its_words_first_letter_folded() {
        for language in Language::ALL {
            let rules = languages::rules(language);
            for (name, _) in acronyms::known_names() {
                let word = first_content_word(rules, name).expect("a content word");
                let stem = rules.stem(&word);
                assert_eq!(stem.chars().next(), initial(&word), "{language}: {name}");
            }
        }
    }

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
