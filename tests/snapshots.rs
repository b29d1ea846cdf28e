//! Snapshots of `show` and `list` on the shipped profiles, and a CommonMark parse of the
//! shipped pair's Markdown report. How each format prints a `diff` is pinned on a report built
//! by hand (`tests/render.rs`), so that tuning the matcher rewrites no snapshot.

use crate::common;

use common::run;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn output(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), args).assert_ok().to_string()
}

const PAIR: [&str; 3] = ["diff", "kazakhstan@2018", "kazakhstan@2022"];

fn diff(extra: &[&str]) -> String {
    let mut args = PAIR.to_vec();
    args.extend_from_slice(extra);
    output(&args)
}

#[test]
fn show_table() {
    insta::assert_snapshot!(output(&["show", "kazakhstan@2018"]));
}

#[test]
fn show_markdown() {
    insta::assert_snapshot!(output(&["show", "kazakhstan@2022", "--format", "markdown"]));
}

#[test]
fn list_json() {
    insta::assert_snapshot!(output(&["list", "--format", "json"]));
}

/// The Markdown report is CommonMark (with GitHub's tables and strike-through): its structure
/// is what we meant, and every finding text comes out of the parser exactly as written.
#[test]
fn markdown_parses_as_intended() {
    let md = diff(&["--format", "markdown"]);
    let json: serde_json::Value = serde_json::from_str(&diff(&["--format", "json"])).unwrap();
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);

    let mut headings: Vec<(HeadingLevel, String)> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let (mut in_heading, mut in_item) = (None, false);
    let (mut text, mut tables, mut struck, mut strong) = (String::new(), 0, 0, 0);
    for event in Parser::new_ext(&md, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = Some(level);
                text.clear();
            }
            Event::End(TagEnd::Heading(_)) => {
                headings.push((in_heading.take().unwrap(), text.clone()))
            }
            Event::Start(Tag::Item) => {
                in_item = true;
                text.clear();
            }
            Event::End(TagEnd::Item) => {
                in_item = false;
                items.push(text.clone());
            }
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::Strikethrough) => struck += 1,
            Event::Start(Tag::Strong) => strong += 1,
            Event::Text(t) | Event::Code(t) if in_heading.is_some() || in_item => text.push_str(&t),
            _ => {}
        }
    }
    assert_eq!(
        headings[0],
        (HeadingLevel::H1, "Kazakhstan: 2018 → 2022".to_string())
    );
    let h2: Vec<&str> = headings
        .iter()
        .filter(|h| h.0 == HeadingLevel::H2)
        .map(|h| h.1.as_str())
        .collect();
    assert_eq!(h2.len(), 6, "a section per domain: {h2:?}");
    assert_eq!(tables, 1, "one summary table");
    assert!(struck > 0 && strong > 0, "word-level changes are marked");

    // Every unchanged, added, resolved and dropped text is an item, verbatim.
    for domain in json["domains"].as_array().unwrap() {
        for entry in domain["entries"].as_array().unwrap() {
            let status = entry["status"].as_str().unwrap();
            let side = if entry["new"].is_null() {
                &entry["old"]
            } else {
                &entry["new"]
            };
            let text = side["text"].as_str().unwrap();
            if ["unchanged", "added", "resolved", "dropped"].contains(&status) {
                assert!(
                    items.iter().any(|i| i.contains(text)),
                    "{status}: {text:?} is printed as written"
                );
            }
        }
    }
}
