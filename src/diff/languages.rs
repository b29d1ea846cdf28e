//! The matcher's reading of a language: its definition (`src/languages/`: stemmer, stop words,
//! negation, subjects, lexicon) made ready to use once per process, and how diacritics are
//! folded. Also which language a profile's findings are written in, by their function words.
//!
//! The Snowball stop words of Spanish, French and Russian are copied into each language's
//! folder (`src/languages/es/stop-words.txt`, …) from the `stop-words` crate rather than linked:
//! its tables of every language cost each start of the program 12,000 relocations, 0.2 ms, a
//! tenth of a whole `diff`.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use rust_stemmers::Stemmer;
use rustc_hash::FxHashSet as HashSet;

use unicode_normalization::UnicodeNormalization;

use super::lexicon::Lexicon;
use crate::languages::{Definition, Subjects};
use crate::profile::Language;
use crate::text::fold_diacritics as fold;

/// One language's rules.
pub(super) struct Rules {
    language: Language,
    definition: &'static Definition,
    stemmer: Stemmer,
    /// Words with no weight, lowercase, as written and folded (borrowed from the lists: a
    /// list of ASCII words, such as English's, costs no allocation at start).
    stop: HashSet<Cow<'static, str>>,
    /// The words that name a subject (see [`Subjects`]).
    subjects: SubjectWords,
    lexicon: Lexicon,
    /// Every language's words of absence ("without", "sin", "sans", "без"), read in a text of
    /// any language, as they were when they were one list: a finding may quote a title or a
    /// name in another language.
    absences: Vec<&'static str>,
    /// Every language's phrases that open with a cue but deny nothing, read in a text of any
    /// language as the words of absence are.
    not_negations: Vec<(&'static str, &'static str)>,
    /// The words without which a clause neither denies nor holds a word of absence: the cues,
    /// the words of absence, the first words of pairs and of two-part negations, and a
    /// contraction's second word. Most clauses hold none and are passed over after one lookup
    /// a word, rather than searched list by list (see the lexicon's phrases, for what it saves).
    negation_words: HashSet<&'static str>,
}

/// The words that name a subject, as [`Rules::is_subject`] looks them up.
enum SubjectWords {
    /// As the lexicon reads them.
    AsRead(HashSet<&'static str>),
    /// Their stems.
    Stems(HashSet<String>),
}

impl std::fmt::Debug for Rules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rules")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// The rules of `language`, built once.
pub(super) fn rules(language: Language) -> &'static Rules {
    static RULES: [OnceLock<Rules>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    RULES[language as usize].get_or_init(|| Rules::new(language))
}

impl Rules {
    fn new(language: Language) -> Rules {
        let definition = language.definition();
        let weightless = definition.weightless.iter().flat_map(|words| words.iter());
        let stop: HashSet<Cow<'static, str>> = (words(definition.stop_words)
            .chain(weightless.copied()))
        .flat_map(|w| [Cow::Borrowed(w), fold(w)])
        .collect();
        let cues = &definition.negation;
        let pairs = cues.pairs.iter().map(|[first, _]| first);
        let contraction = cues.contraction.iter().map(|(_, second)| second);
        let firsts = cues.two_parts.iter().flat_map(|(firsts, _)| firsts.iter());
        let mut rules = Rules {
            language,
            definition,
            stemmer: (definition.stemmer)(),
            stop,
            subjects: SubjectWords::AsRead(HashSet::default()),
            lexicon: Lexicon::new(&definition.lexicon),
            absences: (Language::ALL.iter())
                .flat_map(|l| l.definition().negation.absence.iter().copied())
                .collect(),
            not_negations: (Language::ALL.iter())
                .flat_map(|l| l.definition().negation.not_negations.iter().copied())
                .collect(),
            negation_words: HashSet::default(),
        };
        rules.negation_words = (cues.words.iter().chain(&rules.absences))
            .chain(pairs)
            .chain(contraction)
            .chain(firsts)
            .copied()
            .collect();
        rules.subjects = match definition.subjects {
            Subjects::AsRead(words) => SubjectWords::AsRead(words.iter().copied().collect()),
            Subjects::Stemmed(words) => {
                SubjectWords::Stems(words.iter().map(|w| rules.stem(w)).collect())
            }
        };
        rules
    }

    /// The place of these rules' language in [`Language::ALL`].
    pub(super) fn index(&self) -> usize {
        self.language as usize
    }

    /// Whether a lowercase word carries no meaning here.
    pub(super) fn is_stop(&self, lower: &str) -> bool {
        self.stop.contains(lower)
    }

    /// The word a lowercase word is read as: its lexicon group's first word, or itself.
    pub(super) fn canonical<'w>(&self, lower: &'w str) -> &'w str {
        self.lexicon.canonical(lower).unwrap_or(lower)
    }

    /// The lexicon's phrase that starts `words` (lowercase): how many words it takes and the
    /// word it is read as.
    pub(super) fn phrase(&self, words: &[&str]) -> Option<(usize, &'static str)> {
        self.lexicon.phrase(words)
    }

    /// A lowercase word's stem, folded (numbers are their own stems). Words are folded before
    /// or after stemming as the language's stemmer expects (see
    /// [`Definition::fold_before_stemming`]).
    pub(super) fn stem(&self, word: &str) -> String {
        // The same words are stemmed again and again (the terms of each finding, the names and
        // acronyms read around them, each clause's negation): remembered per thread, they are
        // stemmed once. The shipped diff stemmed 2.5 M instructions' worth, most of it twice.
        type Stems = [rustc_hash::FxHashMap<Box<str>, Box<str>>; Language::ALL.len()];
        thread_local! {
            static STEMS: std::cell::RefCell<Stems> = Default::default();
        }
        let at = self.index();
        if let Some(stem) = STEMS.with(|s| s.borrow()[at].get(word).map(|s| s.to_string())) {
            return stem;
        }
        let stem = if word.bytes().any(|b| b.is_ascii_digit()) {
            fold(word).into_owned()
        } else if self.definition.fold_before_stemming {
            self.stemmer.stem(&fold(word)).into_owned()
        } else {
            fold(&self.stemmer.stem(word)).into_owned()
        };
        STEMS.with(|s| s.borrow_mut()[at].insert(word.into(), stem.as_str().into()));
        stem
    }

    /// Whether a word (lowercase, a lexicon phrase read as its word) names a subject.
    pub(super) fn is_subject(&self, word: &str) -> bool {
        match &self.subjects {
            SubjectWords::AsRead(words) => words.contains(self.canonical(word)),
            SubjectWords::Stems(stems) => stems.contains(&self.stem(word)),
        }
    }

    /// What a text denies, clause by clause (clauses end at `,` `;` `:` `.` and brackets;
    /// what it quotes is a title or a name, and left out, see [`unquoted`]):
    /// how many clauses deny their verb or what they state, and how many hold a word of
    /// absence. Counted apart, so that "Дети без документов имеют доступ" gaining "не" is seen:
    /// as one bag of cues, "без" had filled it already. A clause that denies and then, after
    /// its denial, lacks ("may not work without a permit", "no pueden cambiar de empleador sin
    /// autorización") states a requirement, as a clause with neither does: it counts as
    /// neither. A clause that only denies or only lacks is kept, with the words its cues
    /// govern and the words it says, for a denial and an absence that trade places (see
    /// [`Negation::flips`]).
    pub(super) fn negation(&self, text: &str) -> Negation {
        let mut negation = Negation::default();
        for clause in unquoted(text).split([',', ';', ':', '.', '(', ')', '!', '?']) {
            let lower = lowercase(clause);
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if !words.iter().any(|w| self.negation_words.contains(w)) {
                continue;
            }
            let absent: Vec<usize> = (0..words.len())
                .filter(|&i| self.cue(&words, i, &self.absences))
                .collect();
            let denied = self.denials(&words);
            if let (Some(d), Some(a)) = (denied.first(), absent.first())
                && d < a
            {
                continue;
            }
            negation.denied = negation.denied.saturating_add(u8::from(!denied.is_empty()));
            negation.absent = negation.absent.saturating_add(u8::from(!absent.is_empty()));
            // What a clause lacks stands after its word of absence; what precedes it is granted
            // ("Migrants use the clinics without charge"). A denial's verb and object stand
            // anywhere around it («выездная виза не требуется»).
            let (lacks, cues, said) = match absent.first() {
                Some(&a) => (true, &absent, &words[a + 1..]),
                None if !denied.is_empty() => (false, &denied, &words[..]),
                None => continue,
            };
            let governed = cues.iter().filter_map(|&i| self.governed(&words, i));
            negation.clauses.push(Clause {
                lacks,
                governed: self.keys(governed),
                says: self.keys(said.iter().copied().filter(|w| self.says(w))),
            });
        }
        negation
    }

    /// Whether a lowercase word carries meaning and is no cue.
    fn says(&self, word: &str) -> bool {
        !self.is_stop(word) && !self.negation_words.contains(word)
    }

    /// The keys of `words`, sorted: each word's stem and its root, hashed, so that an
    /// inflection ("losing" / "lose") and a verb and its noun ("evalúan" / "evaluación") meet.
    fn keys<'w>(&self, words: impl Iterator<Item = &'w str>) -> Vec<u32> {
        let hash = |key: &str| {
            let mut hasher = rustc_hash::FxHasher::default();
            std::hash::Hash::hash(key, &mut hasher);
            std::hash::Hasher::finish(&hasher) as u32
        };
        let mut keys: Vec<u32> = words
            .flat_map(|w| [Some(self.stem(w)), root(w)])
            .flatten()
            .map(|k| hash(&k))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Where the (lowercase) words of one clause deny a verb or what they state, by this
    /// language's cues (words of absence aside): the position of each cue's last word, after
    /// which its verb or object comes.
    fn denials(&self, words: &[&str]) -> Vec<usize> {
        let cues = &self.definition.negation;
        let pair = |w: &[&str]| cues.pairs.iter().any(|p| w == p);
        let contraction = |w: &[&str]| {
            (cues.contraction).is_some_and(|(end, next)| w[1] == next && w[0].ends_with(end))
        };
        // "ne … pas", "n'a jamais", "ne … plus": a first part, then a second later in the
        // clause; the verb follows the first.
        let two_parts = |i: usize| {
            cues.two_parts.is_some_and(|(firsts, seconds)| {
                firsts.contains(&words[i]) && words[i + 1..].iter().any(|w| seconds.contains(w))
            })
        };
        (0..words.len())
            .filter(|&i| {
                (self.cue(words, i, cues.words) && !self.absences.contains(&words[i]))
                    || (i > 0 && (pair(&words[i - 1..=i]) || contraction(&words[i - 1..=i])))
                    || two_parts(i)
            })
            .collect()
    }

    /// The word a cue at `at` governs: the first word after it that carries meaning ("no se evalúan", "sin una evaluación", "не выезжая"), if it has one.
    fn governed<'w>(&self, words: &[&'w str], at: usize) -> Option<&'w str> {
        words[at + 1..].iter().copied().find(|w| self.says(w))
    }

    /// Whether `words[i]` is one of `list` and not the first word of a phrase that denies
    /// nothing ("no acompañados").
    fn cue(&self, words: &[&str], i: usize, list: &[&str]) -> bool {
        let word = words[i];
        list.contains(&word)
            && !self.not_negations.iter().any(|(first, second)| {
                *first == word && words.get(i + 1).is_some_and(|w| w.starts_with(second))
            })
    }
}

/// `text` without what it quotes between «», “” or „“: the title of a law or a programme
/// states nothing the finding claims («Об иностранцах и лицах без гражданства», "on
/// foreigners and stateless persons", holds «без» and denies nothing). A mark left open
/// quotes nothing.
fn unquoted(text: &str) -> Cow<'_, str> {
    match quotations(text) {
        (_, quoted) if quoted.is_empty() => Cow::Borrowed(text),
        (rest, _) => Cow::Owned(rest),
    }
}

/// What `text` quotes between «», “” or „“, in order, and the text with each quotation
/// replaced by a space.
pub(super) fn quotations(text: &str) -> (String, Vec<&str>) {
    const QUOTES: [(char, char); 3] = [('«', '»'), ('“', '”'), ('„', '“')];
    let mut rest = String::with_capacity(text.len());
    let mut quoted = Vec::new();
    let mut left = text;
    while let Some((at, open)) =
        (left.char_indices()).find(|(_, c)| QUOTES.iter().any(|q| q.0 == *c))
    {
        let close = QUOTES.iter().find(|q| q.0 == open).map_or(open, |q| q.1);
        let after = &left[at + open.len_utf8()..];
        let Some(end) = after.find(close) else {
            break;
        };
        rest.push_str(&left[..at]);
        rest.push(' ');
        quoted.push(&after[..end]);
        left = &after[end + close.len_utf8()..];
    }
    rest.push_str(left);
    (rest, quoted)
}

/// `text` in canonical composition (NFC), lowercased char by char. Most texts are ASCII or
/// already composed: they are lowercased as they are, and an ASCII text without capitals is
/// not copied. (Composing every clause of every finding cost the shipped diff 0.5 M
/// instructions.)
pub(super) fn lowercase(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return match text.bytes().any(|b| b.is_ascii_uppercase()) {
            true => Cow::Owned(text.to_ascii_lowercase()),
            false => Cow::Borrowed(text),
        };
    }
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => {
            Cow::Owned(text.chars().flat_map(char::to_lowercase).collect())
        }
        _ => Cow::Owned(text.nfc().flat_map(char::to_lowercase).collect()),
    }
}

/// Two words whose first this many letters (diacritics folded) agree share a root: a verb and
/// its noun that the stemmer keeps apart ("продлить" / "продления", "evalúan" / "evaluación").
/// A bound, not fitted: four letters join too much that is unrelated ("прод" opens selling as
/// well as lengthening), and the pairs the corpus needs share five ("продл", "evalu",
/// "посещ"); every near-miss and negation label of the corpus holds with it.
pub(super) const ROOT: usize = 5;

/// A word's root: its first [`ROOT`] letters, folded; none for a shorter word or a number.
pub(super) fn root(word: &str) -> Option<String> {
    let root: String = fold(word).chars().take(ROOT).collect();
    (root.chars().count() == ROOT && root.chars().all(char::is_alphabetic)).then_some(root)
}

/// What a text denies (see [`Rules::negation`]): two texts that differ in it may say opposite
/// things (see [`Negation::flips`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(in crate::diff) struct Negation {
    /// Clauses that deny their verb or what they state ("not", "ne … pas", "не", "carecen").
    pub denied: u8,
    /// Clauses that hold a word of absence ("without", "sin", "sans", "без").
    pub absent: u8,
    /// The clauses that deny and lack nothing, and those that lack and deny nothing.
    clauses: Vec<Clause>,
}

/// A clause that only denies or only lacks: what it may trade places with.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Clause {
    /// Whether it lacks (holds a word of absence) rather than denies.
    lacks: bool,
    /// The keys (see [`Rules::keys`]) of the words its cues govern.
    governed: Vec<u32>,
    /// The keys of every word it says, cues aside.
    says: Vec<u32>,
}

impl Clause {
    /// Whether this clause, lacking, and `denial`, denying, say the same thing: what one's cue
    /// governs, the other says ("sin pasaporte" / "no se les exige pasaporte", "do not need an
    /// exit visa" / "without an exit visa", "sans avoir à présenter de titre" / "aucun titre
    /// n'est exigé"). The word may stand anywhere in the other clause («без выездной визы» /
    /// «выездная виза не требуется»).
    fn trades_with(&self, denial: &Clause) -> bool {
        let meets =
            |governed: &[u32], says: &[u32]| governed.iter().any(|k| says.binary_search(k).is_ok());
        meets(&self.governed, &denial.says) || meets(&denial.governed, &self.says)
    }
}

impl Negation {
    /// Whether two texts may say opposite things: one denies or lacks in more clauses than
    /// the other. A clause that only lacks where the other text has a clause that only denies
    /// the same thing (see [`Clause::trades_with`]) counts as a denial: "sin una evaluación" /
    /// "no se evalúan", "without losing their status" / "do not lose their status" deny as
    /// much. A clause that both lacks and denies trades with nothing: "Children without papers
    /// do not have access" denies what "Children without papers have access" grants.
    pub(in crate::diff) fn flips(&self, other: &Negation) -> bool {
        self.traded(other) != other.traded(self)
    }

    /// Clauses denying and lacking, each lone absence that trades with a lone denial of
    /// `other` (each denial once) read as a denial.
    fn traded(&self, other: &Negation) -> (u8, u8) {
        let mut denials: Vec<&Clause> = other.clauses.iter().filter(|c| !c.lacks).collect();
        let mut moved = 0u8;
        for absence in self.clauses.iter().filter(|c| c.lacks) {
            if let Some(at) = denials.iter().position(|d| absence.trades_with(d)) {
                denials.swap_remove(at);
                moved = moved.saturating_add(1);
            }
        }
        (
            self.denied.saturating_add(moved),
            self.absent.saturating_sub(moved),
        )
    }
}

#[cfg(test)]
impl Negation {
    /// Whether the text denies anything.
    pub(in crate::diff) fn any(&self) -> bool {
        self.denied > 0 || self.absent > 0
    }
}

/// At least this many function words must read as another language before a profile is
/// said to be in it: a single finding of a dozen words holds four to six, so an English
/// profile that quotes a foreign title ("Ley de Migración y Extranjería") stays far below.
/// A bound set by that count, not fitted: tried on the shipped profiles (none warns), an English
/// profile quoting four Spanish titles (none) and the corpus's other-language rounds (each warns).
const MISREAD_MIN_WORDS: usize = 20;

/// And they must be this share of all the function words found in any supported language: a
/// clear majority, not a mixture (an English profile with a few Spanish names, a bilingual
/// list). A bound, not fitted, tried on the same profiles as [`MISREAD_MIN_WORDS`].
const MISREAD_MAJORITY: f64 = 0.75;

/// The function words that exactly one supported language lists ("de", "la", "en" are Spanish
/// and French; "a", "no" English and Spanish), each with that language's place in
/// [`Language::ALL`] (a word two languages list is kept as [`SHARED`], and says nothing): only
/// these say which language a text is in. One map, so that a word of a text is looked up once,
/// not once per language; made in one pass at its size (a second map of the own words alone,
/// and its growth, were a third of what the check cost the shipped diff).
fn own_stop_words() -> &'static rustc_hash::FxHashMap<&'static str, usize> {
    static OWN: LazyLock<rustc_hash::FxHashMap<&'static str, usize>> = LazyLock::new(|| {
        let files = Language::ALL.map(|l| l.definition().stop_words);
        // A word a line, and a few lines of notice: a bound on the size, without gathering
        // each list into a vector first.
        let size = files
            .iter()
            .map(|f| f.bytes().filter(|&b| b == b'\n').count())
            .sum();
        let mut own = rustc_hash::FxHashMap::with_capacity_and_hasher(size, Default::default());
        for (at, file) in files.into_iter().enumerate() {
            for word in words(file) {
                own.entry(word)
                    .and_modify(|l| {
                        if *l != at {
                            *l = SHARED;
                        }
                    })
                    .or_insert(at);
            }
        }
        own
    });
    &OWN
}

/// In [`own_stop_words`], a word that two languages list.
const SHARED: usize = usize::MAX;

/// The supported language other than `declared` that `texts` are clearly written in, with how
/// many of the function words found are its own and how many were found in all: counted by
/// each language's own stop words, and said only past [`MISREAD_MIN_WORDS`] and
/// [`MISREAD_MAJORITY`].
pub(crate) fn written_in<'t>(
    texts: impl IntoIterator<Item = &'t str>,
    declared: Language,
) -> Option<(Language, usize, usize)> {
    let mut counts = [0usize; Language::ALL.len()];
    for text in texts {
        let lower = text.to_lowercase();
        for word in lower.split(|c: char| !c.is_alphanumeric()) {
            match own_stop_words().get(word) {
                Some(&at) if at != SHARED => counts[at] += 1,
                _ => {}
            }
        }
    }
    let found: usize = counts.iter().sum();
    let (at, &most) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, c)| (*c, usize::MAX - i))?;
    let language = Language::ALL[at];
    (language != declared
        && most >= MISREAD_MIN_WORDS
        && most as f64 >= MISREAD_MAJORITY * found as f64)
        .then_some((language, most, found))
}

/// The words of a stop-word file: one a line, `#` lines are its notice.
fn words(file: &'static str) -> impl Iterator<Item = &'static str> {
    crate::languages::lines(file)
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_and_its_noun_share_a_root() {
        assert_eq!(root("продлить"), root("продления"));
        assert_eq!(root("evalúan"), root("evaluación"));
        assert_ne!(root("продлить"), root("продать"));
        assert_eq!(root("visa"), None);
        assert_eq!(root("2019a"), None);
    }

    #[test]
    fn english_stop_words_are_listed_once_in_order() {
        let words: Vec<&str> = words(Language::En.definition().stop_words).collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn diacritics_are_folded_and_short_i_is_kept() {
        assert_eq!(fold("Sénégal"), "Senegal");
        assert_eq!(fold("éducation"), "education");
        assert_eq!(fold("ёлка"), "елка");
        assert_eq!(fold("main-d'œuvre"), "main-d'oeuvre");
        assert_eq!(fold("мой"), "мой");
        assert_eq!(fold("migración"), "migracion");
        assert!(matches!(fold("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn stems_join_inflections_and_accents() {
        let es = rules(Language::Es);
        assert_eq!(es.stem("trabajadora"), es.stem("trabajadores"));
        assert_eq!(es.stem("migración"), es.stem("migracion"));
        let fr = rules(Language::Fr);
        assert_eq!(fr.stem("sénégal"), fr.stem("senegal"));
        assert_eq!(fr.stem("éducation"), fr.stem("education"));
        let ru = rules(Language::Ru);
        assert_eq!(ru.stem("ежегодный"), ru.stem("ежегодного"));
        assert_eq!(ru.stem("ведёт"), ru.stem("ведет"));
        assert_eq!(ru.stem("таджикистаном"), "таджикистан");
        let en = rules(Language::En);
        assert_eq!(en.stem("éducation"), en.stem("education"));
    }

    fn negated(language: Language, text: &str) -> bool {
        rules(language).negation(text).any()
    }

    #[test]
    fn negation_cues_of_each_language() {
        use Language::*;
        assert!(negated(Es, "El país no cuenta con una estrategia."));
        assert!(negated(
            Es,
            "Los migrantes carecen de acceso a la justicia."
        ));
        assert!(negated(Es, "La ley se aprobó sin consultar a nadie."));
        assert!(!negated(
            Es,
            "Los menores no acompañados reciben protección."
        ));
        assert!(!negated(
            Es,
            "Las organizaciones no gubernamentales participan."
        ));
        assert!(negated(Fr, "Le pays ne dispose pas d'une stratégie."));
        assert!(negated(Fr, "Les migrants n'ont jamais accès à la justice."));
        assert!(negated(Fr, "Ils ne peuvent plus demander de visa."));
        assert!(negated(Fr, "Il n'existe aucun programme."));
        assert!(negated(
            Fr,
            "Les migrants sont absents des plans d'urgence."
        ));
        assert!(!negated(Fr, "Plus de migrants ont accès au système."));
        assert!(!negated(Fr, "Les mineurs non accompagnés sont protégés."));
        assert!(negated(Ru, "Государство не публикует доклад."));
        assert!(negated(Ru, "В стране отсутствует стратегия."));
        assert!(negated(Ru, "У общества нет возможности участвовать."));
        assert!(!negated(
            Ru,
            "Несовершеннолетние без сопровождения получают защиту."
        ));
        assert!(negated(En, "The country has yet to ratify it."));
        assert!(!negated(En, "The country ratified it."));
    }

    // Regression (issue 35 item 8): a verb negated beside a word of absence was not seen in
    // Russian, Spanish or French, where the word of absence had already filled the one bag.
    #[test]
    fn a_verb_negated_beside_a_word_of_absence_is_counted_apart() {
        use Language::*;
        for (language, before, after) in [
            (
                En,
                "Children without papers have access.",
                "Children without papers do not have access.",
            ),
            (
                Es,
                "Los niños sin documentos tienen acceso.",
                "Los niños sin documentos no tienen acceso.",
            ),
            (
                Fr,
                "Les enfants sans documents ont accès.",
                "Les enfants sans documents n'ont pas accès.",
            ),
            (
                Ru,
                "Дети без документов имеют доступ.",
                "Дети без документов не имеют доступа.",
            ),
        ] {
            let (a, b) = (
                rules(language).negation(before),
                rules(language).negation(after),
            );
            assert_eq!(a.absent, 1, "{before}");
            assert_ne!(a, b, "{language}: {before} / {after}");
        }
        // One clause denied twice is denied once.
        let en = rules(En);
        assert!(
            !(en.negation("There is no strategy and no plan."))
                .flips(&en.negation("There is no strategy or plan."))
        );
    }

    // Regression (issue 35): «без» in a law's title was read as the finding's.
    #[test]
    fn what_a_text_quotes_denies_nothing() {
        let ru = rules(Language::Ru);
        let before = "Согласно Закону «О правовом положении иностранных граждан», иностранцы имеют право на помощь.";
        let after = "Согласно Закону «Об иностранцах и лицах без гражданства», иностранцы имеют право на помощь.";
        assert!(!ru.negation(before).flips(&ru.negation(after)));
        assert!(ru.negation("Закон «О гражданстве» не применяется.").any());
        assert_eq!(unquoted("a «b» c “d” e «f"), "a   c   e «f");
        assert_eq!(quotations("a « b » c").1, [" b "]);
    }

    // Regression (issue 35): a word of absence and a negated verb that trade places were
    // flagged as a flip where both texts deny as much.
    #[test]
    fn an_absence_and_a_denial_that_trade_places_flip_nothing() {
        use Language::*;
        let flips = |language: Language, a: &str, b: &str| {
            let rules = rules(language);
            rules.negation(a).flips(&rules.negation(b))
        };
        // Denied, then lacking: a requirement, as a clause with neither states.
        assert!(!flips(
            En,
            "Students may not work without a permit.",
            "Students need a permit to work."
        ));
        assert!(flips(
            En,
            "Students may work without a permit.",
            "Students may not work without a permit."
        ));
        // Lacking, then denied: the absence names whom, the denial is the point.
        assert!(flips(
            En,
            "Children without papers have access.",
            "Children without papers do not have access."
        ));
        // The word denied and the word lacking share a root.
        assert!(!flips(
            Es,
            "Son devueltos sin una evaluación de su situación.",
            "No se evalúa su situación antes de devolverlos."
        ));
        assert!(!flips(
            Ru,
            "Продлить разрешение можно онлайн, не посещая миграционную службу.",
            "Продление разрешения осуществляется онлайн без посещения миграционной службы."
        ));
        // Different words: what one text lacks, the other's denial says, before or after it.
        assert!(!flips(
            En,
            "Foreign residents do not need an exit visa to leave Mongolia.",
            "Foreign residents can leave Mongolia without an exit visa."
        ));
        assert!(!flips(
            Ru,
            "Граждане Таджикистана могут выезжать за рубеж без выездной визы.",
            "Для выезда граждан Таджикистана за рубеж выездная виза не требуется."
        ));
        assert!(!flips(
            Fr,
            "Les enfants sont inscrits sans avoir à présenter de titre de séjour.",
            "Aucun titre de séjour n'est exigé pour inscrire les enfants."
        ));
        // Another word lacking: what was denied is now granted, and what stands before a word
        // of absence is granted, not lacked.
        assert!(flips(
            Fr,
            "Les enfants ne peuvent pas être enregistrés.",
            "Les enfants sont enregistrés sans condition."
        ));
        assert!(flips(
            Fr,
            "Les enfants ne sont pas enregistrés.",
            "Les enfants sont enregistrés sans condition."
        ));
        assert!(flips(
            En,
            "Migrants use the public clinics without charge.",
            "Migrants do not use the public clinics."
        ));
    }

    #[test]
    fn stop_words_hold_the_negations_and_the_snowball_lists() {
        for (language, words) in [
            (Language::Es, ["de", "con", "tiene", "no", "carecen"]),
            (Language::Fr, ["de", "une", "avec", "pas", "jamais"]),
            (Language::Ru, ["и", "с", "не", "нет", "отсутствует"]),
        ] {
            for w in words {
                assert!(rules(language).is_stop(w), "{language}: {w}");
            }
        }
        assert!(!rules(Language::Es).is_stop("migración"));
    }

    #[test]
    fn subjects_are_known_by_their_stems() {
        let es = rules(Language::Es);
        assert!(es.is_subject("mujer"));
        assert!(es.is_subject("jóvenes"));
        let ru = rules(Language::Ru);
        assert!(ru.is_subject("женщин"));
        assert!(!ru.is_subject("мигрантов"));
    }
}
