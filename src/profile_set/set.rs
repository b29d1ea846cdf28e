//! The profile set: where it lives (a folder named or found, or the copy built into the
//! binary), its files in natural order, what its walk did not read, and reading and loading
//! one of its files.

use std::path::{Path, PathBuf};

use super::walk::{self, walk};
use crate::problem::{Problem, Severity};
use crate::profile::{LoadError, Loaded, ProfileName};
use crate::read::{self, Input, Text, embedded};

/// Where the profile set lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Store {
    /// A folder of profile files.
    Dir(PathBuf),
    /// The `profiles/` folder this binary was built with.
    Embedded,
}

/// One file of the set, with what its path says (`<country>/<year>.toml` or
/// `<country>/<city>/<year>.toml`).
#[derive(Debug, Clone)]
pub struct SetFile {
    /// Path inside the set, `/`-separated.
    pub rel: String,
    /// The profile its path names, when it names one.
    pub name: Option<ProfileName>,
}

/// A set of profiles: the files of a folder, or of the copy built into the binary.
#[derive(Debug, Clone)]
pub struct ProfileSet {
    /// Where the set lives.
    pub store: Store,
    /// Its profile files, in natural order of their paths.
    pub files: Vec<SetFile>,
    /// The set's terms file (`terms.toml` at its top), which is no profile.
    pub terms: Option<String>,
    /// What the walk met and did not read, with why: nothing is skipped in silence.
    pub skipped: Vec<Skipped>,
}

impl SetFile {
    /// The place and year its path says, in lower case: one rule for every command, so that
    /// `Kyrgyzstan/2018.toml` is `kyrgyzstan@2018` to `diff`, `history` and `site` alike
    /// (`check` warns that it belongs at `kyrgyzstan/2018.toml`).
    pub(super) fn place(&self) -> Option<(String, Option<String>, u16)> {
        let name = self.name.as_ref()?;
        Some((
            name.country.to_lowercase(),
            name.city.as_deref().map(str::to_lowercase),
            name.year,
        ))
    }
}

/// An entry of a profile folder that was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Where it is, as the user would name it (the folder joined with its path).
    pub path: String,
    /// Why it was not read.
    pub why: String,
    /// Whether what it holds is unknown (an unreadable folder), which makes a check fail;
    /// else it is a warning.
    pub error: bool,
}

impl Skipped {
    /// As a problem of a check.
    pub fn problem(&self) -> Problem {
        Problem {
            file: self.path.clone(),
            line: None,
            column: None,
            severity: if self.error {
                Severity::Error
            } else {
                Severity::Warning
            },
            message: format!("not read: {}", self.why),
        }
    }
}

/// The environment variable that names the profile folder.
pub(crate) const PROFILES_ENV: &str = "MGI_DIFF_PROFILES";

impl ProfileSet {
    /// The set in use: `--profiles DIR`, else `$MGI_DIFF_PROFILES`, else `./profiles` when it
    /// exists, else the profiles embedded in the binary.
    pub fn locate(explicit: Option<&Path>) -> Result<ProfileSet, LoadError> {
        match ProfileSet::folder(explicit)? {
            Some(dir) => ProfileSet::open(&dir),
            None => Ok(ProfileSet::embedded()),
        }
    }

    /// The profile folder in use: `--profiles DIR`, else `$MGI_DIFF_PROFILES`, else
    /// `./profiles` when it exists; `None` when the built-in set is in use. A folder that is
    /// named but does not exist is an error.
    pub fn folder(explicit: Option<&Path>) -> Result<Option<PathBuf>, LoadError> {
        let from_env = std::env::var_os(PROFILES_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        // Named or found, the folder is held to the rule of a link in a walk (see
        // `walk::hold_root`): its terms file is read from it before any walk.
        match explicit.map(Path::to_path_buf).or(from_env) {
            Some(dir) if dir.is_dir() => walk::hold_root(&dir, false).map(|()| Some(dir)),
            Some(dir) => Err(LoadError::Missing {
                path: format!("{} (the profile folder)", dir.display()),
            }),
            None => match PathBuf::from("profiles") {
                dir if dir.is_dir() => walk::hold_root(&dir, true).map(|()| Some(dir)),
                _ => Ok(None),
            },
        }
    }

    pub(crate) fn embedded() -> ProfileSet {
        ProfileSet::with_files(
            Store::Embedded,
            embedded::files().map(str::to_string).collect(),
        )
    }

    /// Every `.toml` file below `dir`.
    pub fn open(dir: &Path) -> Result<ProfileSet, LoadError> {
        let mut rels = Vec::new();
        let mut skipped = Vec::new();
        walk(dir, dir, &mut rels, &mut skipped)?;
        let terms =
            (rels.iter().position(|r| r == crate::profile::TERMS_FILE)).map(|at| rels.remove(at));
        let mut set = ProfileSet::with_files(Store::Dir(dir.to_path_buf()), rels);
        set.terms = terms;
        set.skipped = skipped;
        Ok(set)
    }

    fn with_files(store: Store, mut rels: Vec<String>) -> ProfileSet {
        // Natural order, national before local, years ascending: `c2/2018` before `c10/2018`,
        // `kazakhstan/2018` before `kazakhstan/almaty/2016`.
        rels.sort_by(|a, b| {
            let key = |rel: &str| ProfileName::from_rel(rel).map(|n| (n.country, n.city, n.year));
            match (key(a), key(b)) {
                (Some((ca, ta, ya)), Some((cb, tb, yb))) => crate::text::natural_cmp(&ca, &cb)
                    .then_with(|| match (&ta, &tb) {
                        (None, None) => std::cmp::Ordering::Equal,
                        (None, Some(_)) => std::cmp::Ordering::Less,
                        (Some(_), None) => std::cmp::Ordering::Greater,
                        (Some(x), Some(y)) => crate::text::natural_cmp(x, y),
                    })
                    .then(ya.cmp(&yb)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => crate::text::natural_cmp(a, b),
            }
        });
        let files = rels
            .into_iter()
            .map(|rel| SetFile {
                name: ProfileName::from_rel(&rel),
                rel,
            })
            .collect();
        ProfileSet {
            store,
            files,
            terms: None,
            skipped: Vec::new(),
        }
    }

    /// Where a file of the set is on disk (none for a built-in one).
    pub fn path(&self, rel: &str) -> Option<PathBuf> {
        match &self.store {
            Store::Dir(dir) => Some(dir.join(rel)),
            Store::Embedded => None,
        }
    }

    /// How a file of the set is named to users.
    pub fn origin(&self, rel: &str) -> String {
        match &self.store {
            Store::Dir(dir) => dir.join(rel).display().to_string(),
            Store::Embedded => embedded::origin(rel),
        }
    }

    /// Where a file of the set is, for `list`: its path, or that it is built in.
    pub fn where_is(&self, rel: &str) -> String {
        match &self.store {
            Store::Dir(_) => self.origin(rel),
            Store::Embedded => "built in".into(),
        }
    }

    pub(crate) fn where_from(&self) -> String {
        match &self.store {
            Store::Dir(dir) => dir.display().to_string(),
            Store::Embedded => "built in".into(),
        }
    }

    /// Where a file of the set is read from.
    pub fn input(&self, rel: &str) -> Input {
        match &self.store {
            Store::Dir(dir) => Input::File(dir.join(rel)),
            Store::Embedded => Input::Embedded(rel.to_string()),
        }
    }

    /// Reads one file of the set: found by the walk, so a regular file only.
    pub fn read(&self, rel: &str) -> Result<Text, LoadError> {
        match &self.store {
            Store::Dir(dir) => read::read_found(&dir.join(rel)),
            Store::Embedded => read::read(&self.input(rel)),
        }
    }

    /// Loads one file of the set, adding the warning for a path that disagrees with the profile.
    pub fn load(&self, file: &SetFile) -> Loaded {
        match Loaded::from_read_named(self.read(&file.rel), file.name.as_ref()) {
            Ok(loaded) => loaded,
            Err(e) => Loaded {
                profile: None,
                problems: vec![Problem {
                    file: self.origin(&file.rel),
                    line: None,
                    column: None,
                    severity: Severity::Error,
                    message: e.to_string(),
                }],
            },
        }
    }

    /// What `list` shows: the profiles of the set that load, in natural order (files with errors
    /// are left to `check`), each with where it is.
    pub fn valid_profiles(&self) -> impl Iterator<Item = crate::diff::ProfileInfo> + '_ {
        self.files.iter().filter_map(|f| {
            let profile = self.load(f).profile?;
            // The reference that finds the file is its path's: a profile that declares another
            // place or year (which `check` warns about) was listed under a name that `show`
            // then refused. In lower case, as every command names it (see `SetFile::place`):
            // `Kyrgyzstan/2018.toml` is `kyrgyzstan@2018`.
            let reference = f.place().map(|(country, city, year)| {
                ProfileName {
                    country,
                    city,
                    year,
                }
                .reference()
            });
            let info = crate::diff::ProfileInfo::of(&profile);
            Some(crate::diff::ProfileInfo {
                origin: self.where_is(&f.rel),
                origin_v1: self.where_is(&f.rel),
                reference: reference.unwrap_or(info.reference.clone()),
                ..info
            })
        })
    }
}
