//! Real outputs validate against the committed JSON Schemas (`schemas/`), so that a program
//! reading mgi-diff's JSON can rely on them.

use crate::common;

use common::{VALID, repo, run, write};

fn validator(kind: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join(format!("schemas/{kind}.schema.json"))).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).expect("a valid schema")
}

#[track_caller]
fn assert_valid(kind: &str, output: &str) {
    let value: serde_json::Value = serde_json::from_str(output).expect("JSON");
    let validator = validator(kind);
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{kind}: {errors:#?}");
}

#[test]
fn diff_json_validates_with_and_without_explain() {
    let dir = tempfile::tempdir().unwrap();
    for extra in [
        &[][..],
        &["--explain"][..],
        &["--changes-only", "--domain", "well-being"][..],
    ] {
        let mut args = vec![
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        assert_valid("diff", run(dir.path(), &args).assert_ok());
    }
}

#[test]
fn list_check_and_profile_json_validate() {
    let dir = tempfile::tempdir().unwrap();
    assert_valid(
        "list",
        run(dir.path(), &["list", "--format", "json"]).assert_ok(),
    );
    let broken = write(
        dir.path(),
        "broken.toml",
        VALID.replace("year = 2020", "year = 1020"),
    );
    let check = run(dir.path(), &["check", "--format", "json", &broken]);
    assert_eq!(check.code, 1);
    assert_valid("check", &check.stdout);
    // show prints the profile file's own content after its origin.
    for reference in ["kazakhstan@2018", "kazakhstan@2022"] {
        let shown = run(dir.path(), &["show", reference, "--format", "json"]);
        let mut value: serde_json::Value = serde_json::from_str(shown.assert_ok()).unwrap();
        value.as_object_mut().unwrap().remove("origin");
        assert_valid("profile", &value.to_string());
    }
}

#[test]
fn the_schemas_reject_what_is_not_their_shape() {
    let value = serde_json::json!({ "format_version": 1, "old": {}, "domains": "none" });
    assert!(!validator("diff").is_valid(&value));
    assert!(!validator("profile").is_valid(&serde_json::json!({ "format": 2 })));
}

#[test]
fn history_json_validates() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["history", "kazakhstan", "--format", "json"]);
    assert_valid("history", r.assert_ok());
}

#[test]
fn across_json_validates() {
    let dir = tempfile::tempdir().unwrap();
    let neighbour = repo().join("examples/across/kyrgyzstan-2022.toml");
    let output = run(
        dir.path(),
        &[
            "across",
            "kazakhstan@2022",
            neighbour.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_valid("across", output.assert_ok());
}
