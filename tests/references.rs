//! `REV:PATH` references: a profile as it is at a git revision, and the clear errors a bad
//! revision, a bad path or a missing `git` get.

use crate::common;

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

// Regression: `profiles/Kyrgyzstan/2018.toml` passed `check` with a warning, but `history`,
// `site` and `diff kyrgyzstan@2018` did not find it (they looked the place up lowercased).
// One rule: a place is its folder's name in any case; `check` warns where it belongs.
#[test]
fn a_place_folder_with_capitals_is_found_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let kyrgyz = VALID
        .replace("Testland", "Kyrgyzstan")
        .replace("ATA", "KGZ");
    write(d, "profiles/Kyrgyzstan/2020.toml", &kyrgyz);
    write(
        d,
        "profiles/Kyrgyzstan/2021.toml",
        kyrgyz
            .replace("year = 2020", "year = 2021")
            .replace("primary education", "primary and secondary education"),
    );
    let r = run(d, &["check"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("it belongs at `kyrgyzstan/2020.toml`"),
        "{}",
        r.stdout
    );
    let list = run(d, &["list"]);
    assert!(
        list.assert_ok().contains("kyrgyzstan@2021"),
        "{}",
        list.stdout
    );
    for place in ["kyrgyzstan", "Kyrgyzstan", "KGZ"] {
        let r = run(d, &["history", place, "--format", "json"]);
        assert!(r.assert_ok().contains("2021"), "{place}: {}", r.stdout);
    }
    let r = run(
        d,
        &[
            "diff",
            "kyrgyzstan@2020",
            "Kyrgyzstan@2021",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["summary"]["reworded"], 1);
    let r = run(d, &["site", "-o", "site"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let index = std::fs::read_to_string(d.join("site/index.html")).unwrap();
    assert!(index.contains("Kyrgyzstan"), "{index}");
}
