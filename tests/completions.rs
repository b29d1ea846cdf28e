//! Shell completion as a user meets it: the bash script, driven by bash.

mod common;

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
