//! Every integration test, as the modules of one test binary (`cargo test --test integration`;
//! one file's tests: `cargo test --test integration render::`). A binary per file linked the
//! library and the test dependencies 29 times: from a clean build on 2 cores, 471 s of CPU and
//! 3.8 GB of target folder against 399 s and 1.8 GB for one binary, and 37 s against 13 s to
//! build again after a change to the library (docs/performance.md). Cargo.toml's
//! `autotests = false` keeps the files from being binaries of their own as well, so a file not
//! named here would never run: `every_test_file_is_a_module` sees to it.

mod common;
// The benchmarks' synthetic profiles, for the matching and property tests.
#[path = "../benches/support/synthetic.rs"]
mod synthetic;

mod across;
mod action;
mod bad_input;
mod changes;
mod check_list_show;
mod ci_files;
mod completions;
mod confidence;
mod corpus;
mod csv;
mod diff;
mod docs;
mod git_diff;
mod history_site;
mod hostile;
mod hostile_text;
mod html;
mod ids;
mod import;
mod interface_language;
mod languages;
mod matching;
mod output;
mod properties;
mod references;
mod render;
mod schemas;
mod snapshots;
mod terms;

#[test]
fn every_test_file_is_a_module() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let declared: Vec<String> = include_str!("tests.rs")
        .lines()
        .filter_map(|line| line.strip_prefix("mod ")?.strip_suffix(';'))
        .map(|name| format!("{name}.rs"))
        .collect();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".rs") && name != "tests.rs" && !declared.contains(&name) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "not declared in tests/tests.rs, so never run: {missing:?}"
    );
}
