//! Pairings confirmed once: `mgi-diff ids OLD NEW` gives both findings of every pair that
//! `diff` makes the same `id`, so that the pairing is exact from then on, whatever later edits
//! do to the texts. The files are edited in place with `toml_edit`, which keeps comments, key
//! order, quoting and layout: only the ids are added.
//!
//! This file plans the ids and edits a file's text; `command.rs` is the command around them:
//! it reads both profiles, prints the change or writes both files (or neither).

mod command;

use std::collections::HashSet;

use toml_edit::{DocumentMut, InlineTable, Value};

use crate::diff::{Confidence, Entry, Report, Side};
use crate::profile::{Category, Domain, Profile};

pub(crate) use command::run;

/// Which pairs to tie.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also tie the near misses that `diff` reports (possible rewordings left unpaired).
    pub near: bool,
    /// Leave the old profile as it is: only pairs whose old finding already has an id can be
    /// tied.
    pub only_new: bool,
    /// Also tie the pairings marked `review`: by default only those the matcher is sure of
    /// are tied, so that a doubtful pairing is not made permanent unread.
    pub include_review: bool,
}

/// One finding to give an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    pub domain: Domain,
    pub category: Category,
    /// Position in its list, from 0.
    pub index: usize,
    pub id: String,
}

/// What `ids` would do to the two files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Plan {
    pub old: Vec<Edit>,
    pub new: Vec<Edit>,
    /// Pairs left untied because `--only-new` forbids touching the old profile.
    pub left: usize,
    /// Pairings marked `review` left untied (without `--include-review`).
    pub to_review: usize,
}

impl Plan {
    /// How many pairs the plan ties.
    pub(crate) fn ties(&self) -> usize {
        self.new.len().max(self.old.len())
    }
}

/// The ids to write so that every pair of `report` (and, with `near`, every near miss) is
/// tied: the old finding's id when it has one, else the new one's, else a new id such as
/// `kaz-mr-3` that neither profile uses.
pub(crate) fn plan(old: &Profile, new: &Profile, report: &Report, options: Options) -> Plan {
    let mut taken: HashSet<String> = old
        .findings
        .iter()
        .chain(&new.findings)
        .filter_map(|f| f.id.clone())
        .collect();
    let country = old.iso3.to_ascii_lowercase();
    let mut plan = Plan::default();
    for entry in report.entries() {
        let Some((o, n)) = pair_of(entry, options.near) else {
            continue;
        };
        if o.id.is_some() && o.id == n.id {
            continue;
        }
        let doubtful = entry
            .confidence
            .as_ref()
            .is_some_and(|c| c.level == Confidence::Review);
        if doubtful && !options.include_review {
            plan.to_review += 1;
            continue;
        }
        let id = match (&o.id, &n.id) {
            (Some(id), _) => id.clone(),
            (None, Some(id)) if !options.only_new => id.clone(),
            (None, _) if options.only_new => {
                plan.left += 1;
                continue;
            }
            (None, _) => {
                let id = (1..)
                    .map(|k| format!("{country}-{}-{k}", Domain::abbreviation(o.domain)))
                    .find(|id| !taken.contains(id))
                    .expect("a free number");
                taken.insert(id.clone());
                id
            }
        };
        if o.id.as_ref() != Some(&id) {
            plan.old.push(edit(o, &id));
        }
        if n.id.as_ref() != Some(&id) {
            plan.new.push(edit(n, &id));
        }
    }
    plan
}

/// The (old, new) findings an entry pairs: a pair, or with `near` a near miss (taken from the
/// old side only, so that each is counted once).
fn pair_of(entry: &Entry, near: bool) -> Option<(&Side, &Side)> {
    match (&entry.old, &entry.new, &entry.near) {
        (Some(o), Some(n), _) => Some((o, n)),
        (Some(o), None, Some(miss)) if near => Some((o, &miss.finding)),
        _ => None,
    }
}

fn edit(side: &Side, id: &str) -> Edit {
    Edit {
        domain: side.domain,
        category: side.category,
        index: side.index,
        id: id.to_string(),
    }
}

/// Why a file could not be edited.
#[derive(Debug, thiserror::Error)]
pub(crate) enum EditError {
    #[error("{0}")]
    Parse(#[from] toml_edit::TomlError),
    #[error("no finding {index} in `{domain}.{category}`")]
    Missing {
        domain: &'static str,
        category: &'static str,
        index: usize,
    },
}

/// `text` with the ids of `edits` written in: a plain string finding becomes
/// `{ id = "…", text = … }` with its text exactly as written; a table finding gets its `id`
/// first. Nothing else in the file changes.
pub(crate) fn apply(text: &str, edits: &[Edit]) -> Result<String, EditError> {
    // The file's byte-order mark and line endings are its own: kept as they were.
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(body) => ("\u{feff}", body),
        None => ("", text),
    };
    let crlf = body.contains("\r\n") && !body.replace("\r\n", "").contains('\n');
    let edited = edit_document(&body.replace("\r\n", "\n"), edits)?;
    let edited = if crlf {
        edited.replace('\n', "\r\n")
    } else {
        edited
    };
    Ok(format!("{bom}{edited}"))
}

fn edit_document(text: &str, edits: &[Edit]) -> Result<String, EditError> {
    let mut doc: DocumentMut = text.parse()?;
    for e in edits {
        let missing = || EditError::Missing {
            domain: e.domain.key(),
            category: e.category.key(),
            index: e.index,
        };
        let value = doc
            .get_mut("domains")
            .and_then(|d| d.get_mut(e.domain.key()))
            .and_then(|d| d.get_mut(e.category.key()))
            .and_then(|list| list.as_array_mut())
            .and_then(|list| list.get_mut(e.index))
            .ok_or_else(missing)?;
        let decor = value.decor().clone();
        let mut table = InlineTable::new();
        table.insert("id", Value::from(e.id.as_str()));
        match &*value {
            Value::InlineTable(old) => {
                for (key, item) in old.iter() {
                    if key != "id" {
                        table.insert(key, item.clone());
                    }
                }
            }
            text => {
                let mut text = text.clone();
                text.decor_mut().clear();
                table.insert("text", text);
            }
        }
        table.fmt();
        *table.decor_mut() = decor;
        *value = Value::InlineTable(table);
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_finding_becomes_a_table_and_nothing_else_moves() {
        let text = "format = 1 # the format\n\n[domains.well-being]\n# strengths\nwell-developed = [\n  'single quoted \\u',   # keep me\n  \"escaped \\u00e9\",\n]\n";
        let edits = [
            Edit {
                domain: Domain::WellBeing,
                category: Category::WellDeveloped,
                index: 0,
                id: "kaz-wb-1".into(),
            },
            Edit {
                domain: Domain::WellBeing,
                category: Category::WellDeveloped,
                index: 1,
                id: "kaz-wb-2".into(),
            },
        ];
        let out = apply(text, &edits).unwrap();
        assert_eq!(
            out,
            "format = 1 # the format\n\n[domains.well-being]\n# strengths\nwell-developed = [\n  { id = \"kaz-wb-1\", text = 'single quoted \\u' },   # keep me\n  { id = \"kaz-wb-2\", text = \"escaped \\u00e9\" },\n]\n"
        );
    }

    #[test]
    fn a_table_finding_gets_its_id_first() {
        let text = "[domains.partnerships]\nfurther-development = [{ text = \"x\" }, { id = \"old\", text = \"y\" }]\n";
        let edit = |index, id: &str| Edit {
            domain: Domain::Partnerships,
            category: Category::FurtherDevelopment,
            index,
            id: id.into(),
        };
        let out = apply(text, &[edit(0, "a"), edit(1, "b")]).unwrap();
        assert_eq!(
            out,
            "[domains.partnerships]\nfurther-development = [{ id = \"a\", text = \"x\" }, { id = \"b\", text = \"y\" }]\n"
        );
        assert!(matches!(
            apply(text, &[edit(5, "c")]),
            Err(EditError::Missing { index: 5, .. })
        ));
    }
}
