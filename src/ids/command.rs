//! `ids`: tie the pairs that `diff` makes by giving both findings one id, in both files.

use std::io::Write;

use anyhow::{Context, Result};

use crate::diff;
use crate::exit::ExitCode;

use crate::profile_set::Resolver;

/// `ids`: plans the ids, checks that both edited files still load, then prints the change as a
/// unified diff or writes both files (neither is touched unless both can be written).
pub(crate) fn run(
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
        let profile = crate::profile_set::parse(&text)?;
        let path = resolver.file_path(&reference)?;
        sides.push((text, profile, path));
    }
    let [(old_text, old, old_path), (new_text, new, new_path)] =
        <[_; 2]>::try_from(sides).map_err(|_| anyhow::anyhow!("two profiles"))?;
    let matching = crate::app::matching(threshold, false, resolver.terms()?);
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
        writable(path)?;
        let file = crate::output::stage(path, edited.as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        staged.push((file, path, text));
    }
    // Nothing is replaced if a file changed since it was read: that edit would be lost.
    for (_, path, text) in &staged {
        let now = crate::read::read_bytes(path, crate::read::Accept::Regular)?;
        if now != text.text.as_bytes() {
            anyhow::bail!(
                "{} changed while ids ran: nothing was written; run it again",
                crate::text::escape_line(&path.display().to_string())
            );
        }
    }
    // Both files or neither: a file already replaced is put back if the next cannot be.
    let mut done: Vec<(&std::path::PathBuf, &crate::read::Text)> = Vec::new();
    for (file, path, text) in staged {
        if let Err(e) = file.commit() {
            for (written, original) in done {
                let _ = crate::output::stage(written, original.text.as_bytes())
                    .and_then(crate::output::Staged::commit);
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
    let shown = crate::text::escape_line(&path.display().to_string()).into_owned();
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
            crate::read::not_a_file(&own.file_type())
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
