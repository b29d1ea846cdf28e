//! Hostile files and paths: nothing hangs, memory stays bounded, a file named twice is one
//! profile.

use crate::common;

use std::os::unix::fs::symlink;

use common::{run, write};

fn shipped() -> Vec<u8> {
    std::fs::read(common::repo().join("profiles/kazakhstan/2018.toml")).unwrap()
}

// Regression: `check d` followed `a -> .` and `b -> .` forever, and `up -> ..` checked one
// file 41 times.
#[test]
fn folder_walks_end_and_visit_each_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "d/kazakhstan/2018.toml", shipped());
    let k = d.join("d/kazakhstan");
    symlink(".", k.join("a")).unwrap();
    symlink(".", k.join("b")).unwrap();
    symlink("..", k.join("up")).unwrap();
    let r = run(d, &["check", "d"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("checked 1 profile: 0 errors"),
        "{}",
        r.stdout
    );
    let listed = run(d, &["list", "--profiles", "d"]);
    assert_eq!(listed.assert_ok().matches("kazakhstan@2018").count(), 1);
}

// A link that leads out of the folder is not followed: a pull request could point it at an
// endless device or at files outside the repository.
#[test]
fn links_leaving_the_folder_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "outside/kazakhstan/2018.toml", shipped());
    std::fs::create_dir_all(d.join("d/kazakhstan")).unwrap();
    symlink("/dev/zero", d.join("d/kazakhstan/2020.toml")).unwrap();
    symlink(d.join("outside/kazakhstan"), d.join("d/elsewhere")).unwrap();
    symlink("missing.toml", d.join("d/kazakhstan/dangling.toml")).unwrap();
    let r = run(d, &["check", "d"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("checked 0 profiles"), "{}", r.stdout);
}

#[test]
fn every_read_is_bounded_whatever_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(d, &["check", "/dev/zero"]).assert_bad_input("/dev/zero: over the 16 MiB limit");
    symlink("/dev/zero", d.join("zero.toml")).unwrap();
    run(d, &["diff", "zero.toml", "kazakhstan@2022"]).assert_bad_input("over the 16 MiB limit");
    // Standard input: the reader stops at the limit, so the writer meets a closed pipe.
    let mut child = common::mgi(d)
        .args(["check", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'#'; 1024 * 1024];
        for _ in 0..17 {
            if std::io::Write::write_all(&mut stdin, &chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>: over the 16 MiB limit"));
}

#[test]
fn one_file_named_twice_is_one_profile() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "profiles/kazakhstan/2018.toml", shipped());
    let file = "profiles/kazakhstan/2018.toml";
    for args in [
        vec!["check", file, file],
        vec!["check", "profiles", file],
        vec!["check", file, "./profiles/../profiles/kazakhstan/2018.toml"],
    ] {
        let r = run(d, &args);
        assert_eq!(r.code, 0, "{args:?}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stdout.contains("checked 1 profile: 0 errors"),
            "{args:?}: {}",
            r.stdout
        );
    }
    // Two different files for the same profile are still an error.
    write(d, "copy/2018.toml", shipped());
    let r = run(d, &["check", file, "copy/2018.toml"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("a second profile"), "{}", r.stdout);
}

#[test]
fn smaller_slips_get_a_message_that_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(d, &["show", "kazakhstan@99999"]).assert_bad_input("the year must be from 2015 to 2100");
    common::run_with_stdin(d, &["diff", "-", "-"], b"x").assert_bad_input("can be read only once");
    let text = String::from_utf8(shipped())
        .unwrap()
        .replace("published = 2018-05-01", "published = 0000-01-01");
    let p = write(d, "p.toml", text);
    let r = run(d, &["check", &p]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("is not a plausible date"), "{}", r.stdout);
}

// Regression: a walk skipped, without a word, a `.toml` that was a link out of the folder, a
// dangling link, a FIFO, an upper-case `.TOML` or a name that is not UTF-8; `list` left
// invalid files out; `check` with no profile folder checked the built-in set without saying.
#[test]
fn nothing_a_walk_does_not_read_is_skipped_in_silence() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "profiles/kazakhstan/2018.toml", shipped());
    write(d, "outside/x.toml", shipped());
    let k = d.join("profiles/kazakhstan");
    symlink("../../outside/x.toml", k.join("2019.toml")).unwrap();
    symlink("nowhere.toml", k.join("2020.toml")).unwrap();
    let fifo = k.join("2021.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    write(d, "profiles/kazakhstan/2023.TOML", shipped());
    write(d, "profiles/kazakhstan/2024.toml", "format = 1\n");
    let odd = k.join(std::ffi::OsStr::from_bytes(b"20\xff25.toml"));
    std::fs::write(&odd, shipped()).unwrap();

    let r = run(d, &["check"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    for line in [
        "profiles/kazakhstan/2019.toml: warning: not read: a link that leads out of the folder",
        "profiles/kazakhstan/2020.toml: warning: not read: a link that leads nowhere",
        "profiles/kazakhstan/2021.toml: warning: not read: a FIFO, not a file",
        "profiles/kazakhstan/2023.TOML: warning: not read: profiles end in `.toml`, in lower case",
        "warning: not read: its name is not UTF-8",
        "profiles/kazakhstan/2024.toml:1:1: error: missing required table `[profile]`",
    ] {
        assert!(r.stdout.contains(line), "{line}\n{}", r.stdout);
    }
    let list = run(d, &["list"]);
    assert_eq!(list.code, 0);
    assert!(list.stdout.contains("kazakhstan@2018"));
    assert!(
        list.stderr
            .contains("profiles/kazakhstan/2024.toml: not listed: it does not validate"),
        "{}",
        list.stderr
    );
    assert!(
        list.stderr.contains("a FIFO, not a file"),
        "{}",
        list.stderr
    );

    // No profile folder: the built-in set is checked, and the report says so.
    let empty = tempfile::tempdir().unwrap();
    let r = run(empty.path(), &["check"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("profiles built into mgi-diff (no profile folder here"),
        "{}",
        r.stdout
    );
}

/// Runs the binary in `dir` and fails the test if it has not finished within `seconds`: a
/// hang is a failure, not a test that never ends.
fn run_within(dir: &std::path::Path, args: &[&str], seconds: u64) -> common::Run {
    use std::process::Stdio;
    let mut child = common::mgi(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("mgi-diff {args:?} still ran after {seconds} s: killed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A git repository whose first commit holds `profiles/kazakhstan/2018.toml`.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::git(dir.path(), &["init", "-q", "-b", "main"]);
    write(dir.path(), "profiles/kazakhstan/2018.toml", shipped());
    common::git(dir.path(), &["add", "."]);
    common::git(dir.path(), &["commit", "-q", "-m", "profiles"]);
    dir
}

// Regression: a committed `profiles` that linked out of the repository was walked (a token in
// a `.toml` there reached a `check --format github` annotation; `profiles -> /` ran 155 s
// and aborted at 3.5 GB). The walk's root is held to the rule of any link in it.
#[test]
fn a_profile_folder_that_links_out_of_the_repository_is_not_walked() {
    let outside = tempfile::tempdir().unwrap();
    let secret = String::from_utf8(shipped()).unwrap().replace(
        "year = 2018",
        "year = 2018\nnotes = \"ghp_SECRETTOKEN\"\nbad = 1",
    );
    write(outside.path(), "kazakhstan/2018.toml", &secret);
    let repo = repository();
    let d = repo.path();
    std::fs::remove_dir_all(d.join("profiles")).unwrap();
    symlink(outside.path(), d.join("profiles")).unwrap();
    for args in [
        vec!["check", "--format", "github"],
        vec!["check", "--format", "github", "profiles"],
        vec!["list", "--profiles", "profiles"],
        vec!["show", "kazakhstan@2018"],
        vec!["history", "kazakhstan"],
    ] {
        let r = run_within(d, &args, 20);
        r.assert_bad_input("profiles: not read: a link that leads out of the repository");
        assert!(!r.stderr.contains("SECRET"), "{args:?}: {}", r.stderr);
    }
    // A folder inside the repository whose own path leads out (`profiles/..` through the
    // link) is refused too; the user's own folder outside any repository is theirs to name.
    run_within(d, &["check", "profiles/kazakhstan/.."], 20)
        .assert_bad_input("a link that leads out of the repository");
    let mine = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    write(elsewhere.path(), "kazakhstan/2018.toml", shipped());
    symlink(elsewhere.path(), mine.path().join("linked")).unwrap();
    let r = run_within(mine.path(), &["list", "--profiles", "linked"], 20);
    assert!(r.assert_ok().contains("kazakhstan@2018"), "{}", r.stdout);
    // Outside a repository, the implicit `profiles` is held to the current folder.
    symlink(outside.path(), mine.path().join("profiles")).unwrap();
    run_within(mine.path(), &["check"], 20)
        .assert_bad_input("profiles: not read: a link that leads out of the current folder");
}

// Regression: `changes` hung on a FIFO named like the earlier round of a new file (`2029.toml`
// beside a new `2030.toml`): the earlier round was opened without looking at what it was.
#[test]
fn changes_does_not_open_a_fifo_named_like_an_earlier_round() {
    let repo = repository();
    let d = repo.path();
    let made = std::process::Command::new("mkfifo")
        .arg(d.join("profiles/kazakhstan/2029.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    let new = String::from_utf8(shipped())
        .unwrap()
        .replace("year = 2018", "year = 2030");
    write(d, "profiles/kazakhstan/2030.toml", new);
    let r = run_within(d, &["changes", "--since", "HEAD", "--format", "json"], 20);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // The FIFO is no round: the new file is compared with 2018.
    assert_eq!(v["files"][0]["report"]["old"]["year"], 2018, "{}", r.stdout);
}

// Regression: `changes` read `.git/config` through a link committed inside the repository.
#[test]
fn a_committed_link_into_git_is_not_followed() {
    let repo = repository();
    let d = repo.path();
    symlink("../../.git/config", d.join("profiles/kazakhstan/2022.toml")).unwrap();
    let r = run_within(d, &["changes", "--since", "HEAD", "--format", "json"], 20);
    assert!(
        r.stdout
            .contains("not read: a link into the repository's .git folder"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    for text in [&r.stdout, &r.stderr] {
        assert!(!text.contains("repositoryformatversion"), "{text}");
        assert!(!text.contains("[core]"), "{text}");
    }
    // A walk from the repository's top does not follow it either.
    symlink(".git/config", d.join("config.toml")).unwrap();
    let r = run_within(d, &["check", "."], 20);
    assert!(
        r.stdout
            .contains("config.toml: warning: not read: a link into the repository's .git folder"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("core"), "{}", r.stdout);
}
