//! `import`: published profile text to format-1 TOML.

use crate::common;

use common::{repo, run, run_with_stdin, write};

/// The published Kazakhstan 2018 text (a copy of the seed the shipped profile comes from).
const SEED: &str = include_str!("../examples/kazakhstan-2018.txt");
const SOURCE: &str = "https://migrationdataportal.org/overviews/mgi/kazakhstan";

fn import(text: &str, extra: &[&str]) -> common::Run {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "profile.txt", text);
    let mut args = vec!["import", path.as_str()];
    args.extend_from_slice(extra);
    run(dir.path(), &args)
}

/// `show --format json` of a profile: its `[profile]` table with its domains beside, without
/// what says where it was read from or published.
fn shown(toml: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "imported.toml", toml);
    let r = run(dir.path(), &["show", &path, "--format", "json"]);
    let mut v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    let mut flat = v["profile"].take();
    flat["domains"] = v["domains"].take();
    flat["source"] = serde_json::Value::Null;
    flat["notes"] = serde_json::Value::Null;
    flat
}

/// The 1-based line of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("the needle is in the text")
        + 1
}

fn shipped() -> serde_json::Value {
    shown(&std::fs::read_to_string(repo().join("profiles/kazakhstan/2018.toml")).unwrap())
}

#[test]
fn the_seed_imports_to_the_shipped_profile() {
    let r = import(SEED, &["--source", SOURCE]);
    assert_eq!(
        shown(r.assert_ok()),
        shipped(),
        "same 36 findings, domains, categories and metadata"
    );
}

#[test]
fn the_import_passes_check_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let txt = write(dir.path(), "seed.txt", SEED);
    let args = [
        "import",
        &txt,
        "--source",
        SOURCE,
        "--output",
        "profiles/kazakhstan/2018.toml",
    ];
    // The folder must exist: nothing is created behind the user's back.
    run(dir.path(), &args).assert_bad_input("writing profiles/kazakhstan/2018.toml");
    std::fs::create_dir_all(dir.path().join("profiles/kazakhstan")).unwrap();
    let r = run(dir.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(
        dir.path(),
        &["check", "--strict", "profiles/kazakhstan/2018.toml"],
    );
    assert_eq!(r.assert_ok(), "checked 1 profile: 0 errors, 0 warnings\n");
}

#[test]
fn standard_input_can_be_imported() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_with_stdin(
        dir.path(),
        &["import", "-", "--source", SOURCE],
        SEED.as_bytes(),
    );
    assert_eq!(shown(r.assert_ok()), shipped());
}

/// Every inconsistency of real pages imports to the same profile.
#[test]
fn layout_variants_import_to_the_same_profile() {
    let expected = shown(import(SEED, &["--source", SOURCE]).assert_ok());
    let variants: Vec<(&str, String)> = vec![
        ("Windows line endings", SEED.replace('\n', "\r\n")),
        (
            "headings in capitals",
            SEED.replace(
                "Domain 2: Whole of government approach",
                "DOMAIN 2: WHOLE OF GOVERNMENT APPROACH",
            ),
        ),
        (
            "'Domain 1:' for 'Domain 1.'",
            SEED.replace("Domain 1. Adherence", "Domain 1: Adherence"),
        ),
        (
            "category lines in other capitals",
            SEED.replace(
                "Migration Governance: examples of well-developed areas:",
                "MIGRATION GOVERNANCE: EXAMPLES OF WELL-DEVELOPED AREAS",
            )
            .replace(
                "Areas with potential for further development:",
                "areas with potential for further development",
            ),
        ),
        ("bullets written -", SEED.replace('•', "-")),
        ("bullets written *", SEED.replace('•', "*")),
        ("bullets written ●", SEED.replace('•', "●")),
        (
            "no blank lines",
            SEED.lines()
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        (
            "extra blank lines and stray spaces",
            SEED.replace('\n', "\n   \n").replace("  • ", "\t•    "),
        ),
        (
            "a finding wrapped over two lines",
            SEED.replace(
                "access to preschool, primary, and secondary education",
                "access to preschool, primary, and\n    secondary education",
            ),
        ),
        (
            "the right number for well-being",
            SEED.replace(
                "Domain 3: Well-being of migrants",
                "Domain 4: Well-being of migrants",
            ),
        ),
    ];
    for (what, text) in variants {
        let r = import(&text, &["--source", SOURCE]);
        assert_eq!(r.code, 0, "{what}: {}", r.stderr);
        assert_eq!(shown(&r.stdout), expected, "{what}");
    }
}

#[test]
fn overrides_supply_and_replace_metadata() {
    let r = import(
        SEED,
        &[
            "--country",
            "Kazakhstan",
            "--iso3",
            "kaz",
            "--year",
            "2019",
            "--provenance",
            "draft",
        ],
    );
    let v = shown(r.assert_ok());
    assert_eq!(v["iso3"], "KAZ");
    assert_eq!(v["year"], 2019);
    assert_eq!(
        v["published"],
        serde_json::Value::Null,
        "the date line is of another year"
    );
    assert_eq!(v["provenance"], "draft");

    let no_title = SEED.replace("Migration Governance Profile: Republic of Kazakhstan", "");
    import(&no_title, &[]).assert_bad_input("give it with --country");
    let r = import(&no_title, &["--country", "Kazakhstan"]);
    assert_eq!(shown(r.assert_ok())["iso3"], "KAZ");

    let no_date = SEED.replace("2018 May", "");
    import(&no_date, &[])
        .assert_bad_input("no date line (like \"2018 May\"); give the year with --year");
    assert_eq!(
        shown(import(&no_date, &["--year", "2018"]).assert_ok())["year"],
        2018
    );

    let unknown = SEED.replace("Profile: Republic of Kazakhstan", "Profile: Atlantis");
    import(&unknown, &[])
        .assert_bad_input("no ISO 3166 country is called \"Atlantis\"; give its code with --iso3");
}

#[test]
fn a_city_title_makes_a_local_profile() {
    let text = SEED.replace(
        "Profile: Republic of Kazakhstan",
        "Profile: City of Almaty (Republic of Kazakhstan)",
    );
    let v = shown(import(&text, &[]).assert_ok());
    assert_eq!(v["level"], "local");
    assert_eq!(v["city"], "Almaty");
    assert_eq!(v["country"], "Kazakhstan");
    let v = shown(import(SEED, &["--city", "Astana"]).assert_ok());
    assert_eq!(v["level"], "local");
    assert_eq!(v["city"], "Astana");
}

#[test]
fn what_cannot_be_understood_is_an_error_with_its_line() {
    let heading = SEED.replace(
        "Domain 5: Mobility dimensions of crises",
        "Domain 5: Something else",
    );
    let line = line_of(SEED, "Domain 5:");
    import(&heading, &[]).assert_bad_input(&format!(
        "profile.txt:{line}: error: unrecognised domain heading \"Domain 5: Something else\""
    ));

    let stray = SEED.replace(
        "Key findings\nIntroduction",
        "Key findings\n  • A bullet before any domain.\nIntroduction",
    );
    let line = line_of(&stray, "A bullet before");
    import(&stray, &[]).assert_bad_input(&format!(
        "profile.txt:{line}: error: a bullet outside any domain"
    ));

    let no_category = SEED.replace("Key findings\nDomain 3: Partnerships\n\nMigration Governance: examples of well-developed areas:\n", "Key findings\nDomain 3: Partnerships\n\n");
    let line = line_of(&no_category, "Global Forum on Migration");
    let r = import(&no_category, &[]);
    r.assert_bad_input(&format!(
        "profile.txt:{line}: error: a bullet in domain `partnerships` before any category line"
    ));
    assert_eq!(
        r.stderr.matches("before any category line").count(),
        1,
        "said once per domain: {}",
        r.stderr
    );

    let empty_domain = SEED.replace("Domain 2: Whole of government approach\n", "Domain 2: Whole of government approach\nKey findings\nDomain 2: Whole of government approach, again\n");
    import(&empty_domain, &[]).assert_bad_input("has no category line");

    let stray_text = SEED.replace(
        "\n\n  • Since Kazakhstan",
        "\n\nSome commentary.\n\n  • Since Kazakhstan",
    );
    import(&stray_text, &[]).assert_bad_input(
        "a line that is not a heading, a category line or a bullet: \"Some commentary.\"",
    );

    import("just some text\n", &[]).assert_bad_input("no domain heading");
}

// Regression: import exited 0 and wrote a profile that `check` rejects (a repeated bullet, a
// bullet of a zero-width space), and joined a stray line to the bullet above without a word.
#[test]
fn import_never_writes_what_check_rejects() {
    let head = "Migration Governance Profile: Republic of Kazakhstan\n2018 May\nDomain 1. Adherence to international standards and fulfilment of migrants' rights\nExamples of well-developed areas\n";
    let r = import(
        &format!("{head}• A finding.\n• A finding.\n• \u{200B}\n"),
        &[],
    );
    r.assert_bad_input(":6: error: the same finding twice: this bullet repeats line 5");
    assert!(
        r.stderr.contains(":7: error: an empty bullet"),
        "{}",
        r.stderr
    );

    let joined = import(&format!("{head}• A finding\nthat wraps.\n"), &[]);
    assert!(joined.assert_ok().contains("\"A finding that wraps.\""));
    assert!(
        joined
            .stderr
            .contains(":6: warning: line 6 is joined to the finding of line 5"),
        "{}",
        joined.stderr
    );
}

// Regression: a Russian import refused a natural heading ("Область 1. Соблюдение
// международных стандартов и прав мигрантов": the genitive "прав", "стандартов" for
// "норм"), and its errors spoke of the "Domain" heading in a Russian text.
#[test]
fn headings_are_read_by_their_stemmed_words_and_errors_use_the_texts_words() {
    let text =
        std::fs::read_to_string(common::repo().join("tests/fixtures/import-ru.txt")).unwrap();
    let first = text
        .lines()
        .find(|l| l.starts_with("Область 1"))
        .expect("the fixture's first heading");
    let natural = text.replace(
        first,
        "Область 1. Соблюдение международных стандартов и прав мигрантов",
    );
    let r = import(&natural, &["--country", "Kazakhstan", "--iso3", "KAZ"]);
    let toml = r.assert_ok();
    assert!(toml.contains("[domains.migrants-rights]"), "{toml}");
    // A bullet before any heading: the message names the heading as the text does.
    let at = natural.find("Область 1").unwrap();
    let early = format!(
        "{}• Пункт до заголовков.\n{}",
        &natural[..at],
        &natural[at..]
    );
    let r = import(&early, &["--country", "Kazakhstan", "--iso3", "KAZ"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("before the first \"Область\" heading"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("\"Domain\""), "{}", r.stderr);
}
