//! The files a profile repository's CI relies on: GitHub annotations, the Action and its
//! script, the example workflow, the pre-commit hook, schemas and completions.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{VALID, repository, run, write};

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
    let pages = yaml("examples/github-pages.yml");
    let build = pages["jobs"]["build"]["steps"].as_vec().unwrap();
    assert!(build.iter().any(|s| {
        s["run"]
            .as_str()
            .is_some_and(|r| r.contains("mgi-diff site"))
    }));
    assert!(
        build
            .iter()
            .any(|s| s["uses"].as_str() == Some("actions/upload-pages-artifact@v3"))
    );
    let deploy = pages["jobs"]["deploy"]["steps"].as_vec().unwrap();
    assert_eq!(deploy[0]["uses"].as_str(), Some("actions/deploy-pages@v4"));
    assert_eq!(pages["permissions"]["pages"].as_str(), Some("write"));
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
