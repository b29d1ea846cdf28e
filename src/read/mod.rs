//! The reading layer: profile text from a file, standard input, the profiles built into the
//! binary or a git revision, each read with the same size limit and named by its origin.
//!
//! This is the only part of the library that touches files or starts a process; [`crate::profile`]
//! parses and validates what it is handed here.

pub(crate) mod embedded;
pub mod git;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::problem::{Problem, Severity, utf8_error_position};

/// Profiles larger than this are refused before they are read.
pub const MAX_SIZE: u64 = 16 * 1024 * 1024;

/// Why a profile could not be had. Every variant is a message for the user, exit status 2.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // the fields are what the messages say: the path, its size, …
pub enum LoadError {
    /// The file does not exist.
    #[error("{path}: no such file")]
    Missing { path: String },
    /// The path is a folder.
    #[error("{path}: is a folder, not a profile file")]
    Folder { path: String },
    /// The file is over [`MAX_SIZE`], as its size says.
    #[error("{path}: the file is {size} bytes, over the 16 MiB limit for a profile")]
    TooLarge { path: String, size: u64 },
    /// A stream (a pipe, a device, a growing file) gave more than [`MAX_SIZE`].
    #[error("{path}: over the 16 MiB limit for a profile")]
    TooLargeStream { path: String },
    /// What is at the path is not read: a FIFO or a device where a file was looked for, a
    /// link that leads out of the folder or repository it is in.
    #[error("{path}: not read: {why}")]
    NotRead { path: String, why: String },
    /// Reading failed.
    // The source is part of the message, not a cause of its own: printed once.
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    /// The text was read but is not a valid profile: every error, located.
    #[error("{}", problem_lines(.0))]
    Invalid(Vec<Problem>),
    /// A reference (`country@year`) names no profile of the set; the hint says what does.
    #[error("unknown profile `{reference}`{hint}")]
    UnknownReference { reference: String, hint: String },
    /// A place (`kazakhstan`, `KAZ`, `kazakhstan/almaty`) has no round in the set.
    #[error("no profile of `{place}`{hint}")]
    UnknownPlace { place: String, hint: String },
    /// git is missing, or refused (an unknown revision, a path not at it).
    #[error("{0}")]
    Git(String),
}

fn problem_lines(problems: &[Problem]) -> String {
    // One file's problems: the first of them, then a count (what one file prints is bounded).
    let shown = &problems[..problems.len().min(crate::problem::SHOWN_PER_FILE)];
    let count = crate::problem::not_shown(problems);
    let lines: Vec<String> = shown
        .iter()
        .chain(&count)
        .map(ToString::to_string)
        .collect();
    lines.join("\n")
}

/// Where profile text is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input, read once.
    Stdin,
    /// A profile built into the binary, by its path inside `profiles/`.
    Embedded(String),
    /// A file at a git revision (`REV:PATH`), in the repository of the current folder.
    Git {
        /// The revision, as given.
        rev: String,
        /// The path, from the repository's top (or from the current folder with `./`).
        path: String,
    },
}

/// Reads the text of `input`: bounded by [`MAX_SIZE`], UTF-8 checked.
pub fn read(input: &Input) -> Result<Text, LoadError> {
    match input {
        Input::File(path) => read_file(path),
        Input::Stdin => read_stdin(),
        Input::Embedded(rel) => embedded::read(rel).ok_or_else(|| LoadError::Missing {
            path: embedded::origin(rel),
        }),
        Input::Git { rev, path } => git::show(Path::new("."), rev, path),
    }
}

/// Profile text and where it came from.
#[derive(Debug, Clone)]
pub struct Text {
    /// How the text is named to users: a path, `<stdin>`, `REV:PATH`, a built-in profile.
    pub origin: String,
    /// The text, valid UTF-8.
    pub text: String,
}

/// Bytes to text: a file that is not UTF-8 is a problem at the first bad byte.
pub(crate) fn decode(origin: &str, bytes: Vec<u8>) -> Result<Text, LoadError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Text {
            origin: origin.to_string(),
            text,
        }),
        Err(e) => {
            let (line, column) = utf8_error_position(e.as_bytes(), &e.utf8_error());
            Err(LoadError::Invalid(vec![Problem {
                file: origin.to_string(),
                line: Some(line),
                column: Some(column),
                severity: Severity::Error,
                message: "the file is not UTF-8 text".into(),
            }]))
        }
    }
}

/// What a read of a path accepts besides a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accept {
    /// A path the user named: a pipe or a device is read too (`<(…)`, `/dev/stdin`), bounded
    /// by [`MAX_SIZE`]; that is their choice.
    Named,
    /// A file the program found (in a walk, a git change, an earlier round, a folder it
    /// writes): a regular file only. Opening a FIFO waits for a writer that never comes, and
    /// a device may never end; neither is what a folder of profiles holds.
    Regular,
}

/// Reads a file: a folder, a missing file or one over [`MAX_SIZE`] is an error, and so is text
/// that is not UTF-8 (located at its first bad byte).
pub fn read_file(path: &Path) -> Result<Text, LoadError> {
    decode(
        &path.display().to_string(),
        read_bytes(path, Accept::Named)?,
    )
}

/// Reads a file the program found rather than one the user named: as [`read_file`], and
/// anything but a regular file is not read (see [`Accept::Regular`]).
pub fn read_found(path: &Path) -> Result<Text, LoadError> {
    decode(
        &path.display().to_string(),
        read_bytes(path, Accept::Regular)?,
    )
}

/// The bytes of a file, bounded by [`MAX_SIZE`]. Every read of a file goes through here, and
/// its type is looked at before it is opened: a folder is refused, and with
/// [`Accept::Regular`] anything but a regular file.
pub fn read_bytes(path: &Path, accept: Accept) -> Result<Vec<u8>, LoadError> {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::Missing { path: shown });
        }
        Err(source) => {
            return Err(LoadError::Io {
                path: shown,
                error: source,
            });
        }
    };
    if meta.is_dir() {
        return Err(LoadError::Folder { path: shown });
    }
    if accept == Accept::Regular && !meta.is_file() {
        return Err(LoadError::NotRead {
            path: shown,
            why: not_a_file(&meta.file_type()).into(),
        });
    }
    if meta.len() > MAX_SIZE {
        return Err(LoadError::TooLarge {
            path: shown,
            size: meta.len(),
        });
    }
    // The size said by the file system does not bind a pipe, a device or a file that grows:
    // the read itself is bounded.
    let io = |error| LoadError::Io {
        path: shown.clone(),
        error,
    };
    // Room for the size the file system says, and the byte that shows the end: a regular file
    // is then read in one call or two, not in reads that start at 32 bytes and double.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).map_or(0, |n| n + 1));
    std::fs::File::open(path)
        .map_err(io)?
        .take(MAX_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_SIZE {
        return Err(LoadError::TooLargeStream { path: shown });
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, as a reason it is not read.
pub fn not_a_file(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO, not a file"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device, not a file"
    } else if kind.is_socket() {
        "a socket, not a file"
    } else if kind.is_dir() {
        "a folder, not a file"
    } else {
        "not a regular file"
    }
}

/// Why a link met inside a folder (whose real place is `real_root`) is not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// It names nothing that exists.
    Nowhere,
    /// Its real place is outside the folder.
    Out,
    /// Its real place is inside a `.git` folder below the folder: a repository's own
    /// configuration and objects are no profile, whatever a committed link says.
    IntoGit,
}

impl Refused {
    /// The reason in words; `folder` names what the link leads out of ("the folder", "the
    /// repository").
    pub fn why(self, folder: &str) -> String {
        match self {
            Refused::Nowhere => "a link that leads nowhere".into(),
            Refused::Out => format!("a link that leads out of {folder}"),
            Refused::IntoGit => "a link into the repository's .git folder".into(),
        }
    }
}

/// Where `path` really is, when it may be read from the folder whose real place is
/// `real_root`: inside it and not inside a `.git` folder below it.
pub fn held_to(path: &Path, real_root: &Path) -> Result<PathBuf, Refused> {
    let real = std::fs::canonicalize(path).map_err(|_| Refused::Nowhere)?;
    let below = real.strip_prefix(real_root).map_err(|_| Refused::Out)?;
    if below.iter().any(|c| c == ".git") {
        return Err(Refused::IntoGit);
    }
    Ok(real)
}

/// Which file `path` is (device and inode, following links), however it is spelled; `None`
/// when it cannot be looked at.
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// How standard input is named in messages.
pub const STDIN: &str = "<stdin>";

/// Reads standard input, bounded by [`MAX_SIZE`]; empty input is an error.
pub fn read_stdin() -> Result<Text, LoadError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| LoadError::Io {
            path: STDIN.into(),
            error,
        })?;
    if bytes.len() as u64 > MAX_SIZE {
        return Err(LoadError::TooLargeStream { path: STDIN.into() });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Invalid(vec![Problem {
            file: STDIN.into(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: "standard input is empty; expected a format-1 profile".into(),
        }]));
    }
    decode(STDIN, bytes)
}
