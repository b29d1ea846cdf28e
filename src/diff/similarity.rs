//! How alike two findings are: a weighted overlap of their stemmed content words.
//!
//! Real profiles open many findings the same way ("There is no …", "Kazakhstan has …"), so
//! plain word overlap makes unrelated findings look alike. Words are therefore weighted by how
//! rare they are across the two profiles being compared (inverse document frequency), and names
//! and numbers — a partner country, "the 2011 Law on Migration" — count extra, so that a gap
//! about one partner is not taken for a gap about another. Negations carry no weight at all: a
//! finding that flips from "not yet possible" to "possible" is the same finding with a new
//! status, not a new one.

mod vocabulary;

pub(super) use vocabulary::{Equivalences, FindingTerms, Mark, Term, Vocabulary, Word};

use super::Differ;
use super::languages::Negation;
use super::tuning::Tuning;

/// A finding's terms with their final weights, ready to compare.
#[derive(Debug, Clone, Default)]
pub(super) struct Weighted {
    /// Sorted by term id.
    pub terms: Vec<Term>,
    pub total: f64,
    /// The weight of the names and numbers alone.
    pub names: f64,
    /// The weight of the subjects alone.
    pub subjects: f64,
    pub negation: Negation,
    /// The text's words in order (see `FindingTerms::sequence`).
    pub sequence: Vec<Word>,
    /// The facets of the population groups it names (see `groups.rs`), and the terms that are
    /// words of their phrases.
    pub groups: u32,
    pub group_terms: Vec<u32>,
    /// The names the text holds, each as the terms of one run of capitalised words or
    /// numbers ("Ministry of Labour and Social Protection", "Portugal", "30").
    pub names_held: Vec<Vec<u32>>,
}

impl Weighted {
    pub(super) fn new(source: &FindingTerms, idf: &[f64]) -> Weighted {
        let terms: Vec<Term> = source
            .terms
            .iter()
            .map(|&Term { id, weight, mark }| Term {
                id,
                weight: idf[id as usize] * weight,
                mark,
            })
            .collect();
        let weight_of = |mark: Mark| {
            terms
                .iter()
                .filter(|t| t.mark.counted_as() == mark)
                .map(|t| t.weight)
                .sum()
        };
        let (names, subjects) = (weight_of(Mark::Name), weight_of(Mark::Subject));
        Weighted {
            total: terms.iter().map(|t| t.weight).sum(),
            names_held: name_runs(source),
            terms,
            names,
            subjects,
            negation: source.negation.clone(),
            sequence: source.sequence.clone(),
            groups: source.groups,
            group_terms: source.group_terms.clone(),
        }
    }

    /// Whether `other` names something in this text's slot that this text does not, and
    /// the reverse: each holds a name none of whose words the other text has, or (for
    /// subjects) a subject the other lacks. "… with Portugal" / "… with Japan" and "… for
    /// migrant women" / "… for young migrants" are replaced; a body renamed ("the Committee
    /// for Emergency Situations" / "the Ministry of Emergency Situations") keeps a word of
    /// its name, and a list that gains a member loses none. Subjects are also the population
    /// groups the texts name as phrases (see `groups.rs`): "migrant domestic workers" / "older
    /// migrants".
    pub(super) fn replaced(&self, other: &Weighted, mark: Mark) -> bool {
        if mark == Mark::Subject && super::groups::replaced(self.groups, other.groups) {
            return true;
        }
        // Two texts that name the same groups may name them in other words: a subject word of
        // a group's phrase that the other text lacks ("women" / "woman", "дети" /
        // "несовершеннолетние") is then no other subject.
        let same_groups = self.groups != 0 && self.groups == other.groups;
        let reworded =
            |a: &Weighted, id: u32| same_groups && a.group_terms.binary_search(&id).is_ok();
        let lacks = |a: &Weighted, b: &Weighted| match mark {
            Mark::Name => a
                .names_held
                .iter()
                .any(|run| run.iter().all(|&id| b.weight_of(id) == 0.0)),
            _ => a
                .terms
                .iter()
                .any(|t| t.mark == mark && b.weight_of(t.id) == 0.0 && !reworded(a, t.id)),
        };
        lacks(self, other) && lacks(other, self)
    }

    /// Whether a term of this text is written capitalised: a name, or the text's first word.
    pub(super) fn capitalised(&self, id: u32) -> bool {
        self.sequence.first().is_some_and(|w| w.term == Some(id))
            || (self.terms.binary_search_by_key(&id, |t| t.id))
                .is_ok_and(|i| self.terms[i].mark == Mark::Name)
    }

    /// The weight of a term in this text (0 when it is not there).
    pub(super) fn weight_of(&self, id: u32) -> f64 {
        self.terms
            .binary_search_by_key(&id, |t| t.id)
            .map_or(0.0, |i| self.terms[i].weight)
    }

    /// Weighted Dice coefficient of all terms: twice the weight the two share over the weight
    /// of both, 0..=1, before any rule.
    pub(super) fn dice(&self, other: &Weighted) -> f64 {
        let shared = shared_weight(&self.terms, &other.terms);
        if shared.all == 0.0 {
            return 0.0;
        }
        2.0 * shared.all / (self.total + other.total)
    }

    /// Weighted Dice coefficient of all terms (twice the weight the two share over the weight
    /// of both, 0..=1), lowered by the rules that keep apart findings that share their
    /// frame but not their point:
    /// - two texts of which each names a partner, body or group that the other does not
    ///   (see `replaced`) are two findings: 0;
    /// - `name_penalty` is the share of the similarity two texts lose when the names and
    ///   numbers they both contain have nothing in common: "no labour agreement with the
    ///   Russian Federation" and "… with Uzbekistan" share every other word, yet they are two
    ///   findings;
    /// - `subject_penalty` is the same for subjects: "Migrant children do not receive language
    ///   support at school" and "Migrant adults … at work";
    /// - with `opening_share`, two texts that open with the same words ("There is no national
    ///   strategy on …") and each put at least that share of their weight after them are
    ///   compared on what follows: a list's stock opening is how it is written, not what one
    ///   of its findings says.
    pub(super) fn similarity(&self, other: &Weighted, tuning: &Tuning) -> f64 {
        self.similarity_with(other, tuning, true)
    }

    /// The similarity of two texts whose names replace each other's in their frame and are
    /// judged a rename (see `Matcher::renamed_in_frame`): as [`Weighted::similarity`], without
    /// the rule that such texts are two findings; the name penalty still applies.
    pub(super) fn similarity_renamed(&self, other: &Weighted, tuning: &Tuning) -> f64 {
        self.similarity_with(other, tuning, false)
    }

    fn similarity_with(&self, other: &Weighted, tuning: &Tuning, names_part: bool) -> f64 {
        let shared = shared_weight(&self.terms, &other.terms);
        if shared.all == 0.0 {
            // Also what keeps two texts without a weighed word from dividing 0 by 0.
            return 0.0;
        }
        let mut dice = 2.0 * shared.all / (self.total + other.total);
        if let Some(rest) = tuning
            .opening_share
            .and_then(|share| self.after_common_opening(other, share))
        {
            dice = dice.min(rest);
        }
        if (names_part && self.replaced(other, Mark::Name)) || self.replaced(other, Mark::Subject) {
            return 0.0;
        }
        let names = agreement(self.names, other.names, shared.names);
        let subjects = agreement(self.subjects, other.subjects, shared.subjects);
        let kept = (1.0 - tuning.name_penalty * (1.0 - names))
            * (1.0 - tuning.subject_penalty * (1.0 - subjects));
        (dice * kept).min(1.0)
    }

    /// The similarity of what two texts say after the words they both open with, when there
    /// are such words and each text puts at least `share` (above 0) of its weight after them.
    /// When the opening weighs the same in both texts (it does unless a word of it is
    /// capitalised in one only), this is at most their Dice coefficient: the opening adds its
    /// weight to what they share and to each text alike.
    fn after_common_opening(&self, other: &Weighted, share: f64) -> Option<f64> {
        let common = (self.sequence.iter())
            .zip(&other.sequence)
            .take_while(|(a, b)| a.hash == b.hash)
            .count();
        if common == 0 {
            return None;
        }
        // Sized at once: collected from a filter, each vector grew several times, for every
        // pair compared.
        let rest = |w: &Weighted| -> Vec<Term> {
            let mut ids: Vec<u32> = Vec::with_capacity(w.sequence.len() - common);
            ids.extend(w.sequence[common..].iter().filter_map(|t| t.term));
            ids.sort_unstable();
            ids.dedup();
            let mut terms = w.terms.iter().peekable();
            let mut rest = Vec::with_capacity(ids.len());
            rest.extend(ids.iter().filter_map(|&id| {
                while terms.next_if(|t| t.id < id).is_some() {}
                terms.peek().filter(|t| t.id == id).map(|&&t| t)
            }));
            rest
        };
        let (a, b) = (rest(self), rest(other));
        let weight = |terms: &[Term]| terms.iter().map(|t| t.weight).sum::<f64>();
        let (wa, wb) = (weight(&a), weight(&b));
        if wa < share * self.total || wb < share * other.total {
            return None;
        }
        Some(2.0 * shared_weight(&a, &b).all / (wa + wb))
    }

    /// Which rules of `tuning` two texts fall under: their names disagree, their subjects
    /// disagree, they are judged on what follows a common opening (which lowers their
    /// similarity unless what follows is as alike as the whole).
    pub(super) fn disagreements(&self, other: &Weighted, tuning: &Tuning) -> Disagreements {
        let shared = shared_weight(&self.terms, &other.terms);
        let differ = |mark: Mark, penalty: f64, a: f64, b: f64, both: f64| {
            self.replaced(other, mark) || (penalty > 0.0 && agreement(a, b, both) < 1.0)
        };
        Disagreements {
            names: differ(
                Mark::Name,
                tuning.name_penalty,
                self.names,
                other.names,
                shared.names,
            ),
            subjects: differ(
                Mark::Subject,
                tuning.subject_penalty,
                self.subjects,
                other.subjects,
                shared.subjects,
            ),
            endings: tuning
                .opening_share
                .and_then(|share| self.after_common_opening(other, share))
                .is_some(),
        }
    }
}

/// Where two texts differ: the content terms of the words they open with, in order, those
/// of each text between the opening and the words they close with, and how many content terms
/// the opening and the close hold.
#[derive(Debug, Default)]
pub(super) struct Edit {
    pub before: Vec<u32>,
    pub old: Vec<u32>,
    pub new: Vec<u32>,
    pub kept: usize,
}

impl Weighted {
    /// Where this text and `other` differ, word by word (see [`Edit`]).
    pub(super) fn edit(&self, other: &Weighted) -> Edit {
        let (a, b) = (&self.sequence, &other.sequence);
        let same = |x: &Word, y: &Word| x.hash == y.hash;
        let opening = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
        let close = (a[opening..].iter().rev())
            .zip(b[opening..].iter().rev())
            .take_while(|(x, y)| same(x, y))
            .count();
        let terms = |words: &[Word]| words.iter().filter_map(|w| w.term).collect::<Vec<u32>>();
        let before = terms(&a[..opening]);
        let kept = before.len() + terms(&a[a.len() - close..]).len();
        Edit {
            before,
            old: terms(&a[opening..a.len() - close]),
            new: terms(&b[opening..b.len() - close]),
            kept,
        }
    }
}

/// What two texts disagree on (see [`Weighted::similarity`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Disagreements {
    pub names: bool,
    pub subjects: bool,
    /// What they say after a common opening.
    pub endings: bool,
}

impl Disagreements {
    /// What the two disagree on, as reports name it.
    pub(super) fn kinds(&self) -> Vec<Differ> {
        [
            (self.names, Differ::Names),
            (self.subjects, Differ::Subjects),
            (self.endings, Differ::Endings),
        ]
        .into_iter()
        .filter_map(|(differ, what)| differ.then_some(what))
        .collect()
    }
}

/// The runs of names in a text, each as its terms: capitalised words and numbers that follow
/// each other, with function words between them ("Ministry of Labour"), but no other word.
fn name_runs(source: &FindingTerms) -> Vec<Vec<u32>> {
    // Numbers are not names here: a year corrected or a period changed is the same finding.
    let is_name = |id: u32| {
        source
            .terms
            .binary_search_by_key(&id, |t| t.id)
            .is_ok_and(|i| source.terms[i].mark == Mark::Name)
    };
    let mut runs: Vec<Vec<u32>> = Vec::new();
    let mut open = false;
    for word in &source.sequence {
        match word.term {
            Some(id) if is_name(id) => {
                match runs.last_mut() {
                    Some(run) if open => match run.iter().position(|&r| r == id) {
                        // A word that comes again opens a second name of the same kind, listed
                        // beside the first: "the Prague Process and the Budapest Process" (its
                        // head last), "le Processus de Prague et le Processus de Budapest" (first).
                        Some(0) => runs.push(vec![id]),
                        Some(at) => {
                            let mut second = run.split_off(at + 1);
                            second.push(id);
                            runs.push(second);
                        }
                        None => run.push(id),
                    },
                    _ => runs.push(vec![id]),
                }
                open = true;
            }
            Some(_) => open = false,
            // A function word neither ends a run nor adds to it.
            None => {}
        }
    }
    runs
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

/// The weight of the terms both lists hold (the smaller of the two weights of each: boosts
/// differ when a word is a name in one text only).
fn shared_weight(a: &[Term], b: &[Term]) -> Shared {
    let mut shared = Shared::default();
    let mut b = b.iter().peekable();
    for &Term {
        id: term,
        weight,
        mark,
    } in a
    {
        while b.next_if(|other| other.id < term).is_some() {}
        if let Some(&Term {
            weight: other,
            mark: other_mark,
            ..
        }) = b.next_if(|other| other.id == term)
        {
            let w = weight.min(other);
            shared.all += w;
            match (mark.counted_as(), other_mark.counted_as()) {
                (Mark::Name, Mark::Name) => shared.names += w,
                (Mark::Subject, Mark::Subject) => shared.subjects += w,
                _ => {}
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two penalties alone, without the rule on openings.
    fn penalties(name_penalty: f64, subject_penalty: f64) -> Tuning {
        Tuning {
            name_penalty,
            subject_penalty,
            opening_share: None,
            ..Tuning::default()
        }
    }

    fn pair(a: &str, b: &str, others: &[&str]) -> f64 {
        let mut vocab = Vocabulary::default();
        let ta = vocab.add(a);
        let tb = vocab.add(b);
        for o in others {
            vocab.add(o);
        }
        let idf = vocab.idf();
        Weighted::new(&ta, &idf).similarity(&Weighted::new(&tb, &idf), &penalties(0.5, 0.5))
    }

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
        let terms: Vec<FindingTerms> = texts.iter().map(|t| vocab.add(t)).collect();
        let idf = vocab.idf();
        let weight = |text: usize, at: usize| Weighted::new(&terms[text], &idf).terms[at].weight;
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
            Term {
                id: 1,
                weight: 1.0,
                mark: Plain,
            },
            Term {
                id: 2,
                weight: 2.0,
                mark: Name,
            },
            Term {
                id: 3,
                weight: 1.0,
                mark: Plain,
            },
            Term {
                id: 5,
                weight: 0.5,
                mark: Subject,
            },
            Term {
                id: 6,
                weight: 0.25,
                mark: Subject,
            },
        ];
        let b = [
            Term {
                id: 2,
                weight: 1.5,
                mark: Name,
            },
            Term {
                id: 3,
                weight: 1.0,
                mark: Name,
            },
            Term {
                id: 4,
                weight: 1.0,
                mark: Plain,
            },
            Term {
                id: 5,
                weight: 0.75,
                mark: Subject,
            },
            Term {
                id: 7,
                weight: 1.0,
                mark: Subject,
            },
        ];
        for (x, y) in [(&a, &b), (&b, &a)] {
            let shared = shared_weight(x, y);
            assert_eq!((shared.all, shared.names, shared.subjects), (3.0, 1.5, 0.5));
        }
    }

    /// Two texts that each name a subject the other lacks are two findings, at any penalty;
    /// a subject the other text adds lowers the similarity by the penalty; a subject on one
    /// side only changes nothing.
    #[test]
    fn disagreeing_subjects_lower_the_similarity() {
        let children = "Migrant children do not receive language support at school.";
        let adults = "Migrant adults do not receive language support at work.";
        let both = "Migrant children and adults do not receive language support at work.";
        let unmarked = "Migrants do not receive language support at work.";
        let similarity = |a: &str, b: &str, subject_penalty: f64| {
            let mut vocab = Vocabulary::default();
            let (ta, tb) = (vocab.add(a), vocab.add(b));
            let idf = vocab.idf();
            Weighted::new(&ta, &idf)
                .similarity(&Weighted::new(&tb, &idf), &penalties(1.0, subject_penalty))
        };
        for penalty in [0.0, 0.5, 1.0] {
            assert_eq!(similarity(children, adults, penalty), 0.0, "at {penalty}");
        }
        assert!(similarity(both, adults, 0.0) > 0.5);
        assert!(similarity(both, adults, 1.0) > 0.0);
        let lowered = similarity(both, adults, 0.5) / similarity(both, adults, 0.0);
        assert!(lowered < 1.0 && lowered > 0.5, "{lowered}");
        assert_eq!(
            similarity(children, unmarked, 1.0),
            similarity(children, unmarked, 0.0)
        );
    }

    /// A word that comes again in a run of capitalised words opens a second name, whether the
    /// names put their head last or first; and an edit is the words between the common
    /// opening and the common close.
    #[test]
    fn a_repeated_word_opens_a_second_name_and_an_edit_lies_between_the_frame() {
        let mut vocab = Vocabulary::default();
        let runs = |vocab: &mut Vocabulary, text: &str| {
            let terms = vocab.add(text);
            (name_runs(&terms).iter())
                .map(|run| {
                    run.iter()
                        .map(|&id| vocab.word(id))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            runs(
                &mut vocab,
                "It is in the Prague Process and the Budapest Process."
            ),
            ["prague process", "budapest process"]
        );
        assert_eq!(
            runs(
                &mut vocab,
                "It is in the Process of Prague and the Process of Rabat."
            ),
            ["process prague", "process rabat"]
        );
        assert_eq!(
            runs(
                &mut vocab,
                "The Ministry of Labour and Social Protection acts."
            ),
            ["ministry labour social protection"]
        );
        let (a, b) = (
            vocab.add("Ethnic returnees recognised as oralmans receive an allowance."),
            vocab.add("Ethnic returnees recognised as kandases receive an allowance."),
        );
        let idf = vocab.idf();
        let edit = Weighted::new(&a, &idf).edit(&Weighted::new(&b, &idf));
        assert_eq!((edit.old.len(), edit.new.len(), edit.kept), (1, 1, 5));
        assert_eq!(edit.before.len(), 3);
    }

    /// A partner replaced in a frame parts two texts, even when both name the profile's own
    /// country; a name renamed (a word kept) or added to a list does not.
    #[test]
    fn a_replaced_name_parts_texts_and_a_renamed_one_does_not() {
        let pair = |a: &str, b: &str| {
            let mut vocab = Vocabulary::default();
            let (ta, tb) = (vocab.add(a), vocab.add(b));
            let idf = vocab.idf();
            let (wa, wb) = (Weighted::new(&ta, &idf), Weighted::new(&tb, &idf));
            (
                wa.replaced(&wb, Mark::Name),
                wa.similarity(&wb, &penalties(0.5, 0.0)),
            )
        };
        let (replaced, sim) = pair(
            "The Government of Kazakhstan has signed an agreement with Portugal on seasonal work.",
            "The Government of Kazakhstan has signed an agreement with Japan on seasonal work.",
        );
        assert!(replaced);
        assert_eq!(sim, 0.0);
        for (a, b) in [
            (
                "The Committee for Emergency Situations coordinates evacuations.",
                "The Ministry of Emergency Situations coordinates evacuations.",
            ),
            (
                "Kazakhstan takes part in the Almaty Process.",
                "Kazakhstan takes part in the Almaty Process and the Prague Process.",
            ),
            (
                "Since 2014 social services are available to victims of trafficking.",
                "Since 2015 social services are available to victims of trafficking.",
            ),
        ] {
            let (replaced, sim) = pair(a, b);
            assert!(!replaced, "{a} / {b}");
            assert!(sim > 0.3, "{a} / {b}: {sim}");
        }
    }

    /// The similarity of two texts compared alone, with the opening rule at `share` or off.
    fn with_openings(a: &str, b: &str, share: Option<f64>) -> f64 {
        let mut vocab = Vocabulary::default();
        let (ta, tb) = (vocab.add(a), vocab.add(b));
        let idf = vocab.idf();
        let tuning = Tuning {
            opening_share: share,
            ..penalties(0.0, 0.0)
        };
        Weighted::new(&ta, &idf).similarity(&Weighted::new(&tb, &idf), &tuning)
    }

    /// Two gaps that share their opening and nothing after it are two findings; the words they
    /// open with would otherwise make them alike.
    #[test]
    fn a_shared_opening_alone_does_not_make_texts_alike() {
        let integration = "There is no national strategy on the integration of migrants.";
        let recruitment = "There is no national strategy on ethical recruitment.";
        assert!(with_openings(integration, recruitment, None) > 0.4);
        assert_eq!(with_openings(integration, recruitment, Some(0.3)), 0.0);
        // What follows the opening is what they are compared on: a little alike, a little so.
        let consult = "There is no mechanism to consult civil society on migration legislation.";
        let evaluate = "There is no mechanism to evaluate the outcomes of migration programmes.";
        let s = with_openings(consult, evaluate, Some(0.3));
        assert!(s > 0.0 && s < with_openings(consult, evaluate, None), "{s}");
    }

    /// An edit at the end of a text keeps most of its weight in the shared opening: the rule
    /// does not apply, and a text that is all opening ("… strategy" / "… strategy on
    /// migration") is not judged on nothing.
    #[test]
    fn the_rule_applies_only_when_both_say_enough_after_the_opening() {
        let pairs = [
            (
                "Irregular immigrants have no right to medical assistance beyond emergency treatment.",
                "Irregular immigrants have no right to medical assistance beyond emergency care.",
            ),
            (
                "There is no national strategy.",
                "There is no national strategy on migration.",
            ),
        ];
        for (a, b) in pairs {
            let without = with_openings(a, b, None);
            assert!(without > 0.5, "{a} / {b}: {without}");
            assert_eq!(with_openings(a, b, Some(0.3)), without, "{a} / {b}");
        }
        // A stricter share is met by fewer pairs.
        let (a, b) = (
            "Migrant workers may change employers after one year.",
            "Migrant workers may change jobs.",
        );
        assert!(with_openings(a, b, Some(0.2)) < with_openings(a, b, None));
        assert_eq!(with_openings(a, b, Some(0.9)), with_openings(a, b, None));
    }

    /// A text meets the share when exactly that share of its weight follows the opening, and
    /// each text must meet it. (Two texts alone weigh every word 1: "Quotas limit" is half of
    /// "Quotas limit permits and visas", two fifths of "… arrivals, returns and transfers".)
    #[test]
    fn the_share_is_met_exactly_and_by_both_texts() {
        let half = "Quotas limit permits and visas.";
        let three_fifths = "Quotas limit arrivals, returns and transfers.";
        for (a, b) in [(half, three_fifths), (three_fifths, half)] {
            let without = with_openings(a, b, None);
            assert!(without > 0.3, "{without}");
            assert_eq!(with_openings(a, b, Some(0.5)), 0.0, "{a} / {b}");
            assert_eq!(with_openings(a, b, Some(0.55)), without, "{a} / {b}");
        }
    }

    /// The rule only ever lowers a similarity, so prefix filtering's bound still holds.
    #[test]
    fn the_opening_rule_never_raises_a_similarity() {
        let texts = [
            "There is no national strategy on the integration of migrants.",
            "There is no national strategy on ethical recruitment.",
            "There is no mechanism to consult civil society on migration legislation.",
            "There is no mechanism to evaluate the outcomes of migration programmes.",
            "The country has a labour mobility partnership with Poland.",
            "The country has a labour mobility partnership with the Republic of Korea.",
            "Migrant workers may change employers after one year.",
        ];
        for a in texts {
            for b in texts {
                for share in [0.01, 0.2, 0.3, 0.5] {
                    let with = with_openings(a, b, Some(share));
                    assert!(with <= with_openings(a, b, None), "{a} / {b} at {share}");
                }
            }
        }
    }

    /// A rule that is off lowers nothing, so it is not named as a reason.
    #[test]
    fn only_rules_that_are_on_are_named() {
        let mut vocab = Vocabulary::default();
        let children = vocab.add("Migrant children do not receive language support at school.");
        let adults = vocab.add("Migrant adults do not receive language support at work.");
        let idf = vocab.idf();
        let (a, b) = (Weighted::new(&children, &idf), Weighted::new(&adults, &idf));
        // Subjects that replace each other part the texts whatever the penalty.
        for penalty in [0.0, 1.0] {
            assert_eq!(
                a.disagreements(&b, &penalties(1.0, penalty)).kinds(),
                [Differ::Subjects]
            );
        }
        let mut vocab = Vocabulary::default();
        let both = vocab.add("Migrant children and adults do not receive language support.");
        let adults = vocab.add("Migrant adults do not receive language support at work.");
        let idf = vocab.idf();
        let (a, b) = (Weighted::new(&both, &idf), Weighted::new(&adults, &idf));
        assert_eq!(
            a.disagreements(&b, &penalties(1.0, 1.0)).kinds(),
            [Differ::Subjects]
        );
        assert!(a.disagreements(&b, &penalties(1.0, 0.0)).kinds().is_empty());

        let mut vocab = Vocabulary::default();
        let uzbekistan = vocab.add("Bilateral agreements regulate farm work for Uzbekistan.");
        let kyrgyzstan = vocab.add("Bilateral agreements regulate farm work for Kyrgyzstan.");
        let idf = vocab.idf();
        let (a, b) = (
            Weighted::new(&uzbekistan, &idf),
            Weighted::new(&kyrgyzstan, &idf),
        );
        // Replaced partners are named whatever the penalty; partners added to a list only
        // when the penalty is on.
        for penalty in [0.0, 1.0] {
            assert_eq!(
                a.disagreements(&b, &penalties(penalty, 1.0)).kinds(),
                [Differ::Names]
            );
        }
        let mut vocab = Vocabulary::default();
        let one = vocab.add("Bilateral agreements regulate farm work for Uzbekistan.");
        let two =
            vocab.add("Bilateral agreements regulate farm work for Uzbekistan and Tajikistan.");
        let idf = vocab.idf();
        let (a, b) = (Weighted::new(&one, &idf), Weighted::new(&two, &idf));
        assert_eq!(
            a.disagreements(&b, &penalties(1.0, 1.0)).kinds(),
            [Differ::Names]
        );
        assert!(a.disagreements(&b, &penalties(0.0, 1.0)).kinds().is_empty());
    }

    #[test]
    fn negations_are_recognised_in_each_form() {
        let negated = |t: &str| Vocabulary::default().add(t).negation.any();
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
