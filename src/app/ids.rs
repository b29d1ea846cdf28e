//! `ids`: tie the pairs that `diff` makes by giving both findings one id, in both files.

use std::io::Write;

use anyhow::{Context, Result};

use crate::diff;
use crate::exit::ExitCode;

use crate::store::Resolver;

/// `ids`: plans the ids, checks that both edited files still load, then prints the change as a
/// unified diff or writes both files (neither is touched unless both can be written).
pub(super) fn run(
    resolver: &Resolver,
    refs: [&String; 2],
    write: bool,
    threshold: f64,
    options: crate::ids::Options,
    out: &mut Vec<u8>,
) -> Result<ExitCode> {
    let mut sides = Vec::new();
    for r in refs {
        let reference = resolver.reference(r);
        let (text, _) = resolver.read(&reference)?;
        let profile = resolver.load(&reference)?;
        let path = resolver.file_path(&reference)?;
        sides.push((text, profile, path));
    }
    let [(old_text, old, old_path), (new_text, new, new_path)] =
        <[_; 2]>::try_from(sides).map_err(|_| anyhow::anyhow!("two profiles"))?;
    let matching = diff::Options {
        tuning: diff::Tuning {
            threshold,
            ..diff::Tuning::default()
        },
        explain: false,
        terms: resolver.terms()?,
    };
    let report = diff::diff_with(&old, &new, &matching);
    let plan = crate::ids::plan(&old, &new, &report, options);
    let mut changed = Vec::new();
    for (text, edits, path) in [
        (&old_text, &plan.old, &old_path),
        (&new_text, &plan.new, &new_path),
    ] {
        if edits.is_empty() {
            continue;
        }
        let edited = crate::ids::apply(&text.text, edits)
            .with_context(|| format!("editing {}", text.origin))?;
        let loaded = crate::profile::load_str(&text.origin, &edited);
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
    if !write {
        for (text, edited, _) in &changed {
            let diff = similar::TextDiff::from_lines(text.text.as_str(), edited.as_str());
            let shown = diff
                .unified_diff()
                .header(&text.origin, &text.origin)
                .to_string();
            // The file's own bytes are shown, never obeyed by the terminal.
            write!(out, "{}", crate::text::escape_unsafe(&shown))?;
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
        let file = crate::output::stage(path, edited.as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        staged.push((file, path));
    }
    for (file, path) in staged {
        file.commit()
            .with_context(|| format!("writing {}", path.display()))?;
    }
    eprintln!("mgi-diff: tied {} pairing(s) by id", plan.ties());
    Ok(ExitCode::Success)
}
