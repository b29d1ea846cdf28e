//! The references that name a profile on the command line (a path, `-`, `country@year`,
//! `country/city@year`, `REV:PATH`), and the resolver that reads what they name.

use std::path::{Path, PathBuf};

use super::set::{ProfileSet, Store};
use super::walk;
use crate::profile::{LoadError, Profile, ProfileName, load_str};
use crate::read::{self, Input, Text};

/// What a command-line profile argument names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Stdin,
    Path(PathBuf),
    Named(ProfileName),
    Git { rev: String, path: String },
}

impl Reference {
    /// What `s` says by its grammar alone; [`Resolver::reference`] lets an existing file win.
    pub fn parse(s: &str) -> Reference {
        if s == "-" {
            return Reference::Stdin;
        }
        let path = Path::new(s);
        if let Some(named) = ProfileName::from_reference(s) {
            return Reference::Named(named);
        }
        if let Some((rev, file)) = s.split_once(':') {
            // `C:\...` is a Windows path, not a revision.
            let drive = rev.len() == 1 && rev.chars().all(|c| c.is_ascii_alphabetic());
            if !rev.is_empty() && !file.is_empty() && !drive {
                return Reference::Git {
                    rev: rev.into(),
                    path: file.into(),
                };
            }
        }
        Reference::Path(path.to_path_buf())
    }
}

/// Everything needed to turn references into profiles.
#[derive(Debug)]
pub struct Resolver {
    pub(super) explicit_dir: Option<PathBuf>,
    set: std::sync::OnceLock<ProfileSet>,
}

impl Resolver {
    /// A resolver that looks named profiles up in `explicit_dir` (`--profiles`), else as
    /// [`ProfileSet::locate`] says; the set is found only once a reference needs it.
    pub fn new(explicit_dir: Option<PathBuf>) -> Resolver {
        Resolver {
            explicit_dir,
            set: std::sync::OnceLock::new(),
        }
    }

    /// The profile set, found the first time it is needed.
    pub fn set(&self) -> Result<&ProfileSet, LoadError> {
        if let Some(set) = self.set.get() {
            return Ok(set);
        }
        let set = ProfileSet::locate(self.explicit_dir.as_deref())?;
        Ok(self.set.get_or_init(|| set))
    }

    /// What a command-line argument names: a file that exists by that name, else what the
    /// reference grammar says.
    pub fn reference(&self, arg: &str) -> Reference {
        let path = Path::new(arg);
        if arg != "-" && path.exists() {
            return Reference::Path(path.to_path_buf());
        }
        Reference::parse(arg)
    }

    /// Reads what a reference names, with the name its path gives when it is in a set.
    pub fn read(&self, reference: &Reference) -> Result<(Text, Option<ProfileName>), LoadError> {
        match reference {
            Reference::Stdin => Ok((read::read_stdin()?, None)),
            // A file named inside the repository is held to the rule of a link in a walk: a
            // committed link out of it (to a secret, to `.git/config`) is not read, whatever
            // command names it (`check FILE` in a pre-commit hook or an Action).
            Reference::Path(path) => {
                match walk::hold_root(path, false).and_then(|()| read::read_file(path)) {
                    Ok(text) => Ok((text, ProfileName::from_path(path))),
                    // `kazakhstan@99999` is no file, but it is no path either.
                    Err(LoadError::Missing { path: shown }) if looks_like_a_reference(&shown) => {
                        Err(LoadError::UnknownReference {
                            reference: shown,
                            hint: format!(
                                ": the year must be from {} to {}",
                                crate::profile::load::YEARS.start(),
                                crate::profile::load::YEARS.end()
                            ),
                        })
                    }
                    Err(e) => Err(e),
                }
            }
            Reference::Named(named) => {
                let set = self.set()?;
                let file = set.resolve(named)?;
                Ok((set.read(&file.rel)?, file.name.clone()))
            }
            Reference::Git { rev, path } => {
                let input = Input::Git {
                    rev: rev.clone(),
                    path: path.clone(),
                };
                Ok((read::read(&input)?, ProfileName::from_path(Path::new(path))))
            }
        }
    }

    /// The file a reference names on disk, when it is one that could be edited: not standard
    /// input, a git revision or a built-in profile.
    pub fn file_path(&self, reference: &Reference) -> Result<Option<PathBuf>, LoadError> {
        Ok(match reference {
            Reference::Path(path) => Some(path.clone()),
            Reference::Named(named) => {
                let set = self.set()?;
                let file = set.resolve(named)?;
                match &set.store {
                    Store::Dir(dir) => Some(dir.join(&file.rel)),
                    Store::Embedded => None,
                }
            }
            Reference::Stdin | Reference::Git { .. } => None,
        })
    }

    /// Loads the profile a reference names; any error in it fails the load.
    pub fn load(&self, reference: &Reference) -> Result<Profile, LoadError> {
        let (text, _) = self.read(reference)?;
        parse(&text)
    }
}

/// The profile a text that was read holds; any error in it fails. (Standard input can be read
/// once: a command that needs the text and the profile parses what it read.)
pub fn parse(text: &Text) -> Result<Profile, LoadError> {
    let loaded = load_str(&text.origin, &text.text);
    match loaded.profile {
        Some(profile) => Ok(profile),
        None => Err(LoadError::Invalid(
            loaded
                .problems
                .into_iter()
                .filter(|p| p.is_error())
                .collect(),
        )),
    }
}

/// `place@digits`: a reference whose year could not be read.
fn looks_like_a_reference(s: &str) -> bool {
    s.rsplit_once('@').is_some_and(|(place, year)| {
        !place.is_empty() && !year.is_empty() && year.bytes().all(|b| b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_told_apart() {
        assert_eq!(Reference::parse("-"), Reference::Stdin);
        assert_eq!(
            Reference::parse("KAZ@2018"),
            Reference::Named(ProfileName {
                country: "KAZ".into(),
                city: None,
                year: 2018
            })
        );
        assert!(matches!(
            Reference::parse("kazakhstan/almaty@2020"),
            Reference::Named(ProfileName { city: Some(_), .. })
        ));
        assert_eq!(
            Reference::parse("HEAD~1:profiles/kazakhstan/2018.toml"),
            Reference::Git {
                rev: "HEAD~1".into(),
                path: "profiles/kazakhstan/2018.toml".into()
            }
        );
        assert_eq!(
            Reference::parse("nowhere.toml"),
            Reference::Path("nowhere.toml".into())
        );
    }
}
