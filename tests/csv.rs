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
        "\u{feff}domain,old domain,status,old category,new category,old text,new text,similarity,confidence,negation,old id,new id\r\n"
    ));
    let rows = rows(&text);
    assert_eq!(rows.len(), 26 + 4 + 2 + 1 + 1 + 3 + 1 + 1, "every entry");
    let reworded = rows
        .iter()
        .find(|r| r[5].contains("do now have"))
        .expect("the reworded finding");
    assert_eq!(&reworded[0], "Migrants' rights");
    assert_eq!(&reworded[1], "", "not moved");
    assert_eq!(&reworded[2], "reworded");
    assert_eq!(&reworded[3], "further-development");
    assert!(reworded[6].contains("do not have"));
    assert_eq!(&reworded[7], "0.999");
    assert_eq!(&reworded[8], "high");
    assert_eq!(&reworded[9], "yes", "the negation flag");
    // The visa gap closed rests on three shared words and a category flip.
    let improved = rows
        .iter()
        .find(|r| r[5].contains("apply for visas online"))
        .expect("the visa finding");
    assert_eq!((&improved[2][..], &improved[8][..]), ("improved", "review"));
    let moved = rows.iter().find(|r| &r[2] == "moved").unwrap();
    assert!(!moved[1].is_empty() && moved[1] != moved[0], "{moved:?}");
    let added = rows.iter().find(|r| &r[2] == "added").unwrap();
    assert!(added[3].is_empty() && added[5].is_empty() && added[7].is_empty());
    assert!(added[8].is_empty() && added[9].is_empty());
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
        rows.iter().any(|r| r[6].starts_with("'=HYPERLINK")),
        "{rows:?}"
    );
}
