//! `REV:PATH` references, `changes --since` and GitHub annotations in scratch git
//! repositories, with the real `git`.

mod common;

use std::path::Path;
use std::process::Command;

use common::{VALID, git, mgi, repository, run, write};

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
            ("profiles/testland/2022.toml", "renamed"),
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
    assert_eq!(files[3]["report"]["summary"]["unchanged"], 7);
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

#[test]
fn github_annotations_point_at_the_broken_line_from_the_repository_top() {
    let repo = repository();
    write(
        repo.path(),
        "profiles/testland/2020.toml",
        VALID.replace("iso3 = \"ATA\"", "iso3 = \"ts\""),
    );
    // Run from a subfolder: paths are still from the repository's top.
    let sub = repo.path().join("profiles");
    let r = run(&sub, &["check", "--format", "github", "testland"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stdout.lines().next().unwrap(),
        "::error file=profiles/testland/2020.toml,line=5,col=8,title=mgi-diff::`iso3 = \"ts\"` is not an ISO 3166-1 alpha-3 code: it must be three uppercase letters, like \"KAZ\""
    );
}

#[test]
fn schema_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["schema"]);
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["title"], "MGI profile (format 1)");
    assert_eq!(
        v["$defs"]["Meta"]["properties"]["iso3"]["pattern"],
        "^[A-Z]{3}$"
    );
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = run(dir.path(), &["completions", shell]);
        assert!(r.assert_ok().contains("changes"), "{shell}");
    }
    let man = run(dir.path(), &["man"]);
    let man = man.assert_ok();
    assert!(man.contains(".TH mgi-diff 1"), "a roff manual page");
    assert!(man.contains("git\\-diff"), "every command is in it");
}

#[test]
fn the_pre_commit_hook_checks_profiles() {
    let hooks = std::fs::read_to_string(common::repo().join(".pre-commit-hooks.yaml")).unwrap();
    for line in [
        "- id: mgi-diff-check",
        "entry: mgi-diff check",
        "language: rust",
        "files: ^profiles/.*\\.toml$",
    ] {
        assert!(hooks.contains(line), "{line}");
    }
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

/// `git ARGS` with mgi-diff as the diff driver of `*.toml`; what it printed.
fn git_output(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_PAGER", "cat")
        .env("COLUMNS", "100")
        .env_remove("GIT_PAGER_IN_USE")
        .output()
        .expect("git runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn git_diff_reads_profiles_by_status_and_other_files_plainly() {
    let repo = repository();
    write(repo.path(), ".gitattributes", "*.toml diff=mgi\n");
    write(repo.path(), "settings.toml", "x = 1\n");
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "driver"]);
    let driver = format!("'{}' git-diff", env!("CARGO_BIN_EXE_mgi-diff"));
    git(repo.path(), &["config", "diff.mgi.command", &driver]);
    let improved = VALID.replace(
        "[domains.safe-orderly-regular]\nfurther-development = [\"It is not yet possible to apply for visas online.\"]",
        "[domains.safe-orderly-regular]\nwell-developed = [\"Visas can be applied for online through the e-visa portal.\"]",
    );
    write(repo.path(), "profiles/testland/2020.toml", improved);
    write(repo.path(), "settings.toml", "x = 2\n");
    write(
        repo.path(),
        "profiles/testland/2021.toml",
        "not toml at all [",
    );

    let (ok, out) = git_output(repo.path(), &["diff"]);
    assert!(ok, "git diff never breaks: {out}");
    assert!(
        out.contains("mgi-diff profiles/testland/2020.toml"),
        "{out}"
    );
    assert!(out.contains("improved"), "{out}");
    assert!(
        out.contains("mgi-diff: settings.toml: not a valid profile"),
        "a TOML file that is not a profile: {out}"
    );
    assert!(
        out.contains("-x = 1\n+x = 2"),
        "shown as a plain diff: {out}"
    );
    assert!(
        out.contains("mgi-diff: profiles/testland/2021.toml: not a valid profile"),
        "a broken profile: {out}"
    );
    // Staged, committed, and in the log.
    git(repo.path(), &["add", "."]);
    let (ok, cached) = git_output(repo.path(), &["diff", "--cached"]);
    assert!(ok && cached.contains("improved"), "{cached}");
    git(repo.path(), &["commit", "-q", "-m", "edit"]);
    let (ok, log) = git_output(repo.path(), &["log", "-p", "--ext-diff", "-1"]);
    assert!(
        ok && log.contains("mgi-diff profiles/testland/2020.toml"),
        "{log}"
    );
    let (ok, show) = git_output(repo.path(), &["show", "--ext-diff", "HEAD"]);
    assert!(ok && show.contains("improved"), "{show}");
    // --no-ext-diff turns it off.
    let (ok, plain) = git_output(repo.path(), &["show", "--no-ext-diff", "HEAD"]);
    assert!(
        ok && !plain.contains("mgi-diff") && plain.contains("+well-developed"),
        "{plain}"
    );
    // A deleted profile: git passes /dev/null for the new side.
    git(repo.path(), &["rm", "-q", "profiles/testland/2020.toml"]);
    let (ok, deleted) = git_output(repo.path(), &["diff", "--cached"]);
    assert!(ok, "{deleted}");
    assert!(
        deleted.contains("mgi-diff: deleted profile testland@2020 (7 findings)"),
        "{deleted}"
    );
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

/// A YAML file of the repository, parsed.
fn yaml(path: &str) -> yaml_rust2::Yaml {
    let text = std::fs::read_to_string(common::repo().join(path)).unwrap();
    let mut docs = yaml_rust2::YamlLoader::load_from_str(&text).expect("valid YAML");
    docs.remove(0)
}

#[test]
fn the_action_and_the_example_workflow_are_valid_and_agree() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    for input in ["since", "paths", "fail-on", "comment-file"] {
        assert!(
            !action["inputs"][input]["description"].is_badvalue(),
            "{input}"
        );
    }
    let steps = action["runs"]["steps"].as_vec().unwrap();
    let last = steps.last().unwrap();
    assert!(last["run"].as_str().unwrap().contains("action/run.sh"));
    for name in ["MGI_SINCE", "MGI_PATHS", "MGI_FAIL_ON"] {
        assert!(!last["env"][name].is_badvalue(), "{name}");
    }
    let workflow = yaml("examples/github-workflow.yml");
    let steps = workflow["jobs"]["profiles"]["steps"].as_vec().unwrap();
    assert!(steps.iter().any(|s| s["uses"].as_str() == Some("./")));
    assert_eq!(workflow["permissions"]["contents"].as_str(), Some("read"));
    let hooks = yaml(".pre-commit-hooks.yaml");
    assert_eq!(hooks[0]["id"].as_str(), Some("mgi-diff-check"));
}

#[test]
fn the_actions_script_annotates_summarises_and_fails_as_asked() {
    let repo = repository();
    // A regression in one profile, a broken other one.
    let regressed = VALID.replace(
        "[domains.whole-of-government]\nwell-developed = [\"There is a migration strategy.\"]",
        "[domains.whole-of-government]\nfurther-development = [\"There is a migration strategy.\"]",
    );
    write(repo.path(), "profiles/testland/2020.toml", regressed);
    write(
        repo.path(),
        "profiles/testland/2021.toml",
        VALID.replace("year = 2020", "year = 1021"),
    );
    let summary = repo.path().join("summary.md");
    let binary = Path::new(env!("CARGO_BIN_EXE_mgi-diff")).parent().unwrap();
    let run_script = |fail_on: &str| {
        Command::new("bash")
            .arg(common::repo().join("action/run.sh"))
            .current_dir(repo.path())
            .env(
                "PATH",
                format!("{}:{}", binary.display(), std::env::var("PATH").unwrap()),
            )
            .env("MGI_SINCE", "HEAD")
            .env("MGI_PATHS", "profiles")
            .env("MGI_FAIL_ON", fail_on)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("MGI_COMMENT_FILE", repo.path().join("comment.md"))
            .env("COLUMNS", "100")
            .output()
            .unwrap()
    };
    let out = run_script("regressed");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("::error file=profiles/testland/2021.toml,line=6"),
        "annotated on its line: {stdout}"
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("# Profile changes since `HEAD`"),
        "{written}"
    );
    assert!(written.contains("> **Failing:** `profiles/testland/2020.toml`: 1 regressed"));
    let comment = std::fs::read_to_string(repo.path().join("comment.md")).unwrap();
    assert!(
        comment.starts_with("# Profile changes since `HEAD`") && comment.chars().count() <= 65536
    );
    // Fixed: the summary is still written, and the check passes when nothing is asked.
    write(
        repo.path(),
        "profiles/testland/2021.toml",
        VALID.replace("year = 2020", "year = 2021"),
    );
    std::fs::remove_file(&summary).unwrap();
    let out = run_script("");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.contains("The 2020 profile of Testland has seven findings in both versions, six of them unchanged. One strength became a gap"),
        "{written}"
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

// Regression: git-diff's plain fallback sent a file's control characters raw, and dumped
// /dev/zero up to the size limit.
#[test]
fn git_diff_shows_plain_files_safely() {
    let dir = tempfile::tempdir().unwrap();
    let evil = write(dir.path(), "evil.toml", "x = \"\u{1b}[2J\"\n");
    let plain = write(dir.path(), "plain.toml", "x = 1\n");
    let r = run(
        dir.path(),
        &[
            "git-diff",
            "evil.toml",
            &plain,
            "0",
            "100644",
            &evil,
            "0",
            "100644",
        ],
    );
    let out = r.assert_ok();
    assert!(
        !out.contains('\u{1b}') && out.contains("\\u{1b}[2J"),
        "{out}"
    );
    let r = run(
        dir.path(),
        &[
            "git-diff",
            "zero.toml",
            "/dev/zero",
            "0",
            "100644",
            &plain,
            "0",
            "100644",
        ],
    );
    let out = r.assert_ok();
    assert!(
        out.contains("over the 16 MiB limit; not shown") && out.len() < 1000,
        "{out}"
    );
}
