//! A profile set's own equivalences (`terms.toml`): counted as shared words, named by
//! `--explain`, and validated by `check` like a profile.

mod common;

use std::path::Path;

use common::{run, write};

const OLD: &str = r#"format = 1
[profile]
country = "Testland"
iso3 = "ATA"
year = 2018
[domains.safe-orderly-regular]
further-development = ["Labour migrants have few regular channels to enter the country.", "Visa fees are high for students."]
well-developed = ["Border guards are trained on the rights of migrants."]
"#;

const NEW: &str = r#"format = 1
[profile]
country = "Testland"
iso3 = "ATA"
year = 2022
[domains.safe-orderly-regular]
further-development = ["Visa fees are high for students.", "There are not many legal pathways into the labour market for foreign workers."]
well-developed = ["Border guards are trained on the rights of migrants."]
"#;

const TERMS: &str = r#"format = 1

# Phrases our editors confirm mean the same.
[[same]]
phrases = ["regular channels", "legal pathways"]
note = "IOM's wording changed between the rounds"
"#;

fn set(dir: &Path, terms: Option<&str>) {
    write(dir, "profiles/testland/2018.toml", OLD);
    write(dir, "profiles/testland/2022.toml", NEW);
    if let Some(terms) = terms {
        write(dir, "profiles/terms.toml", terms);
    }
}

fn statuses(dir: &Path) -> Vec<String> {
    let r = run(
        dir,
        &["diff", "testland@2018", "testland@2022", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    let mut s: Vec<String> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .map(|e| e["status"].as_str().unwrap().to_string())
        .filter(|s| s != "unchanged")
        .collect();
    s.sort();
    s
}

/// Without the file the two gaps share almost no word; with it they are one finding, and
/// `--explain` names the entry and where it is written.
#[test]
fn confirmed_phrases_pair_a_rewording_and_explain_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    set(d, None);
    assert_eq!(statuses(d), ["added", "resolved"]);
    write(d, "profiles/terms.toml", TERMS);
    assert_eq!(statuses(d), ["reworded"]);
    let explained = run(
        d,
        &[
            "diff",
            "testland@2018",
            "testland@2022",
            "--explain",
            "--format",
            "markdown",
        ],
    );
    let out = explained.assert_ok();
    assert!(
        out.contains(r#"shared: "regular channels" = "legal pathways" (profiles/terms.toml:5)"#),
        "{out}"
    );
}

/// The terms file is checked as one, not taken for a profile; its mistakes are located.
#[test]
fn check_validates_the_terms_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    set(d, Some(TERMS));
    let ok = run(d, &["check"]);
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);
    assert!(
        ok.stdout
            .contains("checked 2 profiles and 1 terms file: 0 errors"),
        "{}",
        ok.stdout
    );
    write(
        d,
        "profiles/terms.toml",
        "format = 1\n[[same]]\nphrases = [\"legal pathways\", \"regular channels\"]\n[[same]]\nphrase = [\"readmission\", \"return\"]\n[[same]]\nphrases = [\"Legal  pathways\", \"legal routes\"]\n",
    );
    let bad = run(d, &["check"]);
    assert_eq!(bad.code, 1, "{}", bad.stdout);
    for line in [
        "profiles/terms.toml:4:1: error: missing `phrases` in [[same]]",
        "profiles/terms.toml:5:1: error: unknown key `phrase` in [[same]]; did you mean `phrases`?",
        "profiles/terms.toml:7:12: error: the phrase \"Legal  pathways\" is already in the group on line 3",
    ] {
        assert!(bad.stdout.contains(line), "{line}\n{}", bad.stdout);
    }
    // Named on its own, too.
    let alone = run(d, &["check", "profiles/terms.toml"]);
    assert_eq!(alone.code, 1);
    assert!(
        alone.stdout.contains("checked 1 terms file: 3 errors"),
        "{}",
        alone.stdout
    );

    // A comparison is not made without the terms the editors confirmed.
    let diff = run(d, &["diff", "testland@2018", "testland@2022"]);
    diff.assert_bad_input("profiles/terms.toml:5:1");
}

/// A terms file is read as a walk reads a profile: a FIFO hangs nothing and a link out of the
/// folder shows nothing of what it points to.
#[test]
fn a_hostile_terms_file_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    set(d, None);
    let terms = d.join("profiles/terms.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&terms)
        .status()
        .unwrap();
    assert!(made.success());
    let r = run(d, &["diff", "testland@2018", "testland@2022"]);
    r.assert_bad_input("profiles/terms.toml: error: not read: not a regular file");
    std::fs::remove_file(&terms).unwrap();

    let secret = tempfile::tempdir().unwrap();
    let outside = write(secret.path(), "secret.toml", "SECRET_TOKEN = 1\n");
    std::os::unix::fs::symlink(&outside, &terms).unwrap();
    let r = run(d, &["diff", "testland@2018", "testland@2022"]);
    r.assert_bad_input("not read: a link that leads out of the folder");
    assert!(!r.stderr.contains("SECRET_TOKEN"), "{}", r.stderr);
    let check = run(d, &["check", "profiles/terms.toml"]);
    assert!(!check.stdout.contains("SECRET_TOKEN"), "{}", check.stdout);
}
