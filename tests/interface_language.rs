//! Reports in the profiles' language: a report built by hand with every status, a move, a
//! category flip, a pairing to review, a near miss, a negation, the evidence of `--explain`, a
//! field edit and every warning (draft, illustrative, two languages), rendered in Spanish,
//! French and Russian in every format that has words, must hold none of the English
//! interface's messages; plural forms follow CLDR; HTML says its language; `--lang` chooses,
//! refuses what it does not know, and defaults to the profiles' own language.

use std::process::Command;

use mgi_diff::diff::{
    Basis, CategoryCounts, Certainty, Confidence, Differ, DomainReport, Entry, FieldChange,
    NearMiss, PairEvidence, Parted, ProfileInfo, Reason, Report, RunnerUp, SharedTerm, Side,
    Status, Summary,
};
use mgi_diff::profile::{Category, Domain, Language, Profile, Provenance};
use mgi_diff::render::{self, Format, Options, Style};

/// Finding texts with no English word in them, so that an English word found is the
/// interface's.
fn side(domain: Domain, category: Category, index: usize, text: &str) -> Side {
    Side {
        domain,
        category,
        index,
        id: Some(format!("k{index}")),
        text: text.to_string(),
    }
}

fn entry(status: Status, old: Option<Side>, new: Option<Side>) -> Entry {
    let paired = old.is_some() && new.is_some();
    Entry {
        status,
        similarity: paired.then_some(0.62),
        confidence: paired.then_some(Certainty {
            level: Confidence::High,
            margin: Some(0.4),
            lead: None,
            reasons: Vec::new(),
        }),
        old,
        new,
        negation: false,
        near: None,
        evidence: None,
        parted: None,
    }
}

/// A report of Xlandia 2019 (a draft, in English) → 2023 (illustrative, in the language of the
/// test): one domain with `resolved` closed gaps and every other kind of entry.
fn report(resolved: usize, language: Language) -> Report {
    use Category::{FurtherDevelopment as Fd, WellDeveloped as Wd};
    use Domain::*;
    let mut old = Profile::new("viejo.toml", "Xlandia", "ATA", 2019);
    old.provenance = Provenance::Draft;
    let mut new = Profile::new("nuevo.toml", "Xlandia", "ATA", 2023);
    new.provenance = Provenance::Illustrative;
    new.language = language;
    let mut rights = vec![
        entry(
            Status::Unchanged,
            Some(side(MigrantsRights, Wd, 0, "Alfa beta gamma.")),
            Some(side(MigrantsRights, Wd, 0, "Alfa beta gamma.")),
        ),
        entry(
            Status::Reworded,
            Some(side(MigrantsRights, Wd, 1, "Delta epsilon zeta.")),
            Some(side(MigrantsRights, Wd, 1, "Delta epsilon zeta eta.")),
        ),
        Entry {
            negation: true,
            ..entry(
                Status::Improved,
                Some(side(MigrantsRights, Fd, 2, "Theta iota kappa.")),
                Some(side(MigrantsRights, Wd, 2, "Theta iota lambda.")),
            )
        },
        Entry {
            confidence: Some(Certainty {
                level: Confidence::Review,
                margin: Some(0.031),
                lead: Some(0.012),
                reasons: vec![
                    Reason::SmallMargin,
                    Reason::CloseRunnerUp,
                    Reason::FewSharedWords,
                    Reason::NameChanged,
                    Reason::IdAddedByThisChange,
                ],
            }),
            evidence: Some(PairEvidence {
                basis: Basis::Similarity,
                score: 0.231,
                shared_terms: vec![SharedTerm {
                    term: "mu".into(),
                    weight: 1.2,
                }],
                runner_up: Some(RunnerUp {
                    finding: side(MigrantsRights, Fd, 9, "Mu nu xi."),
                    similarity: 0.219,
                }),
                same_place: true,
                differs: vec![Differ::Subjects, Differ::Endings],
                bounded: true,
            }),
            ..entry(
                Status::Regressed,
                Some(side(MigrantsRights, Wd, 3, "Mu omicron pi.")),
                Some(side(MigrantsRights, Fd, 3, "Mu rho sigma.")),
            )
        },
        Entry {
            near: Some(NearMiss {
                finding: side(MigrantsRights, Fd, 5, "Tau upsilon phi."),
                similarity: 0.18,
                differs: vec![Differ::Names],
            }),
            ..entry(
                Status::Dropped,
                Some(side(MigrantsRights, Wd, 4, "Tau upsilon chi.")),
                None,
            )
        },
        Entry {
            parted: Some(Parted {
                finding: side(MigrantsRights, Fd, 7, "Psi omega alfa."),
                similarity: 0.7,
            }),
            ..entry(
                Status::Added,
                None,
                Some(side(MigrantsRights, Fd, 6, "Psi omega beta.")),
            )
        },
        entry(
            Status::Moved,
            Some(side(Partnerships, Wd, 0, "Gamma delta theta.")),
            Some(side(MigrantsRights, Wd, 8, "Gamma delta theta iota.")),
        ),
    ];
    for i in 0..resolved {
        rights.push(entry(
            Status::Resolved,
            Some(side(MigrantsRights, Fd, 10 + i, &format!("Zeta {i}."))),
            None,
        ));
    }
    let domains: Vec<DomainReport> = Domain::ALL
        .into_iter()
        .map(|d| {
            let entries = if d == MigrantsRights {
                rights.clone()
            } else {
                Vec::new()
            };
            let counts = |wd, fd| CategoryCounts {
                well_developed: wd,
                further_development: fd,
            };
            DomainReport {
                key: d.key(),
                name: d.name(),
                summary: Summary::of(&entries),
                old_findings: counts(4, 2 + resolved),
                new_findings: counts(4, 3),
                entries,
            }
        })
        .collect();
    let mut summary = Summary::default();
    for d in &domains {
        summary.add(&d.summary);
    }
    let (old, new) = (ProfileInfo::of(&old), ProfileInfo::of(&new));
    Report {
        format_version: 1,
        // The matcher writes its warning in English; a report in another language words it.
        warnings: vec![format!(
            "Xlandia 2019 is in English and Xlandia 2023 in {}: findings are paired by id only, and every finding without a shared id is listed as removed or added",
            new.language.name()
        )],
        old,
        new,
        summary,
        fields: vec![FieldChange {
            field: "provenance".into(),
            old: Some("draft".into()),
            new: Some("illustrative".into()),
        }],
        review: 1,
        summary_text: "Between 2019 and 2023, …".into(),
        summary_facts: None,
        domains,
    }
}

/// Whether `text` holds `phrase` as whole words (French "Domaine" does not hold "Domain").
fn has_words(text: &str, phrase: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        (!word(before) || !word(phrase.chars().next()))
            && (!word(after) || !word(phrase.chars().next_back()))
    })
}

/// What a reader reads of a report: for HTML, its text (not its markup, style or script: a
/// class `well-developed` is no word of the interface) and the attributes a reader sees
/// (tooltips, labels, placeholders).
fn reader_text(text: &str, format: Format) -> String {
    if format != Format::Html {
        return text.to_string();
    }
    let html = scraper::Html::parse_document(text);
    let mut out = String::new();
    for node in html.tree.nodes() {
        let inside_code = node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "style" | "script"))
        });
        match node.value() {
            scraper::Node::Text(t) if !inside_code => out.push_str(t),
            scraper::Node::Element(e) => {
                for name in ["title", "aria-label", "placeholder", "data-label"] {
                    if let Some(v) = e.attr(name) {
                        out.push_str(v);
                        out.push('\n');
                    }
                }
            }
            _ => {}
        }
        out.push('\n');
    }
    out
}

fn rendered(report: &Report, format: Format, lang: Language, options: Options) -> String {
    let mut out = Vec::new();
    let options = Options {
        lang: Some(lang),
        ..options
    };
    let style = Style {
        color: false,
        width: 120,
    };
    render::diff(report, format, &style, &options, &mut out).expect("renders");
    String::from_utf8(out).expect("UTF-8")
}

/// The English interface's words: each a message (or a distinctive part of one) that must not
/// be left in a report in another language.
const ENGLISH: &[&str] = &[
    // Names.
    "Migrants' rights",
    "Migrants&#39; rights",
    "Whole of government",
    "Partnerships",
    "Well-being of migrants",
    "Mobility dimensions",
    "Safe, orderly",
    "well-developed",
    "further-development",
    "further development",
    "Unchanged",
    "unchanged",
    "reworded",
    "Reworded",
    "improved",
    "Improved",
    "regressed",
    "Regressed",
    "Moved",
    "Added",
    "Resolved",
    "Dropped",
    "published",
    "illustrative:",
    // Titles, labels, columns.
    "All domains",
    "Domain",
    "Status",
    "Category",
    "Finding",
    "Changes",
    "Warning",
    "WARNING",
    "Old:",
    "old:",
    "new:",
    "Profile field",
    "Profile fields",
    "No changes",
    "similarity",
    "from Partnerships",
    "Each entry starts",
    "A pairing marked",
    "Made by mgi-diff",
    "Word changes",
    "Open all",
    "Close all",
    "Findings per domain",
    "Statuses per domain",
    "What happened",
    "left number",
    // Warnings.
    "hypothetical data",
    "not published by IOM",
    "a draft",
    "is in English",
    "paired by id only",
    // Notes.
    "negation:",
    "the meaning may have flipped",
    "possible rewording",
    "give both the same id",
    "review:",
    "the matcher is not sure",
    "passed the threshold",
    "another candidate",
    "few shared words",
    "a name changed",
    "confirm it with",
    "evidence:",
    "in the same place",
    "shared:",
    "runner-up",
    "their subjects",
    "what follows",
    "candidates bounded",
    "kept apart",
    "an editor said",
    // The summary.
    "Between",
    "gap was closed",
    "gaps were closed",
    "strength",
    "findings",
    "of them unchanged",
    "marked for review",
    "though",
    "check it",
    "a negation was gained or lost",
    "round is",
    "The file's own fields",
    "pairing to review",
];

#[test]
fn no_english_interface_word_is_left_in_another_language() {
    for lang in [Language::Es, Language::Fr, Language::Ru] {
        let report = report(2, lang);
        for format in [Format::Table, Format::Markdown, Format::Html] {
            for word_diff in [true, false] {
                let options = Options {
                    word_diff,
                    ..Options::default()
                };
                let text = reader_text(&rendered(&report, format, lang, options), format);
                for english in ENGLISH {
                    assert!(
                        !has_words(&text, english),
                        "{} {}: {english:?} is left in:\n{text}",
                        lang.key(),
                        format.name()
                    );
                }
            }
        }
        // The shortened report's notes are in the language too.
        for format in [Format::Markdown, Format::Html] {
            let whole = rendered(&report, format, lang, Options::default());
            let bound = whole.chars().count() * 95 / 100;
            let options = Options {
                max_chars: Some(bound),
                ..Options::default()
            };
            let text = rendered(&report, format, lang, options);
            assert!(text.chars().count() <= bound);
            assert!(
                text.contains("--max-chars"),
                "no note of the shortening:\n{text}"
            );
            let text = reader_text(&text, format);
            for english in [
                "Shortened",
                "shortened",
                "sections are left out",
                "left out",
            ] {
                assert!(
                    !text.contains(english),
                    "{}: {english:?} in\n{text}",
                    lang.key()
                );
            }
        }
    }
}

#[test]
fn the_list_of_english_words_finds_them_in_english() {
    // The list is checked against an English report, so that a word misspelt in it cannot
    // make the test above pass by finding nothing.
    let report = report(2, Language::Es);
    let mut text = String::new();
    for format in [Format::Table, Format::Markdown, Format::Html] {
        for word_diff in [true, false] {
            let options = Options {
                word_diff,
                ..Options::default()
            };
            text += &reader_text(&rendered(&report, format, Language::En, options), format);
        }
    }
    let found = ENGLISH.iter().filter(|e| has_words(&text, e)).count();
    let missing: Vec<&&str> = ENGLISH.iter().filter(|e| !has_words(&text, e)).collect();
    // The summary of a hand-built report is the one it carries: its phrases are not there.
    assert!(
        found * 10 >= ENGLISH.len() * 8,
        "{found} of {}: {missing:?}",
        ENGLISH.len()
    );
}

#[test]
fn the_words_are_the_languages_own() {
    let report = report(2, Language::Es);
    let lower = |lang| rendered(&report, Format::Markdown, lang, Options::default()).to_lowercase();
    let es = lower(Language::Es);
    for spanish in [
        "## derechos de los migrantes",
        "### reformulados (1)",
        "_desde alianzas, bien desarrollada:_",
        "se cerraron 2 brechas",
        "xlandia 2023 es ilustrativo",
        "xlandia 2019 es un borrador",
        "está en inglés",
        "revisar: el emparejador",
        "similitud 0,180",
    ] {
        assert!(es.contains(spanish), "{spanish:?} not in:\n{es}");
    }
    let fr = lower(Language::Fr);
    for french in [
        "## droits des migrants",
        "2 lacunes ont été comblées",
        "une lacune est devenue un point fort",
        "un point fort est devenu une lacune",
    ] {
        assert!(fr.contains(french), "{french:?} not in:\n{fr}");
    }
    let ru = lower(Language::Ru);
    for russian in ["## права мигрантов", "устранены 2 пробела"] {
        assert!(ru.contains(russian), "{russian:?} not in:\n{ru}");
    }
}

/// The summary's sentence on closed gaps, from the JSON's `summary_text`.
fn summary(resolved: usize, lang: Language) -> String {
    let json = rendered(
        &report(resolved, lang),
        Format::Json,
        lang,
        Options::default(),
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["language"], lang.key());
    // A sentence may open with the phrase: compared lowercase.
    value["summary_text"]
        .as_str()
        .expect("a summary")
        .to_lowercase()
}

#[test]
fn plural_forms_follow_cldr() {
    let cases: &[(Language, usize, &str)] = &[
        (Language::Ru, 1, "устранён 1 пробел "),
        (Language::Ru, 2, "устранены 2 пробела "),
        (Language::Ru, 5, "устранено 5 пробелов "),
        (Language::Ru, 21, "устранён 21 пробел "),
        (Language::Ru, 22, "устранены 22 пробела "),
        (Language::Es, 1, "se cerró una brecha "),
        (Language::Es, 2, "se cerraron 2 brechas "),
        (Language::Es, 21, "se cerraron 21 brechas "),
        (Language::Fr, 1, "une lacune a été comblée "),
        (Language::Fr, 5, "5 lacunes ont été comblées "),
        (Language::Fr, 22, "22 lacunes ont été comblées "),
    ];
    for &(lang, n, expected) in cases {
        let text = summary(n, lang);
        assert!(
            text.contains(expected),
            "{} {n}: {expected:?} not in {text:?}",
            lang.key()
        );
    }
    // (English keeps the summary the matcher wrote, which its own tests pin.)
    // With nothing closed, no sentence says so.
    for (lang, closed) in [
        (Language::Ru, "устранен"),
        (Language::Es, "se cerr"),
        (Language::Fr, "comblée"),
    ] {
        let text = summary(0, lang).replace('ё', "е");
        assert!(!text.contains(closed), "{text}");
    }
}

#[test]
fn html_says_its_language_and_parses() {
    for lang in [Language::En, Language::Es, Language::Fr, Language::Ru] {
        let page = rendered(&report(2, lang), Format::Html, lang, Options::default());
        let html = scraper::Html::parse_document(&page);
        assert!(html.errors.is_empty(), "{}: {:?}", lang.key(), html.errors);
        let root = scraper::Selector::parse("html").expect("selector");
        let element = html.select(&root).next().expect("an html element");
        assert_eq!(element.value().attr("lang"), Some(lang.key()));
        if lang != Language::En {
            // The script's buttons are named in the page's language.
            assert!(!page.contains("\"Open all\""), "{}", lang.key());
        }
    }
}

fn mgi_diff() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mgi-diff"))
}

/// A profile file in `dir` of year `year` and language `lang` with one gap.
fn profile(dir: &std::path::Path, year: u16, lang: &str, gap: &str) -> String {
    let path = dir.join(format!("{year}-{lang}.toml"));
    let language = if lang == "en" {
        String::new()
    } else {
        format!("language = \"{lang}\"\n")
    };
    std::fs::write(
        &path,
        format!(
            "format = 1\n[profile]\ncountry = \"Colombia\"\niso3 = \"COL\"\nyear = {year}\n{language}\n[domains.migrants-rights]\nfurther-development = [\"{gap}\"]\n"
        ),
    )
    .expect("written");
    path.display().to_string()
}

#[test]
fn the_profiles_language_is_the_default_and_lang_chooses() {
    let dir = tempfile::tempdir().expect("a folder");
    let old = profile(
        dir.path(),
        2019,
        "es",
        "No existe una estrategia migratoria nacional.",
    );
    let new = profile(
        dir.path(),
        2024,
        "es",
        "No existe todavía una estrategia migratoria nacional.",
    );
    let run = |args: &[&str]| {
        let out = mgi_diff().args(args).output().expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let spanish = run(&["diff", &old, &new, "--format", "markdown"]);
    assert!(
        spanish.contains("## Derechos de los migrantes"),
        "{spanish}"
    );
    assert!(
        spanish.contains("Entre 2019 y 2024, el perfil de Colombia"),
        "{spanish}"
    );
    let english = run(&["diff", &old, &new, "--format", "markdown", "--lang", "en"]);
    assert!(english.contains("## Migrants' rights"), "{english}");
    let russian = run(&["diff", &old, &new, "--lang", "ru"]);
    assert!(russian.contains("Права мигрантов"), "{russian}");
    let json = run(&["diff", &old, &new, "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["language"], "es");
    assert_eq!(value["domains"][0]["entries"][0]["status"], "reworded");
    // Profiles in two languages agree on none: English.
    let other = profile(
        dir.path(),
        2024,
        "fr",
        "Il n'existe pas de stratégie migratoire nationale.",
    );
    let mixed = run(&["diff", &old, &other, "--format", "markdown"]);
    assert!(mixed.contains("## Migrants' rights"), "{mixed}");
    // `show` speaks the profile's language.
    let shown = run(&["show", &old, "--format", "markdown"]);
    assert!(
        shown.contains("### Áreas con potencial de desarrollo adicional"),
        "{shown}"
    );
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let out = mgi_diff()
        .args(["diff", "a.toml", "b.toml", "--lang", "pt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("'pt'"), "{err}");
    assert!(err.contains("en, es, fr, ru"), "{err}");
    // A command that writes no report refuses the option rather than ignore it.
    let out = mgi_diff()
        .args(["schema", "diff", "--lang", "es"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--lang es"));
}

#[test]
fn zero_is_said_in_the_languages_own_words() {
    // A history of two Russian rounds in which nothing appeared, closed or was lost.
    let dir = tempfile::tempdir().expect("a folder");
    let place = dir.path().join("kyrgyzstan");
    std::fs::create_dir(&place).expect("a folder");
    for (year, gap) in [
        (
            2019,
            "Национальная стратегия в области миграции отсутствует.",
        ),
        (
            2023,
            "Национальная стратегия в области миграции по-прежнему отсутствует.",
        ),
    ] {
        std::fs::write(
            place.join(format!("{year}.toml")),
            format!(
                "format = 1\n[profile]\ncountry = \"Kyrgyzstan\"\niso3 = \"KGZ\"\nyear = {year}\nlanguage = \"ru\"\n\n[domains.migrants-rights]\nfurther-development = [\"{gap}\"]\n"
            ),
        )
        .expect("written");
    }
    let out = mgi_diff()
        .args([
            "history",
            "kyrgyzstan",
            "--format",
            "markdown",
            "--profiles",
        ])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    for said in [
        "новых выводов не появилось",
        "ни один пробел не устранён",
        "ни одна сильная сторона не утрачена",
        "# История: Kyrgyzstan, 2019 → 2023",
    ] {
        assert!(text.contains(said), "{said:?} not in:\n{text}");
    }
}

#[test]
fn a_filtered_report_says_the_same_counts_in_every_language() {
    // `--changes-only` hides the unchanged finding; the summary still counts it, in Spanish as
    // in the English summary the report carries.
    let dir = tempfile::tempdir().expect("a folder");
    let write = |year: u16, gap: &str| {
        let path = dir.path().join(format!("{year}.toml"));
        std::fs::write(
            &path,
            format!(
                "format = 1\n[profile]\ncountry = \"Colombia\"\niso3 = \"COL\"\nyear = {year}\nlanguage = \"es\"\n\n[domains.migrants-rights]\nwell-developed = [\"Los migrantes tienen acceso a la atención de salud de urgencia.\"]\nfurther-development = [\"{gap}\"]\n"
            ),
        )
        .expect("written");
        path.display().to_string()
    };
    let old = write(2019, "No existe una estrategia migratoria nacional.");
    let new = write(
        2024,
        "No existe todavía una estrategia migratoria nacional.",
    );
    let summary = |lang: &str| {
        let out = mgi_diff()
            .args([
                "diff",
                &old,
                &new,
                "--changes-only",
                "--format",
                "json",
                "--lang",
                lang,
            ])
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        value["summary_text"]
            .as_str()
            .expect("a summary")
            .to_string()
    };
    let english = summary("en");
    assert!(
        english.contains("has two findings in both rounds, one of them unchanged"),
        "{english}"
    );
    let spanish = summary("es");
    assert!(
        spanish.contains("tiene 2 hallazgos en ambas rondas, uno de ellos sin cambios"),
        "{spanish}"
    );
}
