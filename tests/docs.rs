//! The documentation stands on its own: every relative link resolves inside the repository,
//! and nothing points outside it.

mod common;

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
