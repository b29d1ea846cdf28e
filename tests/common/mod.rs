//! Runs the built `mgi-diff` binary in a clean environment.
#![allow(dead_code, unreachable_pub)] // helpers shared by test files, each using some

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit status 2, one message naming `needle`, nothing on standard output, no panic.
    #[track_caller]
    pub fn assert_bad_input(&self, needle: &str) {
        assert_eq!(self.code, 2, "exit status; stderr: {}", self.stderr);
        assert!(
            self.stdout.is_empty(),
            "nothing on stdout, got {:?}",
            self.stdout
        );
        assert!(
            self.stderr.contains(needle),
            "stderr {:?} should contain {needle:?}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
    }

    #[track_caller]
    pub fn assert_ok(&self) -> &str {
        assert_eq!(self.code, 0, "exit status; stderr: {}", self.stderr);
        &self.stdout
    }
}

/// A command for the binary, run in `dir`, with no colour variables, no profile folder
/// variable and a fixed terminal width.
pub fn mgi(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mgi-diff"));
    cmd.current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("MGI_DIFF_PROFILES")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "100")
        .stdin(Stdio::null());
    cmd
}

pub fn run(dir: &Path, args: &[&str]) -> Run {
    finish(mgi(dir).args(args))
}

pub fn run_with_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Run {
    let mut child = mgi(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The program may stop reading before all of it is written (an input it refuses early):
    // a closed pipe is then what writing the rest meets, not a failure of the test.
    if let Err(e) = child.stdin.take().unwrap().write_all(input) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn finish(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The repository's root, where `profiles/` is.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A small valid profile.
pub const VALID: &str = r#"format = 1

[profile]
country = "Testland"
iso3 = "ATA"
year = 2020

[domains.migrants-rights]
well-developed = [
  "Immigrants have access to primary education.",
]
further-development = [
  "Migrant workers are not covered by social insurance.",
]

[domains.whole-of-government]
well-developed = ["There is a migration strategy."]

[domains.partnerships]
well-developed = ["The country takes part in a regional consultative process."]

[domains.well-being]
well-developed = ["Foreign degrees are recognised."]

[domains.mobility-crises]
well-developed = ["Emergency services are open to all immigrants."]

[domains.safe-orderly-regular]
further-development = ["It is not yet possible to apply for visas online."]
"#;

/// Writes `text` to `name` in `dir` and returns the path as a string.
pub fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// A profile built in memory from (category, domain, text), numbered as a loader would.
pub fn profile(
    year: u16,
    sides: Vec<(
        mgi_diff::profile::Category,
        mgi_diff::profile::Domain,
        String,
    )>,
) -> mgi_diff::profile::Profile {
    mgi_diff::profile::Profile::new(&format!("memory@{year}"), "Testland", "ATA", year)
        .with_findings(sides.into_iter().map(|(c, d, t)| (d, c, t)))
}

/// The terminal report of `report` at `width` columns, and the lines of the table of the
/// domain whose heading starts with `domain` (the lines after the heading, to the end).
pub fn table_of(
    report: &mgi_diff::diff::Report,
    width: u16,
    domain: &str,
) -> (String, Vec<String>) {
    let style = mgi_diff::render::Style {
        width,
        ..Default::default()
    };
    let mut out = Vec::new();
    let options = mgi_diff::render::Options::default();
    mgi_diff::render::diff(
        report,
        mgi_diff::render::Format::Table,
        &style,
        &options,
        &mut out,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    let heading = format!("{domain} (");
    let table = out
        .lines()
        .skip_while(|l| !l.starts_with(&heading))
        .skip(1)
        .map(str::to_string)
        .collect();
    (out, table)
}

/// Runs `git` in `dir` with a fixed author; a failure fails the test.
pub fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository with one commit holding `profiles/testland/2020.toml` and `2021.toml`.
pub fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    write(dir.path(), "profiles/testland/2020.toml", VALID);
    write(
        dir.path(),
        "profiles/testland/2021.toml",
        VALID.replace("year = 2020", "year = 2021"),
    );
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "profiles"]);
    dir
}
