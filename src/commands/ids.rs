//! Pairings confirmed once: `mgi-diff ids OLD NEW` gives both findings of every pair that
//! `diff` makes the same `id`, so that the pairing is exact from then on, whatever later edits
//! do to the texts. The files are edited in place with `toml_edit`, which keeps comments, key
//! order, quoting and layout: only the ids are added.
//!
//! The command reads both profiles, plans the ids, edits each file's text, then prints the
//! change or writes both files (or neither).

use std::collections::HashSet;
use std::io::Write;

use anyhow::{Context as _, Result};
use toml_edit::{DocumentMut, InlineTable, Value};

use mgi_diff::diff::{self, Confidence, Entry, Report, Side};
use mgi_diff::profile::{self, Category, Domain, Profile};
use mgi_diff::profile_set;
use mgi_diff::read;
use mgi_diff::text::{escape_line, escape_unsafe};

use super::context::{Context, matching};
use super::exit::ExitCode;
use super::output;

/// `ids`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct Ids {
    pub(crate) old: String,
    pub(crate) new: String,
    /// `--write`: edit the files in place.
    pub(crate) write: bool,
    /// `--threshold`, as for `diff`.
    pub(crate) threshold: f64,
    pub(crate) ties: Ties,
}

/// Which pairs to tie.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Ties {
    /// Also tie the near misses that `diff` reports (possible rewordings left unpaired).
    pub(crate) near: bool,
    /// Leave the old profile as it is: only pairs whose old finding already has an id can be
    /// tied.
    pub(crate) only_new: bool,
    /// Also tie the pairings marked `review`: by default only those the matcher is sure of
    /// are tied, so that a doubtful pairing is not made permanent unread.
    pub(crate) include_review: bool,
}

/// One finding to give an id.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    domain: Domain,
    category: Category,
    /// Position in its list, from 0.
    index: usize,
    id: String,
}

/// What `ids` would do to the two files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Plan {
    old: Vec<Edit>,
    new: Vec<Edit>,
    /// Pairs left untied because `--only-new` forbids touching the old profile.
    left: usize,
    /// Pairings marked `review` left untied (without `--include-review`).
    to_review: usize,
}

impl Plan {
    /// How many pairs the plan ties.
    fn ties(&self) -> usize {
        self.new.len().max(self.old.len())
    }
}

/// The ids to write so that every pair of `report` (and, with `near`, every near miss) is
/// tied: the old finding's id when it has one, else the new one's, else a new id such as
/// `kaz-mr-3` that neither profile uses.
fn plan(old: &Profile, new: &Profile, report: &Report, options: Ties) -> Plan {
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
enum EditError {
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
fn apply(text: &str, edits: &[Edit]) -> Result<String, EditError> {
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

/// `ids`: plans the ids, checks that both edited files still load, then prints the change as a
/// unified diff or writes both files (neither is touched unless both can be written).
pub(crate) fn run(args: &Ids, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let resolver = &cx.resolver;
    let mut sides = Vec::new();
    for r in [&args.old, &args.new] {
        let reference = resolver.reference(r);
        let (text, _) = resolver.read(&reference)?;
        let profile = profile_set::parse(&text)?;
        let path = resolver.file_path(&reference)?;
        sides.push((text, profile, path));
    }
    let [(old_text, old, old_path), (new_text, new, new_path)] =
        <[_; 2]>::try_from(sides).map_err(|_| anyhow::anyhow!("two profiles"))?;
    let matching = matching(args.threshold, false, resolver.terms()?);
    let report = diff::diff_with(&old, &new, &matching);
    let plan = plan(&old, &new, &report, args.ties);
    let mut changed = Vec::new();
    for (text, edits, path) in [
        (&old_text, &plan.old, &old_path),
        (&new_text, &plan.new, &new_path),
    ] {
        if edits.is_empty() {
            continue;
        }
        let edited =
            apply(&text.text, edits).with_context(|| format!("editing {}", text.origin))?;
        let loaded = profile::load_str(&text.origin, &edited);
        if loaded.profile.is_none() {
            anyhow::bail!(
                "{}: the edited file would not load; nothing was written",
                text.origin
            );
        }
        changed.push((text, edited, path));
    }
    if plan.left > 0 {
        eprintln!(
            "mgi-diff: {} pairing(s) left untied: their old finding has no id and --only-new keeps OLD as it is",
            plan.left
        );
    }
    if plan.to_review > 0 {
        eprintln!(
            "mgi-diff: {} pairing(s) marked review left untied: read them in `mgi-diff diff`, then tie them by hand or run with --include-review",
            plan.to_review
        );
    }
    if changed.is_empty() {
        if plan.left == 0 && plan.to_review == 0 {
            eprintln!("mgi-diff: every pairing is tied by id");
        } else {
            eprintln!("mgi-diff: nothing to write");
        }
        return Ok(ExitCode::Success);
    }
    if !args.write {
        for (text, edited, _) in &changed {
            let diff = similar::TextDiff::from_lines(text.text.as_str(), edited.as_str());
            let shown = diff
                .unified_diff()
                .header(&text.origin, &text.origin)
                .to_string();
            // The file's own bytes are shown, never obeyed by the terminal.
            write!(out, "{}", escape_unsafe(&shown))?;
        }
        eprintln!(
            "mgi-diff: {} pairing(s) are not yet tied by id; run with --write to write them",
            plan.ties()
        );
        return Ok(ExitCode::CheckFailed);
    }
    let mut staged = Vec::new();
    for (text, edited, path) in &changed {
        let Some(path) = path else {
            anyhow::bail!(
                "{} is not a file that can be edited (built in, standard input or a git revision); name its file, or use --only-new",
                text.origin
            );
        };
        writable(path)?;
        let file = output::stage(path, edited.as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        staged.push((file, path, text));
    }
    // Nothing is replaced if a file changed since it was read: that edit would be lost.
    for (_, path, text) in &staged {
        let now = read::read_bytes(path, read::Accept::Regular)?;
        if now != text.text.as_bytes() {
            anyhow::bail!(
                "{} changed while ids ran: nothing was written; run it again",
                escape_line(&path.display().to_string())
            );
        }
    }
    // Both files or neither: a file already replaced is put back if the next cannot be.
    let mut done: Vec<(&std::path::PathBuf, &read::Text)> = Vec::new();
    for (file, path, text) in staged {
        if let Err(e) = file.commit() {
            for (written, original) in done {
                let _ = output::stage(written, original.text.as_bytes())
                    .and_then(output::Staged::commit);
            }
            return Err(anyhow::Error::new(e)
                .context(format!("writing {}; nothing was changed", path.display())));
        }
        done.push((path, text));
    }
    eprintln!("mgi-diff: tied {} pairing(s) by id", plan.ties());
    Ok(ExitCode::Success)
}

/// A profile file that `ids --write` may replace: a regular file, not a link (a committed
/// `2022.toml -> ~/.bashrc` would have the file it names replaced, as `-o` refuses to), not
/// read-only (its owner's choice), and not one of several hard links (replacing it would
/// split them). Its mode is kept by the writer, its group here.
fn writable(path: &std::path::Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let shown = escape_line(&path.display().to_string()).into_owned();
    let own =
        std::fs::symlink_metadata(path).with_context(|| format!("reading {}", path.display()))?;
    if own.file_type().is_symlink() {
        anyhow::bail!(
            "{shown} is a link: refusing to write through it, so nothing was written (name the file itself, or remove the link)"
        );
    }
    if !own.is_file() {
        anyhow::bail!(
            "{shown}: not written: {}, so nothing was written",
            read::not_a_file(&own.file_type())
        );
    }
    let meta = own;
    if meta.permissions().readonly() {
        anyhow::bail!("{shown} is read-only: nothing was written (make it writable first)");
    }
    if meta.nlink() > 1 {
        anyhow::bail!(
            "{shown} has {} hard links: writing would split them, so nothing was written",
            meta.nlink()
        );
    }
    Ok(())
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
