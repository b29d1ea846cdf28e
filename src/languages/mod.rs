//! The languages a report is written in: one folder per language (`en/`, `es/`, `fr/`, `ru/`),
//! each with the interface's messages in Project Fluent's format (`messages.ftl`), embedded in
//! the binary and parsed only for the language a run writes in, the first time a word of it is
//! needed (a report's words are whole sentences with variables and CLDR plural selectors,
//! never fragments pasted together).
//!
//! A message a language lacks is taken from English, and an id that no language has is printed
//! as itself, so that a new key (a review reason another part of the program adds) shows as
//! its key rather than as nothing.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::profile::Language;

type Bundle = FluentBundle<FluentResource>;

/// The message file of a language. Adding a language's messages is one file here and one arm.
fn source(lang: Language) -> &'static str {
    match lang {
        Language::En => include_str!("en/messages.ftl"),
        Language::Es => include_str!("es/messages.ftl"),
        Language::Fr => include_str!("fr/messages.ftl"),
        Language::Ru => include_str!("ru/messages.ftl"),
    }
}

/// A language's messages, each parsed the first time it is used. A report uses a few dozen
/// of a file's 160 messages: the file is only cut into messages (one pass over its lines) and
/// a message is parsed when it is first worded, which with the names worded once per language
/// took the shipped diff from 11.78 M to 11.51 M instructions.
struct Messages {
    /// Each message's text in the file, by id: its first line and the lines that continue it.
    entries: HashMap<&'static str, &'static str>,
    /// The bundle of the messages parsed so far, and their ids.
    parsed: Mutex<(Bundle, HashSet<&'static str>)>,
}

impl Messages {
    fn of(lang: Language) -> Messages {
        let tag = lang.key().parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![tag]);
        // Unicode isolation marks around every variable would end up in terminals and files.
        bundle.set_use_isolating(false);
        Messages {
            entries: entries(source(lang)),
            parsed: Mutex::new((bundle, HashSet::new())),
        }
    }

    /// The message `id` with `args`, if this language has it.
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (&id, &entry) = self.entries.get_key_value(id)?;
        let mut parsed = self.parsed.lock().unwrap_or_else(|e| e.into_inner());
        let (bundle, done) = &mut *parsed;
        if done.insert(id) {
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

/// The messages of a file by id: a message starts a line with its id (a lowercase letter) and
/// runs until the next line that starts an entry or a comment (terms and comments are not
/// messages; the files use no terms).
fn entries(source: &'static str) -> HashMap<&'static str, &'static str> {
    let mut entries = HashMap::new();
    let mut open: Option<(&'static str, usize)> = None;
    let mut at = 0;
    // Only a line's first byte is looked at, and an id is found by the space that ends it: a
    // substring search per line cost a whole diff 0.3 M instructions.
    for line in source.split_inclusive('\n') {
        let first = line.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_lowercase() || first == b'#' || first == b'-' {
            if let Some((id, start)) = open.take() {
                entries.insert(id, &source[start..at]);
            }
            let id = line.split(' ').next().unwrap_or_default();
            if first.is_ascii_lowercase() && line[id.len()..].starts_with(" =") {
                open = Some((id, at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = open {
        entries.insert(id, &source[start..]);
    }
    entries
}

/// The messages of a language, cut on first use.
fn messages(lang: Language) -> &'static Messages {
    static MESSAGES: [OnceLock<Messages>; 4] = [const { OnceLock::new() }; 4];
    let index = Language::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    MESSAGES[index].get_or_init(|| Messages::of(lang))
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
    messages(lang).entries.contains_key(id)
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
    match lang {
        Language::En => text,
        _ => text.replace('.', ","),
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
            let entries = entries(source(lang));
            let whole = FluentResource::try_new(source(lang).to_string()).expect("parses");
            let messages = whole
                .entries()
                .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
                .count();
            assert_eq!(entries.len(), messages, "{}", lang.key());
            for (id, text) in &entries {
                let one = FluentResource::try_new(text.to_string());
                assert!(one.is_ok(), "{} {id}: {text}", lang.key());
                assert_eq!(one.expect("parsed").entries().count(), 1, "{id}");
            }
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
        for lang in [Language::Es, Language::Fr, Language::Ru] {
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
