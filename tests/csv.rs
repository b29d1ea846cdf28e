//! `--format csv`: one RFC 4180 row per entry, as a spreadsheet (or the csv crate) reads it.

use crate::common;

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
        "\u{feff}domain,old domain,status,old category,new category,old text,new text,similarity,confidence,negation,old id,new id,near text,near similarity,review reasons\r\n"
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
    // Why: the reasons the other formats give, as their JSON keys.
    assert!(improved[14].contains("few-shared-words"), "{improved:?}");
    assert!(
        rows.iter()
            .filter(|r| &r[8] != "review")
            .all(|r| r[14].is_empty())
    );
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

// Regression: CSV hid the doubt the other formats show: an added or resolved finding that may
// be a rewording named nothing.
#[test]
fn a_possible_rewording_left_unpaired_is_in_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.toml", VALID);
    let new = write(
        dir.path(),
        "new.toml",
        VALID.replace(
            "\"Migrant workers are not covered by social insurance.\"",
            "\"Pension rights of migrant workers can be transferred when they leave.\"",
        ),
    );
    let json = run(dir.path(), &["diff", &old, &new, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    let near: Vec<&serde_json::Value> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .filter(|e| !e["near"].is_null())
        .collect();
    let r = run(dir.path(), &["diff", &old, &new, "--format", "csv"]);
    let rows = rows(r.assert_ok());
    let with_near: Vec<&csv::StringRecord> = rows.iter().filter(|r| !r[12].is_empty()).collect();
    assert_eq!(
        near.len(),
        2,
        "the resolved gap and the added finding name each other"
    );
    assert_eq!(with_near.len(), near.len(), "one per near miss: {rows:?}");
    for (row, entry) in with_near.iter().zip(&near) {
        assert_eq!(&row[12], entry["near"]["finding"]["text"].as_str().unwrap());
        assert_eq!(
            row[13],
            format!("{:.3}", entry["near"]["similarity"].as_f64().unwrap())
        );
    }
}
