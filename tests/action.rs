//! The GitHub Action's script (`action/run.sh`) as a hostile pull request would drive it:
//! file names it controls cannot set an annotation's fields or @mention anyone, a file or link
//! it commits at the comment path is replaced and never written through, the check fails
//! when mgi-diff does, no line it makes mgi-diff print starts a workflow command, every line
//! of a multi-line `paths:` input is used, and names git would quote are not skipped.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{VALID, git, write};

/// What a run of the script printed, how it ended, and the job summary it wrote.
struct Script {
    code: i32,
    stdout: String,
    stderr: String,
    summary: String,
}

/// Runs `action/run.sh` in `dir` as the Action's step does: the built mgi-diff first on
/// PATH, the job summary in a file outside the repository (as the runner's is), and the
/// comment file at `comment` when there is one.
fn script(dir: &Path, paths: &str, comment: Option<&str>) -> Script {
    let binary = Path::new(env!("CARGO_BIN_EXE_mgi-diff")).parent().unwrap();
    let runner = tempfile::tempdir().unwrap();
    let summary = runner.path().join("summary.md");
    // Bounded: a script that hangs (on a FIFO) ends with timeout's status 124.
    let mut cmd = Command::new("timeout");
    cmd.args(["60", "bash"])
        .arg(common::repo().join("action/run.sh"))
        .current_dir(dir)
        .env(
            "PATH",
            format!("{}:{}", binary.display(), std::env::var("PATH").unwrap()),
        )
        .env("MGI_SINCE", "HEAD")
        .env("MGI_PATHS", paths)
        .env("MGI_FAIL_ON", "")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .stdin(Stdio::null());
    match comment {
        Some(path) => cmd.env("MGI_COMMENT_FILE", path),
        None => cmd.env_remove("MGI_COMMENT_FILE"),
    };
    let out = cmd.output().unwrap();
    Script {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        summary: std::fs::read_to_string(&summary).unwrap_or_default(),
    }
}

fn run_script(dir: &Path, paths: &str) -> (i32, String) {
    let run = script(dir, paths, None);
    (run.code, run.stdout)
}

/// A repository whose profiles sit in `folders`, one earlier round each, committed; then a
/// later round added in each, with a rewording so that `ids` has pairs to tie.
fn repository_with(folders: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    for folder in folders {
        write(d, &format!("{folder}/2020.toml"), VALID);
    }
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "first rounds"]);
    for folder in folders {
        write(
            d,
            &format!("{folder}/2021.toml"),
            VALID.replace("year = 2020", "year = 2021").replace(
                "There is a migration strategy.",
                "A migration strategy is in force.",
            ),
        );
    }
    // As a pull request holds them: committed on its branch, or at least staged.
    git(d, &["add", "."]);
    dir
}

#[test]
fn file_names_cannot_set_an_annotations_fields() {
    let evil = "profiles/x,line=99,title=INJECTED::fake";
    let repo = repository_with(&[evil]);
    let (_, stdout) = run_script(repo.path(), "profiles");
    let notices: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::notice"))
        .collect();
    assert_eq!(notices.len(), 1, "{stdout}");
    assert!(
        notices[0].starts_with(
            "::notice file=profiles/x%2Cline=99%2Ctitle=INJECTED%3A%3Afake/2021.toml,title=mgi-diff::"
        ),
        "{stdout}"
    );
    // In every command, the properties (before the message) hold no field the name set.
    for line in stdout.lines().filter(|l| l.starts_with("::")) {
        let command = line[2..].split("::").next().unwrap();
        let properties = command.split_once(' ').map_or("", |p| p.1);
        for property in properties.split(',') {
            assert!(
                property != "line=99" && !property.starts_with("title=INJECTED"),
                "{line}"
            );
        }
    }
}

#[test]
fn every_line_of_paths_is_used_and_quoted_names_are_not_skipped() {
    let repo = repository_with(&["profiles/a", "profiles/côte"]);
    let d = repo.path();
    // A broken profile in the second path: annotated only if that path is read.
    write(
        d,
        "profiles/côte/2022.toml",
        VALID.replace("year = 2020", "year = 1022"),
    );
    git(d, &["add", "."]);
    let (code, stdout) = run_script(d, "profiles/a\nprofiles/côte\n");
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("::error file=profiles/côte/2022.toml,line="),
        "{stdout}"
    );
    let notices: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::notice"))
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("file=profiles/côte/2021.toml")),
        "a name git would quote is not skipped: {stdout}"
    );
    assert!(
        notices
            .iter()
            .any(|n| n.contains("file=profiles/a/2021.toml")),
        "{stdout}"
    );
}

/// A committed repository of one profile, then `comment.md` committed by the pull request
/// as `plant` makes it.
fn repository_with_comment(plant: impl FnOnce(&Path)) -> tempfile::TempDir {
    let repo = repository_with(&["profiles/testland"]);
    let d = repo.path();
    git(d, &["commit", "-q", "-m", "a later round"]);
    plant(d);
    git(d, &["add", "."]);
    git(
        d,
        &["commit", "-q", "--allow-empty", "-m", "the pull request"],
    );
    repo
}

#[test]
fn a_link_committed_at_the_comment_path_is_replaced_not_written_through() {
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("bashrc");
    std::fs::write(&target, "precious\n").unwrap();
    let repo = repository_with_comment(|d| {
        std::os::unix::fs::symlink(&target, d.join("comment.md")).unwrap();
    });
    let d = repo.path();
    // A change since HEAD, so that there is a report to write.
    write(
        d,
        "profiles/testland/2022.toml",
        VALID.replace("year = 2020", "year = 2022"),
    );
    git(d, &["add", "."]);
    let run = script(d, "profiles", Some("comment.md"));
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious\n");
    let comment = d.join("comment.md");
    let kind = std::fs::symlink_metadata(&comment).unwrap().file_type();
    assert!(kind.is_file(), "a regular file, not a link: {kind:?}");
    let text = std::fs::read_to_string(&comment).unwrap();
    assert!(
        text.starts_with("# Profile changes since `HEAD`") && text.contains("2022.toml"),
        "{text}"
    );
}

#[test]
fn a_folder_link_on_the_comment_path_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let repo = repository_with_comment(|d| {
        std::os::unix::fs::symlink(outside.path(), d.join("out")).unwrap();
    });
    let run = script(repo.path(), "profiles", Some("out/comment.md"));
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        std::fs::read_dir(outside.path()).unwrap().count(),
        0,
        "nothing written through the link"
    );
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("::error title=mgi-diff::") && l.contains("out/comment.md")),
        "{}",
        run.stdout
    );
}

#[test]
fn a_planted_comment_is_gone_and_the_check_fails_when_changes_fails() {
    let planted = "@maintainers ![x](https://evil.example/x.png)";
    // A terms file that does not parse, already in the repository (the change does not edit
    // it): `changes` stops with exit status 2 and no report.
    let repo = repository_with_comment(|d| {
        write(d, "comment.md", planted);
        write(d, "profiles/terms.toml", "this is [ not toml\n");
    });
    let d = repo.path();
    write(
        d,
        "profiles/testland/2022.toml",
        VALID.replace("year = 2020", "year = 2022"),
    );
    git(d, &["add", "."]);
    let run = script(d, "profiles", Some("comment.md"));
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("::error title=mgi-diff::mgi-diff changes failed")),
        "{}",
        run.stdout
    );
    let comment = d.join("comment.md");
    if let Ok(meta) = std::fs::symlink_metadata(&comment) {
        assert!(meta.file_type().is_file());
        let text = std::fs::read_to_string(&comment).unwrap();
        assert!(
            !text.contains("evil") && !text.contains("@maintainers"),
            "{text}"
        );
        assert!(text.contains("mgi-diff could not report"), "{text}");
    }
    assert!(
        run.summary.contains("mgi-diff could not report"),
        "{}",
        run.summary
    );
}

/// The lines of `markdown` holding an @mention GitHub would link: an `@` then a letter,
/// digit or `_`, after anything but an ASCII letter, digit or `_` (`é@octocat` is one,
/// `kazakhstan@2018` is not). Code spans are left out, as
/// GitHub links nothing in them, except on a line of raw HTML (`<summary>`), where a
/// backtick is no code span.
fn live_mentions(markdown: &str) -> Vec<&str> {
    markdown
        .lines()
        .filter(|line| {
            let prose: String = if line.contains("<summary>") {
                line.to_string()
            } else {
                line.split('`').step_by(2).collect()
            };
            let chars: Vec<char> = std::iter::once(' ').chain(prose.chars()).collect();
            chars.windows(3).any(|w| {
                let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
                !word(w[0]) && w[1] == '@' && (w[2].is_alphanumeric() || w[2] == '_')
            })
        })
        .collect()
}

#[test]
fn folder_names_mention_no_one_in_a_shortened_report() {
    let repo = repository_with_comment(|_| {});
    let d = repo.path();
    // A profile long enough (some 130,000 characters of added findings) that the comment,
    // cut to 65,536, folds each file's section behind its path.
    let many: String = (0..1500)
        .map(|i| {
            format!("  \"Finding {i} is a new text long enough to take room in a report.\",\n")
        })
        .collect();
    write(
        d,
        "profiles/big/2020.toml",
        VALID.replace(
            "  \"Immigrants have access to primary education.\",\n",
            &format!("  \"Immigrants have access to primary education.\",\n{many}"),
        ),
    );
    // An invalid profile (its year out of range) in a folder named to mention people: its
    // section is kept first when the report is cut, folded under its path.
    let folder = "profiles/hi @octocat and @github/security-team é@hubot";
    write(
        d,
        &format!("{folder}/2020.toml"),
        VALID.replace("year = 2020", "year = 1020"),
    );
    git(d, &["add", "."]);
    let run = script(d, "profiles", Some("comment.md"));
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let comment = std::fs::read_to_string(d.join("comment.md")).unwrap();
    assert!(comment.contains("Shortened to fit"), "{comment}");
    assert!(comment.contains("security-team"), "{comment}");
    assert_eq!(live_mentions(&comment), Vec::<&str>::new());
    assert!(run.summary.contains("security-team"), "{}", run.summary);
    assert_eq!(live_mentions(&run.summary), Vec::<&str>::new());
    // Folded behind its path (a budget too small for every file's heading): the path in the
    // raw HTML of `<summary>` mentions no one either.
    let folded = (1000..4000)
        .step_by(250)
        .map(|max| {
            common::run(
                d,
                &[
                    "changes",
                    "--since",
                    "HEAD",
                    "--format",
                    "markdown",
                    "--max-chars",
                    &max.to_string(),
                ],
            )
        })
        .find(|r| r.stdout.contains("<summary>"))
        .expect("a budget at which sections are folded");
    assert!(folded.stdout.contains("security-team"), "{}", folded.stdout);
    assert_eq!(live_mentions(&folded.stdout), Vec::<&str>::new());
}

// Regression: a broken terms file that the pull request edits left the job summary empty.
#[test]
fn a_broken_terms_file_in_the_change_still_writes_the_summary() {
    let repo = repository_with_comment(|_| {});
    let d = repo.path();
    write(
        d,
        "profiles/terms.toml",
        "format = 1\n[[same]]\nphrase = [\"a\", \"b\"]\n",
    );
    git(d, &["add", "."]);
    let run = script(d, "profiles", Some("comment.md"));
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.summary.contains("profiles/terms.toml"),
        "{}",
        run.summary
    );
    assert!(
        run.summary.contains("unknown key `phrase`"),
        "{}",
        run.summary
    );
    let comment = std::fs::read_to_string(d.join("comment.md")).unwrap();
    assert!(comment.contains("unknown key `phrase`"), "{comment}");
}

/// Regression: a key's line breaks reached standard error raw, where GitHub's runner obeys
/// workflow commands too.
#[test]
fn no_line_printed_starts_a_workflow_command_but_mgi_diffs_own() {
    let repo = repository_with_comment(|_| {});
    let d = repo.path();
    write(
        d,
        "profiles/testland/2022.toml",
        VALID.replace(
            "year = 2020",
            "year = 2022\n\"\\n::add-mask::secret\\n::stop-commands::x\\n\" = 1",
        ),
    );
    git(d, &["add", "."]);
    let run = script(d, "profiles", Some("comment.md"));
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let ours = |l: &str| {
        ["::error ", "::warning ", "::notice "]
            .iter()
            .any(|c| l.starts_with(c))
            && l.split("::")
                .nth(1)
                .is_some_and(|p| p.contains("title=mgi-diff"))
    };
    for line in run.stdout.lines().chain(run.stderr.lines()) {
        assert!(
            !line.starts_with("::") || ours(line),
            "{line:?}\n{}{}",
            run.stdout,
            run.stderr
        );
    }
    // The key was read and reported, escaped: the test would prove nothing otherwise.
    assert!(
        run.stdout.contains("%0A::add-mask::secret"),
        "{}",
        run.stdout
    );
}

#[test]
fn what_one_file_can_make_the_script_print_is_bounded() {
    let repo = repository_with_comment(|_| {});
    let d = repo.path();
    // 5,000 unknown keys: as many problems, each an annotation of mgi-diff check.
    let keys: String = (0..5000).map(|i| format!("k{i} = 1\n")).collect();
    write(
        d,
        "profiles/testland/2022.toml",
        VALID.replace("year = 2020", &format!("year = 2022\n{keys}")),
    );
    git(d, &["add", "."]);
    let run = script(d, "profiles", None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .count();
    // mgi-diff prints a file's first 100 problems and one that counts the rest.
    assert_eq!(errors, 101, "{}", run.stdout.len());
    assert!(
        run.stdout.contains("4900 errors more, not shown"),
        "{}",
        &run.stdout[run.stdout.len().saturating_sub(2000)..]
    );
}

// Regression: the notices of step 3 handed `ids` the earlier round found by `ls`, never
// checking it: a FIFO there hung the job, and a committed link to a file outside the checkout
// was read.
#[test]
fn the_id_notices_read_no_fifo_and_no_link_out() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.toml");
    std::fs::write(
        &secret,
        VALID.replace("year = 2020", "year = 2028\nnotes = \"ghp_SECRET\""),
    )
    .unwrap();
    let repo = repository_with_comment(|d| {
        std::os::unix::fs::symlink(&secret, d.join("profiles/testland/2028.toml")).unwrap();
    });
    let d = repo.path();
    let fifo = d.join("profiles/testland/2029.toml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    write(
        d,
        "profiles/testland/2030.toml",
        VALID.replace("year = 2020", "year = 2030"),
    );
    git(d, &["add", "profiles/testland/2030.toml"]);
    let run = script(d, "profiles", None);
    assert_ne!(
        run.code, 124,
        "the script hung: {}{}",
        run.stdout, run.stderr
    );
    assert!(
        !run.stdout.contains("SECRET") && !run.stderr.contains("SECRET"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    // The link is named, not read, by `check FILE` too (a pre-commit hook passes file names).
    let r = common::run(
        d,
        &["check", "--format", "github", "profiles/testland/2028.toml"],
    );
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("a link that leads out of the repository"),
        "{}",
        r.stderr
    );
    assert!(!r.stdout.contains("SECRET") && !r.stderr.contains("SECRET"));
}
