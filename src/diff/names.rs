//! Names that nothing capitalises: "Министерство труда и социальной защиты населения", "la
//! Direction des Sénégalais de l'extérieur", "статус оралмана", "recognised as oralmans". French,
//! Russian and Spanish write an official name in lower case after its first word, and an
//! official term for a status is a name written in lower case in every language, so the rule on
//! capitalised names (`Matcher::renamed`) does not see them renamed. A name here is a word
//! of the language's `names.txt` (in `src/languages/`, with their sources): a head noun that
//! names of bodies, laws, programmes and statuses are built on, and the status terms laws
//! replaced; in a language that writes names in lower case, a name runs on from its head over
//! the next few words (see [`SPAN`]).

use std::sync::OnceLock;

use rustc_hash::FxHashSet as HashSet;

use super::languages;
use crate::profile::Language;

/// How many content words after its head a name written in lower case may run over
/// ("Министерство [труда и социальной защиты] населения", "Programme [d'appui] aux initiatives
/// …"). Three is the longest tail before a change in the labelled renames (the Russian
/// ministry); a longer span reaches past a name's end into the sentence's verb and object, where
/// an edit is no rename.
pub(super) const SPAN: usize = 3;

/// One language's name words, as stems.
#[derive(Debug, Default)]
pub(super) struct NameWords {
    heads: HashSet<String>,
    statuses: HashSet<String>,
    /// Whether the language writes a name in lower case after its first word: English
    /// capitalises every word of a name, so the rule on capitalised names already sees it.
    pub(super) lower_case: bool,
}

/// What a word of `names.txt` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NameWord {
    /// The noun a name is built on: "ministry", "loi", "служба", "status".
    Head,
    /// An official term for a status: "oralman", "kandas".
    Status,
}

/// The file of `language` (`src/languages/<code>/names.txt`).
fn file(language: Language) -> &'static str {
    match language {
        Language::En => include_str!("../languages/en/names.txt"),
        Language::Es => include_str!("../languages/es/names.txt"),
        Language::Fr => include_str!("../languages/fr/names.txt"),
        Language::Ru => include_str!("../languages/ru/names.txt"),
    }
}

impl NameWords {
    /// The name words of `language`, read and stemmed once.
    pub(super) fn of(language: Language) -> &'static NameWords {
        static READ: [OnceLock<NameWords>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        READ[language as usize].get_or_init(|| {
            let rules = languages::rules(language);
            let mut words = NameWords {
                lower_case: language != Language::En,
                ..NameWords::default()
            };
            let lines = (file(language).lines())
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .filter_map(|l| l.split_once('|'));
            for (kind, word) in lines {
                let stem = rules.stem(rules.canonical(&languages::lowercase(word.trim())));
                match kind.trim() {
                    "head" => words.heads.insert(stem),
                    "status" => words.statuses.insert(stem),
                    other => panic!("names.txt: unknown kind {other:?}"),
                };
            }
            words
        })
    }

    /// What the word whose stem is `stem` is, if it is a name word.
    pub(super) fn kind(&self, stem: &str) -> Option<NameWord> {
        if self.heads.contains(stem) {
            Some(NameWord::Head)
        } else if self.statuses.contains(stem) {
            Some(NameWord::Status)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of every file is read, and an inflected form finds its head.
    #[test]
    fn name_words_are_read_and_stemmed() {
        for language in Language::ALL {
            let words = NameWords::of(language);
            assert!(words.heads.len() >= 15, "{language}: {}", words.heads.len());
            assert!(!words.statuses.is_empty(), "{language}");
        }
        let ru = languages::rules(Language::Ru);
        let words = NameWords::of(Language::Ru);
        assert_eq!(words.kind(&ru.stem("министерства")), Some(NameWord::Head));
        assert_eq!(words.kind(&ru.stem("оралмана")), Some(NameWord::Status));
        assert_eq!(words.kind(&ru.stem("труда")), None);
        let fr = languages::rules(Language::Fr);
        let words = NameWords::of(Language::Fr);
        assert_eq!(words.kind(&fr.stem("programmes")), Some(NameWord::Head));
    }
}
