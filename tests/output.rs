//! `--output` loses nothing: never an input, never through a planted link, FIFOs and devices
//! written rather than replaced, permissions kept.

use crate::common;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};

use common::{run, write};

fn profile(dir: &std::path::Path) -> String {
    let text = std::fs::read(common::repo().join("profiles/kazakhstan/2018.toml")).unwrap();
    write(dir, "a.toml", text)
}

#[test]
fn an_input_is_never_the_output_however_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let a = profile(d);
    let before = std::fs::read(&a).unwrap();
    std::os::unix::fs::symlink("a.toml", d.join("link.md")).unwrap();
    for output in ["a.toml", "./a.toml", "link.md"] {
        let r = run(
            d,
            &[
                "diff",
                "a.toml",
                "kazakhstan@2022",
                "--format",
                "markdown",
                "-o",
                output,
            ],
        );
        r.assert_bad_input("refusing to");
        assert_eq!(std::fs::read(&a).unwrap(), before, "{output}");
    }
    let r = run(d, &["show", "a.toml", "--format", "json", "-o", "a.toml"]);
    r.assert_bad_input("refusing to");
}

/// `-o` never writes over a profile, whatever the command and however it is named, and an
/// extension that picks no format of the command is refused, naming those that do.
#[test]
fn output_never_replaces_a_profile_and_unknown_extensions_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let kept = std::fs::read(common::repo().join("profiles/kazakhstan/2018.toml")).unwrap();
    write(d, "profiles/kazakhstan/2018.toml", &kept);
    write(d, "elsewhere/old.toml", &kept);
    let target = "profiles/kazakhstan/2018.toml";
    for args in [
        vec!["check", "--format", "json", "-o", target],
        vec!["list", "--format", "json", "-o", target],
        vec!["check", "--format", "text", "-o", "elsewhere/old.toml"],
        vec![
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "csv",
            "-o",
            "elsewhere/old.toml",
        ],
    ] {
        let r = run(d, &args);
        r.assert_bad_input("is a profile: refusing to write over it");
    }
    assert_eq!(std::fs::read(d.join(target)).unwrap(), kept);
    assert_eq!(std::fs::read(d.join("elsewhere/old.toml")).unwrap(), kept);

    for (args, offered) in [
        (
            vec!["diff", "kazakhstan@2018", "kazakhstan@2018", "-o", "r.tsv"],
            ".md, .markdown, .json",
        ),
        (vec!["list", "-o", "x.html"], ".txt, .text, .json"),
        (vec!["check", "-o", target], ".txt, .text, .json"),
    ] {
        let r = run(d, &args);
        r.assert_bad_input("its extension picks no format of this command");
        assert!(r.stderr.contains(offered), "{}", r.stderr);
    }
    assert!(!d.join("r.tsv").exists() && !d.join("x.html").exists());
    // A name with no extension (a pipe, /dev/stderr) is written as the default format.
    run(d, &["list", "-o", "listing"]).assert_ok();
    assert!(
        std::fs::read_to_string(d.join("listing"))
            .unwrap()
            .contains("kazakhstan@2018")
    );
}

#[test]
fn fifos_are_written_and_permissions_and_long_names_kept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    profile(d);

    let fifo = d.join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = std::thread::spawn({
        let fifo = fifo.clone();
        move || std::fs::read_to_string(fifo).unwrap()
    });
    run(d, &["diff", "a.toml", "kazakhstan@2022", "-o", "pipe"]).assert_ok();
    assert!(reader.join().unwrap().contains("Kazakhstan: 2018 → 2022"));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());

    let kept = write(d, "kept.md", "old report");
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
    run(d, &["diff", "a.toml", "kazakhstan@2022", "-o", "kept.md"]).assert_ok();
    let meta = std::fs::metadata(&kept).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert!(
        std::fs::read_to_string(&kept)
            .unwrap()
            .contains("2018 → 2022")
    );

    let long = format!("{}.md", "x".repeat(240));
    run(d, &["diff", "a.toml", "kazakhstan@2022", "-o", &long]).assert_ok();
    assert!(d.join(&long).is_file());
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with(".tmp")), "{names:?}");
}

// Regression: control characters and bidirectional overrides in a finding reached the
// terminal raw (a title change and a screen clear), from `diff`, `show` and `check`.
#[test]
fn control_characters_from_a_profile_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let evil = write(
        d,
        "evil.toml",
        "format = 1\n[profile]\ncountry = \"Kazakhstan\"\niso3 = \"KAZ\"\nyear = 2018\n[domains.partnerships]\nwell-developed = [\"evil \\u001b]0;pwned\\u0007 \\u001b[2J and \\u202Ereversed\"]\n\"key\\u001b\" = 1\n",
    );
    let raw = |s: &str| s.contains('\u{1b}') || s.contains('\u{7}') || s.contains('\u{202e}');
    let fixed = write(
        d,
        "fixed.toml",
        std::fs::read_to_string(&evil)
            .unwrap()
            .replace("\"key\\u001b\" = 1\n", ""),
    );
    for args in [
        vec![
            "diff",
            fixed.as_str(),
            "kazakhstan@2022",
            "--color",
            "never",
        ],
        vec![
            "diff",
            fixed.as_str(),
            "kazakhstan@2022",
            "--format",
            "markdown",
        ],
        vec!["show", fixed.as_str()],
        vec!["show", fixed.as_str(), "--format", "markdown"],
        vec!["check", evil.as_str()],
        vec!["check", evil.as_str(), "--format", "github"],
    ] {
        let r = run(d, &args);
        assert!(
            !raw(&r.stdout) && !raw(&r.stderr),
            "{args:?}: {:?}",
            r.stdout
        );
        assert!(
            r.stdout.contains("u{1b}") || r.stderr.contains("u{1b}"),
            "{args:?}: {}{}",
            r.stdout,
            r.stderr
        );
    }
    let check = run(d, &["check", fixed.as_str()]);
    assert!(
        check
            .stdout
            .contains("fixed.toml:7:19: warning: the text contains a control character"),
        "{}",
        check.stdout
    );
}

#[test]
fn a_new_output_file_gets_the_usual_mode_not_a_temporary_files() {
    // With umask 022 a new file is 0644, as `>` would make it; a temporary file is 0600.
    let dir = tempfile::tempdir().unwrap();
    let binary = env!("CARGO_BIN_EXE_mgi-diff");
    let status = std::process::Command::new("sh")
        .current_dir(dir.path())
        .args([
            "-c",
            &format!("umask 022; '{binary}' diff kazakhstan@2018 kazakhstan@2022 -o report.md"),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let mode = std::fs::metadata(dir.path().join("report.md"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);
}

// Regression: `--max-chars` was no bound (HTML at 8000 was 21,600 characters, Markdown at
// 1500 was 2,078), kept unchanged findings while cutting regressed and dropped ones, and was
// accepted and ignored by the table and JSON.
#[test]
fn max_chars_is_a_bound_wherever_it_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = ["diff", "kazakhstan@2018", "kazakhstan@2022"];
    for format in ["markdown", "html"] {
        for max in [1000, 1500, 4000, 8000, 12000, 20000, 65536] {
            let n = max.to_string();
            let r = run(
                d,
                &[&base[..], &["--format", format, "--max-chars", &n]].concat(),
            );
            match r.code {
                0 => assert!(
                    r.stdout.chars().count() <= max,
                    "{format} at {max}: {} characters",
                    r.stdout.chars().count()
                ),
                _ => r.assert_bad_input(&format!("--max-chars {max} is too small for this report")),
            }
        }
    }
    // Unchanged findings go first: at 4,000 characters the changes are still listed.
    let r = run(
        d,
        &[&base[..], &["--format", "markdown", "--max-chars", "4000"]].concat(),
    );
    let out = r.assert_ok();
    assert!(
        out.contains("unchanged findings are counted, not listed"),
        "{out}"
    );
    assert!(!out.contains("### Unchanged"), "{out}");
    assert!(
        out.contains("### Regressed") || out.contains("domain sections are left out"),
        "{out}"
    );
    for format in ["table", "json", "csv"] {
        let r = run(
            d,
            &[&base[..], &["--format", format, "--max-chars", "5000"]].concat(),
        );
        r.assert_bad_input("--max-chars cuts the Markdown and HTML reports");
    }
}

// Regression: a 4,000-character Markdown report kept domains in order and cut the last three,
// losing the only regressed finding and the only review pairing while a one-letter fix was
// kept. Within a budget the most important entries are kept, across domains, and what was
// left out is counted per status.
#[test]
fn max_chars_keeps_the_most_important_entries() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let long = |i: usize| {
        format!(
            "The national programme number {i} on the integration of migrants is carried out by the regional administrations with the support of partners."
        )
    };
    let old_findings: Vec<String> = (0..12).map(long).collect();
    let mut new_findings = old_findings.clone();
    // A one-letter fix in every domain but the last, which regresses.
    for f in new_findings.iter_mut() {
        *f = f.replace("administrations", "administration");
    }
    let table = |findings: &[String], regressed: bool| -> String {
        let mut t = String::from(
            "format = 1\n[profile]\ncountry = \"Testland\"\niso3 = \"ATA\"\nyear = YEAR\n",
        );
        let domains = [
            "migrants-rights",
            "whole-of-government",
            "partnerships",
            "well-being",
            "mobility-crises",
            "safe-orderly-regular",
        ];
        for (n, domain) in domains.iter().enumerate() {
            let mine: Vec<String> = findings[n * 2..n * 2 + 2]
                .iter()
                .map(|f| format!("{f:?}"))
                .collect();
            if n == 5 {
                let (wd, fd) = if regressed {
                    ("[]".to_string(), format!("[{}]", mine.join(", ")))
                } else {
                    (format!("[{}]", mine.join(", ")), "[]".to_string())
                };
                t.push_str(&format!(
                    "[domains.{domain}]\nwell-developed = {wd}\nfurther-development = {fd}\n"
                ));
            } else {
                t.push_str(&format!(
                    "[domains.{domain}]\nwell-developed = [{}]\n",
                    mine.join(", ")
                ));
            }
        }
        t
    };
    let old = write(
        d,
        "old.toml",
        table(&old_findings, false).replace("YEAR", "2018"),
    );
    let new = write(
        d,
        "new.toml",
        table(&new_findings, true).replace("YEAR", "2022"),
    );
    let whole = run(d, &["diff", &old, &new, "--format", "markdown"]);
    let whole = whole.assert_ok();
    assert!(whole.contains("### Regressed"), "{whole}");
    let size = whole.chars().count();
    let r = run(
        d,
        &[
            "diff",
            &old,
            &new,
            "--format",
            "markdown",
            "--max-chars",
            &(size * 2 / 3).to_string(),
        ],
    );
    let out = r.assert_ok();
    assert!(out.chars().count() <= size * 2 / 3);
    assert!(
        out.contains("### Regressed"),
        "the regressed findings are kept: {out}"
    );
    assert!(
        out.contains("reworded are left out") || out.contains("reworded; regressed"),
        "what was left out, per status: {out}"
    );
    assert!(
        !out.contains("domain sections are left out"),
        "no domain cut while entries could go: {out}"
    );
}

#[test]
fn an_output_in_a_missing_folder_names_the_folder_not_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let r = run(
        d,
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "-o",
            "missing/report.md",
        ],
    );
    r.assert_bad_input("writing missing/report.md: the folder missing does not exist");
    assert!(!r.stderr.contains(".mgi-diff-"), "{}", r.stderr);
}

#[test]
fn a_format_that_the_output_name_contradicts_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let diff = ["diff", "kazakhstan@2018", "kazakhstan@2022"];
    let r = run(
        d,
        &[&diff[..], &["--format", "html", "-o", "report.csv"]].concat(),
    );
    r.assert_bad_input("--output report.csv names the csv format but --format is html");
    assert!(!d.join("report.csv").exists());
    // Agreeing, or a name that picks no format, is written.
    run(
        d,
        &[&diff[..], &["--format", "csv", "-o", "report.csv"]].concat(),
    )
    .assert_ok();
    run(
        d,
        &[&diff[..], &["--format", "json", "-o", "report.out"]].concat(),
    )
    .assert_ok();
    assert!(d.join("report.csv").exists() && d.join("report.out").exists());
}
