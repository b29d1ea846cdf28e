//! How alike two findings are: a weighted overlap of their stemmed content words.
//!
//! Real profiles open many findings the same way ("There is no …", "Kazakhstan has …"), so
//! plain word overlap makes unrelated findings look alike. Words are therefore weighted by how
//! rare they are across the two profiles being compared (inverse document frequency), and names
//! and numbers — a partner country, "the 2011 Law on Migration" — count extra, so that a gap
//! about one partner is not taken for a gap about another. Negations carry no weight at all: a
//! finding that flips from "not yet possible" to "possible" is the same finding with a new
//! status, not a new one.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::lexicon;

use unicode_normalization::UnicodeNormalization;

/// Numbers and years say which law or agreement a finding is about.
const NUMBER_BOOST: f64 = 2.0;
/// Capitalised words inside a sentence are names: countries, laws, bodies, programmes.
const NAME_BOOST: f64 = 1.5;

/// Function words and negations: no weight in the comparison.
const STOPWORDS: &[&str] = &[
    "a", "about", "also", "an", "and", "any", "are", "as", "at", "be", "been", "between", "both",
    "but", "by", "can", "could", "do", "does", "each", "for", "from", "has", "have", "however",
    "in", "into", "is", "it", "its", "may", "more", "most", "must", "neither", "no", "nor", "not",
    "now", "of", "on", "or", "other", "place", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "there", "these", "they", "this", "those", "through", "to", "under",
    "until", "upon", "was", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "will", "with", "within", "without", "would", "yet",
];

static STOPWORD_SET: LazyLock<rustc_hash::FxHashSet<&str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// What kind of word a term is, for the rules that compare names and subjects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    Plain,
    /// A name or a number: a partner country, a law, a year.
    Name,
    /// Whom or which service a finding is about (see `lexicon::is_subject`).
    Subject,
}

/// The content words of a finding: stemmed, deduplicated, each with its boost.
#[derive(Debug, Clone, Default)]
pub(super) struct Terms {
    /// (term id, boost, mark), sorted by term id.
    pub terms: Vec<(u32, f64, Mark)>,
    /// The text says "not", "no", "neither", "yet to", …
    pub negated: bool,
}

/// Interns terms and counts, for each, how many findings of the comparison contain it.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Stems to term ids.
    ids: HashMap<String, u32>,
    /// Lowercased words to the term id of their stem, so that each word is stemmed once.
    word_ids: HashMap<String, u32>,
    /// The first word seen for each term, to show a term as a reader would write it.
    words: Vec<String>,
    document_frequency: Vec<u32>,
    documents: u32,
}

impl Vocabulary {
    /// Splits `text` into terms and counts them into the vocabulary.
    #[cfg(test)]
    pub(crate) fn add(&mut self, text: &str) -> Terms {
        self.terms(text, true)
    }

    /// Splits `text` into terms; `counted`: counts them into the document frequencies.
    pub(super) fn terms(&mut self, text: &str, counted: bool) -> Terms {
        let words = words(text);
        let lowers: Vec<&str> = words.iter().map(|w| w.1.as_ref()).collect();
        let mut terms: Vec<(u32, f64, Mark)> = Vec::with_capacity(words.len());
        let negated = is_negated(&lowers);
        let mut i = 0;
        while i < words.len() {
            let (raw, lower, at_start) = &words[i];
            // A phrase of the lexicon is one word ("long-term" is "permanent").
            let (taken, word) = match lexicon::phrase(&lowers[i..]) {
                Some((n, word)) => (n, word),
                None => (1, lower.as_ref()),
            };
            i += taken;
            let boost = if taken > 1 {
                Some(1.0)
            } else {
                boost(raw, lower, *at_start)
            };
            let Some(boost) = boost else {
                continue;
            };
            let mark = if boost > 1.0 {
                Mark::Name
            } else if lexicon::is_subject(lexicon::canonical(word).unwrap_or(word)) {
                Mark::Subject
            } else {
                Mark::Plain
            };
            let id = self.term_id(word);
            terms.push((id, boost, mark));
        }
        terms.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        terms.dedup_by_key(|t| t.0);
        if counted {
            for (id, _, _) in &terms {
                self.document_frequency[*id as usize] += 1;
            }
            self.documents += 1;
        }
        Terms { terms, negated }
    }

    /// The term a (lowercase) word is read as: its lexicon group's word, stemmed.
    fn term_id(&mut self, lower: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(lower) {
            return id;
        }
        let next = self.ids.len() as u32;
        let word = lexicon::canonical(lower).unwrap_or(lower);
        // Numbers have no stems. (Names are stemmed like any word: the same word can be
        // capitalised in one finding and not in another.)
        let stem = if word.bytes().any(|b| b.is_ascii_digit()) {
            word.to_string()
        } else {
            STEMMER.stem(word).into_owned()
        };
        let id = *self.ids.entry(stem).or_insert(next);
        if id == next {
            self.document_frequency.push(0);
            self.words.push(lower.to_string());
        }
        self.word_ids.insert(lower.to_string(), id);
        id
    }

    /// A word of the texts that the term stands for.
    pub(super) fn word(&self, id: u32) -> &str {
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
    pub(super) fn idf(&self) -> Vec<f64> {
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
const PRIOR_DOCUMENTS: f64 = 1.0;

/// The words of a text: as written, lowercased, and whether the word opens the text.
fn words(text: &str) -> Vec<(&str, Cow<'_, str>, bool)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, raw)| {
            let lower = if raw.is_ascii() {
                if raw.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(raw.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(raw)
                }
            } else {
                Cow::Owned(raw.nfc().flat_map(char::to_lowercase).collect())
            };
            (raw, lower, i == 0)
        })
        .collect()
}

/// A finding's terms with their final weights, ready to compare.
#[derive(Debug, Clone, Default)]
pub(super) struct Weighted {
    /// (term id, weight, mark), sorted by term id.
    pub terms: Vec<(u32, f64, Mark)>,
    pub total: f64,
    /// The weight of the names and numbers alone.
    pub names: f64,
    /// The weight of the subjects alone.
    pub subjects: f64,
    pub negated: bool,
}

impl Weighted {
    pub(super) fn new(source: &Terms, idf: &[f64]) -> Weighted {
        let terms: Vec<(u32, f64, Mark)> = source
            .terms
            .iter()
            .map(|&(id, boost, mark)| (id, idf[id as usize] * boost, mark))
            .collect();
        let weight_of = |mark: Mark| terms.iter().filter(|t| t.2 == mark).map(|t| t.1).sum();
        let (names, subjects) = (weight_of(Mark::Name), weight_of(Mark::Subject));
        Weighted {
            total: terms.iter().map(|t| t.1).sum(),
            terms,
            names,
            subjects,
            negated: source.negated,
        }
    }

    /// The weight of a term in this text (0 when it is not there).
    pub(super) fn weight_of(&self, id: u32) -> f64 {
        self.terms
            .binary_search_by_key(&id, |t| t.0)
            .map_or(0.0, |i| self.terms[i].1)
    }

    /// Weighted Dice coefficient of all terms (twice the weight the two share over the weight
    /// of both, 0..=1), lowered when both texts name things and the names disagree, and when
    /// both say whom or which service they are about and those disagree.
    /// `name_penalty` is the share of the similarity two texts lose when the names and numbers
    /// they both contain have nothing in common: "no labour agreement with the Russian
    /// Federation" and "… with Uzbekistan" share every other word, yet they are two findings.
    /// `subject_penalty` is the same for subjects: "Migrant children do not receive language
    /// support at school" and "Migrant adults … at work".
    pub(super) fn similarity(
        &self,
        other: &Weighted,
        name_penalty: f64,
        subject_penalty: f64,
    ) -> f64 {
        let shared = shared_weight(&self.terms, &other.terms);
        if shared.all == 0.0 {
            // Also what keeps two texts without a weighed word from dividing 0 by 0.
            return 0.0;
        }
        let dice = 2.0 * shared.all / (self.total + other.total);
        let names = agreement(self.names, other.names, shared.names);
        let subjects = agreement(self.subjects, other.subjects, shared.subjects);
        let kept =
            (1.0 - name_penalty * (1.0 - names)) * (1.0 - subject_penalty * (1.0 - subjects));
        (dice * kept).min(1.0)
    }

    /// Whether the names, and the subjects, of two texts disagree: both texts have some, and
    /// not all of them agree.
    pub(super) fn disagreements(&self, other: &Weighted) -> (bool, bool) {
        let shared = shared_weight(&self.terms, &other.terms);
        (
            agreement(self.names, other.names, shared.names) < 1.0,
            agreement(self.subjects, other.subjects, shared.subjects) < 1.0,
        )
    }
}

/// How far two texts agree on one kind of word (0 to 1): the weighted overlap of those words
/// when both have some, else 1 (nothing to disagree on).
fn agreement(a: f64, b: f64, shared: f64) -> f64 {
    if a > 0.0 && b > 0.0 {
        2.0 * shared / (a + b)
    } else {
        1.0
    }
}

/// The weight two texts share: of all terms, and of those that are names, or subjects, in
/// both.
#[derive(Debug, Default)]
struct Shared {
    all: f64,
    names: f64,
    subjects: f64,
}

/// Words that deny what follows them: a pair whose texts differ in having one may say the
/// opposite of each other.
const NEGATIONS: &[&str] = &[
    "cannot", "lack", "lacks", "neither", "never", "no", "none", "nor", "not", "unable",
];

/// Whether the (lowercase) words deny something: a negation, or "yet to" ("has yet to ratify").
fn is_negated(words: &[&str]) -> bool {
    words.iter().any(|w| NEGATIONS.contains(w))
        || words.windows(2).any(|w| w == ["yet", "to"])
        || words.windows(2).any(|w| w[1] == "t" && w[0].ends_with('n'))
}

/// The weight of the terms both lists hold (the smaller of the two weights of each: boosts
/// differ when a word is a name in one text only).
fn shared_weight(a: &[(u32, f64, Mark)], b: &[(u32, f64, Mark)]) -> Shared {
    let mut shared = Shared::default();
    let mut b = b.iter().peekable();
    for &(term, weight, mark) in a {
        while b.next_if(|other| other.0 < term).is_some() {}
        if let Some(&(_, other, other_mark)) = b.next_if(|other| other.0 == term) {
            let w = weight.min(other);
            shared.all += w;
            match (mark, other_mark) {
                (Mark::Name, Mark::Name) => shared.names += w,
                (Mark::Subject, Mark::Subject) => shared.subjects += w,
                _ => {}
            }
        }
    }
    shared
}

/// The weight multiplier of a word (`raw` as written, `lower` lowercased), or `None` for a
/// word that carries no meaning here: a function word, a negation, a single letter.
fn boost(raw: &str, lower: &str, at_start: bool) -> Option<f64> {
    let mut chars = lower.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    if single && !lower.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if STOPWORD_SET.contains(lower) {
        return None;
    }
    Some(if raw.bytes().any(|b| b.is_ascii_digit()) {
        NUMBER_BOOST
    } else if !at_start && raw.chars().next().is_some_and(char::is_uppercase) {
        NAME_BOOST
    } else {
        1.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: &str, b: &str, others: &[&str]) -> f64 {
        let mut vocab = Vocabulary::default();
        let ta = vocab.add(a);
        let tb = vocab.add(b);
        for o in others {
            vocab.add(o);
        }
        let idf = vocab.idf();
        Weighted::new(&ta, &idf).similarity(&Weighted::new(&tb, &idf), 0.5, 0.5)
    }

    #[test]
    fn stopwords_are_listed_once_in_order() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    /// The weights `--explain` shows are on the scale of a plain idf: ln((N + 1) / df), drawn
    /// towards 1 as if every term had weighed 1 in one more finding.
    #[test]
    fn weights_are_an_idf_drawn_towards_one() {
        let mut vocab = Vocabulary::default();
        let texts = [
            "Visas online.",
            "Visas border.",
            "Visas training.",
            "Visas data.",
            "Visas health.",
            "Visas return.",
            "Visas crisis.",
            "Visas diaspora.",
            "Visas labour.",
        ];
        let terms: Vec<Terms> = texts.iter().map(|t| vocab.add(t)).collect();
        let idf = vocab.idf();
        let weight = |text: usize, at: usize| Weighted::new(&terms[text], &idf).terms[at].1;
        // Nine findings; "visas" is in all of them, "online" in one.
        let expected = |df: f64| (9.0 * (10.0 / df).ln() + 1.0) / 10.0;
        let visas = weight(0, 0).min(weight(0, 1));
        let online = weight(0, 0).max(weight(0, 1));
        assert!((visas - expected(9.0)).abs() < 1e-12, "{visas}");
        assert!((online - expected(1.0)).abs() < 1e-12, "{online}");
    }

    /// A phrase of the lexicon is one term, whatever word it opens with: "at no cost" opens
    /// with a function word, yet it is "free", as "free of charge" is.
    #[test]
    fn phrases_are_terms_even_when_they_open_with_a_function_word() {
        let same = pair(
            "Language courses are offered at no cost.",
            "Language courses are offered free of charge.",
            &[],
        );
        assert!((same - 1.0).abs() < 1e-9, "{same}");
    }

    /// Two texts without a single weighed word share nothing (and do not divide 0 by 0).
    #[test]
    fn texts_without_content_words_are_not_alike() {
        assert_eq!(pair("It is not.", "There are none.", &[]), 0.0);
        assert_eq!(pair("It is not.", "Visas online.", &[]), 0.0);
    }

    /// A word is the same term however it is capitalised, in any script.
    #[test]
    fn case_does_not_make_another_term() {
        let same = pair("Österreich VISAS online.", "ÖSTERREICH Visas online.", &[]);
        assert!((same - 1.0).abs() < 1e-9, "{same}");
    }

    #[test]
    fn identical_texts_are_fully_similar_and_disjoint_ones_not_at_all() {
        let s = pair(
            "Visas can be applied for online.",
            "Visas can be applied for online.",
            &["Other text here."],
        );
        assert!((s - 1.0).abs() < 1e-9);
        assert_eq!(pair("Visas online.", "Border training.", &[]), 0.0);
    }

    #[test]
    fn shared_weight_counts_names_and_subjects_only_where_both_texts_mark_them() {
        use Mark::{Name, Plain, Subject};
        let a = [
            (1, 1.0, Plain),
            (2, 2.0, Name),
            (3, 1.0, Plain),
            (5, 0.5, Subject),
            (6, 0.25, Subject),
        ];
        let b = [
            (2, 1.5, Name),
            (3, 1.0, Name),
            (4, 1.0, Plain),
            (5, 0.75, Subject),
            (7, 1.0, Subject),
        ];
        for (x, y) in [(&a, &b), (&b, &a)] {
            let shared = shared_weight(x, y);
            assert_eq!((shared.all, shared.names, shared.subjects), (3.0, 1.5, 0.5));
        }
    }

    /// Two texts that both say whom they are about, and disagree, are kept apart as two that
    /// name different partners are; a subject on one side only changes nothing.
    #[test]
    fn disagreeing_subjects_lower_the_similarity() {
        let children = "Migrant children do not receive language support at school.";
        let adults = "Migrant adults do not receive language support at work.";
        let unmarked = "Migrants do not receive language support at work.";
        let similarity = |a: &str, b: &str, subject_penalty: f64| {
            let mut vocab = Vocabulary::default();
            let (ta, tb) = (vocab.add(a), vocab.add(b));
            let idf = vocab.idf();
            Weighted::new(&ta, &idf).similarity(&Weighted::new(&tb, &idf), 1.0, subject_penalty)
        };
        assert!(similarity(children, adults, 0.0) > 0.5);
        assert_eq!(similarity(children, adults, 1.0), 0.0);
        let halved = similarity(children, adults, 0.5) / similarity(children, adults, 0.0);
        assert!((halved - 0.5).abs() < 1e-9, "{halved}");
        assert_eq!(
            similarity(children, unmarked, 1.0),
            similarity(children, unmarked, 0.0)
        );
    }

    #[test]
    fn negations_are_recognised_in_each_form() {
        let negated = |t: &str| Vocabulary::default().add(t).negated;
        assert!(negated("Migrants do not have access."));
        assert!(negated("The country has yet to ratify the convention."));
        assert!(negated("Migrants don't have access."));
        assert!(negated("There is a lack of information."));
        assert!(!negated("The country has ratified the convention."));
        assert!(!negated("Migrants do now have access."));
    }

    #[test]
    fn a_negation_flip_stays_similar() {
        let s = pair(
            "It is not yet possible to apply for visas online.",
            "Visas can be applied for online through the e-visa portal.",
            &[
                "There is a lack of clear information on permits.",
                "Kazakhstan runs a repatriation programme.",
            ],
        );
        assert!(s > 0.5, "{s}");
    }
}
