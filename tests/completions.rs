//! Shell completion as a user meets it: the bash script, driven by bash.

use crate::common;

use common::run;

// Regression: the bash script completed only subcommand names (clap_complete names a
// subcommand's state two ways when the binary's name holds a hyphen).
#[test]
fn bash_completes_options_and_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let script = run(dir.path(), &["completions", "bash"]);
    let script_path = common::write(dir.path(), "mgi-diff.bash", script.assert_ok());
    let complete = |words: &str| -> Vec<String> {
        let driver = format!(
            r#"source '{script_path}'
COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
prev=""; [ $COMP_CWORD -gt 0 ] && prev="${{COMP_WORDS[COMP_CWORD-1]}}"
_mgi__diff mgi-diff "${{COMP_WORDS[COMP_CWORD]}}" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}""#
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(driver)
            .output()
            .expect("bash runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    assert_eq!(complete("mgi-diff diff --fa"), ["--fail-on"]);
    assert_eq!(
        complete("mgi-diff diff --format ''"),
        ["table", "markdown", "json", "html", "csv"]
    );
    assert!(complete("mgi-diff changes --al").contains(&"--all".to_string()));
    assert!(complete("mgi-diff ch").contains(&"changes".to_string()));
}

// Regression: the manual covered the top level only and pointed to mgi-diff-diff(1) pages
// that nothing writes.
#[test]
fn the_manual_documents_every_subcommand_and_option_on_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let man = run(dir.path(), &["man"]);
    let page = man.assert_ok();
    assert!(
        !page.contains("mgi\\-diff\\-diff(1)"),
        "no page that does not exist"
    );
    for command in [
        "DIFF",
        "CHECK",
        "LIST",
        "SHOW",
        "CHANGES",
        "IMPORT",
        "IDS",
        "SCHEMA",
        "GIT\\-DIFF",
        "COMPLETIONS",
        "MAN",
    ] {
        assert!(
            page.contains(&format!(".SH \"MGI\\-DIFF {command}\"")),
            "{command}"
        );
    }
    for option in [
        "\\-\\-fail\\-on",
        "\\-\\-include\\-review",
        "\\-\\-all",
        "\\-\\-strict",
    ] {
        assert!(page.contains(option), "{option}");
    }
}

// Regression: the help, the manual and the docs disagreed with the program (a new user's
// third round): `site -o` called a FILE, `changes` offered both `--all` and `--changes-only`,
// `--max-chars 500` got clap's range instead of the size the report needs, `git-diff` gave
// another .gitattributes line than docs/ci.md, and the manual had no exit statuses.
#[test]
fn help_manual_and_docs_agree_with_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let site = run(d, &["site", "--help"]);
    assert!(
        site.assert_ok()
            .contains("the folder to write the website into"),
        "{}",
        site.stdout
    );
    let changes = run(d, &["changes", "--help"]);
    let help = changes.assert_ok();
    assert!(
        help.contains("--all") && !help.contains("--changes-only"),
        "{help}"
    );
    // Still accepted: scripts pass it.
    let r = run(d, &["changes", "--since", "HEAD", "--changes-only"]);
    assert!(!r.stderr.contains("unexpected argument"), "{}", r.stderr);
    let small = run(
        d,
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "markdown",
            "--max-chars",
            "500",
        ],
    );
    assert_eq!(small.code, 2);
    assert!(
        small
            .stderr
            .contains("--max-chars 500 is too small for this report")
            && small.stderr.contains("characters"),
        "{}",
        small.stderr
    );
    let git_diff = run(d, &["git-diff", "--help"]);
    let line = "profiles/**/*.toml diff=mgi";
    assert!(git_diff.assert_ok().contains(line), "{}", git_diff.stdout);
    let ci = std::fs::read_to_string(common::repo().join("docs/ci.md")).unwrap();
    assert!(ci.contains(line), "docs/ci.md gives the same line");
    let man = run(d, &["man"]);
    let page = man.assert_ok();
    assert!(
        page.contains(".SH \"EXIT STATUS\""),
        "the manual says what each status means"
    );
    for code in ["\\fB0\\fR", "\\fB1\\fR", "\\fB2\\fR"] {
        assert!(page.contains(code), "{code}");
    }
    let cargo = std::fs::read_to_string(common::repo().join("Cargo.toml")).unwrap();
    assert!(
        !cargo.contains("README's development section"),
        "a section that does not exist"
    );
}

// Regression: `--explain` said "what follows their common opening differs" of a one-word fix
// scoring 0.999, which reads as a rewrite.
#[test]
fn explain_does_not_call_a_one_word_fix_a_rewrite() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--explain",
            "--format",
            "markdown",
        ],
    );
    let out = r.assert_ok();
    let line = out
        .lines()
        .find(|l| l.contains("evidence: score 0.999"))
        .expect("the one-word fix of the shipped pair");
    assert!(!line.contains("opening differs"), "{line}");
    assert!(out.contains("score 0.827, by similarity, in another place, but what follows their common opening differs"), "still said where it lowered a score");
}
