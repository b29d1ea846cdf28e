//! The GitHub Action's script (`action/run.sh`) as a hostile pull request would drive it:
//! file names it controls cannot set an annotation's fields, every line of a multi-line
//! `paths:` input is used, and names git would quote are not skipped.

mod common;

use std::path::Path;
use std::process::Command;

use common::{VALID, git, write};

fn run_script(dir: &Path, paths: &str) -> (i32, String) {
    let binary = Path::new(env!("CARGO_BIN_EXE_mgi-diff")).parent().unwrap();
    let out = Command::new("bash")
        .arg(common::repo().join("action/run.sh"))
        .current_dir(dir)
        .env(
            "PATH",
            format!("{}:{}", binary.display(), std::env::var("PATH").unwrap()),
        )
        .env("MGI_SINCE", "HEAD")
        .env("MGI_PATHS", paths)
        .env("MGI_FAIL_ON", "")
        .env("GITHUB_STEP_SUMMARY", dir.join("summary.md"))
        .env_remove("MGI_COMMENT_FILE")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A repository whose profiles sit in `folders`, one earlier round each, committed; then a
/// later round added in each, with a rewording so that `ids` has pairs to tie.
fn repository_with(folders: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    for folder in folders {
        write(d, &format!("{folder}/2020.toml"), VALID);
    }
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "first rounds"]);
    for folder in folders {
        write(
            d,
            &format!("{folder}/2021.toml"),
            VALID.replace("year = 2020", "year = 2021").replace(
                "There is a migration strategy.",
                "A migration strategy is in force.",
            ),
        );
    }
    // As a pull request holds them: committed on its branch, or at least staged.
    git(d, &["add", "."]);
    dir
}

#[test]
fn file_names_cannot_set_an_annotations_fields() {
    let evil = "profiles/x,line=99,title=INJECTED::fake";
    let repo = repository_with(&[evil]);
    let (_, stdout) = run_script(repo.path(), "profiles");
    let notices: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::notice"))
        .collect();
    assert_eq!(notices.len(), 1, "{stdout}");
    assert!(
        notices[0].starts_with(
            "::notice file=profiles/x%2Cline=99%2Ctitle=INJECTED%3A%3Afake/2021.toml,title=mgi-diff::"
        ),
        "{stdout}"
    );
    // In every command, the properties (before the message) hold no field the name set.
    for line in stdout.lines().filter(|l| l.starts_with("::")) {
        let command = line[2..].split("::").next().unwrap();
        let properties = command.split_once(' ').map_or("", |p| p.1);
        for property in properties.split(',') {
            assert!(
                property != "line=99" && !property.starts_with("title=INJECTED"),
                "{line}"
            );
        }
    }
}

#[test]
fn every_line_of_paths_is_used_and_quoted_names_are_not_skipped() {
    let repo = repository_with(&["profiles/a", "profiles/côte"]);
    let d = repo.path();
    // A broken profile in the second path: annotated only if that path is read.
    write(
        d,
        "profiles/côte/2022.toml",
        VALID.replace("year = 2020", "year = 1022"),
    );
    git(d, &["add", "."]);
    let (code, stdout) = run_script(d, "profiles/a\nprofiles/côte\n");
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("::error file=profiles/côte/2022.toml,line="),
        "{stdout}"
    );
    let notices: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::notice"))
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("file=profiles/côte/2021.toml")),
        "a name git would quote is not skipped: {stdout}"
    );
    assert!(
        notices
            .iter()
            .any(|n| n.contains("file=profiles/a/2021.toml")),
        "{stdout}"
    );
}
