//! The git external diff driver (`mgi-diff git-diff`): profiles by status, other files as a
//! plain unified diff, and `git diff` never broken.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{VALID, git, repository, run, write};

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

// Regression: `git-diff` compared without the repository's terms file, which every other
// command uses: the same edit read as a rewording in `diff` and as a gap closed plus a new one
// in `git diff`. A broken terms file is said, and the page is still shown.
#[test]
fn git_diff_uses_the_terms_file_like_the_other_commands() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let profile = |year: u16, gap: &str| {
        format!(
            "format = 1\n[profile]\ncountry = \"Testland\"\niso3 = \"ATA\"\nyear = {year}\n[domains.safe-orderly-regular]\nfurther-development = [\"{gap}\"]\n"
        )
    };
    let old = common::write(
        d,
        "old.toml",
        profile(
            2018,
            "Labour migrants have few regular channels to enter the country.",
        ),
    );
    let new = common::write(
        d,
        "new.toml",
        profile(
            2022,
            "There are not many legal pathways into the labour market for foreign workers.",
        ),
    );
    let args = |d: &Path| {
        run(
            d,
            &[
                "git-diff",
                "profiles/testland/2022.toml",
                &old,
                "a",
                "100644",
                &new,
                "b",
                "100644",
            ],
        )
    };
    let without = args(d);
    assert!(
        without.stdout.contains("resolved") || without.stdout.contains("Resolved"),
        "{}",
        without.stdout
    );
    common::write(
        d,
        "profiles/terms.toml",
        "format = 1\n[[same]]\nphrases = [\"regular channels\", \"legal pathways\"]\n",
    );
    let with = args(d);
    assert_eq!(with.code, 0);
    assert!(
        with.stdout.to_lowercase().contains("reworded"),
        "{}",
        with.stdout
    );
    assert!(
        !with.stdout.to_lowercase().contains("resolved"),
        "{}",
        with.stdout
    );
    common::write(
        d,
        "profiles/terms.toml",
        "format = 1\n[[same]]\nphrase = [\"a\"]\n",
    );
    let broken = args(d);
    assert_eq!(broken.code, 0, "git's run goes on");
    assert!(
        broken
            .stdout
            .contains("the terms file does not validate, so this is compared without it"),
        "{}",
        broken.stdout
    );
}
