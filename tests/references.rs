//! `REV:PATH` references: a profile as it is at a git revision, and the clear errors a bad
//! revision, a bad path or a missing `git` get.

mod common;

use common::{VALID, mgi, repository, run, write};

#[test]
fn a_file_at_a_revision_is_a_profile() {
    let repo = repository();
    let path = "profiles/testland/2021.toml";
    write(
        repo.path(),
        path,
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("primary education", "primary and secondary education"),
    );
    let r = run(
        repo.path(),
        &[
            "diff",
            "HEAD:profiles/testland/2021.toml",
            path,
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["old"]["origin"], "HEAD:profiles/testland/2021.toml");
    assert_eq!(v["summary"]["reworded"], 1);
}

#[test]
fn bad_revisions_paths_and_folders_are_clear_errors() {
    let repo = repository();
    run(
        repo.path(),
        &["show", "nosuchrev:profiles/testland/2020.toml"],
    )
    .assert_bad_input("unknown git revision `nosuchrev`");
    run(repo.path(), &["show", "HEAD:profiles/testland/1999.toml"])
        .assert_bad_input("`profiles/testland/1999.toml` does not exist at revision `HEAD`");
    run(repo.path(), &["show", "HEAD:profiles/testland"])
        .assert_bad_input("is a folder, not a profile file");
    let outside = tempfile::tempdir().unwrap();
    run(
        outside.path(),
        &["show", "HEAD:profiles/testland/2020.toml"],
    )
    .assert_bad_input("is not in a git repository");
    run(repo.path(), &["changes", "--since", "nosuchrev"])
        .assert_bad_input("unknown git revision `nosuchrev`");
}

#[test]
fn git_not_installed_is_a_clear_error() {
    let repo = repository();
    let r = common::finish(
        mgi(repo.path())
            .env("PATH", "/nonexistent")
            .args(["show", "HEAD:profiles/testland/2020.toml"]),
    );
    r.assert_bad_input("git is not installed");
}
