//! What a hostile pull request controls — file names, finding texts, arguments — reaches a
//! terminal, a job summary, a PR comment or a spreadsheet as text to read, never as
//! something obeyed: no fake lines, no HTML or table cells, no @mentions, no formulas.

use crate::common;

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
    // The line break is shown as a space (a finding is one paragraph), and the cell still
    // cannot be read as a formula.
    assert!(out.contains("\"' =HYPERLINK"), "{out}");
    assert!(out.contains(",'＝1+1,"), "{out}");
}

/// A line that GitHub's runner would read as a workflow command (`::add-mask::`,
/// `::stop-commands::`, a fake `::error`): it reads them on standard error as well as on
/// standard output. Only mgi-diff's own annotations may start with `::`, and those carry
/// `title=mgi-diff` with every text inside them escaped.
fn workflow_commands(label: &str, r: &common::Run) -> Vec<String> {
    r.stdout
        .lines()
        .chain(r.stderr.lines())
        .filter(|l| l.trim_start().starts_with("::"))
        .filter(|l| {
            let own = ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|k| l.starts_with(k))
                && l.split("::")
                    .nth(1)
                    .is_some_and(|p| p.ends_with("title=mgi-diff"));
            !own
        })
        .map(|l| format!("{label}: {l}"))
        .collect()
}

// Regression: a key that held line breaks was echoed raw in error messages, so a pull request
// could mask words in the log, stop later annotations or make fake ones through stderr.
#[test]
fn no_input_makes_a_workflow_command_on_either_stream() {
    const EVIL: &str =
        "\\n::error file=README.md,line=1::fake\\n::add-mask::secret\\n::stop-commands::x\\n";
    let repo = repository();
    let d = repo.path();
    // A valid round whose texts carry the lines (finding, note, title, id).
    let hostile = VALID
        .replace(
            "year = 2020",
            &format!("year = 2021\ntitle = \"T{EVIL}\"\nnotes = \"N{EVIL}\""),
        )
        .replace(
            "\"Immigrants have access to primary education.\"",
            &format!(
                "{{ text = \"Immigrants{EVIL}have access to primary education.\", id = \"edu\" }}"
            ),
        )
        .replace(
            "\"There is a migration strategy.\"",
            &format!("\"Cats{EVIL}are nice.\""),
        );
    write(d, "profiles/testland/2021.toml", &hostile);
    // Broken files whose keys and values carry them, in every place a key can be.
    let broken = VALID
        .replace("[profile]", &format!("[profile]\n\"k{EVIL}\" = 1\nlanguage = \"x{EVIL}\""))
        .replace("[domains.partnerships]", &format!("[domains.\"d{EVIL}\"]\nwell-developed = []\n[domains.partnerships]\n\"c{EVIL}\" = []"))
        .replace("iso3 = \"ATA\"", &format!("iso3 = \"A{EVIL}\""));
    write(d, "bad/testland/2020.toml", &broken);
    write(
        d,
        "bad/terms.toml",
        format!(
            "format = 1\n\"t{EVIL}\" = 1\n[[same]]\nphrases = [\"a{EVIL}\", \"b\"]\n\"u{EVIL}\" = 2\n"
        ),
    );
    write(
        d,
        "terms/terms.toml",
        format!("format = 1\n[[same]]\n\"v{EVIL}\" = [\"a\"]\n"),
    );
    write(d, "terms/testland/2020.toml", VALID);
    write(
        d,
        "terms/testland/2021.toml",
        VALID.replace("year = 2020", "year = 2021"),
    );
    write(
        d,
        "across/bouvet.toml",
        hostile
            .replace("Testland", "Bouvet Island")
            .replace("\"ATA\"", "\"BVT\"")
            .replace("id = \"edu\"", "id = \"bvt-edu\""),
    );
    let mut found = Vec::new();
    let mut check = |label: String, args: &[&str]| {
        let r = run(d, args);
        assert!(!r.stderr.contains("panicked"), "{label}: {}", r.stderr);
        found.extend(workflow_commands(&label, &r));
    };
    for format in ["text", "json", "github"] {
        check(
            format!("check {format}"),
            &["check", "--format", format, "bad", "profiles"],
        );
        check(
            format!("check terms {format}"),
            &["check", "--format", format, "terms"],
        );
    }
    let pair = ["profiles/testland/2020.toml", "profiles/testland/2021.toml"];
    for format in ["table", "markdown", "html", "csv", "json"] {
        check(
            format!("diff {format}"),
            &["diff", "--explain", "--format", format, pair[0], pair[1]],
        );
        check(
            format!("show {format}"),
            &["show", "--format", format, pair[1]],
        );
        check(
            format!("changes {format}"),
            &["changes", "--since", "HEAD", "--format", format],
        );
        check(
            format!("history {format}"),
            &["history", "testland", "--format", format],
        );
        check(format!("list {format}"), &["list", "--format", format]);
        check(
            format!("across {format}"),
            &[
                "across",
                "--texts",
                "--format",
                format,
                pair[1],
                "across/bouvet.toml",
            ],
        );
        check(
            format!("broken diff {format}"),
            &[
                "diff",
                "--format",
                format,
                "bad/testland/2020.toml",
                pair[1],
            ],
        );
        check(
            format!("terms diff {format}"),
            &[
                "diff",
                "--profiles",
                "terms",
                "--format",
                format,
                "testland@2020",
                "testland@2021",
            ],
        );
    }
    check(
        "git-diff".into(),
        &[
            "git-diff", "x", pair[0], "a", "1", "m", pair[1], "b", "1", "m",
        ],
    );
    check("ids".into(), &["ids", pair[0], pair[1]]);
    check(
        "unknown reference".into(),
        &[
            "diff",
            &format!("x{}@2020", EVIL.replace("\\n", "\n")),
            pair[1],
        ],
    );
    assert!(
        found.is_empty(),
        "lines a runner would obey:\n{}",
        found.join("\n")
    );
}
