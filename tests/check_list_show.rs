//! `check`, `list` and `show` end to end.

use crate::common;

use common::{VALID, repo, run, write};

#[test]
fn check_passes_on_the_shipped_profiles_from_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["check"]);
    assert_eq!(
        r.assert_ok(),
        "checked 2 profiles built into mgi-diff (no profile folder here: name one with --profiles, or run where ./profiles is): 0 errors, 0 warnings\n"
    );
    let r = run(&repo(), &["check", "--strict"]);
    assert_eq!(r.assert_ok(), "checked 2 profiles: 0 errors, 0 warnings\n");
}

#[test]
fn check_reports_every_problem_of_a_folder_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "set/testland/2020.toml", VALID);
    write(
        dir.path(),
        "set/testland/2021.toml",
        VALID
            .replace("year = 2020", "year = 2021")
            .replace("iso3 = \"ATA\"", "iso3 = \"ts\""),
    );
    write(dir.path(), "set/testland/2022.toml", "format = [");
    let r = run(dir.path(), &["check", "set"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("set/testland/2021.toml:5:8: error: `iso3 = \"ts\"`"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("set/testland/2022.toml:1:11: error: TOML syntax"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with("checked 3 profiles: 2 errors, 0 warnings\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn warnings_fail_only_with_strict() {
    let dir = tempfile::tempdir().unwrap();
    // No partnerships domain, and a path that says 2019 for a 2020 profile.
    let text = VALID.replace("[domains.partnerships]\nwell-developed = [\"The country takes part in a regional consultative process.\"]\n", "");
    let path = write(dir.path(), "profiles/testland/2019.toml", text);
    let r = run(dir.path(), &["check", &path]);
    let out = r.assert_ok();
    assert!(
        out.contains("warning: domain `partnerships` is missing"),
        "{out}"
    );
    // The warning stands on the line of the year that disagrees.
    assert!(out.contains("profiles/testland/2019.toml:6:8: warning: the path says `testland@2019` but the profile is `testland@2020`; it belongs at `testland/2020.toml`"), "{out}");
    let r = run(dir.path(), &["check", "--strict", &path]);
    assert_eq!(r.code, 1);
}

#[test]
fn two_files_for_one_profile_are_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.toml", VALID);
    write(dir.path(), "b.toml", VALID);
    let r = run(dir.path(), &["check", "a.toml", "b.toml"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("b.toml: error: a second profile for Testland 2020: a.toml has the same country, level, city and year"), "{}", r.stdout);
}

#[test]
fn check_json_and_github_formats() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "bad.toml",
        VALID.replace("year = 2020", "year = 1018"),
    );
    let r = run(dir.path(), &["check", "--format", "json", "bad.toml"]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["files"], 1);
    assert_eq!(v["errors"], 1);
    let p = &v["problems"][0];
    assert_eq!(
        (p["file"].as_str(), p["line"].as_u64(), p["column"].as_u64()),
        (Some("bad.toml"), Some(6), Some(8))
    );
    assert_eq!(p["severity"], "error");

    let r = run(dir.path(), &["check", "--format", "github", "bad.toml"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.starts_with(
            "::error file=bad.toml,line=6,col=8,title=mgi-diff::`year = 1018` is out of range"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn a_missing_check_target_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["check", "nowhere.toml"]).assert_bad_input("nowhere.toml: no such file");
}

#[test]
fn list_shows_the_profile_set() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["list", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    for key in [
        "country",
        "iso3",
        "level",
        "city",
        "year",
        "provenance",
        "origin",
    ] {
        assert!(rows[0].get(key).is_some(), "{key}");
    }
    assert_eq!(rows[1]["provenance"], "illustrative");
    let table = run(dir.path(), &["list"]);
    assert!(table.assert_ok().contains("kazakhstan@2022"));
}

#[test]
fn show_prints_a_profile_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["show", "kazakhstan@2018"])
        .assert_ok()
        .to_string();
    assert!(out.starts_with("Migration Governance Profile: Republic of Kazakhstan\n"));
    assert!(
        out.contains("do now have"),
        "the published wording slip stays"
    );
    let md = run(dir.path(), &["show", "KAZ@2022", "--format", "markdown"])
        .assert_ok()
        .to_string();
    assert!(md.contains("> **Warning:** this profile is illustrative"));
    let json = run(dir.path(), &["show", "kazakhstan@2018", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    // The same keys as the profile file: [profile], [domains.<key>] and its two lists.
    let count: usize = v["domains"]
        .as_object()
        .unwrap()
        .values()
        .map(|d| {
            d["well-developed"].as_array().unwrap().len()
                + d["further-development"].as_array().unwrap().len()
        })
        .sum();
    assert_eq!(count, 36);
    assert_eq!(v["format"], 1);
    assert_eq!(v["profile"]["published"], "2018-05-01");
    assert_eq!(
        v["profile"]["source"], "https://migrationdataportal.org/overviews/mgi/kazakhstan",
        "source is the published address, as in the file"
    );
    assert_eq!(v["origin"], "built-in kazakhstan/2018");
}

#[test]
fn the_2018_profile_is_the_seed_verbatim() {
    // Every bullet of the published text is a finding, word for word.
    // The published text, as kept in the repository for the import tests.
    let seed = std::fs::read_to_string(repo().join("examples/kazakhstan-2018.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let json = run(dir.path(), &["show", "kazakhstan@2018", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    let mut texts: Vec<String> = Vec::new();
    for d in v["domains"].as_object().unwrap().values() {
        for key in ["well-developed", "further-development"] {
            for f in d[key].as_array().unwrap() {
                // A finding is its text, or a table with an id and the text.
                let text = f.as_str().or(f["text"].as_str()).unwrap();
                texts.push(text.to_string());
            }
        }
    }
    let bullets: Vec<String> = seed
        .lines()
        .filter_map(|l| l.trim().strip_prefix('•'))
        .map(|b| b.trim().to_string())
        .collect();
    assert_eq!(bullets.len(), 36);
    for b in &bullets {
        assert!(texts.contains(b), "missing or altered: {b:?}");
    }
}

#[test]
fn a_city_profile_is_named_country_slash_city_at_year() {
    let dir = tempfile::tempdir().unwrap();
    let local = VALID.replace(
        "year = 2020",
        "year = 2020\nlevel = \"local\"\ncity = \"Almaty\"",
    );
    write(dir.path(), "profiles/testland/almaty/2020.toml", &local);
    write(dir.path(), "profiles/testland/2020.toml", VALID);
    let r = run(dir.path(), &["check", "--strict"]);
    assert_eq!(
        r.assert_ok(),
        "checked 2 profiles: 0 errors, 0 warnings\n",
        "no clash between a city and its country"
    );
    let v: serde_json::Value = serde_json::from_str(
        run(dir.path(), &["show", "ATA/almaty@2020", "--format", "json"]).assert_ok(),
    )
    .unwrap();
    assert_eq!(v["profile"]["city"], "Almaty");
    assert_eq!(v["profile"]["level"], "local");
    let list = run(dir.path(), &["list"]);
    assert!(
        list.assert_ok().contains("testland/almaty@2020"),
        "{}",
        list.stdout
    );
    run(dir.path(), &["show", "testland/almati@2020"])
        .assert_bad_input("did you mean `testland/almaty@2020`?");
}

#[test]
fn the_committed_schemas_are_what_the_schema_command_prints() {
    // Editors and other programs read the committed copies; they must not drift.
    let dir = tempfile::tempdir().unwrap();
    for kind in [
        "profile", "diff", "changes", "list", "check", "history", "across",
    ] {
        let printed = run(dir.path(), &["schema", kind]).assert_ok().to_string();
        let path = format!("schemas/{kind}.schema.json");
        let committed = std::fs::read_to_string(repo().join(&path)).unwrap();
        assert_eq!(
            printed, committed,
            "run `cargo run -- schema {kind} > {path}`"
        );
    }
    assert_eq!(
        run(dir.path(), &["schema"]).stdout,
        run(dir.path(), &["schema", "profile"]).stdout,
        "the profile format is the default"
    );
}

#[test]
fn list_keeps_each_profile_on_one_line_with_its_path_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "profiles/testland/2021.toml",
        VALID.replace("year = 2020", "year = 2021"),
    );
    let r = common::finish(common::mgi(dir.path()).env("COLUMNS", "40").args(["list"]));
    let out = r.assert_ok();
    let row = out
        .lines()
        .find(|l| l.starts_with("testland@2021"))
        .unwrap_or_else(|| panic!("one line per profile: {out}"));
    assert!(
        row.contains("Testland"),
        "the place on the same line: {row}"
    );
    assert!(
        row.ends_with("profiles/testland/2021.toml"),
        "the path whole: {row} (written at {path})"
    );
    let json = run(dir.path(), &["list", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    assert_eq!(rows[0]["reference"], "testland@2021");
}

#[test]
fn profiles_are_listed_in_natural_order_national_first_years_ascending() {
    let dir = tempfile::tempdir().unwrap();
    let p = |country: &str, city: Option<&str>, year: u16| {
        let mut text = VALID
            .replace(
                "country = \"Testland\"",
                &format!("country = \"{country}\""),
            )
            .replace("year = 2020", &format!("year = {year}"));
        if let Some(city) = city {
            text = text.replace(
                &format!("year = {year}"),
                &format!("year = {year}\nlevel = \"local\"\ncity = \"{city}\""),
            );
        }
        text
    };
    let slug = |s: &str| s.to_lowercase();
    for (country, city, year) in [
        ("C10", None, 2020),
        ("C2", Some("Almaty"), 2019),
        ("C2", None, 2021),
        ("C2", None, 2020),
        ("C1", None, 2020),
    ] {
        let rel = match city {
            Some(c) => format!("profiles/{}/{}/{year}.toml", slug(country), slug(c)),
            None => format!("profiles/{}/{year}.toml", slug(country)),
        };
        write(dir.path(), &rel, p(country, city, year));
    }
    let out = run(dir.path(), &["list"]);
    let order: Vec<&str> = out
        .assert_ok()
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        order,
        [
            "c1@2020",
            "c2@2020",
            "c2@2021",
            "c2/almaty@2019",
            "c10@2020"
        ]
    );
}

#[test]
fn list_names_a_misplaced_profile_by_the_reference_that_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("profiles/kazakhstan")).unwrap();
    let text = std::fs::read_to_string(repo().join("profiles/kazakhstan/2018.toml"))
        .unwrap()
        .replace("iso3 = \"KAZ\"", "iso3 = \"UZB\"")
        .replace("country = \"Kazakhstan\"", "country = \"Uzbekistan\"");
    assert!(
        text.contains("\"Uzbekistan\""),
        "the fixture's country line changed"
    );
    write(d, "profiles/kazakhstan/2018.toml", text);
    let listed = run(d, &["list"]);
    let row = listed.assert_ok().lines().nth(1).unwrap().to_string();
    let reference = row.split_whitespace().next().unwrap();
    assert_eq!(reference, "kazakhstan@2018", "{row}");
    run(d, &["show", reference]).assert_ok();
    let checked = run(d, &["check"]);
    assert!(
        checked.stdout.contains("belongs at `uzbekistan/2018.toml`"),
        "{}",
        checked.stdout
    );
}
