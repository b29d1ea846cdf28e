//! Profiles in Spanish, French and Russian: the `language` key, matching by each language's
//! rules, two languages paired by id only, and `import` of each language's published text.

use crate::common;

use common::{run, write};

fn profile(language: &str, year: u16, provenance: &str, findings: &[(&str, &str, &str)]) -> String {
    let mut text = format!(
        "format = 1\n\n[profile]\ncountry = \"Chile\"\niso3 = \"CHL\"\nyear = {year}\nprovenance = \"{provenance}\"\nlanguage = \"{language}\"\n"
    );
    let mut domains: Vec<&str> = findings.iter().map(|f| f.0).collect();
    domains.dedup();
    for domain in domains {
        text.push_str(&format!("\n[domains.{domain}]\n"));
        for category in ["well-developed", "further-development"] {
            let items: Vec<String> = findings
                .iter()
                .filter(|f| f.0 == domain && f.1 == category)
                .map(|f| format!("  {:?},\n", f.2))
                .collect();
            if !items.is_empty() {
                text.push_str(&format!("{category} = [\n{}]\n", items.concat()));
            }
        }
    }
    text
}

/// A Spanish round and a later one rewritten by its authors.
fn spanish_rounds(dir: &std::path::Path, new_language: &str) -> (String, String) {
    let old = profile(
        "es",
        2019,
        "published",
        &[
            (
                "partnerships",
                "well-developed",
                "El país ha firmado un acuerdo bilateral de migración laboral con Chile.",
            ),
            (
                "whole-of-government",
                "further-development",
                "El país no cuenta con una estrategia nacional de migración.",
            ),
            (
                "well-being",
                "well-developed",
                "Las trabajadoras migrantes del servicio doméstico tienen acceso a la seguridad social.",
            ),
        ],
    );
    let new = profile(
        new_language,
        2023,
        "illustrative",
        &[
            (
                "partnerships",
                "well-developed",
                "El país ha firmado un acuerdo bilateral de migración laboral con Perú.",
            ),
            (
                "whole-of-government",
                "well-developed",
                "En 2021 el país adoptó su primera estrategia nacional de migración.",
            ),
            (
                "well-being",
                "well-developed",
                "Los trabajadores domésticos migrantes tienen acceso a la seguridad social.",
            ),
        ],
    );
    (
        write(dir, "profiles/chile/2019.toml", &old),
        write(dir, "profiles/chile/2023.toml", &new),
    )
}

#[test]
fn a_spanish_round_is_matched_by_spanish_rules() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = spanish_rounds(dir.path(), "es");
    let r = run(dir.path(), &["diff", &old, &new, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let entries: Vec<(String, bool)> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap().clone())
        .map(|e| {
            (
                e["status"].as_str().unwrap().to_string(),
                e["negation"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    // The partner changed: two findings. The strategy adopted: improved, with the negation
    // flag. Gender forms: one finding, reworded.
    let count = |s: &str| entries.iter().filter(|e| e.0 == s).count();
    assert_eq!(count("dropped"), 1, "{entries:?}");
    assert_eq!(count("added"), 1, "{entries:?}");
    assert_eq!(count("improved"), 1, "{entries:?}");
    assert_eq!(count("reworded"), 1, "{entries:?}");
    assert!(
        entries.iter().any(|e| e.0 == "improved" && e.1),
        "{entries:?}"
    );
    assert_eq!(v["old"]["language"], "es");
    assert!(v.get("warnings").is_none(), "one language, no warning");
}

#[test]
fn two_languages_are_paired_by_id_only_with_a_warning_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = spanish_rounds(dir.path(), "en");
    let warning = "is in Spanish and Chile 2023 in English: findings are paired by id only";
    for format in ["table", "markdown", "html", "csv", "json"] {
        let r = run(dir.path(), &["diff", &old, &new, "--format", format]);
        assert!(r.code <= 1, "{format}: {}", r.stderr);
        assert!(r.stdout.contains(warning), "{format}:\n{}", r.stdout);
    }
    let r = run(dir.path(), &["diff", &old, &new, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        v["summary"]["added"], 3,
        "no text is compared across languages"
    );
    assert_eq!(v["summary"]["reworded"], 0);
}

#[test]
fn an_unsupported_language_is_an_error_that_lists_the_supported_ones() {
    let dir = tempfile::tempdir().unwrap();
    let text = profile(
        "de",
        2019,
        "published",
        &[("partnerships", "well-developed", "Ein Abkommen.")],
    );
    let path = write(dir.path(), "profiles/chile/2019.toml", &text);
    let r = run(dir.path(), &["check", &path]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let out = format!("{}{}", r.stdout, r.stderr);
    let line = text
        .lines()
        .position(|l| l.starts_with("language"))
        .unwrap()
        + 1;
    assert!(out.contains(&format!("2019.toml:{line}:12")), "{out}");
    assert!(
        out.contains("`es` (Spanish), `fr` (French), `ru` (Russian)"),
        "{out}"
    );
}

#[test]
fn show_and_list_say_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let (old, _) = spanish_rounds(dir.path(), "es");
    // A Spanish profile is shown in Spanish, and a set of Spanish profiles listed in Spanish.
    let r = run(dir.path(), &["show", &old]);
    assert!(
        r.assert_ok().contains("Idioma: español (es)"),
        "{}",
        r.stdout
    );
    let r = run(dir.path(), &["list", "--profiles", "profiles"]);
    let out = r.assert_ok();
    assert!(out.lines().next().unwrap().contains("IDIOMA"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("chile@2019") && l.contains(" es ")),
        "{out}"
    );
}

/// (The groups' phrases read "menores" and "niños" as one group since they were added; a team
/// that writes "jóvenes" for the adolescents the phrases read as children says so in its file.)
#[test]
fn a_teams_terms_file_joins_words_the_language_has_no_lexicon_for() {
    let dir = tempfile::tempdir().unwrap();
    let old = profile(
        "es",
        2019,
        "published",
        &[(
            "mobility-crises",
            "well-developed",
            "Los jóvenes no acompañados reciben protección temporal durante las emergencias.",
        )],
    );
    let new = profile(
        "es",
        2023,
        "illustrative",
        &[(
            "mobility-crises",
            "well-developed",
            "Durante las emergencias, los adolescentes no acompañados reciben protección temporal.",
        )],
    );
    let old = write(dir.path(), "profiles/chile/2019.toml", &old);
    let new = write(dir.path(), "profiles/chile/2023.toml", &new);
    let status = |dir: &std::path::Path| {
        let r = run(
            dir,
            &[
                "diff",
                &old,
                &new,
                "--format",
                "json",
                "--profiles",
                "profiles",
            ],
        );
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        v["summary"]["reworded"].as_u64().unwrap()
    };
    assert_eq!(
        status(dir.path()),
        0,
        "jóvenes and adolescentes are two groups to the matcher"
    );
    write(
        dir.path(),
        "profiles/terms.toml",
        "format = 1\n\n[[same]]\nphrases = [\"jóvenes\", \"adolescentes\"]\n",
    );
    assert_eq!(status(dir.path()), 1, "the team says they are one");
}

fn import(name: &str, extra: &[&str]) -> common::Run {
    let dir = tempfile::tempdir().unwrap();
    let fixture = common::repo().join("tests/fixtures").join(name);
    let text = std::fs::read_to_string(fixture).unwrap();
    let path = write(dir.path(), "profile.txt", &text);
    let mut args = vec!["import", path.as_str()];
    args.extend_from_slice(extra);
    run(dir.path(), &args)
}

#[test]
fn published_text_in_each_language_imports_with_its_language() {
    for (fixture, extra, language, country) in [
        ("import-es.txt", &[][..], "es", "Chile"),
        ("import-fr.txt", &[][..], "fr", "Sénégal"),
        (
            "import-ru.txt",
            &["--country", "Kazakhstan", "--iso3", "KAZ"][..],
            "ru",
            "Kazakhstan",
        ),
    ] {
        let r = import(fixture, extra);
        let toml = r.assert_ok();
        assert!(
            toml.contains(&format!("language = \"{language}\"")),
            "{fixture}:\n{toml}"
        );
        assert!(
            toml.contains(&format!("country = \"{country}\"")),
            "{fixture}:\n{toml}"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "imported.toml", toml);
        let v: serde_json::Value =
            serde_json::from_str(run(dir.path(), &["show", &path, "--format", "json"]).assert_ok())
                .unwrap();
        for domain in [
            "migrants-rights",
            "whole-of-government",
            "partnerships",
            "well-being",
            "mobility-crises",
            "safe-orderly-regular",
        ] {
            for category in ["well-developed", "further-development"] {
                let n = v["domains"][domain][category]
                    .as_array()
                    .map_or(0, Vec::len);
                assert_eq!(n, 1, "{fixture}: {domain} {category}");
            }
        }
    }
}

#[test]
fn an_import_error_names_its_line_in_every_language() {
    for fixture in ["import-es.txt", "import-fr.txt", "import-ru.txt"] {
        let text =
            std::fs::read_to_string(common::repo().join("tests/fixtures").join(fixture)).unwrap();
        // A domain heading whose name names no domain, on line 4.
        let broken: Vec<String> = text
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i == 3 {
                    format!("{} 1. Cocina", l.split(' ').next().unwrap())
                } else {
                    l.to_string()
                }
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "profile.txt", broken.join("\n"));
        let r = run(
            dir.path(),
            &["import", &path, "--country", "Chile", "--iso3", "CHL"],
        );
        assert_eq!(r.code, 2, "{fixture}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("profile.txt:4: error: unrecognised domain heading"),
            "{fixture}: {}",
            r.stderr
        );
    }
}

/// The old findings of a labelled corpus pair, as (domain, category, text).
fn corpus_findings(pair: &str) -> Vec<(String, String, String)> {
    let path = common::repo().join(format!("tests/corpus/{pair}.toml"));
    let doc: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut findings = Vec::new();
    for entry in doc["entry"].as_array().unwrap() {
        let Some(old) = entry.get("old").and_then(|v| v.as_str()) else {
            continue;
        };
        let (head, text) = old.split_once(": ").unwrap();
        let (category, domain) = head.split_once(' ').unwrap();
        let category = if category == "wd" {
            "well-developed"
        } else {
            "further-development"
        };
        findings.push((domain.to_string(), category.to_string(), text.to_string()));
    }
    findings.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    findings
}

/// Regression (issue 35): a French profile without `language = "fr"` was matched by English
/// rules and nobody was told. `check`, `diff` and `list` say which key to add.
#[test]
fn a_profile_in_a_language_it_does_not_declare_is_warned_about() {
    for (pair, key, name) in [
        ("language-french", "fr", "French"),
        ("language-spanish", "es", "Spanish"),
        ("language-russian", "ru", "Russian"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let owned = corpus_findings(pair);
        let findings: Vec<(&str, &str, &str)> = owned
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        let undeclared =
            profile("en", 2019, "published", &findings).replace("language = \"en\"\n", "");
        let path = write(d, "profiles/chile/2019.toml", &undeclared);
        let fix = format!("add `language = \"{key}\"`");

        let check = run(d, &["check", &path]);
        assert_eq!(check.code, 0, "a warning, not an error: {}", check.stdout);
        let line = check
            .stdout
            .lines()
            .find(|l| l.contains(&fix))
            .unwrap_or_else(|| panic!("{pair}: {}", check.stdout));
        assert!(
            line.contains("2019.toml:")
                && line.contains("warning")
                && line.contains(&format!("read as {name}")),
            "{line}"
        );

        let diff = run(d, &["diff", &path, &path, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(diff.assert_ok()).unwrap();
        let warnings = v["warnings"].as_array().unwrap();
        assert_eq!(warnings.len(), 1, "told once: {warnings:?}");
        assert!(warnings[0].as_str().unwrap().contains(&fix), "{warnings:?}");

        let list = run(d, &["list", "--profiles", "profiles"]);
        list.assert_ok();
        assert!(list.stderr.contains(&fix), "{pair}: {}", list.stderr);

        // Declared, it is read as what it is: nothing to say.
        let declared = profile(key, 2019, "published", &findings);
        let path = write(d, "profiles/chile/2019.toml", &declared);
        let check = run(d, &["check", &path]);
        assert!(!check.stdout.contains("read as"), "{}", check.stdout);
        let list = run(d, &["list", "--profiles", "profiles"]);
        assert!(!list.stderr.contains("read as"), "{}", list.stderr);
    }
}

/// No shipped profile is warned about (they are English, some quoting names in other
/// languages), nor an English profile that quotes Spanish titles at length.
#[test]
fn english_profiles_are_not_said_to_be_in_another_language() {
    let repo = common::repo();
    let check = run(&repo, &["check"]);
    assert!(!check.stdout.contains("read as"), "{}", check.stdout);
    let list = run(&repo, &["list"]);
    assert!(!list.stderr.contains("read as"), "{}", list.stderr);

    let dir = tempfile::tempdir().unwrap();
    let quoting = profile(
        "en",
        2019,
        "published",
        &[
            ("migrants-rights", "well-developed", "The Ley de Migración y Extranjería (Law No. 21.325 de 2021) grants migrants access to the Sistema de Salud de los Trabajadores."),
            ("migrants-rights", "further-development", "The Política Nacional de Migración y de Refugio de la República is not yet in force."),
            ("whole-of-government", "well-developed", "The Servicio Nacional de Migraciones coordinates the Consejo de Política Migratoria y de los Asuntos Consulares."),
            ("partnerships", "well-developed", "Chile takes part in the Conferencia Suramericana sobre Migraciones and the Proceso de Quito."),
        ],
    )
    .replace("language = \"en\"\n", "");
    let path = write(dir.path(), "chile.toml", &quoting);
    let check = run(dir.path(), &["check", &path]);
    assert!(!check.stdout.contains("read as"), "{}", check.stdout);
}
