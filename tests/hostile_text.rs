//! What a hostile pull request controls — file names, finding texts, arguments — reaches a
//! terminal, a job summary, a PR comment or a spreadsheet as text to read, never as
//! something obeyed: no fake lines, no HTML or table cells, no @mentions, no formulas.

mod common;

use common::{VALID, git, repository, run, write};

/// A folder name with a line break, HTML and a `|`, and a finding that @mentions a team, in a
/// pull request's Markdown: one line, one cell, no HTML, nobody pinged.
#[test]
fn names_and_texts_cannot_break_out_of_the_markdown() {
    let repo = repository();
    let d = repo.path();
    let evil =
        "profiles/testland/x\n<img src=\"https://example.org/t.png\">\n# Heading | cell/2021.toml";
    let text = VALID.replace("year = 2020", "year = 2021").replace(
        "There is a migration strategy.",
        "Ask @octocat or @org/team about the strategy.",
    );
    write(d, evil, &text);
    git(d, &["add", "."]);
    let md = run(d, &["changes", "--since", "HEAD", "--format", "markdown"]);
    let out = &md.stdout;
    // HTML inside a code span is shown as text; outside one it would be rendered.
    let outside_code =
        |line: &str| -> String { line.split('`').step_by(2).collect::<Vec<_>>().join(" ") };
    assert!(
        out.lines().all(|l| !outside_code(l).contains("<img")),
        "{out}"
    );
    assert!(!out.contains("\n# Heading"), "{out}");
    assert!(
        out.contains("x\\u{a}"),
        "the line break is shown as an escape: {out}"
    );
    assert!(
        out.contains("\\| cell"),
        "the pipe cannot end a table cell: {out}"
    );
    assert!(
        !out.contains("@octocat") && !out.contains("@org/team"),
        "{out}"
    );
    assert!(out.contains("@&#8203;octocat"), "{out}");
    // The terminal gets no fake line either.
    let table = run(d, &["changes", "--since", "HEAD"]);
    assert!(
        !table.stdout.lines().any(|l| l.starts_with("<img")),
        "{}",
        table.stdout
    );
    let check = run(d, &["check", "profiles"]);
    assert!(
        !check.stdout.lines().any(|l| l.starts_with("<img")),
        "{}",
        check.stdout
    );
}

/// Marks that reorder text and line separators are escaped like bidirectional overrides, in
/// every text output; an argument's escape sequence is not echoed raw; the `ids` preview
/// shows a file's bytes escaped.
#[test]
fn reordering_marks_separators_and_escapes_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = write(d, "old.toml", VALID);
    let marks = VALID.replace(
        "There is a migration strategy.",
        "There is a migration \u{200E}strategy\u{200F} and\u{061C} a\u{2028}plan\u{2029}.",
    );
    let new = write(d, "new.toml", &marks);
    for format in ["table", "markdown", "html", "csv", "json"] {
        let r = run(d, &["diff", &old, &new, "--format", format]);
        let out = r.assert_ok();
        if format == "json" {
            // JSON escapes nothing it need not: a program reads it, not a terminal.
            continue;
        }
        for c in ['\u{200E}', '\u{200F}', '\u{061C}', '\u{2028}', '\u{2029}'] {
            assert!(!out.contains(c), "{format} holds U+{:04X}", u32::from(c));
        }
        assert!(out.contains("\\u{200e}"), "{format}: {out}");
    }
    let r = run(d, &["diff", "no\u{1b}[2Jsuch.toml", &old]);
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    assert!(r.stderr.contains("\\u{1b}[2J"), "{:?}", r.stderr);

    let override_ = VALID.replace(
        "There is a migration strategy.",
        "There is a \u{202E}migration strategy.",
    );
    let a = write(d, "a.toml", &override_);
    let b = write(
        d,
        "b.toml",
        override_.replace(
            "Foreign degrees are recognised.",
            "Foreign degrees are recognised quickly.",
        ),
    );
    let preview = run(d, &["ids", &a, &b]);
    assert_eq!(preview.code, 1, "{}", preview.stderr);
    assert!(!preview.stdout.contains('\u{202E}'), "{}", preview.stdout);
    assert!(preview.stdout.contains("\\u{202e}"), "{}", preview.stdout);
}

/// A cell a spreadsheet would run after skipping a line break, or written with a full-width
/// sign, is neutralised like one that opens with `=`.
#[test]
fn csv_cells_that_open_with_a_line_break_or_a_full_width_sign_are_not_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = write(d, "old.toml", VALID);
    let new = write(
        d,
        "new.toml",
        VALID
            .replace(
                "\"There is a migration strategy.\"",
                "\"\\n=HYPERLINK(\\\"http://example.org\\\")\"",
            )
            .replace("\"Foreign degrees are recognised.\"", "\"＝1+1\""),
    );
    let r = run(d, &["diff", &old, &new, "--format", "csv"]);
    let out = r.assert_ok();
    assert!(out.contains("\"'\n=HYPERLINK"), "{out}");
    assert!(out.contains(",'＝1+1,"), "{out}");
}
