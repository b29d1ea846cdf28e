//! Reading profiles from git: `REV:PATH` references and the files changed since a revision.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::read::{LoadError, MAX_SIZE, Text, decode};

/// Runs `git` with `args` in `dir`, turning "not installed" and failures into messages.
fn git(dir: &Path, args: &[&str]) -> Result<Output, LoadError> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                LoadError::Git("git is not installed (it is needed to read `REV:PATH` references and `--since`)".into())
            } else {
                LoadError::Git(format!("cannot run git: {e}"))
            }
        })?;
    Ok(output)
}

/// What `git ARGS -- PATHSPECS` prints, or its complaint as an error.
fn stdout_of(dir: &Path, args: &[&str], pathspecs: &[String]) -> Result<String, LoadError> {
    let mut all: Vec<&str> = args.to_vec();
    all.push("--");
    all.extend(pathspecs.iter().map(String::as_str));
    let out = git(dir, &all)?;
    if !out.status.success() {
        return Err(LoadError::Git(format!(
            "git {} failed: {}",
            args[0],
            stderr_of(&out)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .trim()
        .replace("fatal: ", "")
}

/// The top folder of the git repository that holds `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf, LoadError> {
    let out = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !out.status.success() {
        return Err(LoadError::Git(format!(
            "{} is not in a git repository: {}",
            dir.display(),
            stderr_of(&out)
        )));
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Checks that `rev` names a commit.
pub fn verify_revision(dir: &Path, rev: &str) -> Result<String, LoadError> {
    let spec = format!("{rev}^{{commit}}");
    let out = git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &spec,
        ],
    )?;
    if !out.status.success() {
        toplevel(dir)?;
        return Err(LoadError::Git(format!("unknown git revision `{rev}`")));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The text of `path` at `rev` (`git show REV:PATH`); paths are from the repository's top, or
/// from the current folder when they start with `./`, as git reads them.
pub fn show(dir: &Path, rev: &str, path: &str) -> Result<Text, LoadError> {
    verify_revision(dir, rev)?;
    let object = format!("{rev}:{path}");
    let kind = git(dir, &["cat-file", "-t", "--end-of-options", &object])?;
    if !kind.status.success() {
        return Err(LoadError::Git(format!(
            "`{path}` does not exist at revision `{rev}`"
        )));
    }
    match String::from_utf8_lossy(&kind.stdout).trim() {
        "blob" => {}
        "tree" => return Err(LoadError::Folder { path: object }),
        other => {
            return Err(LoadError::Git(format!(
                "`{object}` is a git {other}, not a file"
            )));
        }
    }
    let size = git(dir, &["cat-file", "-s", "--end-of-options", &object])?;
    let size: u64 = String::from_utf8_lossy(&size.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    if size > MAX_SIZE {
        return Err(LoadError::TooLarge { path: object, size });
    }
    let out = git(dir, &["cat-file", "blob", "--end-of-options", &object])?;
    if !out.status.success() {
        return Err(LoadError::Git(format!(
            "cannot read `{object}`: {}",
            stderr_of(&out)
        )));
    }
    decode(&object, out.stdout)
}

/// Whether `pathspec` (relative to `dir`) names a file in `rev`'s tree.
pub fn names_a_file_at(dir: &Path, rev: &str, pathspec: &str) -> Result<bool, LoadError> {
    let out = stdout_of(
        dir,
        &["ls-tree", "-r", "--name-only", rev],
        &[pathspec.to_string()],
    )?;
    Ok(!out.trim().is_empty())
}

/// Files at one revision, read through one `git cat-file --batch` process: reading a
/// thousand files starts one process, not four thousand.
#[derive(Debug)]
pub struct Blobs {
    child: std::process::Child,
    input: std::process::ChildStdin,
    output: std::io::BufReader<std::process::ChildStdout>,
    /// The revision as given, for messages.
    rev: String,
    /// The commit it names, verified once.
    commit: String,
    /// The object id of every file at the revision, listed once: asking `cat-file` for
    /// `REV:PATH` makes git walk the trees for every file, which for 2,000 files in one folder
    /// was most of the time `changes` took.
    ids: std::collections::HashMap<String, String>,
}

impl Blobs {
    /// Starts the reader for `rev` in the repository that holds `dir`.
    pub fn open(dir: &Path, rev: &str) -> Result<Blobs, LoadError> {
        let commit = verify_revision(dir, rev)?;
        let mut child = Command::new("git")
            .args(["cat-file", "--batch"])
            .current_dir(dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| LoadError::Git(format!("cannot run git: {e}")))?;
        let input = child.stdin.take().expect("piped");
        let output = std::io::BufReader::new(child.stdout.take().expect("piped"));
        let listing = git(dir, &["ls-tree", "-r", "-z", "--full-tree", &commit])?;
        let ids = if listing.status.success() {
            parse_ls_tree(&String::from_utf8_lossy(&listing.stdout))
        } else {
            std::collections::HashMap::new()
        };
        Ok(Blobs {
            child,
            input,
            output,
            rev: rev.to_string(),
            commit,
            ids,
        })
    }

    /// The text of `path` (from the repository's top) at the revision.
    pub fn read(&mut self, path: &str) -> Result<Text, LoadError> {
        use std::io::{BufRead, Read, Write};
        let shown = format!("{}:{path}", self.rev);
        let broken = |e: std::io::Error| LoadError::Git(format!("reading `{shown}` from git: {e}"));
        if path.contains('\n') {
            return Err(LoadError::Git(format!(
                "`{shown}`: a path with a line break cannot be read from git"
            )));
        }
        // A file listed at the revision is asked for by its id; anything else (a folder, a
        // path that is not there) by name, for git's own answer.
        match self.ids.get(path) {
            Some(id) => writeln!(self.input, "{id}"),
            None => writeln!(self.input, "{}:{path}", self.commit),
        }
        .map_err(broken)?;
        self.input.flush().map_err(broken)?;
        let mut header = String::new();
        self.output.read_line(&mut header).map_err(broken)?;
        let fields: Vec<&str> = header.split_whitespace().collect();
        let (kind, size) = match fields.as_slice() {
            [_, kind, size] => (*kind, size.parse::<u64>().unwrap_or(0)),
            _ => {
                return Err(LoadError::Git(format!(
                    "`{path}` does not exist at revision `{}`",
                    self.rev
                )));
            }
        };
        // The object is read whole from the stream whatever it is, or the next answer would
        // start inside it; only a profile small enough is kept.
        let keep = kind == "blob" && size <= MAX_SIZE;
        let mut bytes = Vec::new();
        let mut body = (&mut self.output).take(size + 1);
        if keep {
            body.read_to_end(&mut bytes).map_err(broken)?;
            bytes.pop(); // the line break after the object
        } else {
            std::io::copy(&mut body, &mut std::io::sink()).map_err(broken)?;
        }
        match kind {
            "blob" if size > MAX_SIZE => Err(LoadError::TooLarge { path: shown, size }),
            "blob" => decode(&shown, bytes),
            "tree" => Err(LoadError::Folder { path: shown }),
            other => Err(LoadError::Git(format!(
                "`{shown}` is a git {other}, not a file"
            ))),
        }
    }
}

impl Drop for Blobs {
    fn drop(&mut self) {
        // Closing its input ends the process.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads `git ls-tree -r -z` output (`MODE TYPE ID\tPATH\0`): the id of every blob, by path.
fn parse_ls_tree(out: &str) -> std::collections::HashMap<String, String> {
    out.split('\0')
        .filter_map(|record| {
            let (meta, path) = record.split_once('\t')?;
            let mut fields = meta.split(' ');
            let (_mode, kind, id) = (fields.next()?, fields.next()?, fields.next()?);
            (kind == "blob").then(|| (path.to_string(), id.to_string()))
        })
        .collect()
}

/// How a file changed between a revision and the working tree.
// Its variants are named plainly: a doc comment would become a description in the committed
// JSON Schema of `changes` (`schemas/changes.schema.json`).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Modified,
    Deleted,
    Renamed,
}

impl Change {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Modified => "modified",
            Change::Deleted => "deleted",
            Change::Renamed => "renamed",
        }
    }
}

/// A changed file, with paths from the repository's top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    /// How it changed.
    pub change: Change,
    /// The path at the revision (absent for an added file).
    pub old_path: Option<String>,
    /// The path in the working tree (absent for a deleted file).
    pub new_path: Option<String>,
}

impl Changed {
    /// The path to name the file by: the new one, or the old one for a deleted file.
    pub fn path(&self) -> &str {
        self.new_path
            .as_deref()
            .or(self.old_path.as_deref())
            .unwrap_or_default()
    }
}

/// Every `.toml` file under `pathspecs` (relative to `dir`) that was added, modified, deleted
/// or renamed between `rev` and the working tree, committed or not, untracked new files
/// included; paths from the repository's top, in natural order (`c2` before `c10`).
pub fn changed_since(
    dir: &Path,
    rev: &str,
    pathspecs: &[String],
) -> Result<Vec<Changed>, LoadError> {
    verify_revision(dir, rev)?;
    let diff = stdout_of(
        dir,
        &["diff", "--name-status", "-z", "-M", "--no-ext-diff", rev],
        pathspecs,
    )?;
    let mut changes = parse_name_status(&diff);
    let untracked = stdout_of(
        dir,
        &[
            "ls-files",
            "--others",
            "--exclude-standard",
            "--full-name",
            "-z",
        ],
        pathspecs,
    )?;
    for path in untracked.split('\0').filter(|p| !p.is_empty()) {
        changes.push(Changed {
            change: Change::Added,
            old_path: None,
            new_path: Some(path.to_string()),
        });
    }
    changes.retain(|c| c.path().ends_with(".toml"));
    changes.sort_by(|a, b| crate::text::natural_cmp(a.path(), b.path()));
    Ok(changes)
}

/// Reads `git diff --name-status -z` output: `STATUS\0PATH\0` or, for renames and copies,
/// `RNNN\0OLD\0NEW\0`.
fn parse_name_status(out: &str) -> Vec<Changed> {
    let mut fields = out.split('\0').filter(|f| !f.is_empty());
    let mut changes = Vec::new();
    while let Some(status) = fields.next() {
        let one = |path: Option<&str>| path.map(str::to_string);
        let changed = match status.chars().next() {
            Some('A') | Some('C') => {
                let path = if status.starts_with('C') {
                    fields.next();
                    fields.next()
                } else {
                    fields.next()
                };
                Changed {
                    change: Change::Added,
                    old_path: None,
                    new_path: one(path),
                }
            }
            Some('D') => Changed {
                change: Change::Deleted,
                old_path: one(fields.next()),
                new_path: None,
            },
            Some('R') => Changed {
                change: Change::Renamed,
                old_path: one(fields.next()),
                new_path: one(fields.next()),
            },
            _ => {
                let path = one(fields.next());
                Changed {
                    change: Change::Modified,
                    old_path: path.clone(),
                    new_path: path,
                }
            }
        };
        changes.push(changed);
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ls_tree_output_is_read() {
        let out = [
            "100644 blob 1111\tprofiles/a b/2018.toml",
            "040000 tree 2222\tprofiles",
            "160000 commit 3333\tsub",
            "",
        ]
        .join("\0");
        let ids = parse_ls_tree(&out);
        assert_eq!(ids.len(), 1);
        assert_eq!(ids["profiles/a b/2018.toml"], "1111");
    }

    #[test]
    fn name_status_output_is_read() {
        let out = "M\0a.toml\0R087\0b.toml\0c.toml\0D\0d.toml\0A\0e.toml\0";
        let changes = parse_name_status(out);
        assert_eq!(changes.len(), 4);
        assert_eq!(changes[1].change, Change::Renamed);
        assert_eq!(changes[1].old_path.as_deref(), Some("b.toml"));
        assert_eq!(changes[1].new_path.as_deref(), Some("c.toml"));
        assert_eq!(changes[2].path(), "d.toml");
        assert_eq!(changes[3].change, Change::Added);
    }
}
