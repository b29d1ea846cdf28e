//! What `changes --since` tells a reviewer about a pull request: deletions, renames across
//! places, invalid files, and edits of a profile's own fields, in scratch git repositories.

mod common;

use common::{VALID, git, repository, run, write};
use serde_json::Value;

fn json(dir: &std::path::Path, extra: &[&str]) -> (i32, Value, String) {
    let mut args = vec!["changes", "--since", "HEAD", "--format", "json"];
    args.extend(extra);
    let r = run(dir, &args);
    let v = serde_json::from_str(&r.stdout).unwrap_or(Value::Null);
    (r.code, v, r.stderr)
}

/// A deleted profile is one entry, `deleted`, not a list of dropped findings: the default gate
/// (`--fail-on regressed,dropped`) lets it through, `--fail-on deleted` stops it.
#[test]
fn a_deleted_profile_is_one_entry_gated_by_fail_on_deleted() {
    let repo = repository();
    let d = repo.path();
    git(d, &["rm", "-q", "profiles/testland/2021.toml"]);
    let (code, v, _) = json(d, &["--fail-on", "regressed,dropped"]);
    assert_eq!(code, 0);
    let file = &v["files"][0];
    assert_eq!(file["change"], "deleted");
    assert!(file["report"].is_null() && file["new"].is_null(), "{file}");
    assert_eq!(file["old"]["reference"], "testland@2021");
    assert_eq!(file["findings"], 7);
    assert_eq!(v["failing"], serde_json::json!([]));

    let (code, v, stderr) = json(d, &["--fail-on", "deleted"]);
    assert_eq!(code, 1);
    assert_eq!(v["failing"][0]["reason"], "deleted (--fail-on deleted)");
    assert!(
        stderr.contains("profiles/testland/2021.toml: failing: deleted (--fail-on deleted)"),
        "{stderr}"
    );

    let text = run(d, &["changes", "--since", "HEAD"]);
    let out = text.assert_ok();
    assert!(
        out.contains("Deleted profile testland@2021 (it held 7 findings)"),
        "{out}"
    );
    assert!(!out.contains("dropped"), "{out}");
}

/// Deleting one place's profile and adding another's, similar enough for git to call it a
/// rename, is a deletion plus an addition: the new round is compared with its own place's
/// earlier round, not blamed for the other place's findings.
#[test]
fn a_rename_across_places_is_a_deletion_and_an_addition() {
    let repo = repository();
    let d = repo.path();
    write(
        d,
        "profiles/otherland/2019.toml",
        VALID
            .replace("Testland", "Otherland")
            .replace("ATA", "ATF")
            .replace("year = 2020", "year = 2019"),
    );
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "otherland"]);
    git(
        d,
        &[
            "mv",
            "profiles/otherland/2019.toml",
            "profiles/testland/2024.toml",
        ],
    );
    write(
        d,
        "profiles/testland/2024.toml",
        VALID.replace("year = 2020", "year = 2024"),
    );
    git(d, &["add", "."]);
    let (code, v, stderr) = json(d, &[]);
    assert_eq!(code, 0, "{stderr}");
    let changes: Vec<(&str, &str)> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["change"].as_str().unwrap()))
        .collect();
    assert_eq!(
        changes,
        [
            ("profiles/otherland/2019.toml", "deleted"),
            ("profiles/testland/2024.toml", "added"),
        ]
    );
    let added = &v["files"][1];
    assert_eq!(
        added["old"]["reference"], "testland@2021",
        "its own place's round"
    );
    // A rename within one place stays a rename.
    let repo = repository();
    let d = repo.path();
    git(
        d,
        &[
            "mv",
            "profiles/testland/2021.toml",
            "profiles/testland/2022.toml",
        ],
    );
    write(
        d,
        "profiles/testland/2022.toml",
        VALID.replace("year = 2020", "year = 2022"),
    );
    let (_, v, _) = json(d, &[]);
    assert_eq!(v["files"][0]["change"], "renamed", "{v}");
}

/// A file that does not validate fails the run and says why: on standard error, in the
/// report's failing list and in JSON `failing`.
#[test]
fn an_invalid_file_fails_the_run_and_says_why() {
    let repo = repository();
    let d = repo.path();
    write(
        d,
        "profiles/testland/2021.toml",
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("iso3", "iso"),
    );
    let (code, v, stderr) = json(d, &[]);
    assert_eq!(code, 1);
    let reason = v["failing"][0]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("does not validate (2 errors; first: line "),
        "{reason}"
    );
    assert!(
        stderr.contains("profiles/testland/2021.toml: failing: does not validate"),
        "{stderr}"
    );
    let md = run(d, &["changes", "--since", "HEAD", "--format", "markdown"]);
    assert!(
        md.stdout
            .contains("> **Failing:** `profiles/testland/2021.toml`: does not validate"),
        "{}",
        md.stdout
    );
    // The spreadsheet does not leave the file out either.
    let csv = run(d, &["changes", "--since", "HEAD", "--format", "csv"]);
    assert!(
        csv.stdout
            .contains("profiles/testland/2021.toml,,,invalid,,,,profiles/testland/2021.toml:"),
        "{}",
        csv.stdout
    );
}

/// An edit of the profile's own fields (`provenance` from illustrative to published, a title)
/// is an edit in every format and for `--exit-code`, never "No changes"; so are ids written
/// by `ids --write`; and the `git diff` driver shows them.
#[test]
fn edits_of_a_profiles_own_fields_and_ids_are_reported() {
    let repo = repository();
    let d = repo.path();
    let edited = VALID.replace(
        "iso3 = \"ATA\"",
        "iso3 = \"ATA\"\ntitle = \"Migration Governance Profile\"",
    );
    write(d, "profiles/testland/2020.toml", &edited);
    let (code, v, stderr) = json(d, &["--exit-code"]);
    assert_eq!(code, 1, "{stderr}");
    let fields = &v["files"][0]["report"]["fields"];
    assert_eq!(
        *fields,
        serde_json::json!([{"field": "title", "old": null, "new": "Migration Governance Profile"}])
    );
    assert!(
        stderr.contains("failing: 1 profile field changed (--exit-code)"),
        "{stderr}"
    );
    for format in ["table", "markdown", "html"] {
        let r = run(d, &["changes", "--since", "HEAD", "--format", format]);
        let out = r.assert_ok();
        assert!(!out.contains("No changes"), "{format}: {out}");
        assert!(
            out.contains("title: (none) → Migration Governance Profile"),
            "{format}: {out}"
        );
    }
    let csv = run(d, &["changes", "--since", "HEAD", "--format", "csv"]);
    assert!(
        csv.assert_ok()
            .contains(",,,field,,,title = ,title = Migration Governance Profile,"),
        "{}",
        csv.stdout
    );

    // Ids written by `ids --write` show in `changes` and in `git diff`.
    git(d, &["checkout", "-q", "--", "."]);
    run(
        d,
        &[
            "ids",
            "profiles/testland/2020.toml",
            "profiles/testland/2021.toml",
            "--write",
        ],
    )
    .assert_ok();
    let (_, v, _) = json(d, &[]);
    let fields: Vec<&Value> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["report"]["fields"].as_array().unwrap().iter())
        .collect();
    assert!(
        fields
            .iter()
            .all(|f| f["field"] == "ids" && f["new"] == "7 findings' ids added or changed"),
        "{fields:?}"
    );
    assert_eq!(fields.len(), 2);
    write(d, ".gitattributes", "*.toml diff=mgi\n");
    let driver = format!("'{}' git-diff", env!("CARGO_BIN_EXE_mgi-diff"));
    git(d, &["config", "diff.mgi.command", &driver]);
    let out = std::process::Command::new("git")
        .args(["diff", "--", "profiles/testland/2020.toml"])
        .current_dir(d)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.contains("Profile field changed: ids: 7 findings' ids added or changed"),
        "{out}"
    );
    assert!(!out.contains("No changes"), "{out}");
}

/// A committed link is read as a folder walk reads one: never followed out of the repository
/// (a link to `/proc/self/fd/1` hung the run; one to a file elsewhere showed its content).
#[test]
fn committed_links_are_not_followed_out_of_the_repository() {
    let repo = repository();
    let d = repo.path();
    let secret = tempfile::tempdir().unwrap();
    let secret_file = secret.path().join("secret.toml");
    std::fs::write(&secret_file, "SECRET_TOKEN = \"hunter2\"\n").unwrap();
    std::os::unix::fs::symlink(&secret_file, d.join("profiles/testland/2024.toml")).unwrap();
    std::os::unix::fs::symlink("/proc/self/fd/1", d.join("profiles/testland/2025.toml")).unwrap();
    git(d, &["add", "."]);
    let (code, v, stderr) = json(d, &[]);
    assert_eq!(code, 1, "{stderr}");
    let text = v.to_string();
    assert!(
        !text.contains("SECRET_TOKEN") && !text.contains("hunter2"),
        "{text}"
    );
    assert!(
        text.contains("not read: a link that leads out of the repository"),
        "{text}"
    );

    // The Action's comment file, committed as a link to a file elsewhere, is not written through.
    let target = secret.path().join("bashrc");
    std::fs::write(&target, "kept\n").unwrap();
    std::os::unix::fs::symlink(&target, d.join("comment.md")).unwrap();
    let r = run(
        d,
        &[
            "changes",
            "--since",
            "HEAD",
            "--format",
            "markdown",
            "-o",
            "comment.md",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("refusing to write through it"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "kept\n");
}

// Regression: `changes --explain` was accepted and explained nothing.
#[test]
fn changes_explains_its_pairs_when_asked() {
    let repo = repository();
    let d = repo.path();
    write(
        d,
        "profiles/testland/2021.toml",
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("primary education", "primary and secondary education"),
    );
    let (_, v, stderr) = json(d, &["--explain", "--changes-only"]);
    let entry = &v["files"][0]["report"]["domains"][0]["entries"][0];
    assert_eq!(entry["status"], "reworded", "{stderr}{v}");
    assert_eq!(entry["evidence"]["basis"], "similarity", "{entry}");
}

// Regression: a one-word edit printed every unchanged finding of the file.
#[test]
fn changes_lists_what_changed_unless_asked_for_all() {
    let repo = repository();
    let d = repo.path();
    write(
        d,
        "profiles/testland/2021.toml",
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("primary education", "primary and secondary education"),
    );
    let r = run(d, &["changes", "--since", "HEAD"]);
    let out = r.assert_ok();
    assert!(out.contains("reworded"), "{out}");
    assert!(!out.contains("Foreign degrees are recognised"), "{out}");
    assert!(out.contains("6 unchanged"), "counted: {out}");
    let all = run(d, &["changes", "--since", "HEAD", "--all"]);
    assert!(all.assert_ok().contains("Foreign degrees are recognised"));
}
