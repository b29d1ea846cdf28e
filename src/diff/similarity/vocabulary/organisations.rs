//! The names of organisations and countries: the acronyms the texts write or define, and the
//! known names (see `acronyms.rs`), read as one term; and whether a run of names is a partner
//! (an organisation or a country), for the rules that compare names.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use unicode_normalization::UnicodeNormalization;

use super::{Vocabulary, is_content, words};
use crate::diff::acronyms;
use crate::diff::languages::{self, Rules};

impl Vocabulary {
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
    pub(super) fn expansion_at(
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
}

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
    include_str!("../../../profile/countries.tsv")
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
}
