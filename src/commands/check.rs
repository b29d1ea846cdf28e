//! `check [PATH|REF]…`: profile files and folders validated, each file once, and the profiles
//! of one run checked against each other.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Result;

use mgi_diff::check::CheckReport;
use mgi_diff::profile::{Level, LoadError, Loaded, Problem, Severity};
use mgi_diff::profile_set::{ProfileSet, Resolver};
use mgi_diff::read;
use mgi_diff::render::{self, Format};

use super::context::Context;
use super::exit::ExitCode;

/// `check`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct Check {
    /// Files, folders or references; none: the profile set in use.
    pub(crate) targets: Vec<String>,
    /// `--strict`: fail on warnings too.
    pub(crate) strict: bool,
}

/// Checks the targets, renders the report, and fails on an error (or with `--strict`, a
/// warning).
pub(crate) fn run(args: &Check, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    let targets: Vec<Target> = if args.targets.is_empty() {
        vec![Target::Set]
    } else {
        args.targets.iter().cloned().map(Target::Arg).collect()
    };
    let checked = check(&targets, &cx.resolver)?;
    // Annotations name files from the repository's top, as GitHub does.
    let root = (cx.format == Format::Github)
        .then(|| read::git::toplevel(Path::new(".")).ok())
        .flatten();
    render::check(&checked, cx.format, root.as_deref(), out)?;
    Ok(ExitCode::failed_if(checked.failed(args.strict)))
}

/// What `check` looks at.
enum Target {
    /// The profile set in use (`--profiles`, `$MGI_DIFF_PROFILES`, `./profiles`, built in).
    Set,
    /// A path (file or folder) or a reference.
    Arg(String),
}

/// Checks every target; profiles of one run are also checked against each other (two files
/// for the same country, level, city and year). A file named twice (by two paths, or inside a
/// folder also named) is checked once. Each file is dropped once checked: only what the
/// duplicate check needs is kept.
fn check(targets: &[Target], resolver: &Resolver) -> Result<CheckReport, LoadError> {
    let mut report = CheckReport {
        format_version: 1,
        ..CheckReport::default()
    };
    let mut seen: HashMap<(String, Level, Option<String>, u16), String> = HashMap::new();
    let mut files_seen: HashSet<(u64, u64)> = HashSet::new();
    // Whether a file on disk was checked already (files without an identity — built in,
    // standard input, git — are always new).
    let mut first_time = |path: Option<&Path>| match path.and_then(mgi_diff::read::identity) {
        Some(id) => files_seen.insert(id),
        None => true,
    };
    let mut add = |l: Loaded, report: &mut CheckReport| {
        report.files += 1;
        report.take(l.problems);
        if let Some(p) = &l.profile {
            // At the first finding: where the language shows (the key belongs in `[profile]`).
            if let Some(message) = mgi_diff::diff::language_misread(p) {
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
                report.built_in = set.store == mgi_diff::profile_set::Store::Embedded;
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
                    .is_some_and(|n| n == mgi_diff::profile::TERMS_FILE)
                    && path.is_file()
                {
                    if first_time(Some(&path)) {
                        mgi_diff::profile_set::walk::hold_root(&path, false)?;
                        let (_, problems) = mgi_diff::profile_set::read_terms(&path);
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
