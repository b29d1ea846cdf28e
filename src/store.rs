//! The profile set (a `profiles/` folder, or the copy built into the binary) and the
//! references that name a profile on the command line: a path, `-`, `country@year`,
//! `country/city@year`, `REV:PATH`. It sits above both [`crate::read`] (it asks for bytes) and
//! [`crate::profile`] (it hands them over to be parsed).

use std::path::{Path, PathBuf};

use crate::problem::{Problem, Severity};
use crate::profile::{LoadError, Loaded, Profile, ProfileName, load_str};
use crate::read::{self, Input, Text, embedded};

pub(crate) mod walk;

use walk::walk;

/// Where the profile set lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Store {
    Dir(PathBuf),
    /// The `profiles/` folder this binary was built with.
    Embedded,
}

/// One file of the set, with what its path says (`<country>/<year>.toml` or
/// `<country>/<city>/<year>.toml`).
#[derive(Debug, Clone)]
pub(crate) struct SetFile {
    /// Path inside the set, `/`-separated.
    pub rel: String,
    pub name: Option<ProfileName>,
}

#[derive(Debug, Clone)]
pub(crate) struct ProfileSet {
    pub store: Store,
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
    fn place(&self) -> Option<(String, Option<String>, u16)> {
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
pub(crate) struct Skipped {
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
    pub(crate) fn problem(&self) -> Problem {
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
    pub(crate) fn locate(explicit: Option<&Path>) -> Result<ProfileSet, LoadError> {
        match ProfileSet::folder(explicit)? {
            Some(dir) => ProfileSet::open(&dir),
            None => Ok(ProfileSet::embedded()),
        }
    }

    /// The profile folder in use: `--profiles DIR`, else `$MGI_DIFF_PROFILES`, else
    /// `./profiles` when it exists; `None` when the built-in set is in use. A folder that is
    /// named but does not exist is an error.
    pub(crate) fn folder(explicit: Option<&Path>) -> Result<Option<PathBuf>, LoadError> {
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
    pub(crate) fn open(dir: &Path) -> Result<ProfileSet, LoadError> {
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

    /// The set's terms file read and validated (see [`read_terms`]); nothing when the set
    /// has none.
    pub(crate) fn load_terms(&self) -> (Option<crate::profile::Terms>, Vec<Problem>) {
        match (&self.terms, self.path(crate::profile::TERMS_FILE)) {
            (Some(_), Some(path)) => read_terms(&path),
            _ => (None, Vec::new()),
        }
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
    pub(crate) fn path(&self, rel: &str) -> Option<PathBuf> {
        match &self.store {
            Store::Dir(dir) => Some(dir.join(rel)),
            Store::Embedded => None,
        }
    }

    /// How a file of the set is named to users.
    pub(crate) fn origin(&self, rel: &str) -> String {
        match &self.store {
            Store::Dir(dir) => dir.join(rel).display().to_string(),
            Store::Embedded => embedded::origin(rel),
        }
    }

    /// Where a file of the set is, for `list`: its path, or that it is built in.
    pub(crate) fn where_is(&self, rel: &str) -> String {
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
    pub(crate) fn input(&self, rel: &str) -> Input {
        match &self.store {
            Store::Dir(dir) => Input::File(dir.join(rel)),
            Store::Embedded => Input::Embedded(rel.to_string()),
        }
    }

    /// Reads one file of the set: found by the walk, so a regular file only.
    pub(crate) fn read(&self, rel: &str) -> Result<Text, LoadError> {
        match &self.store {
            Store::Dir(dir) => read::read_found(&dir.join(rel)),
            Store::Embedded => read::read(&self.input(rel)),
        }
    }

    /// Loads one file of the set, adding the warning for a path that disagrees with the profile.
    pub(crate) fn load(&self, file: &SetFile) -> Loaded {
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
    pub(crate) fn valid_profiles(&self) -> impl Iterator<Item = crate::diff::ProfileInfo> + '_ {
        self.files.iter().filter_map(|f| {
            let profile = self.load(f).profile?;
            // The reference that finds the file is its path's: a profile that declares another
            // place or year (which `check` warns about) was listed under a name that `show`
            // then refused.
            let reference = f.name.as_ref().map(ProfileName::reference);
            let info = crate::diff::ProfileInfo::of(&profile);
            Some(crate::diff::ProfileInfo {
                origin: self.where_is(&f.rel),
                origin_v1: self.where_is(&f.rel),
                reference: reference.unwrap_or(info.reference.clone()),
                ..info
            })
        })
    }

    /// The file that a `country@year` reference names.
    pub(crate) fn resolve(&self, named: &ProfileName) -> Result<&SetFile, LoadError> {
        let country = named.country.to_lowercase();
        let city = named.city.as_deref().map(str::to_lowercase);
        let by_slug = self.files.iter().find(|f| {
            f.place()
                .is_some_and(|(c, t, year)| c == country && t == city && year == named.year)
        });
        if let Some(file) = by_slug {
            return Ok(file);
        }
        if let Some((file, _)) = self
            .with_iso3(&country, city.as_deref(), Some(named.year))
            .next()
        {
            return Ok(file);
        }
        Err(LoadError::UnknownReference {
            reference: named.reference(),
            hint: self.hint(named),
        })
    }

    /// The files of the set whose profile has the ISO3 code `code` (any case), for the city
    /// and year given: paths carry slugs only, so an ISO3 code is looked for inside the files.
    /// Nothing for a `code` that is no three-letter code.
    fn with_iso3<'s, 'a>(
        &'s self,
        code: &'a str,
        city: Option<&'a str>,
        year: Option<u16>,
    ) -> impl Iterator<Item = (&'s SetFile, Profile)> {
        let code = (code.len() == 3).then_some(code);
        self.files
            .iter()
            .filter(move |f| {
                code.is_some()
                    && f.place().is_some_and(|(_, c, y)| {
                        c.as_deref() == city && year.is_none_or(|wanted| wanted == y)
                    })
            })
            .filter_map(move |f| {
                let p = self.load(f).profile?;
                p.iso3.eq_ignore_ascii_case(code?).then_some((f, p))
            })
    }

    /// The places of the set, each as its folder (`kazakhstan`, `kazakhstan/almaty`), in order.
    pub(crate) fn places(&self) -> Vec<String> {
        let mut places: Vec<String> = self
            .files
            .iter()
            .filter_map(|f| f.name.as_ref().map(|n| n.folder().to_lowercase()))
            .collect();
        places.sort();
        places.dedup();
        places
    }

    /// Every round of a place (`kazakhstan`, `KAZ`, `kazakhstan/almaty`), oldest first: the
    /// files of its folder, or for an ISO3 code the files whose profile has that code. A round
    /// that does not load is an error naming its file.
    pub(crate) fn rounds(&self, place: &str) -> Result<Vec<Profile>, LoadError> {
        let place = place.trim().trim_end_matches('/').to_lowercase();
        let (country, city) = match place.split_once('/') {
            Some((c, city)) => (c.to_string(), Some(city.to_string())),
            None => (place.clone(), None),
        };
        let in_folder = |f: &&SetFile| f.place().is_some_and(|(c, t, _)| c == country && t == city);
        let files: Vec<&SetFile> = self.files.iter().filter(in_folder).collect();
        let mut loaded = Vec::new();
        if files.is_empty() {
            loaded.extend(
                self.with_iso3(&country, city.as_deref(), None)
                    .map(|(_, p)| p),
            );
        }
        for file in files {
            let result = self.load(file);
            match result.profile {
                Some(p) => loaded.push(p),
                None => return Err(LoadError::Invalid(result.problems)),
            }
        }
        if loaded.is_empty() {
            let places = self.places();
            let hint = match crate::text::did_you_mean(&place, places.iter().map(String::as_str)) {
                Some(best) => format!("; did you mean `{best}`?"),
                None if places.is_empty() => ", which holds no profile".to_string(),
                None => format!("; the places are {}", places.join(", ")),
            };
            return Err(LoadError::UnknownPlace {
                place,
                hint: format!(" in the profile set ({}){hint}", self.where_from()),
            });
        }
        loaded.sort_by_key(|p| p.year);
        Ok(loaded)
    }

    /// "did you mean", or the years there are, for a reference that names nothing.
    fn hint(&self, named: &ProfileName) -> String {
        let names: Vec<ProfileName> = (self.files.iter())
            .filter_map(|f| f.place())
            .map(|(country, city, year)| ProfileName {
                country,
                city,
                year,
            })
            .collect();
        let wanted = named.folder().to_lowercase();
        let same_place: Vec<String> = names
            .iter()
            .filter(|l| l.folder() == wanted)
            .map(|l| l.reference())
            .collect();
        let where_ = format!(" in the profile set ({})", self.where_from());
        if !same_place.is_empty() {
            return format!("{where_}; available: {}", same_place.join(", "));
        }
        let mut places: Vec<String> = names.iter().map(|l| l.folder()).collect();
        places.dedup();
        if let Some(best) = crate::text::did_you_mean(&wanted, places.iter().map(String::as_str)) {
            let years: Vec<String> = names
                .iter()
                .filter(|l| l.folder() == best)
                .map(|l| l.reference())
                .collect();
            let exact = format!("{best}@{}", named.year);
            let suggestion = if years.contains(&exact) {
                exact
            } else {
                years.join("`, `")
            };
            return format!("{where_}; did you mean `{suggestion}`?");
        }
        let all: Vec<String> = names.iter().map(|l| l.reference()).collect();
        if all.is_empty() {
            format!("{where_}, which is empty")
        } else {
            format!("{where_}; available: {}", all.join(", "))
        }
    }
}

/// What a command-line profile argument names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reference {
    Stdin,
    Path(PathBuf),
    Named(ProfileName),
    Git { rev: String, path: String },
}

impl Reference {
    /// What `s` says by its grammar alone; [`Resolver::reference`] lets an existing file win.
    pub(crate) fn parse(s: &str) -> Reference {
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
pub(crate) struct Resolver {
    explicit_dir: Option<PathBuf>,
    set: std::sync::OnceLock<ProfileSet>,
}

impl Resolver {
    pub(crate) fn new(explicit_dir: Option<PathBuf>) -> Resolver {
        Resolver {
            explicit_dir,
            set: std::sync::OnceLock::new(),
        }
    }

    /// The profile set, found the first time it is needed.
    pub(crate) fn set(&self) -> Result<&ProfileSet, LoadError> {
        if let Some(set) = self.set.get() {
            return Ok(set);
        }
        let set = ProfileSet::locate(self.explicit_dir.as_deref())?;
        Ok(self.set.get_or_init(|| set))
    }

    /// The profile set's own equivalences (its terms file), if it has one. A terms file with
    /// an error is an error of the command: a comparison is not made without the terms its
    /// editors confirmed.
    pub(crate) fn terms(&self) -> Result<Option<std::sync::Arc<crate::profile::Terms>>, LoadError> {
        // No folder (or one named but missing: the business of the references that name
        // one) has no terms file. The folder is not walked for this: a diff of two paths
        // need not list the set.
        let Ok(Some(dir)) = ProfileSet::folder(self.explicit_dir.as_deref()) else {
            return Ok(None);
        };
        let path = dir.join(crate::profile::TERMS_FILE);
        if !path.exists() {
            return Ok(None);
        }
        let (terms, problems) = read_terms(&path);
        let errors: Vec<Problem> = problems.into_iter().filter(Problem::is_error).collect();
        if !errors.is_empty() {
            return Err(LoadError::Invalid(errors));
        }
        Ok(terms.map(std::sync::Arc::new))
    }

    /// What a command-line argument names: a file that exists by that name, else what the
    /// reference grammar says.
    pub(crate) fn reference(&self, arg: &str) -> Reference {
        let path = Path::new(arg);
        if arg != "-" && path.exists() {
            return Reference::Path(path.to_path_buf());
        }
        Reference::parse(arg)
    }

    /// Reads what a reference names, with the name its path gives when it is in a set.
    pub(crate) fn read(
        &self,
        reference: &Reference,
    ) -> Result<(Text, Option<ProfileName>), LoadError> {
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
    pub(crate) fn file_path(&self, reference: &Reference) -> Result<Option<PathBuf>, LoadError> {
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
    pub(crate) fn load(&self, reference: &Reference) -> Result<Profile, LoadError> {
        let (text, _) = self.read(reference)?;
        parse(&text)
    }
}

/// The profile a text that was read holds; any error in it fails. (Standard input can be read
/// once: a command that needs the text and the profile parses what it read.)
pub(crate) fn parse(text: &Text) -> Result<Profile, LoadError> {
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

/// A terms file read and validated: the terms when it has no error, and every problem (one
/// that it cannot be read at all among them). Every reader of a terms file goes through here.
/// It is read as a folder walk reads a profile: a link only to a regular file inside the
/// file's folder, and never a FIFO or a device (a committed link to `/proc/self/fd/0` would
/// otherwise hang a diff, one to a file elsewhere show its content).
pub(crate) fn read_terms(path: &Path) -> (Option<crate::profile::Terms>, Vec<Problem>) {
    let refused = |why: &str| {
        let problem = Problem {
            file: path.display().to_string(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: format!("not read: {why}"),
        };
        (None, vec![problem])
    };
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = folder.unwrap_or(Path::new(".")).canonicalize();
    match (path.canonicalize(), folder) {
        (Ok(real), Ok(folder)) if !real.starts_with(&folder) => {
            return refused("a link that leads out of the folder");
        }
        (Err(_), _) if std::fs::symlink_metadata(path).is_ok() => {
            return refused("a link that leads nowhere");
        }
        _ => {}
    }
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return refused("not a regular file (a FIFO, a device or a folder)");
    }
    match read::read_found(path) {
        Ok(text) => crate::profile::load_terms(&text.origin, &text.text),
        Err(LoadError::Invalid(problems)) => (None, problems),
        Err(e) => {
            let file = path.display().to_string();
            // The message names the file already; the problem says it once.
            let message = e.to_string();
            let message = message
                .strip_prefix(&format!("{file}: "))
                .map_or(message.clone(), str::to_string);
            let problem = Problem {
                file,
                line: None,
                column: None,
                severity: Severity::Error,
                message,
            };
            (None, vec![problem])
        }
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
