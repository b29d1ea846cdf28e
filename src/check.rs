//! `check`: validating profile files and folders (rendered by [`crate::render::check`]).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::profile::{Level, LoadError, Loaded, Problem, Severity};
use crate::profile_set::{ProfileSet, Resolver};

/// The outcome of checking a set of files.
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub(crate) struct CheckReport {
    pub format_version: u32,
    /// Every file checked, terms files included.
    pub files: usize,
    /// Of them, terms files (`terms.toml`).
    pub terms_files: usize,
    /// No profile folder was found or named: the profiles built into mgi-diff were checked.
    pub built_in: bool,
    pub errors: usize,
    pub warnings: usize,
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// Counts the problems of one file, then keeps the first of them to show
    /// ([`crate::problem::bound`]): the totals are exact, what is printed is bounded.
    fn take(&mut self, mut problems: Vec<Problem>) {
        let errors = problems.iter().filter(|p| p.is_error()).count();
        self.errors += errors;
        self.warnings += problems.len() - errors;
        crate::problem::bound(&mut problems);
        self.problems.extend(problems);
    }

    /// Whether the check failed: any error, or with `strict` any warning.
    pub(crate) fn failed(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }
}

/// What `check` looks at.
pub(crate) enum Target {
    /// The profile set in use (`--profiles`, `$MGI_DIFF_PROFILES`, `./profiles`, built in).
    Set,
    /// A path (file or folder) or a reference.
    Arg(String),
}

/// Checks every target; profiles of one run are also checked against each other (two files
/// for the same country, level, city and year). A file named twice (by two paths, or inside a
/// folder also named) is checked once. Each file is dropped once checked: only what the
/// duplicate check needs is kept.
pub(crate) fn check(targets: &[Target], resolver: &Resolver) -> Result<CheckReport, LoadError> {
    let mut report = CheckReport {
        format_version: 1,
        ..CheckReport::default()
    };
    let mut seen: HashMap<(String, Level, Option<String>, u16), String> = HashMap::new();
    let mut files_seen: HashSet<(u64, u64)> = HashSet::new();
    // Whether a file on disk was checked already (files without an identity — built in,
    // standard input, git — are always new).
    let mut first_time = |path: Option<&Path>| match path.and_then(crate::read::identity) {
        Some(id) => files_seen.insert(id),
        None => true,
    };
    let mut add = |l: Loaded, report: &mut CheckReport| {
        report.files += 1;
        report.take(l.problems);
        if let Some(p) = &l.profile {
            // At the first finding: where the language shows (the key belongs in `[profile]`).
            if let Some(message) = crate::diff::language_misread(p) {
                report.problems.push(Problem {
                    file: p.origin.clone(),
                    line: p.findings.first().map(|f| f.line).filter(|&l| l > 0),
                    column: None,
                    severity: Severity::Warning,
                    message,
                });
            }
            let key = (
                p.country.to_lowercase(),
                p.level,
                p.city.as_ref().map(|c| c.to_lowercase()),
                p.year,
            );
            if let Some(first) = seen.get(&key) {
                report.take(vec![Problem {
                    file: p.origin.clone(),
                    line: None,
                    column: None,
                    severity: Severity::Error,
                    message: format!("a second profile for {} {}: {first} has the same country, level, city and year", p.place(), p.year),
                }]);
            } else {
                seen.insert(key, p.origin.clone());
            }
        }
    };
    for target in targets {
        match target {
            Target::Set => {
                let set = resolver.set()?;
                for f in &set.files {
                    if first_time(set.path(&f.rel).as_deref()) {
                        add(set.load(f), &mut report);
                    }
                }
                check_terms(set, &mut report);
                report.built_in = set.store == crate::profile_set::Store::Embedded;
            }
            Target::Arg(arg) => {
                let path = PathBuf::from(arg);
                if path.is_dir() {
                    let set = ProfileSet::open(&path)?;
                    for f in &set.files {
                        if first_time(set.path(&f.rel).as_deref()) {
                            add(set.load(f), &mut report);
                        }
                    }
                    check_terms(&set, &mut report);
                    continue;
                }
                // A terms file named on its own is checked as one.
                if path
                    .file_name()
                    .is_some_and(|n| n == crate::profile::TERMS_FILE)
                    && path.is_file()
                {
                    if first_time(Some(&path)) {
                        crate::profile_set::walk::hold_root(&path, false)?;
                        let (_, problems) = crate::profile_set::read_terms(&path);
                        report.files += 1;
                        report.terms_files += 1;
                        report.take(problems);
                    }
                    continue;
                }
                let reference = resolver.reference(arg);
                let on_disk = resolver.file_path(&reference).ok().flatten();
                if !first_time(on_disk.as_deref()) {
                    continue;
                }
                let read = resolver.read(&reference);
                let name = read.as_ref().ok().and_then(|(_, name)| name.clone());
                let file = Loaded::from_read_named(read.map(|(text, _)| text), name.as_ref())?;
                add(file, &mut report);
            }
        }
    }
    Ok(report)
}

/// Checks a set's terms file, when it has one, as one more file of the check; and names what
/// the walk did not read.
fn check_terms(set: &ProfileSet, report: &mut CheckReport) {
    for skipped in &set.skipped {
        report.take(vec![skipped.problem()]);
    }
    if set.terms.is_some() {
        let (_, problems) = set.load_terms();
        report.files += 1;
        report.terms_files += 1;
        report.take(problems);
    }
}
