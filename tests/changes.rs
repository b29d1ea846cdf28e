//! What `changes --since` tells a reviewer about a pull request, in scratch git repositories:
//! every kind of change, new rounds, deletions, renames across places, invalid files, edits of a
//! profile's own fields, gates, bulk edits and every format.

use crate::common;

use common::{VALID, git, repository, run, write};
use serde_json::Value;

/// The entry of `path` in a `changes` JSON report.
fn file<'v>(v: &'v Value, path: &str) -> &'v Value {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("no {path} in {v}"))
}

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
    // Regression: a rename that changes the year passed `--fail-on deleted`, though the pull
    // request removes the 2021 round. It is a deletion and an addition.
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
    git(d, &["add", "."]);
    let (code, v, stderr) = json(d, &["--fail-on", "deleted"]);
    let changes: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["change"].as_str().unwrap())
        .collect();
    assert_eq!(changes, ["deleted", "added"], "{v}");
    assert_eq!(code, 1, "the 2021 round is deleted: {stderr}");
    assert!(
        stderr.contains("2021.toml: failing: deleted (--fail-on deleted)"),
        "{stderr}"
    );
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
        "iso3 = \"ATA\"\ntitle = \"Migration Governance Profile\"\nnotes = \"a\\nWARNING: fake line\"",
    );
    write(d, "profiles/testland/2020.toml", &edited);
    let (code, v, stderr) = json(d, &["--exit-code"]);
    assert_eq!(code, 1, "{stderr}");
    let fields = &v["files"][0]["report"]["fields"];
    assert_eq!(
        *fields,
        serde_json::json!([
            {"field": "title", "old": null, "new": "Migration Governance Profile"},
            {"field": "notes", "old": null, "new": "a\nWARNING: fake line"}
        ])
    );
    assert!(
        stderr.contains("failing: 2 profile fields changed (--exit-code)"),
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
        // A line break in a field's value starts no line of its own.
        assert!(
            !out.lines()
                .any(|l| l.trim_start().starts_with("WARNING: fake line")),
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

#[test]
fn nothing_changed_says_so() {
    let repo = repository();
    let r = run(repo.path(), &["changes", "--since", "HEAD"]);
    assert_eq!(r.assert_ok(), "No profile changed since HEAD.\n");
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 0);
}

/// Edits, adds, deletes and renames profiles after the first commit.
fn edited() -> tempfile::TempDir {
    let repo = repository();
    // Modified (not committed): a gap closed.
    let modified = VALID.replace(
        "[domains.safe-orderly-regular]\nfurther-development = [\"It is not yet possible to apply for visas online.\"]",
        "[domains.safe-orderly-regular]\nwell-developed = [\"Visas can be applied for online through the e-visa portal.\"]",
    );
    write(repo.path(), "profiles/testland/2020.toml", modified);
    // Renamed and committed.
    git(
        repo.path(),
        &[
            "mv",
            "profiles/testland/2021.toml",
            "profiles/testland/2022.toml",
        ],
    );
    let renamed = VALID.replace("year = 2020", "year = 2022");
    write(repo.path(), "profiles/testland/2022.toml", renamed);
    git(repo.path(), &["commit", "-q", "-am", "rename"]);
    // Added, untracked, and broken.
    write(
        repo.path(),
        "profiles/otherland/2020.toml",
        VALID
            .replace("Testland", "Otherland")
            .replace("year = 2020", "year = 1020"),
    );
    // Added and valid, staged: a long one.
    write(
        repo.path(),
        "profiles/kazakhstan/2018.toml",
        include_str!("../profiles/kazakhstan/2018.toml"),
    );
    git(repo.path(), &["add", "profiles/kazakhstan/2018.toml"]);
    repo
}

#[test]
fn changes_reports_every_kind_of_change_in_json() {
    let repo = edited();
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD~1", "--format", "json"],
    );
    assert_eq!(r.code, 1, "an invalid profile fails the run: {}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["since"], "HEAD~1");
    let files = v["files"].as_array().unwrap();
    let summary: Vec<(&str, &str)> = files
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["change"].as_str().unwrap()))
        .collect();
    assert_eq!(
        summary,
        [
            ("profiles/otherland/2020.toml", "added"),
            ("profiles/kazakhstan/2018.toml", "added"),
            ("profiles/testland/2020.toml", "modified"),
            // A rename that changes the year removes a round.
            ("profiles/testland/2021.toml", "deleted"),
            ("profiles/testland/2022.toml", "added"),
        ],
        "invalid files first, then by path"
    );
    let broken = &files[0];
    assert!(broken["report"].is_null());
    assert_eq!(broken["problems"][0]["line"], 6);
    assert_eq!(broken["problems"][0]["column"], 8);
    // A new profile with no earlier round is all added; the side that does not exist is null.
    assert!(files[1]["old"].is_null() && files[1]["report"]["old"].is_null());
    assert_eq!(files[1]["report"]["summary"]["added"], 36);
    assert_eq!(files[1]["report"]["new"]["reference"], "kazakhstan@2018");
    assert_eq!(files[1]["new"]["reference"], "kazakhstan@2018");
    assert_eq!(files[1]["findings"], 36);
    assert_eq!(files[2]["report"]["summary"]["improved"], 1);
    assert!(files[3]["report"].is_null() && files[3]["new"].is_null());
    // The new round is compared with the latest earlier round of its place.
    assert_eq!(files[4]["old"]["reference"], "testland@2020");
    assert_eq!(files[4]["report"]["summary"]["added"], 0);
}

#[test]
fn a_new_round_is_compared_with_the_earlier_round() {
    let repo = repository();
    let later = VALID.replace("year = 2020", "year = 2023").replace(
        "[domains.safe-orderly-regular]\nfurther-development = [\"It is not yet possible to apply for visas online.\"]",
        "[domains.safe-orderly-regular]\nwell-developed = [\"Visas can be applied for online through the e-visa portal.\"]",
    );
    write(repo.path(), "profiles/testland/2023.toml", later);
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    let file = &v["files"][0];
    assert_eq!(file["change"], "added");
    assert_eq!(
        file["old"]["reference"], "testland@2021",
        "the latest earlier round"
    );
    assert_eq!(file["report"]["summary"]["improved"], 1);
    let md = run(
        repo.path(),
        &["changes", "--since", "HEAD", "--format", "markdown"],
    );
    assert!(
        md.assert_ok()
            .contains("New round, compared with the earlier round testland@2021"),
        "{}",
        md.stdout
    );
}

#[test]
fn a_path_that_names_nothing_is_an_error() {
    let repo = repository();
    run(repo.path(), &["changes", "--since", "HEAD", "typo/"])
        .assert_bad_input("`typo/` names no file, neither in the working tree nor at `HEAD`");
    // A folder deleted since the revision still names files.
    git(repo.path(), &["rm", "-q", "-r", "profiles/testland"]);
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD", "profiles/testland"],
    );
    assert!(r.assert_ok().contains("Deleted profile"), "{}", r.stdout);
}

#[test]
fn changes_markdown_is_ready_for_a_pull_request() {
    let repo = edited();
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD~1", "--format", "markdown"],
    );
    assert_eq!(r.code, 1);
    let md = &r.stdout;
    assert!(md.starts_with("# Profile changes since `HEAD~1`\n"), "{md}");
    assert!(
        md.contains("| `profiles/otherland/2020.toml` | added | ❌ 1 error |"),
        "{md}"
    );
    assert!(
        md.contains("## `profiles/testland/2020.toml` (modified)"),
        "{md}"
    );
    assert!(
        md.contains("- **error:** line 6, column 8: `year = 1020` is out of range"),
        "{md}"
    );
    assert!(
        md.contains("New profile kazakhstan@2018 (36 findings); no earlier round"),
        "{md}"
    );
    assert!(
        md.contains("### Safe, orderly and regular migration"),
        "{md}"
    );
}

#[test]
fn changes_gates_like_diff() {
    let repo = repository();
    let text = VALID.replace(
        "[domains.whole-of-government]\nwell-developed = [\"There is a migration strategy.\"]",
        "[domains.whole-of-government]\nfurther-development = [\"There is no longer a migration strategy.\"]",
    );
    write(repo.path(), "profiles/testland/2020.toml", text);
    let base = ["changes", "--since", "HEAD"];
    assert_eq!(run(repo.path(), &base).code, 0);
    assert_eq!(
        run(repo.path(), &[&base[..], &["--exit-code"]].concat()).code,
        1
    );
    let failing = run(
        repo.path(),
        &[
            &base[..],
            &["--fail-on", "regressed", "--format", "markdown"],
        ]
        .concat(),
    );
    assert_eq!(failing.code, 1);
    assert_eq!(
        failing.stderr,
        "mgi-diff: profiles/testland/2020.toml: failing: 1 regressed (--fail-on regressed)\n"
    );
    assert!(
        failing.stdout.contains(
            "> **Failing:** `profiles/testland/2020.toml`: 1 regressed (--fail-on regressed)"
        ),
        "the report says it at its top: {}",
        failing.stdout
    );
    assert_eq!(
        run(
            repo.path(),
            &[&base[..], &["--fail-on", "dropped"]].concat()
        )
        .code,
        0
    );
}

// Regression: one unreadable changed file (a dangling link) made the whole run exit 2 with no
// report.
#[test]
fn an_unreadable_changed_file_is_a_problem_of_that_file_only() {
    let repo = repository();
    let d = repo.path();
    std::os::unix::fs::symlink("nowhere.toml", d.join("profiles/testland/2022.toml")).unwrap();
    write(
        d,
        "profiles/testland/2021.toml",
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("primary education", "primary and secondary education"),
    );
    let r = run(d, &["changes", "--since", "HEAD", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{files:?}");
    let broken = &files[0];
    assert_eq!(broken["path"], "profiles/testland/2022.toml");
    assert_eq!(
        broken["problems"][0]["message"],
        "not read: a link that leads nowhere"
    );
    assert!(broken["report"].is_null());
    assert_eq!(files[1]["path"], "profiles/testland/2021.toml");
    assert_eq!(files[1]["report"]["summary"]["reworded"], 1);
}

// Many changed files are read through one git process, and the old versions are right.
#[test]
fn many_changed_files_are_read_in_one_batch() {
    let repo = repository();
    let d = repo.path();
    for year in 2030..2090 {
        write(
            d,
            &format!("profiles/testland/{year}.toml"),
            VALID.replace("year = 2020", &format!("year = {year}")),
        );
    }
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "more"]);
    for year in 2030..2090 {
        write(
            d,
            &format!("profiles/testland/{year}.toml"),
            VALID
                .replace("year = 2020", &format!("year = {year}"))
                .replace("primary education", "primary and secondary education"),
        );
    }
    let r = run(d, &["changes", "--since", "HEAD", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 60);
    assert!(
        files
            .iter()
            .all(|f| f["report"]["summary"]["reworded"] == 1)
    );
}

#[test]
fn an_illustrative_round_is_flagged_once_per_file() {
    let repo = repository();
    let illustrative = VALID.replace("year = 2020", "year = 2020\nprovenance = \"illustrative\"");
    write(repo.path(), "profiles/testland/2020.toml", &illustrative);
    git(repo.path(), &["commit", "-q", "-am", "illustrative"]);
    let edited = illustrative.replace(
        "There is a migration strategy.",
        "There is a national migration strategy.",
    );
    write(repo.path(), "profiles/testland/2020.toml", edited);
    let r = run(repo.path(), &["changes", "--since", "HEAD"]);
    let out = r.assert_ok();
    assert_eq!(out.matches("is illustrative").count(), 1, "{out}");
}

#[test]
fn changes_make_an_html_page_too() {
    let repo = edited();
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD~1", "-o", "changes.html"],
    );
    assert_eq!(r.code, 1, "an invalid profile fails the run: {}", r.stderr);
    let page = std::fs::read_to_string(repo.path().join("changes.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(
        page.contains("<h1>Profile changes since HEAD~1</h1>"),
        "{page}"
    );
    assert!(page.contains("<code>profiles/testland/2020.toml</code> (modified)"));
    assert!(
        page.contains("class=\"status-chart\""),
        "a compared file has its chart"
    );
    assert!(page.contains("New profile kazakhstan@2018 (36 findings)"));
}

#[test]
fn changes_in_csv_name_the_file_of_each_row() {
    let repo = edited();
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD~1", "--format", "csv"],
    );
    let text = r.stdout.strip_prefix('\u{feff}').unwrap().to_string();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[0], "file");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(
        rows.iter()
            .any(|r| &r[0] == "profiles/testland/2020.toml" && &r[3] == "improved")
    );
}

#[test]
fn changes_json_validates_against_its_schema() {
    let repo = edited();
    let r = run(
        repo.path(),
        &[
            "changes",
            "--since",
            "HEAD~1",
            "--format",
            "json",
            "--fail-on",
            "improved",
        ],
    );
    let value: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(!value["failing"].as_array().unwrap().is_empty());
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::repo().join("schemas/changes.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

// The posting case: a ministry renamed across 300 profiles, and a few edits of their own.
#[test]
fn a_bulk_edit_is_told_once_and_the_report_fits_a_comment() {
    let repo = tempfile::tempdir().unwrap();
    let d = repo.path();
    git(d, &["init", "-q"]);
    let profile = |c: usize, old_name: bool| {
        VALID
            .replace("country = \"Testland\"", &format!("country = \"C{c}\""))
            .replace(
                "There is a migration strategy.",
                if old_name {
                    "The Ministry of Labour and Social Protection of the Population leads migration policy."
                } else {
                    "The Ministry of Labour, Employment and Migration leads migration policy."
                },
            )
    };
    for c in 1..=300 {
        write(d, &format!("profiles/c{c}/2020.toml"), profile(c, true));
    }
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "300 profiles"]);
    for c in 1..=300 {
        let mut text = profile(c, false);
        if [7, 70, 250].contains(&c) {
            text = text.replace(
                "Foreign degrees are recognised.",
                &format!("Foreign degrees are recognised within {c} days."),
            );
        }
        write(d, &format!("profiles/c{c}/2020.toml"), text);
    }
    let args = [
        "changes",
        "--since",
        "HEAD",
        "--format",
        "markdown",
        "--changes-only",
    ];
    let full = run(d, &args);
    let full = full.assert_ok();
    assert_eq!(
        full.matches("The Ministry of Labour").count(),
        1,
        "the identical edit is told once"
    );
    assert!(
        full.contains("- **reworded** in 300 files:"),
        "{}",
        &full[..2000]
    );
    // Natural order: c2 before c10.
    assert!(
        full.find("`profiles/c2/2020.toml`").unwrap()
            < full.find("`profiles/c10/2020.toml`").unwrap()
    );

    let short = run(d, &[&args[..], &["--max-chars", "65536"]].concat());
    let md = short.assert_ok();
    assert!(
        md.chars().count() <= 65536,
        "{} characters",
        md.chars().count()
    );
    for c in [7, 70, 250] {
        assert!(
            md.contains(&format!("within {c} days")),
            "the distinct edit of c{c} is named"
        );
    }
    assert!(md.contains("in 300 files"));
    // Valid CommonMark: every <details> closed, and it parses to the same blocks.
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
    let events = pulldown_cmark::Parser::new(md).count();
    assert!(events > 100);

    // A budget smaller than the report's head (the table of 300 files) is refused: the
    // option is a bound, and the head cannot be cut.
    let tiny = run(
        d,
        &[
            "changes",
            "--since",
            "HEAD",
            "--changes-only",
            "--format",
            "html",
            "--max-chars",
            "1000",
        ],
    );
    tiny.assert_bad_input("--max-chars 1000 is too small for this report");

    // JSON keeps every file's entries and adds the groups.
    let json = run(d, &["changes", "--since", "HEAD", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    assert_eq!(v["groups"][0]["files"].as_array().unwrap().len(), 300);
    assert_eq!(v["files"][0]["report"]["summary"]["reworded"], 1);
}

#[test]
fn a_duplicate_profile_is_an_error_of_the_file_the_change_brought() {
    let repo = repository();
    // Testland 2020 again, under another name.
    write(repo.path(), "profiles/testland/2020-copy.toml", VALID);
    let r = run(
        repo.path(),
        &["changes", "--since", "HEAD", "--format", "json"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let file = &v["files"][0];
    assert_eq!(file["path"], "profiles/testland/2020-copy.toml");
    let messages: Vec<&str> = file["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["message"].as_str())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains(
            "a second profile for Testland 2020: profiles/testland/2020.toml has the same country, level, city and year"
        )),
        "{messages:?}"
    );
}

// Regression: the text of a change made in several files reached the Markdown raw.
#[test]
fn a_bulk_edit_with_a_control_character_is_shown_escaped() {
    let repo = repository();
    for (path, year) in [
        ("profiles/testland/2020.toml", 2020),
        ("profiles/testland/2021.toml", 2021),
    ] {
        let text = VALID
            .replace("year = 2020", &format!("year = {year}"))
            .replace(
                "There is a migration strategy.",
                "There is a migration strategy \\u001b[2J now.",
            );
        write(repo.path(), path, text);
    }
    for format in ["markdown", "html", "table"] {
        let r = run(
            repo.path(),
            &["changes", "--since", "HEAD", "--format", format],
        );
        assert!(!r.stdout.contains('\u{1b}'), "{format}: {}", r.stdout);
        assert!(r.stdout.contains("1b"), "{format} shows it escaped");
    }
}

// Regression: a valid terms file added or edited in a pull request failed the run as a profile
// ("missing required table `[profile]`"). It is the terms file: validated as one, reported as
// a change of the equivalences, and a report whose pairing it changes says so.
#[test]
fn an_edited_terms_file_is_a_change_of_the_equivalences() {
    let repo = repository();
    let d = repo.path();
    let old = VALID.replace(
        "\"Migrant workers are not covered by social insurance.\"",
        "\"Labour migrants have few regular channels to enter the country.\"",
    );
    let new = VALID.replace("year = 2020", "year = 2021").replace(
        "\"Migrant workers are not covered by social insurance.\"",
        "\"There are not many legal pathways into the labour market for foreign workers.\"",
    );
    write(d, "profiles/testland/2020.toml", &old);
    write(
        d,
        "profiles/testland/2021.toml",
        old.replace("year = 2020", "year = 2021"),
    );
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "base"]);
    write(d, "profiles/testland/2021.toml", &new);
    write(
        d,
        "profiles/terms.toml",
        "format = 1\n[[same]]\nphrases = [\"regular channels\", \"legal pathways\"]\n",
    );
    git(d, &["add", "."]);
    let (code, v, stderr) = json(d, &["--fail-on", "review,dropped"]);
    assert!(!stderr.contains("[profile]"), "{stderr}");
    let terms = file(&v, "profiles/terms.toml");
    assert_eq!(terms["problems"], serde_json::json!([]), "{v}");
    assert_eq!(
        terms["terms"]["reports_changed"],
        serde_json::json!(["profiles/testland/2021.toml"]),
        "{v}"
    );
    let report = file(&v, "profiles/testland/2021.toml");
    let warnings = report["report"]["warnings"].to_string();
    assert!(
        warnings.contains("This change edits the terms file"),
        "{warnings}"
    );
    assert_eq!(code, 0, "{stderr}");
    let md = run(d, &["changes", "--since", "HEAD", "--format", "markdown"]);
    assert!(md.stdout.contains("Terms file added"), "{}", md.stdout);
    assert!(
        md.stdout.contains("This change edits the terms file"),
        "{}",
        md.stdout
    );
}

// Regression: a broken terms file in a pull request left the job summary empty (the run
// stopped before any report). It is one of the report's files, with its problems located;
// the run fails; the profiles are still compared (without it).
#[test]
fn a_broken_terms_file_is_reported_not_a_silent_stop() {
    let repo = repository();
    let d = repo.path();
    write(
        d,
        "profiles/terms.toml",
        "format = 1\n[[same]]\nphrase = [\"a\", \"b\"]\n",
    );
    write(
        d,
        "profiles/testland/2021.toml",
        VALID.replace("year = 2020", "year = 2021").replace(
            "There is a migration strategy.",
            "There is a national migration strategy.",
        ),
    );
    git(d, &["add", "."]);
    let md = run(d, &["changes", "--since", "HEAD", "--format", "markdown"]);
    assert_eq!(md.code, 1, "{}", md.stderr);
    assert!(md.stdout.contains("profiles/terms.toml"), "{}", md.stdout);
    assert!(md.stdout.contains("unknown key `phrase`"), "{}", md.stdout);
    assert!(
        md.stdout
            .contains("## `profiles/testland/2021.toml` (modified)")
            && md.stdout.contains("**national**"),
        "the profiles are still compared: {}",
        md.stdout
    );
    assert!(md.stdout.contains("compared without it"), "{}", md.stdout);
    assert!(
        md.stderr
            .contains("profiles/terms.toml: failing: does not validate"),
        "{}",
        md.stderr
    );
    // A diff refuses, and says so in a closing line.
    let diff = run(d, &["diff", "testland@2020", "testland@2021"]);
    assert_eq!(diff.code, 2);
    assert!(
        diff.stderr
            .lines()
            .last()
            .unwrap_or("")
            .contains("stopped by the problems of profiles/terms.toml above"),
        "{}",
        diff.stderr
    );
}

// Regression: a modified file that no longer validates was described as "deleted profile".
#[test]
fn an_invalid_modified_file_is_not_called_deleted() {
    let repo = repository();
    let d = repo.path();
    write(
        d,
        "profiles/testland/2021.toml",
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("iso3 = \"ATA\"", "iso3 = \"ZZZ1\""),
    );
    let md = run(d, &["changes", "--since", "HEAD", "--format", "markdown"]);
    assert_eq!(md.code, 1);
    assert!(
        !md.stdout.to_lowercase().contains("deleted profile"),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout
            .contains("Changed profile testland@2021 that no longer validates"),
        "{}",
        md.stdout
    );
}

// Regression: ids added to the earlier round inside the same pull request decided the pairing
// of the new round, with nothing to show it. Such a pair is to review, and says why.
#[test]
fn ids_this_change_added_to_the_earlier_round_are_to_review() {
    let with_id = |text: &str, year: u16, finding: &str| {
        text.replace("year = 2020", &format!("year = {year}"))
            .replace(
                "\"There is a migration strategy.\"",
                &format!("{{ text = \"{finding}\", id = \"strategy\" }}"),
            )
    };
    for committed in [false, true] {
        let repo = repository();
        let d = repo.path();
        let earlier = with_id(VALID, 2021, "There is a migration strategy.");
        if committed {
            write(d, "profiles/testland/2021.toml", &earlier);
            git(d, &["add", "."]);
            git(d, &["commit", "-q", "-m", "ids"]);
        }
        // The pull request: ids in the earlier round, and a new round whose finding they tie.
        write(d, "profiles/testland/2021.toml", &earlier);
        write(
            d,
            "profiles/testland/2022.toml",
            with_id(
                VALID,
                2022,
                "There is a national migration strategy since 2021.",
            ),
        );
        git(d, &["add", "."]);
        let (code, v, stderr) = json(d, &["--fail-on", "review"]);
        let new_round = file(&v, "profiles/testland/2022.toml");
        let tied = new_round["report"]["domains"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["entries"].as_array().unwrap())
            .find(|e| e["new"]["id"] == "strategy")
            .unwrap_or_else(|| panic!("{v}"));
        let reasons = tied["confidence"]["reasons"].to_string();
        assert_eq!(
            reasons.contains("id-added-by-this-change"),
            !committed,
            "{reasons}"
        );
        assert_eq!(
            tied["confidence"]["level"],
            if committed { "high" } else { "review" }
        );
        if committed {
            assert_eq!(code, 0, "{stderr}");
        } else {
            assert_eq!(code, 1, "--fail-on review catches it: {stderr}");
            let md = run(d, &["changes", "--since", "HEAD", "--format", "markdown"]);
            assert!(
                md.stdout
                    .contains("tied by an id that this change itself added"),
                "{}",
                md.stdout
            );
        }
    }
}
