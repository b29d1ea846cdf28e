//! Writing files without losing what was there: a new file is written next to its target
//! under an unpredictable name, created exclusively (so that a planted link cannot redirect
//! it), and renamed over the target only once it is complete.

use std::io::{self, Write};

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// Writes `bytes` to `target` without ever leaving it half written: a regular file (or a new
/// one) is replaced whole through [`stage`]; a FIFO, a terminal or another device, which a
/// rename would replace by a regular file, is written directly.
pub(crate) fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    // A link to a regular file is not written through: it may have been planted (a committed
    // `comment.md` → `~/.bashrc`). A link to a device (`/dev/stdout`) is written as the
    // device is.
    let is_link = std::fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && std::fs::metadata(target).is_ok_and(|m| m.is_file()) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "is a link to a file: refusing to write through it (name the file itself, or remove the link)",
        ));
    }
    if let Ok(meta) = std::fs::metadata(target) {
        if meta.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a folder; a file name is needed",
            ));
        }
        if !meta.is_file() {
            let mut file = std::fs::OpenOptions::new().write(true).open(target)?;
            return file.write_all(bytes).and_then(|()| file.flush());
        }
    }
    stage(target, bytes)?.commit()
}

/// Whether two paths name the same file (by device and inode, not by spelling).
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    use mgi_diff::read::identity;
    identity(a).is_some_and(|a| identity(b) == Some(a))
}

/// A file written in full beside its target, not yet in place.
pub(crate) struct Staged {
    file: NamedTempFile,
    target: PathBuf,
}

/// Writes `bytes` beside `target` (a link is followed to the file it names), with the
/// target's permissions when it exists. Nothing is in place until [`Staged::commit`].
pub(crate) fn stage(target: &Path, bytes: &[u8]) -> io::Result<Staged> {
    let target = match std::fs::canonicalize(target) {
        Ok(real) => real,
        Err(e) if e.kind() == io::ErrorKind::NotFound => target.to_path_buf(),
        Err(e) => return Err(e),
    };
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A new file gets the mode any program's new file gets (0666 less the umask, which the
    // system applies at creation), not a temporary file's 0600.
    let mut file = tempfile::Builder::new()
        .prefix(".mgi-diff-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| in_folder(dir, &e))?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(&target) {
        file.as_file().set_permissions(meta.permissions())?;
        // Its owner and group too, as far as the writer may give them back (a user may set
        // a group they belong to; only root, another owner): a refusal leaves the writer's.
        use std::os::unix::fs::MetadataExt;
        let file_ref = file.as_file();
        if std::os::unix::fs::fchown(file_ref, Some(meta.uid()), Some(meta.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file_ref, None, Some(meta.gid()));
        }
    }
    Ok(Staged { file, target })
}

/// Why no file could be made in `dir`, said of the folder: tempfile's own message names the
/// temporary file (`at path "/x/.mgi-diff-ACaN0V"`), a name the user never gave.
fn in_folder(dir: &Path, e: &io::Error) -> io::Error {
    let dir = dir.display();
    let why = match e.kind() {
        io::ErrorKind::NotFound => format!("the folder {dir} does not exist"),
        io::ErrorKind::PermissionDenied => format!("the folder {dir} cannot be written to"),
        io::ErrorKind::NotADirectory => format!("{dir} is not a folder"),
        kind => format!("no file can be made in {dir} ({kind})"),
    };
    io::Error::new(e.kind(), why)
}

impl Staged {
    /// Puts the file in place of its target.
    pub(crate) fn commit(self) -> io::Result<()> {
        self.file
            .persist(&self.target)
            .map(|_| ())
            .map_err(|e| e.error)
    }
}

/// Writes the finished output: to `path` through a temporary file renamed into place, or to
/// standard output, where a reader that has gone away (`| head`) is not an error.
pub(crate) fn emit(bytes: &[u8], path: Option<&Path>) -> Result<()> {
    match path {
        Some(path) => write(path, bytes).with_context(|| format!("writing {}", path.display())),
        None => {
            let mut stdout = io::stdout().lock();
            match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("writing to standard output"),
            }
        }
    }
}
