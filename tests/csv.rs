//! `--format csv`: one RFC 4180 row per entry, as a spreadsheet (or the csv crate) reads it.

mod common;

use common::{VALID, run, write};

fn rows(text: &str) -> Vec<csv::StringRecord> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for spreadsheets");
    csv::Reader::from_reader(body.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV")
}

#[test]
fn a_row_per_entry_with_both_texts_the_similarity_and_the_confidence() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "-o",
            "changes.csv",
        ],
    )
    .assert_ok();
    let text = std::fs::read_to_string(dir.path().join("changes.csv")).unwrap();
    assert!(text.contains("\r\n"), "CRLF, as RFC 4180 says");
    assert!(text.starts_with(
        "\u{feff}domain,status,old category,new category,old text,new text,similarity,confidence,negation\r\n"
    ));
    let rows = rows(&text);
    assert_eq!(rows.len(), 26 + 4 + 2 + 1 + 1 + 3 + 1 + 1, "every entry");
    let reworded = rows
        .iter()
        .find(|r| r[4].contains("do now have"))
        .expect("the reworded finding");
    assert_eq!(&reworded[0], "Migrants' rights");
    assert_eq!(&reworded[1], "reworded");
    assert_eq!(&reworded[2], "further-development");
    assert!(reworded[5].contains("do not have"));
    assert_eq!(&reworded[6], "0.999");
    assert_eq!(&reworded[7], "high");
    assert_eq!(&reworded[8], "yes", "the negation flag");
    // The visa gap closed rests on three shared words and a category flip.
    let improved = rows
        .iter()
        .find(|r| r[4].contains("apply for visas online"))
        .expect("the visa finding");
    assert_eq!((&improved[1][..], &improved[7][..]), ("improved", "review"));
    let added = rows.iter().find(|r| &r[1] == "added").unwrap();
    assert!(added[2].is_empty() && added[4].is_empty() && added[6].is_empty());
    assert!(added[7].is_empty() && added[8].is_empty());
}

#[test]
fn a_text_a_spreadsheet_would_run_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.toml", VALID);
    let new = write(
        dir.path(),
        "new.toml",
        VALID.replace(
            "\"There is a migration strategy.\"",
            "\"=HYPERLINK(\\\"http://example.org\\\",\\\"x\\\")\"",
        ),
    );
    let r = run(dir.path(), &["diff", &old, &new, "--format", "csv"]);
    let rows = rows(r.assert_ok());
    assert!(
        rows.iter().any(|r| r[5].starts_with("'=HYPERLINK")),
        "{rows:?}"
    );
}
