//! A repository's own equivalences: `terms.toml` beside the profiles lists phrases its editors
//! confirm as the same ("regular channels" = "legal pathways"). The matcher counts them as
//! shared words; `check` validates the file as it does a profile, every problem located.
//!
//! ```toml
//! format = 1
//!
//! [[same]]
//! phrases = ["regular channels", "legal pathways"]
//! note = "IOM's 2022 wording"   # optional, for the file's readers
//! ```

use std::any::Any;
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxHashMap as HashMap;
use toml::de::DeValue;

use super::Language;
use super::load::{Context, Table, get};
use crate::problem::{LineIndex, Problem};

/// The name of a profile set's terms file, at the top of its folder.
pub const TERMS_FILE: &str = "terms.toml";

const TOP_KEYS: &[&str] = &["format", "same"];
const GROUP_KEYS: &[&str] = &["phrases", "note"];

/// Phrases a repository's editors confirm as the same, read from its terms file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    /// Where the file was read from.
    pub origin: String,
    /// The groups, in the order of the file.
    pub groups: Vec<TermGroup>,
    /// What their user made of them for each language.
    pub(crate) prepared: Prepared,
}

impl Terms {
    /// What `make` makes of the terms for texts in `language`, made once: every comparison of
    /// a command shares it. The matcher's index of stemmed phrases was made again for each of
    /// the 200 comparisons of a `site` of 100 places, which stems every phrase of the file.
    pub(crate) fn prepared<T: Any + Send + Sync>(
        &self,
        language: Language,
        make: impl FnOnce(&Terms) -> T,
    ) -> Arc<T> {
        // Made under the lock: two threads that want it at once make it once.
        let mut made = self
            .prepared
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let found = made
            .iter()
            .filter(|(l, _)| *l == language)
            .find_map(|(_, p)| Arc::clone(p).downcast::<T>().ok());
        if let Some(found) = found {
            return found;
        }
        let new = Arc::new(make(self));
        made.push((language, Arc::clone(&new) as Arc<dyn Any + Send + Sync>));
        new
    }
}

/// What users of the terms make of them, by language (see [`Terms::prepared`]). It follows
/// from the terms: two terms are equal whatever either has made.
#[derive(Default)]
pub(crate) struct Prepared(Mutex<Vec<(Language, Arc<dyn Any + Send + Sync>)>>);

impl Clone for Prepared {
    fn clone(&self) -> Prepared {
        let made = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        Prepared(Mutex::new(made.clone()))
    }
}

impl PartialEq for Prepared {
    fn eq(&self, _: &Prepared) -> bool {
        true
    }
}

impl Eq for Prepared {}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared").finish_non_exhaustive()
    }
}

/// One `[[same]]` table: phrases that mean one thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermGroup {
    /// The phrases, as written.
    pub phrases: Vec<String>,
    /// The line of the table's `phrases`, for `--explain`.
    pub line: usize,
}

/// Reads a terms file: the terms when it has no error, and every problem found.
pub fn load_terms(origin: &str, text: &str) -> (Option<Terms>, Vec<Problem>) {
    let mut cx = Context {
        origin,
        lines: LineIndex::new(text),
        problems: Vec::new(),
    };
    let terms = cx
        .parse(text)
        .and_then(|root| document(&mut cx, root.get_ref()));
    let problems = cx.sorted_problems();
    let terms = terms.filter(|_| !problems.iter().any(Problem::is_error));
    (terms, problems)
}

fn document(cx: &mut Context<'_>, table: &Table<'_>) -> Option<Terms> {
    for (key, _) in table.iter() {
        if !TOP_KEYS.contains(&key.get_ref().as_ref()) {
            cx.unknown_key(key, TOP_KEYS, "the terms file");
        }
    }
    match get(table, "format") {
        Some(v) => match v.get_ref() {
            DeValue::Integer(i) if i.as_str() == "1" => {}
            _ => cx.error(v.span(), "`format` must be 1".into()),
        },
        None => cx.error(0..0, "missing `format = 1`".into()),
    }
    let mut groups = Vec::new();
    // Each phrase's normalized form and the line of its group, looked up by hash: a list
    // searched for every phrase made `check` of one group of 30,000 phrases take 8 s.
    let mut seen: HashMap<String, usize> = HashMap::default();
    match get(table, "same") {
        None => {}
        Some(v) => match v.get_ref() {
            DeValue::Array(items) => {
                for item in items {
                    match item.get_ref() {
                        DeValue::Table(t) => {
                            if let Some(group) = group(cx, t, item.span(), &mut seen) {
                                groups.push(group);
                            }
                        }
                        _ => cx.error(
                            item.span(),
                            "each `same` is a table: [[same]] phrases = [\"…\", \"…\"]".into(),
                        ),
                    }
                }
            }
            _ => cx.error(
                v.span(),
                "`same` is a list of tables: write each group as [[same]]".into(),
            ),
        },
    }
    Some(Terms {
        origin: cx.origin.to_string(),
        groups,
        prepared: Prepared::default(),
    })
}

fn group(
    cx: &mut Context<'_>,
    t: &Table<'_>,
    span: std::ops::Range<usize>,
    seen: &mut HashMap<String, usize>,
) -> Option<TermGroup> {
    for (key, _) in t.iter() {
        if !GROUP_KEYS.contains(&key.get_ref().as_ref()) {
            cx.unknown_key(key, GROUP_KEYS, "[[same]]");
        }
    }
    if let Some(note) = get(t, "note") {
        if !matches!(note.get_ref(), DeValue::String(_)) {
            cx.error(note.span(), "`note` must be a string".into());
        }
    }
    let Some(phrases) = get(t, "phrases") else {
        cx.error(span, "missing `phrases` in [[same]]".into());
        return None;
    };
    let DeValue::Array(items) = phrases.get_ref() else {
        cx.error(
            phrases.span(),
            "`phrases` must be a list of strings: [\"regular channels\", \"legal pathways\"]"
                .into(),
        );
        return None;
    };
    let (line, _) = cx.lines.position(phrases.span().start);
    let mut out = Vec::new();
    let mut ok = true;
    for item in items {
        let DeValue::String(s) = item.get_ref() else {
            cx.error(item.span(), "a phrase must be a string".into());
            ok = false;
            continue;
        };
        let key = crate::text::normalize(s);
        if !key.chars().any(char::is_alphanumeric) {
            cx.error(item.span(), "a phrase must hold a word".into());
            ok = false;
            continue;
        }
        if let Some(first) = seen.get(&key) {
            cx.error(
                item.span(),
                format!("the phrase {s:?} is already in the group on line {first}: a phrase belongs to one group"),
            );
            ok = false;
            continue;
        }
        seen.insert(key, line);
        out.push(s.to_string());
    }
    if ok && out.len() < 2 {
        cx.error(
            phrases.span(),
            "`phrases` needs at least two phrases that mean the same".into(),
        );
        ok = false;
    }
    ok.then_some(TermGroup { phrases: out, line })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_file_is_read_with_its_lines() {
        let (terms, problems) = load_terms(
            "terms.toml",
            "format = 1\n\n[[same]]\nphrases = [\"regular channels\", \"legal pathways\"]\nnote = \"x\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let terms = terms.unwrap();
        assert_eq!(terms.groups.len(), 1);
        assert_eq!(terms.groups[0].line, 4);
        assert_eq!(
            terms.groups[0].phrases,
            ["regular channels", "legal pathways"]
        );
    }

    #[test]
    fn every_mistake_is_located() {
        let (terms, problems) = load_terms(
            "terms.toml",
            "format = 1\n[[same]]\nphrase = [\"a b\"]\n[[same]]\nphrases = [\"x\"]\n[[same]]\nphrases = [\"x y\", \"x  Y\"]\n",
        );
        assert!(terms.is_none());
        let messages: Vec<String> = problems
            .iter()
            .map(|p| format!("{}:{}: {}", p.line.unwrap(), p.column.unwrap(), p.message))
            .collect();
        assert!(
            messages
                .iter()
                .any(|m| m
                    .starts_with("3:1: unknown key `phrase` in [[same]]; did you mean `phrases`?")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("5:11: `phrases` needs at least two")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("7:19: the phrase \"x  Y\" is already")),
            "{messages:?}"
        );
    }
}
