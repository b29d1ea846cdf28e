//! `diff` end to end on the shipped profiles: formats, filters, exit gates, output handling.

use crate::common;

use common::{VALID, mgi, repo, run, write};

fn shipped(args: &[&str]) -> common::Run {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["diff", "kazakhstan@2018", "kazakhstan@2022"];
    all.extend_from_slice(args);
    run(dir.path(), &all)
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let r = shipped(&all);
    serde_json::from_str(r.assert_ok()).expect("valid JSON")
}

#[test]
fn json_has_the_spec_shape_and_accounts_for_every_finding() {
    let v = json(&[]);
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["old"]["country"], "Kazakhstan");
    assert_eq!(v["old"]["iso3"], "KAZ");
    assert_eq!(v["old"]["level"], "national");
    assert_eq!(v["old"]["city"], serde_json::Value::Null);
    assert_eq!(v["old"]["year"], 2018);
    assert_eq!(v["old"]["provenance"], "published");
    assert_eq!(v["new"]["provenance"], "illustrative");
    let domains = v["domains"].as_array().unwrap();
    let keys: Vec<&str> = domains.iter().map(|d| d["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "migrants-rights",
            "whole-of-government",
            "partnerships",
            "well-being",
            "mobility-crises",
            "safe-orderly-regular"
        ]
    );
    let entries: Vec<&serde_json::Value> = domains
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .collect();
    let olds = entries.iter().filter(|e| !e["old"].is_null()).count();
    let news = entries.iter().filter(|e| !e["new"].is_null()).count();
    assert_eq!(olds, 36, "every 2018 finding in exactly one entry");
    assert_eq!(news, 37, "every 2022 finding in exactly one entry");
    let summary = &v["summary"];
    for status in [
        "unchanged",
        "reworded",
        "improved",
        "regressed",
        "moved",
        "added",
        "resolved",
        "dropped",
    ] {
        let n = entries.iter().filter(|e| e["status"] == status).count();
        assert_eq!(summary[status], n, "{status}");
        assert!(n > 0, "the shipped pair exercises {status}");
    }
}

#[test]
fn the_shipped_pair_is_matched_as_it_was_edited() {
    let v = json(&["--changes-only"]);
    let entries: Vec<&serde_json::Value> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .collect();
    let find = |needle: &str| {
        entries
            .iter()
            .find(|e| {
                [&e["old"], &e["new"]]
                    .iter()
                    .any(|s| s["text"].as_str().is_some_and(|t| t.contains(needle)))
            })
            .unwrap_or_else(|| panic!("an entry for {needle:?}"))
    };
    assert_eq!(find("apply for visas online")["status"], "improved");
    assert_eq!(
        find("apply for visas online")["new"]["text"],
        "Visas can be applied for online through the e-visa portal."
    );
    assert_eq!(find("do now have")["status"], "reworded");
    assert_eq!(find("rotational bases")["status"], "reworded");
    assert_eq!(find("ethnic Kazaks (Oralmans)")["status"], "moved");
    assert_eq!(
        find("ethnic Kazaks (Oralmans)")["old"]["domain"],
        "safe-orderly-regular"
    );
    assert_eq!(
        find("ethnic Kazaks (Oralmans)")["new"]["domain"],
        "well-being"
    );
    assert_eq!(find("regulates labour immigration")["status"], "regressed");
    assert_eq!(find("regional consultative processes")["status"], "dropped");
    assert_eq!(
        find("national legislation governing emigration")["status"],
        "resolved"
    );
    assert_eq!(find("Uzbekistan")["status"], "added");
    assert_eq!(find("Mandatory Social Insurance")["status"], "improved");
}

#[test]
fn domains_with_every_entry_hidden_are_left_to_the_summary() {
    let md = shipped(&["--status", "moved", "--format", "markdown"])
        .assert_ok()
        .to_string();
    assert!(md.contains("## Well-being of migrants"), "{md}");
    assert!(!md.contains("## Partnerships"), "{md}");
    assert!(md.contains("| Partnerships | 5 |"), "still counted: {md}");
    let table = shipped(&["--status", "moved"]).assert_ok().to_string();
    assert!(table.contains("Well-being of migrants (4 unchanged; 1 regressed, 1 moved)"));
    assert!(!table.contains("Partnerships ("), "{table}");
}

#[test]
fn moved_entries_are_listed_under_their_new_domain() {
    let v = json(&["--status", "moved"]);
    let well_being = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["key"] == "well-being")
        .unwrap();
    assert_eq!(well_being["entries"].as_array().unwrap().len(), 1);
}

// Regression: a comma-separated --status once made clap panic (a list-returning parser).
#[test]
fn filters_keep_the_chosen_domains_and_statuses() {
    let v = json(&[
        "--domain",
        "partnerships",
        "--domain",
        "well-being",
        "--status",
        "added,dropped",
    ]);
    let domains = v["domains"].as_array().unwrap();
    assert_eq!(domains.len(), 2);
    for d in domains {
        for e in d["entries"].as_array().unwrap() {
            assert!(e["status"] == "added" || e["status"] == "dropped");
        }
    }
    let v = json(&["--changes-only"]);
    let unchanged = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .filter(|e| e["status"] == "unchanged")
        .count();
    assert_eq!(unchanged, 0);
    assert!(
        v["summary"]["unchanged"].as_u64().unwrap() > 0,
        "the summary still counts hidden findings"
    );
}

#[test]
fn no_changes_is_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["table", "markdown"] {
        let r = run(
            dir.path(),
            &[
                "diff",
                "kazakhstan@2018",
                "kazakhstan@2018",
                "--changes-only",
                "--format",
                format,
            ],
        );
        assert!(
            r.assert_ok().trim_end().ends_with("No changes."),
            "{format}: {}",
            r.stdout
        );
    }
}

#[test]
fn diff_of_a_profile_with_itself_is_all_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "KAZ@2018",
            "--format",
            "json",
            "--exit-code",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["summary"]["unchanged"], 36);
}

#[test]
fn exit_code_and_fail_on_gate() {
    assert_eq!(shipped(&["--exit-code"]).code, 1);
    assert_eq!(shipped(&["--fail-on", "regressed,dropped"]).code, 1);
    assert_eq!(
        shipped(&["--fail-on", "regressed", "--domain", "migrants-rights"]).code,
        0
    );
    assert_eq!(
        shipped(&["--fail-on", "regressed", "--domain", "well-being"]).code,
        1
    );
    assert_eq!(shipped(&[]).code, 0);
}

#[test]
fn table_warns_about_the_illustrative_round_and_fits_columns() {
    let r = shipped(&[]);
    let out = r.assert_ok();
    assert!(out.starts_with("Kazakhstan: 2018 → 2022 (national)\n"));
    assert!(out.contains(
        "WARNING: Kazakhstan 2022 is illustrative: hypothetical data, not published by IOM"
    ));
    assert!(
        out.lines().all(|l| l.chars().count() <= 100),
        "every line fits COLUMNS=100"
    );
    assert!(!out.contains('\u{1b}'), "no colour when not on a terminal");
    assert!(out.contains("do [-now-]{+not+} have"), "a word-level diff");

    let narrow = common::finish(
        mgi(tempfile::tempdir().unwrap().path())
            .env("COLUMNS", "60")
            .args(["diff", "kazakhstan@2018", "kazakhstan@2022"]),
    );
    assert!(narrow.assert_ok().lines().all(|l| l.chars().count() <= 60));
}

#[test]
fn colour_is_forced_by_always_and_never_on_a_pipe() {
    assert!(
        shipped(&["--color", "always"])
            .assert_ok()
            .contains('\u{1b}')
    );
    assert!(!shipped(&["--color", "auto"]).assert_ok().contains('\u{1b}'));
}

#[test]
fn no_word_diff_prints_both_texts_whole() {
    let r = shipped(&["--no-word-diff", "--status", "reworded"]);
    let out = r.assert_ok();
    assert!(!out.contains("[-"));
    assert!(out.contains("was: Irregular and undocumented migrants do now have"));
}

#[test]
fn markdown_has_a_title_a_warning_and_word_changes() {
    let out = shipped(&["--format", "markdown"]).assert_ok().to_string();
    assert!(out.starts_with("# Kazakhstan: 2018 → 2022\n"));
    assert!(out.contains("> **Warning:** Kazakhstan 2022"));
    assert!(out.contains("do ~~now~~ **not** have"));
}

#[test]
fn output_file_is_written_whole_and_only_on_success() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.md");
    let r = run(
        dir.path(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "markdown",
            "--output",
            "report.md",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Kazakhstan")
    );

    let broken = write(dir.path(), "broken.toml", "format = ");
    let r = run(
        dir.path(),
        &["diff", "kazakhstan@2018", &broken, "--output", "other.md"],
    );
    r.assert_bad_input("broken.toml:1:10");
    assert!(
        !dir.path().join("other.md").exists(),
        "nothing half written"
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::Stdio;
    let mut child = mgi(tempfile::tempdir().unwrap().path())
        .args(["diff", "kazakhstan@2018", "kazakhstan@2022"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end at once, as `| head -0` would.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn profiles_are_found_in_the_folder_given_then_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "set/testland/2020.toml", VALID);
    write(
        dir.path(),
        "set/testland/2021.toml",
        VALID.replace("year = 2020", "year = 2021"),
    );
    let r = run(
        dir.path(),
        &[
            "--profiles",
            "set",
            "diff",
            "testland@2020",
            "ATA@2021",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["new"]["year"], 2021);
    let r = common::finish(
        mgi(dir.path())
            .env("MGI_DIFF_PROFILES", "set")
            .args(["show", "testland@2021"]),
    );
    r.assert_ok();
    // `./profiles` is used when it exists, and then the built-in set is not.
    write(dir.path(), "profiles/testland/2020.toml", VALID);
    run(dir.path(), &["show", "testland@2020"]).assert_ok();
    run(dir.path(), &["show", "kazakhstan@2018"])
        .assert_bad_input("unknown profile `kazakhstan@2018`");
}

#[test]
fn standard_input_is_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let r = common::run_with_stdin(
        dir.path(),
        &["diff", "kazakhstan@2018", "-", "--format", "json"],
        VALID.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["new"]["origin"], "<stdin>");
}

#[test]
fn runs_from_the_repository_with_its_profiles() {
    let r = run(
        &repo(),
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    assert_eq!(v["old"]["origin"], "profiles/kazakhstan/2018.toml");
}

/// On a terminal (a pseudo-terminal made by `script`), colour is on unless NO_COLOR is set.
#[test]
fn colour_on_a_terminal_unless_no_color() {
    let on_terminal = |no_color: bool| {
        let dir = tempfile::tempdir().unwrap();
        let bin = env!("CARGO_BIN_EXE_mgi-diff");
        let mut cmd = std::process::Command::new("script");
        cmd.args([
            "-qec",
            &format!("{bin} diff kazakhstan@2018 kazakhstan@2022"),
            "/dev/null",
        ])
        .current_dir(dir.path())
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR");
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.output().expect("script (util-linux) runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(on_terminal(false).contains('\u{1b}'));
    assert!(!on_terminal(true).contains('\u{1b}'));
}

#[test]
fn a_chosen_domain_keeps_what_moved_out_of_it() {
    // One safe-orderly-regular finding of 2018 moved to well-being in 2022.
    let v = json(&["--domain", "safe-orderly-regular"]);
    let entries: Vec<&serde_json::Value> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .collect();
    let from_domain = entries
        .iter()
        .filter(|e| e["old"]["domain"] == "safe-orderly-regular")
        .count();
    assert_eq!(from_domain, 6, "all six old findings of the domain");
    assert!(entries.iter().any(|e| e["status"] == "moved"));
    assert_eq!(v["summary"]["moved"], 1);
}

#[test]
fn the_output_files_extension_picks_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let base = ["diff", "kazakhstan@2018", "kazakhstan@2022", "-o"];
    run(dir.path(), &[&base[..], &["out.md"]].concat()).assert_ok();
    let md = std::fs::read_to_string(dir.path().join("out.md")).unwrap();
    assert!(md.starts_with("# Kazakhstan: 2018 → 2022\n"), "{md}");
    run(dir.path(), &[&base[..], &["out.json"]].concat()).assert_ok();
    let json = std::fs::read_to_string(dir.path().join("out.json")).unwrap();
    serde_json::from_str::<serde_json::Value>(&json).expect("JSON");
    // An explicit --format is written under a name that agrees with it (one that contradicts
    // it is refused: tests/output.rs).
    run(
        dir.path(),
        &[&base[..], &["t.txt", "--format", "table"]].concat(),
    )
    .assert_ok();
    let table = std::fs::read_to_string(dir.path().join("t.txt")).unwrap();
    assert!(
        table.starts_with("Kazakhstan: 2018 → 2022 (national)\n"),
        "{table}"
    );
}

#[test]
fn markdown_gives_every_entry_its_category_and_explains_its_marks() {
    let md = shipped(&["--format", "markdown"]);
    let md = md.assert_ok();
    assert!(
        md.contains("- _well-developed:_ Immigrants are guaranteed access"),
        "an unchanged entry says its category: {md}"
    );
    assert!(
        md.contains(
            "- _further-development:_ Irregular and undocumented migrants do ~~now~~ **not**"
        ),
        "so does a reworded one: {md}"
    );
    assert!(md.contains("~~struck~~ words were removed and **bold** words inserted"));
}

#[test]
fn narrow_terminals_get_lines_that_fit_and_whole_words() {
    // 30 columns is about the narrowest that holds `→ further-development` with its indent.
    for columns in ["30", "40", "60"] {
        let r = common::finish(
            mgi(tempfile::tempdir().unwrap().path())
                .env("COLUMNS", columns)
                .args(["diff", "kazakhstan@2018", "kazakhstan@2022"]),
        );
        let out = r.assert_ok();
        let width: usize = columns.parse().unwrap();
        for line in out.lines() {
            // Only a single word longer than the width may stick out.
            assert!(
                line.chars().count() <= width || !line.trim().contains(' '),
                "COLUMNS={columns}: {line:?}"
            );
            assert!(!line.ends_with("further-"), "COLUMNS={columns}: {line:?}");
        }
        assert!(out.contains("further-development"), "COLUMNS={columns}");
    }
    let at = |columns: &str| {
        common::finish(
            mgi(tempfile::tempdir().unwrap().path())
                .env("COLUMNS", columns)
                .args(["diff", "kazakhstan@2018", "kazakhstan@2022"]),
        )
        .stdout
    };
    assert_ne!(at("20"), at("40"), "20 columns is not 40");
    assert_ne!(
        at("40"),
        at("100"),
        "40 columns is not the 100-column table"
    );
    assert!(at("20").lines().all(|l| !l.ends_with("further-")));
}

#[test]
fn explain_gives_the_position_evidence_of_every_pair() {
    let v = json(&["--explain"]);
    let evidence: Vec<&serde_json::Value> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .filter_map(|e| e.get("evidence"))
        .collect();
    assert!(!evidence.is_empty());
    assert!(evidence.iter().all(|e| e["same_place"].is_boolean()));
    // Unchanged findings mostly stand where they stood; a moved one never does.
    assert!(evidence.iter().any(|e| e["same_place"] == true));
    assert!(evidence.iter().any(|e| e["same_place"] == false));
}

/// Text in a script whose characters take two columns is wrapped and padded by the columns
/// it takes: every line of a domain table is as wide as the others, within the terminal.
#[test]
fn wide_characters_are_measured_in_columns() {
    use mgi_diff::profile::{Category, Domain};
    use unicode_width::UnicodeWidthStr;
    let side = |text: &str| {
        common::profile(
            2018,
            vec![(
                Category::WellDeveloped,
                Domain::MigrantsRights,
                text.to_string(),
            )],
        )
    };
    let old = side("There is a favourable framework for achieving long-term residency.");
    let new = side(
        "移民可以在线申请长期居留许可证，这个程序在全国各地的所有移民服务中心都已经可以使用。",
    );
    let report = mgi_diff::diff::diff(&old, &new, 0.175);
    let (out, table) = common::table_of(&report, 90, "Migrants' rights");
    assert!(
        table.iter().any(|l| l.contains("移民")),
        "the wide text is in the table: {out}"
    );
    let widths: Vec<usize> = table.iter().map(|l| l.width()).collect();
    assert!(
        widths.iter().all(|&w| w == widths[0] && w <= 90),
        "{widths:?}\n{out}"
    );
}

// Regression: with `--domain`, the summary called one domain's six findings "the profile of
// Kazakhstan has six findings"; and the table, unlike every other report, had no summary.
#[test]
fn the_summary_speaks_of_the_domains_shown_and_opens_the_table_too() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "diff",
        "kazakhstan@2018",
        "kazakhstan@2022",
        "--domain",
        "well-being",
    ];
    let json = common::run(dir.path(), &[&args[..], &["--format", "json"]].concat());
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    let text = v["summary_text"].as_str().unwrap();
    assert!(
        text.starts_with("In Well-being of migrants, between 2018 and 2022, the profile of Kazakhstan has six findings"),
        "{text}"
    );
    let table = common::run(dir.path(), &args);
    assert!(
        table
            .assert_ok()
            .contains("In Well-being of migrants, between 2018"),
        "{}",
        table.stdout
    );
}
