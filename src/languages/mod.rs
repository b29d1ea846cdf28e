//! Every language mgi-diff knows, one value each (`en.rs`, `es.rs`, `fr.rs`, `ru.rs`, a
//! [`Definition`]) with its data files in a folder of the same name (`en/`: the interface's
//! messages, the stop words, the population groups), collected in one registry below: how the
//! matcher reads findings written in it, how `import` reads its published profiles, and the
//! interface's words. Adding a language is its file and one line of the registry
//! (CONTRIBUTING says how).
//!
//! The interface's messages are Project Fluent files (`messages.ftl`), embedded in the binary
//! and parsed only for the language a run writes in, the first time a word of it is needed (a
//! report's words are whole sentences with variables and CLDR plural selectors, never
//! fragments pasted together). A message a language lacks is taken from English, and an id
//! that no language has is printed as itself, so that a new key (a review reason another part
//! of the program adds) shows as its key rather than as nothing.

use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod wording;

use wording::Wording;

/// Declares the registry: a module per language, the [`Language`] enum with a variant each,
/// and the definitions in the enum's order.
macro_rules! registry {
    ($($(#[$attribute:meta])* $module:ident $variant:ident $doc:literal,)+) => {
        $(mod $module;)+

        /// A language the matcher reads, named by its BCP 47 primary tag. Reports are written in
        /// English whatever the profiles' language; it decides how findings are compared (stemming,
        /// stop words, negation cues, subject words).
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            Default,
            serde::Serialize,
            schemars::JsonSchema,
        )]
        #[serde(rename_all = "lowercase")]
        pub enum Language {
            $(#[doc = $doc] $(#[$attribute])* $variant,)+
        }

        impl Language {
            /// Every supported language, English first.
            pub const ALL: [Language; [$(stringify!($module)),+].len()] =
                [$(Language::$variant),+];

            /// The BCP 47 primary tag: `en`, `es`, `fr`, `ru` (the name of its module).
            pub fn key(self) -> &'static str {
                match self {
                    $(Language::$variant => stringify!($module),)+
                }
            }
        }

        /// The definitions, in [`Language::ALL`]'s order.
        static DEFINITIONS: [&Definition; Language::ALL.len()] = [$(&$module::LANGUAGE),+];

        /// The wordings of published profiles, in the same order.
        static WORDINGS: [&Wording; Language::ALL.len()] = [$(&$module::LANGUAGE.wording),+];
    };
}

// The registry: each language's module, its variant of `Language` and the variant's
// description. English first, the default.
registry! {
    #[default] en En "English, the default.",
    es Es "Spanish.",
    fr Fr "French.",
    ru Ru "Russian.",
}

impl Language {
    /// What mgi-diff knows of the language.
    pub fn definition(self) -> &'static Definition {
        DEFINITIONS[self as usize]
    }
}

/// What mgi-diff knows of one language: everything the matcher, `import` and the interface
/// need that differs from one language to another.
#[derive(Debug)]
pub struct Definition {
    /// The language's English name, as reports and errors say it.
    pub name: &'static str,
    /// Makes the Snowball stemmer of its words. A function rather than the stemmer's
    /// `Algorithm`: `Stemmer::create` given an algorithm only known at run time links in the
    /// tables of all 18 of rust-stemmers' languages, 96 KB whose 2,400 relocations cost every
    /// start of the program 31,000 instructions.
    pub stemmer: fn() -> rust_stemmers::Stemmer,
    /// Whether words are folded (accents, ё) before they are stemmed, as the English and
    /// Russian stemmers expect, or after, since the Spanish and French ones read the accents of
    /// their endings.
    pub fold_before_stemming: bool,
    /// The words of no weight: a file of one word a line, whose `#` lines are its notice.
    pub stop_words: &'static str,
    /// Other words of no weight, beside the file's (its negation cues, where the file lacks
    /// them).
    pub weightless: &'static [&'static [&'static str]],
    /// How a clause denies what it says.
    pub negation: Negation,
    /// The words that say whom a finding is about, or which service.
    pub subjects: Subjects,
    /// Equivalent words, each group read as one word.
    pub lexicon: Lexicon,
    /// The population groups as phrases, a file (see `diff/groups.rs`).
    pub groups: &'static str,
    /// How its published profiles word their title, headings and dates, for `import`.
    pub wording: Wording,
    /// The interface's messages, in Project Fluent's format.
    pub messages: &'static str,
    /// What separates the whole part of a decimal from its fraction.
    pub decimal_separator: char,
}

/// How a language denies: the cues of a clause that denies its verb or what it states, and
/// the words of absence, which are counted apart.
#[derive(Debug)]
pub struct Negation {
    /// Words that deny by themselves ("not", "no", "не").
    pub words: &'static [&'static str],
    /// Two words that deny together ("yet to").
    pub pairs: &'static [[&'static str; 2]],
    /// A contraction that splits into two words: a word that ends with the first, then the
    /// second ("doesn't" is "doesn" and "t").
    pub contraction: Option<(&'static str, &'static str)>,
    /// A negation in two parts: one of the first words, then one of the second later in the
    /// clause ("ne … pas", "n'a jamais").
    pub two_parts: Option<(&'static [&'static str], &'static [&'static str])>,
    /// Words of absence ("without", "sin"): a clause holds one or not, counted apart from
    /// whether it denies, and never a denial.
    pub absence: &'static [&'static str],
    /// Two-word phrases whose first word is a cue but which deny nothing ("menores no
    /// acompañados"): the first word, and the opening of the second, so that every gender and
    /// number is one entry.
    pub not_negations: &'static [(&'static str, &'static str)],
}

/// The words that say whom a finding is about or which service: two findings that both name
/// such things and share none of them are about different subjects.
#[derive(Debug)]
pub enum Subjects {
    /// Each as the lexicon reads it (its group's first word), and not stemmed.
    AsRead(&'static [&'static str]),
    /// Each as written, stemmed when the matcher's rules are made, so that every inflection
    /// the stemmer joins is the subject.
    Stemmed(&'static [&'static str]),
}

/// Equivalent words of a language, so that a finding rewritten with other words is still seen
/// as the same finding.
#[derive(Debug)]
pub struct Lexicon {
    /// Word groups: every word is read as the first word of its group. Words are lowercase and
    /// unstemmed; the stemmer runs on the group's first word afterwards.
    pub groups: &'static [&'static [&'static str]],
    /// Phrases read as one word before the groups apply: written as the words a text splits
    /// into (`long-term` splits at its hyphen), and the word they become.
    pub phrases: &'static [(&'static [&'static str], &'static str)],
}

impl Lexicon {
    /// No equivalent words.
    pub const NONE: Lexicon = Lexicon {
        groups: &[],
        phrases: &[],
    };
}

type Bundle = FluentBundle<FluentResource>;

/// The message file of a language.
fn source(lang: Language) -> &'static str {
    lang.definition().messages
}

/// A language's messages, each parsed the first time it is used. A report uses a few dozen
/// of a file's 189 messages: the file is cut into messages when the crate is built (see
/// `build.rs`), and a message is parsed when it is first worded.
struct Messages {
    /// The language's message file.
    source: &'static str,
    /// Its messages, from `build.rs`: `(start, id length, end)` in bytes, sorted by id.
    index: &'static [(u32, u32, u32)],
    /// The bundle of the messages parsed so far, and which of the index's they are.
    parsed: Mutex<(Bundle, Vec<bool>)>,
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Messages {
    fn of(lang: Language) -> Messages {
        let tag = lang.key().parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![tag]);
        // Unicode isolation marks around every variable would end up in terminals and files.
        bundle.set_use_isolating(false);
        let index = message_index(lang.key());
        Messages {
            source: source(lang),
            index,
            parsed: Mutex::new((bundle, vec![false; index.len()])),
        }
    }

    /// Where the message `id` is in the index, and its text in the file: its first line and
    /// the lines that continue it.
    fn entry(&self, id: &str) -> Option<(usize, &'static str)> {
        let source = self.source;
        let at = (self.index)
            .binary_search_by(|&(start, length, _)| {
                source[start as usize..(start + length) as usize].cmp(id)
            })
            .ok()?;
        let (start, _, end) = self.index[at];
        Some((at, &source[start as usize..end as usize]))
    }

    /// The message `id` with `args`, if this language has it.
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (at, entry) = self.entry(id)?;
        let mut parsed = self.parsed.lock().unwrap_or_else(|e| e.into_inner());
        let (bundle, done) = &mut *parsed;
        if !std::mem::replace(&mut done[at], true) {
            // The files are the crate's own, checked whole by the tests: what parses is used.
            let resource = match FluentResource::try_new(entry.to_string()) {
                Ok(r) | Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// The lines of one of the crate's text files (its word lists), without their `\n`: its bytes
/// are looked at one by one, where `str::lines` starts a search for each line's end that cost
/// 250 instructions a line of these short lines (the English messages, cut this way when they
/// were cut at run time, went from 0.73 M to 0.64 M instructions).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        Some(line)
    })
}

/// The messages of a language, cut on first use.
fn messages(lang: Language) -> &'static Messages {
    static MESSAGES: [OnceLock<Messages>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    MESSAGES[lang as usize].get_or_init(|| Messages::of(lang))
}

/// The message `id` in `lang` with `args`, else in English, else `id` itself.
pub(crate) fn message(lang: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    [lang, Language::En]
        .into_iter()
        .find_map(|lang| messages(lang).format(id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang`'s own file has the message `id` (not by falling back to English).
#[cfg(test)]
pub(crate) fn has(lang: Language, id: &str) -> bool {
    messages(lang).entry(id).is_some()
}

/// The arguments of a message, from `name = value` pairs.
pub(crate) fn args<'a>(
    pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// A message of the report's language: `tr!(lang, "id")` or `tr!(lang, "id", n = 3, place = p)`.
/// Numbers are passed as numbers (they select plural forms), texts as texts.
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::languages::message($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::languages::message(
            $lang,
            $id,
            Some(&$crate::languages::args([
                $((stringify!($name), fluent_bundle::FluentValue::from($value))),+
            ])),
        )
    };
}
pub(crate) use tr;

/// A decimal as the language writes it: `0.870` in English, `0,870` in Spanish, French and
/// Russian.
pub(crate) fn decimal(lang: Language, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match lang.definition().decimal_separator {
        '.' => text,
        separator => text.replace('.', separator.encode_utf8(&mut [0; 4])),
    }
}

/// The language of a report on profiles in `languages`: the one they all share, else English.
pub fn of_profiles(languages: impl IntoIterator<Item = Language>) -> Language {
    let mut languages = languages.into_iter();
    let Some(first) = languages.next() else {
        return Language::En;
    };
    if languages.all(|l| l == first) {
        first
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A language's file or folder left out of the registry would be compiled and read by
    /// nothing: every `<code>.rs` and `<code>/` of `src/languages/` is a registered language.
    #[test]
    fn every_language_of_the_folder_is_in_the_registry() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/languages");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(folder).expect("src/languages") {
            let path = entry.expect("an entry").path();
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let rust = path.extension().is_some_and(|e| e == "rs");
            if path.is_dir() || (rust && name != "mod" && name != "wording") {
                found.push(name.to_string());
            }
        }
        found.sort();
        found.dedup();
        let mut registered: Vec<&str> = Language::ALL.iter().map(|l| l.key()).collect();
        registered.sort_unstable();
        assert_eq!(found, registered);
    }

    #[test]
    fn lines_are_cut_as_str_lines_cuts_them() {
        for text in ["", "\n", "a", "a\n", "a\nb", "a\n\nb\n\n", "é\nж\n"] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>()
            );
        }
        for lang in Language::ALL {
            let definition = lang.definition();
            for file in [
                definition.messages,
                definition.stop_words,
                definition.groups,
            ] {
                assert!(lines(file).eq(file.lines()), "{}", lang.key());
            }
        }
    }

    #[test]
    fn every_file_parses() {
        for lang in Language::ALL {
            if let Err((_, errors)) = FluentResource::try_new(source(lang).to_string()) {
                panic!("{}: {errors:?}", lang.key());
            }
        }
    }

    #[test]
    fn each_message_cut_from_a_file_parses_alone() {
        for lang in Language::ALL {
            let messages = messages(lang);
            let entries: Vec<(&str, &str)> = (messages.index.iter())
                .map(|&(start, length, end)| {
                    let (start, length, end) = (start as usize, length as usize, end as usize);
                    (
                        &source(lang)[start..start + length],
                        &source(lang)[start..end],
                    )
                })
                .collect();
            let whole = FluentResource::try_new(source(lang).to_string()).expect("parses");
            let messages = whole
                .entries()
                .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
                .count();
            assert_eq!(entries.len(), messages, "{}", lang.key());
            for (id, text) in &entries {
                let one = FluentResource::try_new(text.to_string());
                assert!(one.is_ok(), "{} {id}: {text}", lang.key());
                let one = one.expect("parsed");
                assert_eq!(one.entries().count(), 1, "{id}");
                // The id the index has is the message's own, so that it is found by its id.
                assert!(
                    matches!(one.entries().next(), Some(fluent_syntax::ast::Entry::Message(m)) if m.id.name == *id),
                    "{} {id}",
                    lang.key()
                );
            }
            assert!(
                entries.windows(2).all(|w| w[0].0 < w[1].0),
                "{}",
                lang.key()
            );
        }
    }

    #[test]
    fn every_language_has_every_message_english_has() {
        // A message starts a line with its id and ` =`; terms start with `-`, comments `#`.
        let ids = |lang: Language| -> Vec<String> {
            source(lang)
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string()))
                .collect()
        };
        let english = ids(Language::En);
        for lang in Language::ALL.into_iter().skip(1) {
            let own = ids(lang);
            let missing: Vec<&String> = english
                .iter()
                .filter(|id| !own.contains(id) && *id != "language-test-only-english")
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.key());
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_key() {
        assert_eq!(
            message(Language::Ru, "no-such-message", None),
            "no-such-message"
        );
        // A message only English has (a test's own) comes out in English.
        assert!(has(Language::En, "language-test-only-english"));
        assert!(!has(Language::Fr, "language-test-only-english"));
        assert_eq!(
            message(Language::Fr, "language-test-only-english", None),
            "only in English"
        );
    }

    #[test]
    fn numbers_are_written_without_grouping() {
        // Years and character counts: "2019", "65536", never "2,019".
        let said = tr!(Language::En, "history-since", year = 2019_u16);
        assert_eq!(said, "since 2019");
        let said = tr!(Language::En, "n-files", n = 65536_usize);
        assert_eq!(said, "65536 files");
    }

    #[test]
    fn profiles_that_agree_choose_their_language() {
        use Language::*;
        assert_eq!(of_profiles([Es, Es]), Es);
        assert_eq!(of_profiles([Es, Fr]), En);
        assert_eq!(of_profiles([]), En);
    }
}
