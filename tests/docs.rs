//! The documentation stands on its own: every relative link resolves inside the repository,
//! and nothing points outside it.

use crate::common;

use common::repo;

#[test]
fn every_relative_link_of_the_docs_resolves() {
    let root = repo();
    let mut files = vec![root.join("README.md"), root.join("CONTRIBUTING.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let outside = ["..", "shared"].join("/");
        assert!(
            !text.contains(&outside),
            "{} points outside",
            file.display()
        );
        assert!(
            !text.contains("SPEC"),
            "{} cites a spec that is not here",
            file.display()
        );
        for (i, _) in text.match_indices("](") {
            let rest = &text[i + 2..];
            let target = &rest[..rest.find(')').unwrap()];
            if target.starts_with("http") || target.starts_with('#') {
                continue;
            }
            let path = file
                .parent()
                .unwrap()
                .join(target.split('#').next().unwrap());
            assert!(
                path.exists(),
                "{}: link to {target} resolves",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 8,
        "the README and docs link to each other ({checked} links)"
    );
}

/// Every `mgi-diff` command of the docs' shell examples runs: with the shipped profiles and
/// examples copied into a scratch folder, it exits 0 or 1 (a check that fails is an answer),
/// never 2 (bad usage) and never with a panic. Commands that need a git repository or stand
/// for the reader's own files (`OLD NEW`, `old.toml`) are left out, and say so.
#[test]
fn every_command_of_the_docs_runs() {
    let root = repo();
    let scratch = tempfile::tempdir().unwrap();
    for folder in ["profiles", "examples"] {
        copy(&root.join(folder), &scratch.path().join(folder));
    }
    let mut files = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    files.sort();
    let placeholders = ["OLD", "old.toml", "--since", "git config", "~/", "PATH"];
    let (mut ran, mut left) = (0, 0);
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for block in text.split("```sh\n").skip(1) {
            let block = &block[..block.find("```").unwrap()];
            for command in block.replace("\\\n", " ").lines() {
                let command = command.split(" #").next().unwrap().trim();
                let command = command.split(" | ").next().unwrap();
                let Some(args) = command.strip_prefix("mgi-diff ") else {
                    continue;
                };
                if placeholders.iter().any(|p| args.contains(p)) {
                    left += 1;
                    continue;
                }
                let args = args.replace("/tmp/", &format!("{}/", scratch.path().display()));
                let args: Vec<&str> = args.split_whitespace().collect();
                let r = common::run(scratch.path(), &args);
                assert!(
                    r.code <= 1 && !r.stderr.contains("panicked"),
                    "{}: `{command}` exited {}: {}",
                    file.display(),
                    r.code,
                    r.stderr
                );
                ran += 1;
            }
        }
    }
    assert!(ran >= 15, "{ran} commands ran, {left} left out");
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
