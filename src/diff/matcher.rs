//! One-to-one matching of the findings of two profiles: identical texts, then ids, then a
//! global assignment by similarity inside each domain, then (more strictly) across domains.
//!
//! Measured and left out: pairing findings that stand alone between the same two matched
//! neighbours at a lower threshold (the position evidence of line diffs). On the labelled
//! corpus it changed no label at the chosen threshold, and cross-validated accuracy was
//! higher without it (0.922 against 0.919, on the eleven pairs the corpus then had). Tried
//! again on all sixteen pairs, with the name, subject and opening rules in place: 0.940
//! against 0.946, and no fold chose it.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use super::Basis;
use super::assign;
mod candidates;
mod explain;
mod renames;
mod roots;

use candidates::Score;
pub(super) use explain::Explainer;

use super::similarity::{Disagreements, Equivalences, Mark, Term, Vocabulary, Weighted};
use super::tuning::{
    ANY_EVIDENCE, BELOW_IDENTICAL, CONFIDENT, MOVE_MARGIN, NEAR_FLOOR, RESPELT,
    SAME_CATEGORY_BONUS, TELLING_WEIGHT, Tuning,
};
use crate::profile::{Domain, Finding, Profile};

/// An old finding matched to a new one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Pair {
    /// Positions in the two profiles' `findings`.
    pub old: usize,
    pub new: usize,
    pub similarity: f64,
    /// The two texts are the same once normalised.
    pub same_text: bool,
    /// One text denies something and the other does not: the meaning may have flipped.
    pub negation: bool,
    pub basis: Basis,
    /// How far the similarity passed the threshold of the step that made the pair (none for
    /// a pair by text or id).
    pub margin: Option<f64>,
    /// The best similarity of another candidate of either finding in that step, if any.
    pub rival: Option<f64>,
    /// The pair rests on few words: it shares at most [`Tuning::few_terms`] weighted terms and
    /// either changes category or was judged on what follows a common opening.
    pub thin: bool,
    /// Tied by id, but the texts share (almost) nothing: below [`NEAR_FLOOR`], where two
    /// findings are not even a possible rewording of each other. An id ties whatever text
    /// it is given, so a tied finding replaced wholesale must not pass as sure.
    pub replaced: bool,
    /// Paired by similarity, but a name of one text is not in the other, and it is no known
    /// country or organisation (those are partners replaced or added): "the Ministry of
    /// Labour and Social Protection of the Population" / "… Social Protection", "the e-Permit
    /// portal" / "the Unified Migration Portal". The frame says one finding; the name may
    /// say another body, law or programme.
    pub renamed: bool,
}

/// An unmatched old finding and an unmatched new one of the same domain, one the other's best
/// candidate below the threshold: perhaps one finding, reworded beyond recognition.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Near {
    pub old: usize,
    pub new: usize,
    /// The similarity of their words, before the rules that keep findings apart.
    pub similarity: f64,
    /// The rules that lowered it.
    pub differ: Disagreements,
    /// The new finding is the old one's best candidate.
    pub for_old: bool,
    /// The old finding is the new one's best candidate.
    pub for_new: bool,
}

/// Why a pair was made, for `--explain`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Evidence {
    /// The terms the two texts share, heaviest first, with their weights.
    pub shared: Vec<(String, f64)>,
    pub basis: Basis,
    /// The best other candidate of the old finding (position in the new profile) and its
    /// similarity.
    pub runner_up: Option<(usize, f64)>,
    /// The rules that lowered the pair's similarity (none for a pair by text or id).
    pub differ: Disagreements,
    /// The new finding's candidates were bounded: it shares its words with too many findings
    /// for every one to be compared (see [`POSTINGS_PER_TERM`](super::tuning::POSTINGS_PER_TERM)).
    pub bounded: bool,
}

/// Everything the matcher found.
#[derive(Debug, Clone, Default)]
pub(super) struct Matching {
    /// By old position.
    pub pairs: Vec<Pair>,
    pub near: Vec<Near>,
}

/// Pairs the findings of two profiles, one to one.
pub(super) struct Matcher<'a> {
    old: &'a Profile,
    new: &'a Profile,
    tuning: Tuning,
    /// New findings whose candidates were bounded (see [`POSTINGS_PER_TERM`](super::tuning::POSTINGS_PER_TERM)).
    bounded: HashSet<usize>,
    old_terms: Vec<Weighted>,
    new_terms: Vec<Weighted>,
    vocabulary: Vocabulary,
    old_free: Vec<bool>,
    new_free: Vec<bool>,
    /// Hashes of the texts, for a tie-breaker that does not depend on which side is old.
    old_hashes: Vec<u64>,
    new_hashes: Vec<u64>,
    pairs: Vec<Pair>,
}

impl<'a> Matcher<'a> {
    pub(super) fn new(old: &'a Profile, new: &'a Profile, tuning: Tuning) -> Matcher<'a> {
        Matcher {
            old,
            new,
            tuning,
            bounded: HashSet::default(),
            old_terms: vec![Weighted::default(); old.findings.len()],
            new_terms: vec![Weighted::default(); new.findings.len()],
            vocabulary: Vocabulary::with(old.language, None),
            old_free: vec![true; old.findings.len()],
            new_free: vec![true; new.findings.len()],
            old_hashes: Vec::new(),
            new_hashes: Vec::new(),
            pairs: Vec::new(),
        }
    }

    /// Reads the phrases of a repository's terms file as shared words.
    pub(super) fn with_terms(mut self, terms: Option<&crate::profile::Terms>) -> Matcher<'a> {
        let equivalences = terms.map(|t| Equivalences::of(t, self.old.language));
        self.vocabulary = Vocabulary::with(self.old.language, equivalences);
        self
    }

    /// Pairs the findings; then finds the near misses among those left.
    pub(super) fn run(mut self) -> (Matching, Explainer<'a>) {
        let texts = (self.old.findings.iter()).chain(&self.new.findings);
        self.vocabulary
            .learn_acronyms(texts.map(|f| f.text.as_str()));
        // Texts in two languages are not compared: only their ids tie findings.
        if self.old.language != self.new.language {
            self.weigh_free_findings();
            self.same_ids();
            self.pairs.sort_by_key(|p| p.old);
            let matching = Matching {
                pairs: self.pairs.clone(),
                near: Vec::new(),
            };
            return (matching, Explainer { matcher: self });
        }
        self.same_texts();
        self.weigh_free_findings();
        self.same_ids();
        for domain in Domain::ALL {
            // Confident pairs first: they are most pairs of a real round, and at a high
            // threshold prefix filtering proposes few candidates; the rest are then weighed
            // among far fewer findings.
            let threshold = self.tuning.threshold;
            if threshold < CONFIDENT {
                self.by_similarity(Some(domain), CONFIDENT, threshold, Basis::Similarity);
            }
            self.by_similarity(Some(domain), threshold, threshold, Basis::Similarity);
        }
        let across = (self.tuning.threshold + MOVE_MARGIN).min(1.0);
        self.by_similarity(None, across, across, Basis::Moved);
        self.pairs.sort_by_key(|p| p.old);
        let near = self.near_misses();
        let matching = Matching {
            pairs: self.pairs.clone(),
            near,
        };
        (matching, Explainer { matcher: self })
    }

    /// Term weights for the findings still to be matched once identical texts are paired.
    /// Rarity is measured among the findings whose text the other profile does not hold: a
    /// word is discriminating if it tells the changed findings apart, whatever the unchanged
    /// ones say. (Not among the findings still free, which would make the weights, and so
    /// the pairs, depend on which findings an `id` ties.) It also spares the cost of stemming
    /// and weighing the (usually many) unchanged findings.
    fn weigh_free_findings(&mut self) {
        let (old, new) = (self.old, self.new);
        let old_texts: HashSet<&str> = old.findings.iter().map(|f| f.normal.as_str()).collect();
        let new_texts: HashSet<&str> = new.findings.iter().map(|f| f.normal.as_str()).collect();
        let mut weigh = |f: &Finding, free: bool, other: &HashSet<&str>| {
            let changed = !other.contains(f.normal.as_str());
            (changed || free).then(|| self.vocabulary.terms(&f.text, changed))
        };
        let old_free = self.old_free.clone();
        let new_free = self.new_free.clone();
        let old_raw: Vec<_> = (old.findings.iter().zip(&old_free))
            .map(|(f, &free)| weigh(f, free, &new_texts))
            .collect();
        let new_raw: Vec<_> = (new.findings.iter().zip(&new_free))
            .map(|(f, &free)| weigh(f, free, &old_texts))
            .collect();
        let hash = |f: &Finding, free: bool| if free { text_hash(&f.text) } else { 0 };
        self.old_hashes = (self.old.findings.iter().zip(&self.old_free))
            .map(|(f, &free)| hash(f, free))
            .collect();
        self.new_hashes = (self.new.findings.iter().zip(&self.new_free))
            .map(|(f, &free)| hash(f, free))
            .collect();
        let idf = self.vocabulary.idf();
        for (slot, raw) in self.old_terms.iter_mut().zip(&old_raw) {
            if let Some(raw) = raw {
                *slot = Weighted::new(raw, &idf);
            }
        }
        for (slot, raw) in self.new_terms.iter_mut().zip(&new_raw) {
            if let Some(raw) = raw {
                *slot = Weighted::new(raw, &idf);
            }
        }
    }

    /// The similarity of two findings (0 to 1): the weighted overlap of their terms; 1.0
    /// only for the same text.
    fn similarity(&self, o: usize, n: usize) -> f64 {
        let (a, b) = (&self.old_terms[o], &self.new_terms[n]);
        let mut similarity = a.similarity(b, &self.tuning);
        if (similarity == 0.0 && self.renamed_in_frame(a, b)) || self.renamed_in_quotes(o, n) {
            similarity = similarity.max(a.similarity_renamed(b, &self.tuning));
        }
        similarity.min(BELOW_IDENTICAL)
    }

    /// Whether two texts each name something the other does not (see `Weighted::replaced`)
    /// only as names of two words or more that are no known country or organisation, and
    /// name no other group: a body, portal or programme renamed in its frame ("the portal
    /// Migración en Línea" / "the platform Visas Web"), which is one finding whose name is to
    /// review, not a partner replaced ("España" / "Italia": a name of one word may be a
    /// country the table does not know in this language).
    fn renamed_in_frame(&self, a: &Weighted, b: &Weighted) -> bool {
        if !a.replaced(b, Mark::Name) || a.replaced(b, Mark::Subject) {
            return false;
        }
        let unknown = |x: &Weighted, y: &Weighted| {
            (x.names_held.iter())
                .filter(|run| run.iter().all(|&id| y.weight_of(id) == 0.0))
                .all(|run| run.len() >= 2 && !self.vocabulary.is_entity(run))
        };
        (unknown(a, b) && unknown(b, a)) || self.renamed_in_lower_case(a, b)
    }

    /// How alike a near miss is: the similarity, unless the words alone reach the threshold
    /// and only the rules for disagreeing names, subjects or endings kept the two apart, or
    /// those rules took all the words share of a gap and a strength, and a telling term is
    /// among them ("seguro de salud público" / "la red pública", with other subjects: not
    /// "The country has …", nor "migrants"); then the words' similarity, and `true`.
    fn near_score(&self, o: usize, n: usize) -> (f64, bool) {
        let words = self.old_terms[o]
            .dice(&self.new_terms[n])
            .min(BELOW_IDENTICAL);
        if words >= self.tuning.threshold {
            return (words, true);
        }
        match self.similarity(o, n) {
            // The rules took all the words share: across categories, where a gap closed or a
            // strength lost is written anew and its subject or opening with it, what is shared
            // is still evidence, if it is more than their opening or a word most findings
            // hold. In one category the rules' verdict stands: a partner or subject replaced.
            0.0 if words > 0.0 && self.flipped(o, n) && self.telling_term_shared(o, n) => {
                (words, true)
            }
            similarity => (similarity, false),
        }
    }

    /// Whether an old finding and a new one are in different categories.
    fn flipped(&self, o: usize, n: usize) -> bool {
        self.old.findings[o].category != self.new.findings[n].category
    }

    /// Whether two texts share a term after the words they open with that weighs at least
    /// [`TELLING_WEIGHT`] in both.
    fn telling_term_shared(&self, o: usize, n: usize) -> bool {
        let (a, b) = (&self.old_terms[o], &self.new_terms[n]);
        let opening = a.edit(b).before;
        (a.terms.iter())
            .any(|t| !opening.contains(&t.id) && t.weight.min(b.weight_of(t.id)) >= TELLING_WEIGHT)
    }

    fn take(&mut self, o: usize, n: usize, basis: Basis) {
        self.take_at(o, n, basis, None, None);
    }

    /// Pairs `o` with `n`; `threshold` is the one the pair passed, `rival` the best other
    /// candidate either finding had.
    fn take_at(
        &mut self,
        o: usize,
        n: usize,
        basis: Basis,
        threshold: Option<f64>,
        rival: Option<f64>,
    ) {
        let same_text = self.old.findings[o].normal == self.new.findings[n].normal;
        let similarity = if same_text {
            1.0
        } else {
            self.similarity(o, n)
        };
        let (a, b) = (&self.old_terms[o], &self.new_terms[n]);
        let few =
            a.terms.iter().filter(|t| b.weight_of(t.id) > 0.0).count() <= self.tuning.few_terms;
        let flip = self.flipped(o, n);
        let thin = !same_text
            && threshold.is_some()
            && few
            && (flip || a.disagreements(b, &self.tuning).endings);
        let negation = !same_text
            && self.old_terms[o]
                .negation
                .flips(&self.new_terms[n].negation);
        // Across languages the texts are not compared, so there is nothing to measure.
        let replaced = basis == Basis::SameId
            && !same_text
            && self.old.language == self.new.language
            && a.dice(b) < NEAR_FLOOR;
        let renamed = threshold.is_some() && !same_text && self.renamed(o, n);
        self.old_free[o] = false;
        self.new_free[n] = false;
        self.pairs.push(Pair {
            old: o,
            new: n,
            similarity,
            same_text,
            negation,
            basis,
            margin: threshold.filter(|_| !same_text).map(|t| similarity - t),
            rival,
            thin,
            replaced,
            renamed,
        });
    }

    /// Whether a name of one finding's text is not in the other's, and none of the names
    /// that differ is a known country or organisation (see [`Pair::renamed`]).
    fn renamed(&self, o: usize, n: usize) -> bool {
        let (a, b) = (&self.old_terms[o], &self.new_terms[n]);
        // The runs of names of `x` with a word `y` lacks, and those words.
        fn differing<'w>(x: &'w Weighted, y: &Weighted) -> Vec<(&'w Vec<u32>, Vec<u32>)> {
            (x.names_held.iter())
                .map(|run| {
                    let lacked = run.iter().copied().filter(|&id| y.weight_of(id) == 0.0);
                    (run, lacked.collect::<Vec<u32>>())
                })
                .filter(|(_, lacked)| !lacked.is_empty())
                // A name added beside one kept that shares its head ("the Prague Process" /
                // "the Prague Process and the Budapest Process"): the words it keeps are those
                // of another of its text's names, which the other text holds whole.
                .filter(|(run, lacked)| {
                    let kept = || run.iter().filter(|id| !lacked.contains(id));
                    !(x.names_held.iter()).any(|other| {
                        other != *run
                            && other.iter().all(|&id| y.weight_of(id) > 0.0)
                            && kept().all(|id| other.contains(id))
                    }) || lacked.len() == run.len()
                })
                .collect()
        }
        let (in_a, in_b) = (differing(a, b), differing(b, a));
        // A name changed in part ("… Social Protection of the Population" / "… Social
        // Protection"), or replaced by another on both sides; not a name added on one side
        // only ("Migrant workers from member states of the Eurasian Economic Union are …"),
        // which narrows or lists, nor one respelt ("Kazaks" / "Kazakhs").
        let in_part = in_a
            .iter()
            .chain(&in_b)
            .any(|(run, lacked)| lacked.len() < run.len());
        let words = |runs: &[(&Vec<u32>, Vec<u32>)]| -> String {
            let lacked = runs.iter().flat_map(|(_, lacked)| lacked);
            lacked
                .map(|&id| self.vocabulary.word(id))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let respelt = || strsim::normalized_levenshtein(&words(&in_a), &words(&in_b)) >= RESPELT;
        let both = !in_a.is_empty() && !in_b.is_empty();
        if both && respelt() {
            return false;
        }
        let changed = in_part || both;
        // Looked up last: the table of countries is read when first needed.
        (changed && !(in_a.iter().chain(&in_b)).any(|(run, _)| self.vocabulary.is_entity(run)))
            || self.renamed_in_lower_case(a, b)
            || self.renamed_in_quotes(o, n)
    }

    /// Whether an editor parted two findings: each has an id, and the ids differ. Such
    /// findings are never paired with each other, nor named as each other's near miss.
    pub(super) fn parted(&self, o: usize, n: usize) -> bool {
        match (&self.old.findings[o].id, &self.new.findings[n].id) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        }
    }

    /// Findings with the same explicit `id` always match, wherever they are.
    fn same_ids(&mut self) {
        let by_id: HashMap<&str, usize> = self
            .new
            .findings
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.id.as_deref().map(|id| (id, i)))
            .collect();
        for (o, f) in self.old.findings.iter().enumerate() {
            if let Some(&n) = f.id.as_deref().and_then(|id| by_id.get(id)) {
                if self.new_free[n] {
                    self.take(o, n, Basis::SameId);
                }
            }
        }
    }

    /// The same normalised text is the same finding, wherever it is (texts are unique within a
    /// valid profile).
    fn same_texts(&mut self) {
        // A finding whose `id` the other profile also has is left to `same_ids`.
        let (old_ids, new_ids) = (ids_of(self.old), ids_of(self.new));
        let has_partner_id = |f: &Finding, other: &HashSet<&str>| {
            f.id.as_deref().is_some_and(|id| other.contains(id))
        };
        let by_text: HashMap<&str, usize> = (0..self.new.findings.len())
            .filter(|&i| self.new_free[i] && !has_partner_id(&self.new.findings[i], &old_ids))
            .map(|i| (self.new.findings[i].normal.as_str(), i))
            .collect();
        let same: Vec<(usize, usize)> = (0..self.old.findings.len())
            .filter(|&o| self.old_free[o] && !has_partner_id(&self.old.findings[o], &new_ids))
            .filter_map(|o| {
                by_text
                    .get(self.old.findings[o].normal.as_str())
                    .map(|&n| (o, n))
            })
            .collect();
        for (o, n) in same {
            // A valid profile holds each text once; an invalid one must not pair twice.
            if self.new_free[n] && !self.parted(o, n) {
                self.take(o, n, Basis::SameText);
            }
        }
    }

    /// The free findings of one domain (or, with `None`, of all) on each side.
    fn free_in(&self, domain: Option<Domain>) -> (Vec<usize>, Vec<usize>) {
        let in_scope = |f: &Finding| domain.is_none_or(|d| f.domain == d);
        let olds = (0..self.old.findings.len())
            .filter(|&i| self.old_free[i] && in_scope(&self.old.findings[i]))
            .collect();
        let news = (0..self.new.findings.len())
            .filter(|&i| self.new_free[i] && in_scope(&self.new.findings[i]))
            .collect();
        (olds, news)
    }

    /// Global one-to-one assignment among the free findings of one domain (or, with `None`,
    /// across domains) whose similarity reaches `threshold`; `base` is the threshold a pair
    /// must pass to be made at all, which its gain and margin are measured from (`threshold`
    /// may be higher, to make the clear pairs first).
    fn by_similarity(&mut self, domain: Option<Domain>, threshold: f64, base: f64, basis: Basis) {
        let (olds, news) = self.free_in(domain);
        if olds.is_empty() || news.is_empty() {
            return;
        }
        let (candidates, bounded) = self.candidates(&olds, &news, threshold, Score::Similarity);
        self.bounded.extend(bounded.into_iter().map(|b| news[b]));
        let edges: Vec<assign::Edge> = candidates
            .iter()
            .map(|&(a, b, sim)| (a, b, self.weight(olds[a], news[b], sim, base)))
            .collect();
        // Each finding's two best candidates, for how sure a pair is.
        let mut best_old: HashMap<usize, [f64; 2]> = HashMap::default();
        let mut best_new: HashMap<usize, [f64; 2]> = HashMap::default();
        let keep_two = |best: &mut [f64; 2], sim: f64| {
            if sim > best[0] {
                *best = [sim, best[0]];
            } else if sim > best[1] {
                best[1] = sim;
            }
        };
        for &(a, b, sim) in &candidates {
            keep_two(best_old.entry(a).or_insert([f64::MIN; 2]), sim);
            keep_two(best_new.entry(b).or_insert([f64::MIN; 2]), sim);
        }
        for (a, b) in assign::assign(olds.len(), news.len(), &edges) {
            let sim = self.similarity(olds[a], news[b]);
            // The best candidate other than the partner: the first of the two unless it is
            // the pair itself.
            let other = |best: Option<&[f64; 2]>| {
                best.map(|&[first, second]| if first > sim { first } else { second })
                    .filter(|&s| s > f64::MIN)
            };
            let rival = match (other(best_old.get(&a)), other(best_new.get(&b))) {
                (Some(x), Some(y)) => Some(x.max(y)),
                (x, y) => x.or(y),
            };
            self.take_at(olds[a], news[b], basis, Some(base), rival);
        }
    }

    /// The weight the assignment maximises: what a pair gains over leaving both findings
    /// alone (its similarity's margin over `threshold`), a small bonus for staying in the
    /// same category, and a tie-breaker that depends only on the two texts, so that
    /// `diff(b, a)` chooses the same pairs as `diff(a, b)` even among equal candidates.
    /// With raw similarity, two pairs that each barely pass (0.53 + 0.31) outvote one clear
    /// pair (0.73); with margins they cannot (the `clauses-split-off` corpus pair).
    fn weight(&self, o: usize, n: usize, sim: f64, threshold: f64) -> f64 {
        let (a, b) = (&self.old.findings[o], &self.new.findings[n]);
        let bonus = if a.category == b.category {
            SAME_CATEGORY_BONUS
        } else {
            0.0
        };
        // The tie-breaker is above 0, so that a pair exactly at the threshold still gains.
        let tie = 1e-9 * (1.0 + symmetric_hash(self.old_hashes[o], self.new_hashes[n]));
        (sim - threshold) + bonus + tie
    }

    /// For every unmatched finding, the best unmatched finding of its domain on the other
    /// side, of either category, that shares any evidence with it: a shared term (a lexicon
    /// or terms-file link is one), or failing any, a shared root (see `roots.rs`). A gap
    /// closed by a strength written
    /// anew shares a word or two, far below [`NEAR_FLOOR`], and the two are each other's
    /// best candidate no more often than not; a leftover that names nothing passes as
    /// unrelated. The mark pairs nothing: the pairs are made before it.
    fn near_misses(&self) -> Vec<Near> {
        let mut near: Vec<Near> = Vec::new();
        for domain in Domain::ALL {
            let (olds, news) = self.free_in(Some(domain));
            if olds.is_empty() || news.is_empty() {
                continue;
            }
            let (edges, _) = self.candidates(&olds, &news, ANY_EVIDENCE, Score::Near);
            let mut best_old: HashMap<usize, (usize, f64)> = HashMap::default();
            let mut best_new: HashMap<usize, (usize, f64)> = HashMap::default();
            // Among equals, the lower position, so that the choice does not depend on the
            // order of the edges.
            let better = |current: Option<&(usize, f64)>, other: usize, sim: f64| {
                current.is_none_or(|&(o, s)| sim > s || (sim == s && other < o))
            };
            for &(a, b, sim) in &edges {
                if better(best_old.get(&a), b, sim) {
                    best_old.insert(a, (b, sim));
                }
                if better(best_new.get(&b), a, sim) {
                    best_new.insert(b, (a, sim));
                }
            }
            // A leftover that shares no term may still share a root with one ("продлить" /
            // "продления"): weaker evidence, looked for only where there is no stronger.
            let (bare_old, bare_new) = (
                (0..olds.len()).any(|a| !best_old.contains_key(&a)),
                (0..news.len()).any(|b| !best_new.contains_key(&b)),
            );
            if bare_old || bare_new {
                let (mut root_old, mut root_new) = (HashMap::default(), HashMap::default());
                for (a, b, sim) in self.shared_roots(&olds, &news) {
                    if !best_old.contains_key(&a) && better(root_old.get(&a), b, sim) {
                        root_old.insert(a, (b, sim));
                    }
                    if !best_new.contains_key(&b) && better(root_new.get(&b), a, sim) {
                        root_new.insert(b, (a, sim));
                    }
                }
                best_old.extend(root_old);
                best_new.extend(root_new);
            }
            let mut found: HashMap<(usize, usize), Near> = HashMap::default();
            let mut mark = |a: usize, b: usize, sim: f64, for_old: bool| {
                let (o, n) = (olds[a], news[b]);
                let entry = found.entry((o, n)).or_insert_with(|| Near {
                    old: o,
                    new: n,
                    similarity: sim,
                    differ: if self.near_score(o, n).1 {
                        self.old_terms[o].disagreements(&self.new_terms[n], &self.tuning)
                    } else {
                        Disagreements::default()
                    },
                    for_old: false,
                    for_new: false,
                });
                if for_old {
                    entry.for_old = true;
                } else {
                    entry.for_new = true;
                }
            };
            for (&a, &(b, sim)) in &best_old {
                mark(a, b, sim, true);
            }
            for (&b, &(a, sim)) in &best_new {
                mark(a, b, sim, false);
            }
            near.extend(found.into_values());
        }
        near.sort_by_key(|n| (n.old, n.new));
        near
    }
}

/// The explicit ids a profile uses.
fn ids_of(p: &Profile) -> HashSet<&str> {
    p.findings.iter().filter_map(|f| f.id.as_deref()).collect()
}

/// A text's hash, the same in every run.
fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// A number in [0, 1) that is the same for (a, b) and (b, a), from two texts' hashes.
fn symmetric_hash(a: u64, b: u64) -> f64 {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let mixed = (first ^ second.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::candidates::{may_reach, prefix};
    use super::*;
    use crate::diff::tuning::COMPARED_PER_FINDING;
    use crate::profile::Category;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "migrants",
        "workers",
        "access",
        "health",
        "education",
        "visas",
        "online",
        "border",
        "training",
        "data",
        "strategy",
        "Russian",
        "Uzbekistan",
        "2011",
        "Law",
        "labour",
        "residence",
        "permits",
        "crisis",
        "return",
        "diaspora",
        "degrees",
        "compulsory",
        "mandatory",
        "long-term",
        "permanent",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(WORDS), 1..10).prop_map(|w| w.join(" "))
    }

    fn profile(year: u16, texts: Vec<String>) -> Profile {
        let mut seen = HashSet::default();
        Profile::new("memory", "Testland", "ATA", year).with_findings(
            texts
                .into_iter()
                .filter(|t| seen.insert(crate::text::normalize(t)))
                .map(|t| (Domain::WellBeing, Category::WellDeveloped, t)),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Prefix filtering loses nothing: every pair of free findings whose similarity
        /// reaches the threshold is a candidate, with that similarity.
        #[test]
        fn candidates_are_every_pair_that_reaches_the_threshold(
            olds in prop::collection::vec(text(), 1..12),
            news in prop::collection::vec(text(), 1..12),
            threshold in 0.05f64..0.95,
        ) {
            let (old, new) = (profile(2018, olds), profile(2022, news));
            let mut m = Matcher::new(&old, &new, Tuning::default());
            m.same_texts();
            m.weigh_free_findings();
            let (os, ns) = m.free_in(Some(Domain::WellBeing));
            let (edges, bounded) = m.candidates(&os, &ns, threshold, Score::Similarity);
            prop_assert!(bounded.is_empty(), "twelve findings are never bounded");
            let mut got: Vec<(usize, usize)> = edges
                .into_iter()
                .map(|(a, b, _)| (a, b))
                .collect();
            got.sort_unstable();
            let mut all = Vec::new();
            for (a, &o) in os.iter().enumerate() {
                for (b, &n) in ns.iter().enumerate() {
                    if m.similarity(o, n) >= threshold {
                        all.push((a, b));
                    }
                }
            }
            prop_assert_eq!(got, all);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The prefix is as short as it can be without losing a pair: a text that holds only
        /// the terms after it stays below the threshold, and one that also holds the prefix's
        /// last term would reach it (so a shorter prefix would miss that text).
        #[test]
        fn the_prefix_is_the_shortest_that_loses_no_pair(
            weights in prop::collection::vec(0.1f64..5.0, 1..20),
            threshold in 0.05f64..0.95,
        ) {
            let mut heaviest: Vec<(u32, f64)> =
                weights.iter().enumerate().map(|(i, &w)| (i as u32, w)).collect();
            heaviest.sort_by(|x, y| y.1.total_cmp(&x.1));
            let total: f64 = weights.iter().sum();
            let (length, rest) = prefix(&heaviest, total, threshold);
            let tail: f64 = heaviest[length..].iter().map(|t| t.1).sum();
            prop_assert!((rest - tail).abs() < 1e-9, "rest {rest}, terms after {tail}");
            // The best similarity of a text that holds exactly terms worth `shared` of this
            // one and nothing else (weighted Dice).
            let best = |shared: f64| 2.0 * shared / (shared + total);
            if length < heaviest.len() {
                prop_assert!(best(tail) < threshold);
            }
            if length > 0 {
                let one_more = tail + heaviest[length - 1].1;
                prop_assert!(best(one_more) >= threshold - 1e-12);
            }
        }

        /// A candidate is compared in full exactly when it could still reach the threshold:
        /// for an old text that holds some of the new text's terms and all of its rest, the
        /// bound is its similarity.
        #[test]
        fn a_pair_is_weighed_when_it_could_reach_the_threshold(
            overlap in 0.0f64..10.0,
            rest in 0.0f64..10.0,
            unshared in 0.1f64..10.0,
            threshold in 0.05f64..0.95,
        ) {
            // The old text: the shared terms only. The new one: those, and `unshared` more.
            let old_total = overlap + rest;
            let new_total = overlap + rest + unshared;
            let similarity = 2.0 * (overlap + rest) / (old_total + new_total);
            prop_assert_eq!(
                may_reach(overlap, rest, old_total + new_total, threshold),
                similarity >= threshold
            );
            prop_assert!(may_reach(overlap, rest, old_total + new_total, similarity));
        }
    }

    /// At exactly the threshold a pair is kept: the prefix goes on while the rest weighs as
    /// much as the bound, and the bound does not prune a pair that it equals.
    #[test]
    fn a_pair_exactly_at_the_threshold_is_a_candidate() {
        let texts = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let old = profile(2018, texts(&["Alpha beta.", "Gamma."]));
        let new = profile(2022, texts(&["Alpha beta gamma."]));
        let mut m = Matcher::new(&old, &new, Tuning::default());
        m.same_texts();
        m.weigh_free_findings();
        let (os, ns) = m.free_in(Some(Domain::WellBeing));
        // Three changed findings: every term weighs 1, and "Gamma." shares one of four.
        assert_eq!(m.similarity(1, 0), 0.5);
        let (edges, _) = m.candidates(&os, &ns, 0.5, Score::Similarity);
        assert!(
            edges.iter().any(|&(a, b, _)| (os[a], ns[b]) == (1, 0)),
            "{edges:?}"
        );
    }

    /// Which of two equally good partners a finding takes does not depend on the order the
    /// findings are listed in, on either side.
    #[test]
    fn ties_do_not_depend_on_the_order_of_findings() {
        let texts = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let partners = [
            "Migrants can register online quickly.",
            "Migrants can register online easily.",
        ];
        let partner = |olds: &[&str], news: &[&str]| {
            let (old, new) = (profile(2018, texts(olds)), profile(2022, texts(news)));
            let (matching, _) = Matcher::new(&old, &new, Tuning::default()).run();
            assert_eq!(matching.pairs.len(), 1);
            let p = matching.pairs[0];
            (
                old.findings[p.old].text.clone(),
                new.findings[p.new].text.clone(),
            )
        };
        let one = "Migrants can register online.";
        let forward = partner(&[one], &partners);
        let reversed = partner(&[one], &[partners[1], partners[0]]);
        assert_eq!(forward, reversed);
        // And the other way round: two equally good old findings for one new one.
        let forward = partner(&partners, &[one]);
        let reversed = partner(&[partners[1], partners[0]], &[one]);
        assert_eq!(forward, reversed);
    }

    fn finding_in(category: Category, text: &str) -> (Domain, Category, String) {
        (Domain::WellBeing, category, text.to_string())
    }

    /// The weight the assignment maximises is the similarity's margin over the threshold, plus
    /// a small bonus for the same category, plus a tie-breaker far too small to outweigh either.
    #[test]
    fn weights_rank_by_margin_then_category() {
        let wd = Category::WellDeveloped;
        let fd = Category::FurtherDevelopment;
        let old = Profile::new("o", "Testland", "ATA", 2018).with_findings([
            finding_in(
                wd,
                "Migrant workers may change employers freely after one year.",
            ),
            finding_in(fd, "Students may work twenty hours a week."),
        ]);
        let new = Profile::new("n", "Testland", "ATA", 2022).with_findings([
            finding_in(
                wd,
                "Migrant workers may change employers freely after one year of residence.",
            ),
            finding_in(wd, "Migrant workers may change jobs."),
            finding_in(fd, "Students may work twenty hours a week during term."),
            finding_in(wd, "Students may work up to twenty hours a week."),
        ]);
        let mut m = Matcher::new(&old, &new, Tuning::default());
        m.same_texts();
        m.weigh_free_findings();
        for o in 0..old.findings.len() {
            for n in 0..new.findings.len() {
                let sim = 0.5;
                let bonus = if old.findings[o].category == new.findings[n].category {
                    SAME_CATEGORY_BONUS
                } else {
                    0.0
                };
                let extra = m.weight(o, n, sim, 0.2) - (sim - 0.2) - bonus;
                assert!((1e-9..1e-8).contains(&extra), "tie-breaker {extra}");
            }
        }
        // At equal similarity, the same category wins.
        let at = |p: &Profile, text: &str| {
            p.findings
                .iter()
                .position(|f| f.text.starts_with(text))
                .unwrap()
        };
        let students = at(&old, "Students");
        let same = at(&new, "Students may work twenty hours a week during term");
        let other = at(&new, "Students may work up to");
        assert!(m.weight(students, same, 0.5, 0.2) > m.weight(students, other, 0.5, 0.2));
    }

    /// A finding whose words every other finding holds is compared with a bounded number of
    /// candidates, the nearest in place among the most promising; its rewording at its own
    /// place is still found.
    #[test]
    fn candidates_are_bounded_and_the_bound_keeps_the_finding_at_its_place() {
        let words = ["alpha", "beta", "gamma", "delta", "epsilon"];
        // Seven of five words each, written as the digits of a number in base 5: every text
        // differs, and every word is in most of them.
        let texts: Vec<String> = (0..600usize)
            .map(|i| {
                let w: Vec<&str> = (0..7).map(|k| words[i / 5usize.pow(k) % 5]).collect();
                format!("{}.", w.join(" "))
            })
            .collect();
        let reworded: Vec<String> = texts.iter().map(|t| format!("{t} more")).collect();
        let (old, new) = (profile(2018, texts), profile(2022, reworded));
        let mut m = Matcher::new(&old, &new, Tuning::default());
        m.same_texts();
        m.weigh_free_findings();
        let (os, ns) = m.free_in(Some(Domain::WellBeing));
        let (edges, bounded) = m.candidates(&os, &ns, 0.2, Score::Similarity);
        assert_eq!(
            bounded.len(),
            ns.len(),
            "every finding's candidates were cut"
        );
        for b in [0, 300, 599] {
            let of_b: Vec<usize> = edges.iter().filter(|e| e.1 == b).map(|e| e.0).collect();
            assert!(of_b.len() <= COMPARED_PER_FINDING, "{}", of_b.len());
            assert!(of_b.contains(&b), "the finding at its own place: {of_b:?}");
        }
    }

    /// A near miss is each finding's best candidate, not the first one seen.
    #[test]
    fn a_near_miss_is_the_best_candidate() {
        let wd = Category::WellDeveloped;
        let old = Profile::new("o", "Testland", "ATA", 2018).with_findings([finding_in(
            wd,
            "Migrant workers may change employers freely after one year.",
        )]);
        let new = Profile::new("n", "Testland", "ATA", 2022).with_findings([
            finding_in(wd, "Migrant workers may change jobs."),
            finding_in(
                wd,
                "Migrant workers may change employers freely after one year of residence.",
            ),
        ]);
        let tuning = Tuning {
            threshold: 0.95,
            ..Tuning::default()
        };
        let (matching, _) = Matcher::new(&old, &new, tuning).run();
        assert!(matching.pairs.is_empty());
        let named = |old_side: bool| -> Vec<(usize, usize)> {
            (matching.near.iter())
                .filter(|n| if old_side { n.for_old } else { n.for_new })
                .map(|n| (n.old, n.new))
                .collect()
        };
        assert_eq!(named(true), [(0, 1)]);
        // Each new finding names the old one: both share words with it.
        assert_eq!(named(false), [(0, 0), (0, 1)]);
    }

    /// `--explain` gives the terms both texts hold, and the best other candidate of the same
    /// domain, if any is alike at all.
    #[test]
    fn evidence_names_shared_terms_and_the_runner_up() {
        let wd = Category::WellDeveloped;
        let old = Profile::new("o", "Testland", "ATA", 2018).with_findings([
            finding_in(
                wd,
                "Migrant workers may change employers freely after one year.",
            ),
            (
                Domain::MobilityCrises,
                wd,
                "Consulates evacuate citizens.".to_string(),
            ),
        ]);
        let partner = "Migrant workers may change employers after one year of residence.";
        let new = Profile::new("n", "Testland", "ATA", 2022).with_findings([
            finding_in(wd, partner),
            finding_in(wd, "Foreign workers may change jobs."),
            finding_in(wd, "Students may work twenty hours a week."),
            (
                Domain::Partnerships,
                wd,
                "Migrant workers may change employers freely after one year in Testland."
                    .to_string(),
            ),
            (
                Domain::MobilityCrises,
                wd,
                "Consulates evacuate nationals.".to_string(),
            ),
            (
                Domain::MobilityCrises,
                wd,
                "Students may work twenty hours.".to_string(),
            ),
        ]);
        let (matching, explainer) = Matcher::new(&old, &new, Tuning::default()).run();
        let pair = |text: &str| {
            let o = old.findings.iter().position(|f| f.text == text).unwrap();
            *matching.pairs.iter().find(|p| p.old == o).expect("paired")
        };
        let workers = explainer.explain(&pair(
            "Migrant workers may change employers freely after one year.",
        ));
        let words: Vec<&str> = workers.shared.iter().map(|(w, _)| w.as_str()).collect();
        assert!(
            words.contains(&"employers") && words.contains(&"year"),
            "{words:?}"
        );
        assert!(
            !words.contains(&"freely") && !words.contains(&"residence"),
            "{words:?}"
        );
        let (runner_up, similarity) = workers.runner_up.expect("a runner-up");
        assert_eq!(
            new.findings[runner_up].text,
            "Foreign workers may change jobs."
        );
        assert!(similarity > 0.0);

        let consulates = explainer.explain(&pair("Consulates evacuate citizens."));
        assert_eq!(
            consulates.runner_up, None,
            "nothing else in the domain is alike"
        );
    }
}
