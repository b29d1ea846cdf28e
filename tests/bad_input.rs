//! Every bad input gets one clear message with file, line and column, exit status 2,
//! an empty standard output, and no panic.

use crate::common;

use common::{VALID, run, run_with_stdin, write};

/// Replaces `from` (which must be in the valid profile) by `to`, and runs `show` on the result.
fn show_edited(from: &str, to: &str) -> common::Run {
    assert!(VALID.contains(from), "{from:?} is in the valid profile");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "broken.toml", VALID.replacen(from, to, 1));
    run(dir.path(), &["show", &path])
}

#[test]
fn the_valid_profile_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "ok.toml", VALID);
    run(dir.path(), &["show", &path]).assert_ok();
}

#[test]
fn toml_syntax_error() {
    show_edited("year = 2020", "year = = 2020")
        .assert_bad_input("broken.toml:6:8: error: TOML syntax");
}

#[test]
fn unknown_key_suggests_the_known_one() {
    show_edited("country = ", "contry = ").assert_bad_input(
        "broken.toml:4:1: error: unknown key `contry` in [profile]; did you mean `country`?",
    );
}

#[test]
fn unknown_category_key() {
    show_edited("further-development = [\n  \"Migrant", "further_development = [\n  \"Migrant")
        .assert_bad_input("broken.toml:12:1: error: unknown key `further_development` in [domains.migrants-rights]; did you mean `further-development`?");
}

#[test]
fn wrong_type() {
    show_edited("year = 2020", "year = \"2020\"")
        .assert_bad_input("broken.toml:6:8: error: `year` must be an integer, found string");
}

#[test]
fn missing_country() {
    show_edited("country = \"Testland\"\n", "")
        .assert_bad_input("error: missing required key `country` in [profile]");
    show_edited("country = \"Testland\"\n", "").assert_bad_input("broken.toml:3:1:");
}

#[test]
fn unknown_domain() {
    show_edited("[domains.well-being]", "[domains.wellbeing]").assert_bad_input(
        "broken.toml:22:10: error: unknown domain `wellbeing`; did you mean `well-being`?",
    );
}

#[test]
fn iso3_must_be_three_uppercase_letters() {
    show_edited("iso3 = \"ATA\"", "iso3 = \"kz\"").assert_bad_input(
        "broken.toml:5:8: error: `iso3 = \"kz\"` is not an ISO 3166-1 alpha-3 code",
    );
}

#[test]
fn year_out_of_range() {
    show_edited("year = 2020", "year = 1018")
        .assert_bad_input("broken.toml:6:8: error: `year = 1018` is out of range");
}

#[test]
fn local_level_needs_a_city() {
    show_edited("year = 2020", "year = 2020\nlevel = \"local\"")
        .assert_bad_input("broken.toml:7:9: error: `level = \"local\"` needs a `city`");
}

#[test]
fn city_is_forbidden_for_a_national_profile() {
    show_edited("year = 2020", "year = 2020\ncity = \"Almaty\"")
        .assert_bad_input("broken.toml:7:8: error: `city` is only allowed");
}

#[test]
fn empty_finding() {
    show_edited("\"There is a migration strategy.\"", "\"   \"")
        .assert_bad_input("broken.toml:17:19: error: empty finding");
}

#[test]
fn the_same_finding_twice_after_normalisation() {
    show_edited(
        "  \"Immigrants have access to primary education.\",\n",
        "  \"Immigrants have access to primary education.\",\n  \"Immigrants have  access to primary education\",\n",
    )
    .assert_bad_input("broken.toml:11:3: error: the same finding twice: this one repeats line 10");
}

#[test]
fn an_id_used_twice() {
    show_edited(
        "  \"Immigrants have access to primary education.\",\n",
        "  { id = \"edu\", text = \"Immigrants have access to primary education.\" },\n  { id = \"edu\", text = \"Immigrants have access to secondary education.\" },\n",
    )
    .assert_bad_input("broken.toml:11:3: error: `id = \"edu\"` is used twice (first on line 10)");
}

#[test]
fn unsupported_format() {
    show_edited("format = 1", "format = 2").assert_bad_input(
        "broken.toml:1:10: error: unsupported `format = 2`; only format 1 exists",
    );
}

#[test]
fn unknown_provenance_suggests_the_right_one() {
    show_edited("year = 2020", "year = 2020\nprovenance = \"ilustrative\"")
        .assert_bad_input("broken.toml:7:14: error: `provenance` cannot be \"ilustrative\"; it is one of `published`, `draft`, `illustrative` (did you mean \"illustrative\"?)");
}

#[test]
fn published_must_be_a_date() {
    show_edited("year = 2020", "year = 2020\npublished = \"2020-05-01\"")
        .assert_bad_input("broken.toml:7:13: error: `published` must be a TOML date");
}

#[test]
fn every_mistake_is_reported_not_just_the_first() {
    let run = show_edited("iso3 = \"ATA\"\nyear = 2020", "iso3 = \"kz\"\nyear = 1018");
    run.assert_bad_input("broken.toml:5:8:");
    assert!(run.stderr.contains("broken.toml:6:8:"), "{}", run.stderr);
}

#[test]
fn a_file_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = VALID.as_bytes().to_vec();
    let at = VALID.find("Testland").unwrap();
    bytes[at + 4] = 0xFF;
    let path = write(dir.path(), "latin.toml", bytes);
    run(dir.path(), &["show", &path])
        .assert_bad_input("latin.toml:4:16: error: the file is not UTF-8 text");
}

#[test]
fn a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["show", "nowhere.toml"]).assert_bad_input("nowhere.toml: no such file");
}

#[test]
fn a_folder_given_as_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    run(dir.path(), &["show", "folder"])
        .assert_bad_input("folder: is a folder, not a profile file");
}

#[test]
fn a_file_over_16_mib() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = VALID.to_string();
    big.push_str(&format!("# {}\n", "x".repeat(17 * 1024 * 1024)));
    let path = write(dir.path(), "big.toml", big);
    run(dir.path(), &["show", &path]).assert_bad_input("over the 16 MiB limit");
}

#[test]
fn empty_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    run_with_stdin(dir.path(), &["show", "-"], b"")
        .assert_bad_input("<stdin>: error: standard input is empty");
}

#[test]
fn an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.toml", "");
    run(dir.path(), &["show", &path]).assert_bad_input("empty.toml: error: the file is empty");
}

#[test]
fn an_unknown_reference_names_the_close_ones() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["show", "kazakstan@2018"])
        .assert_bad_input("did you mean `kazakhstan@2018`?");
    run(dir.path(), &["show", "kazakhstan@1999"])
        .assert_bad_input("available: kazakhstan@2018, kazakhstan@2022");
}

#[test]
fn diff_reports_the_broken_side() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "broken.toml",
        VALID.replacen("iso3 = \"ATA\"", "iso3 = \"kz\"", 1),
    );
    run(dir.path(), &["diff", "kazakhstan@2018", &path])
        .assert_bad_input("broken.toml:5:8: error:");
}

#[test]
fn bad_options_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--threshold",
            "2",
        ],
    );
    r.assert_bad_input("not a number from 0 to 1");
    let r = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--status",
            "reword",
        ],
    );
    r.assert_bad_input("unknown status `reword`; did you mean `reworded`?");
    let r = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--domain",
            "wellbeing",
        ],
    );
    r.assert_bad_input("unknown domain `wellbeing`; did you mean `well-being`?");
}

#[test]
fn iso3_must_be_a_country_code() {
    show_edited("iso3 = \"ATA\"", "iso3 = \"XYZ\"").assert_bad_input(
        "broken.toml:5:8: error: `iso3 = \"XYZ\"` is not an ISO 3166-1 alpha-3 code",
    );
    // A real country named by a code that is another country's: a warning with the right one.
    let dir = tempfile::tempdir().unwrap();
    let text = VALID
        .replace("country = \"Testland\"", "country = \"Kazakhstan\"")
        .replace("iso3 = \"ATA\"", "iso3 = \"KGZ\"");
    let path = write(dir.path(), "kz.toml", text);
    let r = run(dir.path(), &["check", &path]);
    assert!(
        r.assert_ok().contains(
            "kz.toml:5:8: warning: `iso3 = \"KGZ\"` is the code of Kyrgyzstan, not of Kazakhstan; Kazakhstan is \"KAZ\""
        ),
        "{}",
        r.stdout
    );
    // Names vary: "Republic of Moldova" is MDA, and so no warning.
    let text = VALID
        .replace(
            "country = \"Testland\"",
            "country = \"Republic of Moldova\"",
        )
        .replace("iso3 = \"ATA\"", "iso3 = \"MDA\"");
    let path = write(dir.path(), "md.toml", text);
    assert!(
        run(dir.path(), &["check", &path])
            .assert_ok()
            .contains("0 warnings")
    );
}

#[test]
fn import_does_not_write_what_check_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let seed =
        std::fs::read_to_string(common::repo().join("examples/kazakhstan-2018.txt")).unwrap();
    let input = write(dir.path(), "seed.txt", seed);
    run(dir.path(), &["import", &input, "--iso3", "XYZ"])
        .assert_bad_input("`iso3 = \"XYZ\"` is not an ISO 3166-1 alpha-3 code");
}

#[test]
fn a_misspelt_domain_still_has_its_contents_checked() {
    let r = show_edited(
        "[domains.well-being]\nwell-developed = [\"Foreign degrees are recognised.\"]",
        "[domains.wellbeing]\nwell-developed = [\"\"]\nfuther-development = []",
    );
    r.assert_bad_input(
        "broken.toml:22:10: error: unknown domain `wellbeing`; did you mean `well-being`?",
    );
    assert!(
        r.stderr.contains("broken.toml:23:"),
        "the empty finding inside is reported too: {}",
        r.stderr
    );
}

// Regression: 16 MiB of unknown keys made 600 MB of `check --format github` output in 52 s.
// What one file prints is bounded (the first 100 problems, then a count), in every format and
// every command that prints a file's problems; the totals stay exact.
#[test]
fn what_one_file_prints_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let keys: String = (0..2_000).map(|i| format!("unknown-{i} = 1\n")).collect();
    let text = common::VALID.replace("[profile]\n", &format!("[profile]\n{keys}"));
    let file = common::write(d, "profiles/testland/2020.toml", &text);
    for format in ["text", "json", "github"] {
        let r = common::run(d, &["check", "--format", format, &file]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(
            r.stdout.len() < 60_000,
            "check {format}: {} bytes",
            r.stdout.len()
        );
        assert!(
            r.stdout.contains("1900 errors more, not shown"),
            "check {format}: {}",
            &r.stdout[r.stdout.len().saturating_sub(600)..]
        );
    }
    let text = common::run(d, &["check", &file]);
    assert!(
        text.stdout.contains(": 2000 errors, 0 warnings"),
        "{}",
        &text.stdout[text.stdout.len() - 300..]
    );
    let json = common::run(d, &["check", "--format", "json", &file]);
    assert!(
        json.stdout.contains("\"errors\": 2000"),
        "the total is exact"
    );
    let r = common::run(d, &["diff", &file, "kazakhstan@2022"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.len() < 60_000, "diff: {} bytes", r.stderr.len());
    assert!(
        r.stderr.contains("more, not shown"),
        "{}",
        &r.stderr[r.stderr.len() - 300..]
    );
}
