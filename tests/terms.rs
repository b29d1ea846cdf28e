//! A profile set's own equivalences (`terms.toml`): counted as shared words, named by
//! `--explain`, and validated by `check` like a profile.

use crate::common;

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

/// `n` distinct phrases of four letters ("aaaa", "aaab", …), quoted for a TOML list.
fn many_phrases(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let letter = |k: u32| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8);
            format!("\"{}{}{}{}\"", letter(3), letter(2), letter(1), letter(0))
        })
        .collect()
}

/// The binary run in `dir` as `common::mgi` runs it, with at most `mib` MiB of address space
/// (`ulimit -v`, through `sh`): a run that needs more fails to allocate and stops, however
/// fast the machine.
fn run_within(dir: &Path, mib: u64, args: &[&str]) -> common::Run {
    let program = common::mgi(dir).get_program().to_owned();
    let mut limited = std::process::Command::new("sh");
    limited
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("MGI_DIFF_PROFILES")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "100")
        .stdin(std::process::Stdio::null())
        .arg("-c")
        .arg(format!("ulimit -v {} && exec \"$0\" \"$@\"", mib * 1024))
        .arg(program)
        .args(args);
    common::finish(&mut limited)
}

/// One group of 30,000 phrases (240 KB) was read into a copy of the whole group for every
/// phrase: 7.9 GB and 42 s for a diff of two small profiles, and `check` compared every phrase
/// with every other (8 s). Read, validated and used within 100 MiB of address space (the
/// debug binary needs between 24 and 32 MiB), the pair it joins is still paired and named.
#[test]
fn a_group_of_thirty_thousand_phrases_is_read_in_little_memory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut phrases = many_phrases(30_000);
    phrases.push("\"legal pathways\"".into());
    phrases.insert(15_000, "\"regular channels\"".into());
    let terms = format!(
        "format = 1\n\n[[same]]\nphrases = [{}]\n",
        phrases.join(", ")
    );
    set(d, Some(&terms));

    let explained = run_within(
        d,
        100,
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
    let label = format!("shared: {} (profiles/terms.toml:4)", phrases.join(" = "));
    assert!(out.contains(&label), "{}", &out[..out.len().min(2000)]);

    let check = run_within(d, 100, &["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(
        check
            .stdout
            .contains("checked 2 profiles and 1 terms file: 0 errors"),
        "{}",
        check.stdout
    );

    // A phrase listed again, in a group of its own below, is found and located.
    let again = format!("{terms}\n[[same]]\nphrases = [\"zzzz\", \"abcd\"]\n");
    write(d, "profiles/terms.toml", &again);
    let bad = run_within(d, 100, &["check"]);
    assert_eq!(bad.code, 1, "{}{}", bad.stdout, bad.stderr);
    assert!(
        bad.stdout.contains(
            "profiles/terms.toml:7:20: error: the phrase \"abcd\" is already in the group on line 4"
        ),
        "{}",
        bad.stdout
    );
}
