//! `git-diff`: git's external diff driver. With `*.toml diff=mgi` in `.gitattributes` and
//! `git config diff.mgi.command "mgi-diff git-diff"`, `git diff`, `git show` and `git log -p
//! --ext-diff` show a profile's changes by status.
//!
//! git passes `path old-file old-hex old-mode new-file new-hex new-mode`, and two more
//! (`new-path`, a message) for a rename; a missing side is `/dev/null`. A file that is not a
//! profile, or does not load, is shown as a plain unified diff with a one-line note, so that
//! `git diff` never breaks: every outcome exits 0, since git stops at "external diff died"
//! otherwise.

use std::io::Write;
use std::path::Path;

use mgi_diff::diff::{self, DEFAULT_THRESHOLD};
use mgi_diff::profile::{Loaded, Profile, ProfileName};
use mgi_diff::read;
use mgi_diff::render::{self, ColorChoice, Format, Style};
use mgi_diff::text::{escape_line, escape_unsafe, plural};

use super::context::{Context, matching};
use super::exit::ExitCode;
use super::terminal;

/// Writes what git shows for one file (`args`: the 7 or 9 that git passes); git's run goes on
/// whatever happens.
pub(crate) fn run(args: &[String], cx: &Context<'_>, out: &mut Vec<u8>) -> ExitCode {
    // The repository's own equivalences, as every other command uses them; git's run goes on
    // without them when they do not validate (the driver says so).
    let (terms, broken_terms) = match cx.resolver.terms() {
        Ok(terms) => (terms, None),
        Err(e) => (None, Some(e)),
    };
    let matching = matching(DEFAULT_THRESHOLD, false, terms);
    // Inside git's pager standard output is no terminal, but colour is wanted.
    let paged = std::env::var_os("GIT_PAGER_IN_USE").is_some();
    let style = match (cx.common.color, paged) {
        (ColorChoice::Auto, true) => terminal::style(ColorChoice::Always, false),
        _ => cx.style,
    };
    if let Some(error) = broken_terms {
        // Said once, on the page git shows, and the comparison goes on without them.
        let first = error.to_string();
        let first = first.lines().next().unwrap_or_default();
        let _ = writeln!(
            out,
            "mgi-diff: the terms file does not validate, so this is compared without it: {}",
            escape_line(first)
        );
    }
    write(args, &matching, &style, out);
    ExitCode::Success
}

fn write(args: &[String], matching: &diff::Options, style: &Style, out: &mut Vec<u8>) {
    let (path, old_file, new_file) = match args {
        [path, old, _, _, new, _, _] => (path.as_str(), old, new),
        [path, old, _, _, new, _, _, new_path, _] => {
            let _ = writeln!(
                out,
                "mgi-diff: {} renamed to {}",
                safe(path),
                safe(new_path)
            );
            (new_path.as_str(), old, new)
        }
        _ => {
            let _ = writeln!(
                out,
                "mgi-diff git-diff: git passes 7 or 9 arguments (got {}); see docs/ci.md, \"git diff that reads profiles\"",
                args.len()
            );
            return;
        }
    };
    let old = side(old_file, &format!("a/{path}"));
    let new = side(new_file, &format!("b/{path}"));
    match (&old, &new) {
        (Side::Profile(old), Side::Profile(new)) => {
            // What changed is what a reader of `git diff` looks for; the counts keep the rest.
            let filter = diff::Filter {
                changes_only: true,
                ..diff::Filter::default()
            };
            let report = diff::diff_with(old, new, matching)
                .with_fields(old, new)
                .filter(&filter);
            let _ = writeln!(out, "mgi-diff {}", safe(path));
            if render::diff(
                &report,
                Format::Table,
                style,
                &render::Options::default(),
                out,
            )
            .is_ok()
            {
                return;
            }
        }
        (Side::Absent, Side::Profile(p)) | (Side::Profile(p), Side::Absent) => {
            let what = if matches!(old, Side::Absent) {
                "new"
            } else {
                "deleted"
            };
            let _ = writeln!(
                out,
                "mgi-diff: {what} profile {} ({})",
                ProfileName::of(p).reference(),
                plural(p.findings.len(), "finding")
            );
        }
        _ => {
            let why = [&old, &new]
                .into_iter()
                .find_map(|s| match s {
                    Side::Other(why) => Some(why.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            let _ = writeln!(out, "mgi-diff: {}: {why}; a plain diff follows", safe(path));
        }
    }
    plain(path, old_file, new_file, out);
}

enum Side {
    /// `/dev/null`: the file does not exist on this side.
    Absent,
    Profile(Box<Profile>),
    /// Not a profile, or one that does not load: why, in a few words.
    Other(String),
}

fn side(file: &str, origin: &str) -> Side {
    if file == "/dev/null" {
        return Side::Absent;
    }
    let read = read::read_file(Path::new(file)).map(|text| read::Text {
        origin: origin.to_string(),
        ..text
    });
    match Loaded::from_read(read) {
        Ok(Loaded {
            profile: Some(p), ..
        }) => Side::Profile(Box::new(p)),
        Ok(loaded) => Side::Other(match loaded.errors().next() {
            Some(first) => format!("not a valid profile ({first})"),
            None => "not a valid profile".into(),
        }),
        Err(e) => Side::Other(e.to_string()),
    }
}

/// The unified diff of the two files as git would show it, from their text (lossily decoded,
/// bounded like every read).
fn plain(path: &str, old_file: &str, new_file: &str, out: &mut Vec<u8>) {
    // Text, or why it is not shown: more than the size limit, or binary (a NUL byte).
    let text = |file: &str| -> Result<String, &'static str> {
        if file == "/dev/null" {
            return Ok(String::new());
        }
        let bytes = match read::read_bytes(Path::new(file), read::Accept::Named) {
            Ok(bytes) => bytes,
            Err(read::LoadError::TooLarge { .. } | read::LoadError::TooLargeStream { .. }) => {
                return Err("over the 16 MiB limit");
            }
            Err(_) => return Err("it cannot be read"),
        };
        if bytes.contains(&0) {
            return Err("binary");
        }
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    let (old, new) = match (text(old_file), text(new_file)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(why), _) | (_, Err(why)) => {
            let _ = writeln!(out, "mgi-diff: {}: {why}; not shown", safe(path));
            return;
        }
    };
    let diff = similar::TextDiff::from_lines(&old, &new);
    let (a, b) = (format!("a/{path}"), format!("b/{path}"));
    // The file's own text may hold control characters: shown escaped, never sent raw.
    let unified = diff.unified_diff().header(&a, &b).to_string();
    let _ = write!(out, "{}", safe(&unified));
}

fn safe(text: &str) -> String {
    escape_unsafe(text).into_owned()
}
