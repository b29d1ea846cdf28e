//! `across` measured on labelled sets (`tests/across/*.toml`): each set is several places of
//! one period with the themes they share, written as different authors would. One profile is
//! built per place, `across` groups them, and the grouping is scored by pairwise precision and
//! recall (two findings in one theme are a pair).
//!
//! Every set is a development set: each has been read pair by pair while the grouping was
//! changed, the four once held out (scored once, blind, in issue 38's second round) included,
//! so all are scored leave-one-set-out and none says alone how far the figures hold on a new
//! period. Run with `--nocapture` to see the figures.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use mgi_diff::across::{self, DEFAULT_LINKAGE, Linkage, Method, Options};
use mgi_diff::profile::{Category, Domain, Language, Profile};

/// A finding, as the sets name it: place, domain, category, text.
type Key = (String, &'static str, Category, String);

struct Set {
    name: String,
    profiles: Vec<Profile>,
    /// Every labelled pair (ordered).
    gold: BTreeSet<(Key, Key)>,
}

fn category(key: &str, file: &str) -> Category {
    match key {
        "wd" | "well-developed" => Category::WellDeveloped,
        "fd" | "further-development" => Category::FurtherDevelopment,
        other => panic!("{file}: unknown category {other}"),
    }
}

fn domain(key: &str, file: &str) -> Domain {
    Domain::from_key(key).unwrap_or_else(|| panic!("{file}: unknown domain {key}"))
}

fn load(path: &Path) -> Set {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).unwrap();
    let value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let year = value["year"].as_integer().unwrap() as u16;
    let language = value
        .get("language")
        .and_then(|l| l.as_str())
        .map(|l| Language::from_tag(l).unwrap());
    let mut findings: BTreeMap<String, Vec<(Domain, Category, String)>> = BTreeMap::new();
    let mut gold = BTreeSet::new();
    for theme in value
        .get("theme")
        .and_then(|t| t.as_array())
        .into_iter()
        .flatten()
    {
        let d = domain(theme["domain"].as_str().unwrap(), &file);
        let c = category(theme["category"].as_str().unwrap(), &file);
        let members: Vec<Key> = theme["members"]
            .as_table()
            .unwrap()
            .iter()
            .map(|(iso3, text)| (iso3.clone(), d.key(), c, text.as_str().unwrap().to_string()))
            .collect();
        for m in &members {
            findings
                .entry(m.0.clone())
                .or_default()
                .push((d, c, m.3.clone()));
        }
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                gold.insert((a.clone().min(b.clone()), a.clone().max(b.clone())));
            }
        }
    }
    for p in value
        .get("particular")
        .and_then(|t| t.as_array())
        .into_iter()
        .flatten()
    {
        let d = domain(p["domain"].as_str().unwrap(), &file);
        let c = category(p["category"].as_str().unwrap(), &file);
        findings
            .entry(p["iso3"].as_str().unwrap().to_string())
            .or_default()
            .push((d, c, p["text"].as_str().unwrap().to_string()));
    }
    let profiles = value["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|place| {
            let iso3 = place["iso3"].as_str().unwrap();
            let country = place["country"].as_str().unwrap();
            let mut profile = Profile::new(&format!("{file}#{iso3}"), country, iso3, year)
                .with_findings(findings.remove(iso3).unwrap_or_default());
            let own = place.get("language").and_then(|l| l.as_str());
            if let Some(l) = own.map(|l| Language::from_tag(l).unwrap()).or(language) {
                profile.language = l;
            }
            profile
        })
        .collect();
    assert!(
        findings.is_empty(),
        "{file}: findings of places not listed: {:?}",
        findings.keys()
    );
    Set {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        profiles,
        gold,
    }
}

fn sets() -> Vec<Set> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/across");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load(p)).collect()
}

/// Pairwise counts: (pairs found and labelled, pairs found, pairs labelled).
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    right: usize,
    found: usize,
    labelled: usize,
}

impl Counts {
    fn add(self, o: Counts) -> Counts {
        Counts {
            right: self.right + o.right,
            found: self.found + o.found,
            labelled: self.labelled + o.labelled,
        }
    }
    fn precision(self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.right as f64 / self.found as f64
        }
    }
    fn recall(self) -> f64 {
        if self.labelled == 0 {
            1.0
        } else {
            self.right as f64 / self.labelled as f64
        }
    }
    /// F0.5: precision weighed twice as much as recall.
    fn f_half(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            1.25 * p * r / (0.25 * p + r)
        }
    }
}

fn score(set: &Set, linkage: Linkage) -> (Counts, Vec<String>) {
    let options = Options {
        linkage,
        ..Options::default()
    };
    let result = across::across(&set.profiles, &options);
    let mut found = BTreeSet::new();
    for theme in &result.themes {
        let domain = Domain::from_key(theme.domain).unwrap().key();
        let keys: Vec<Key> = theme
            .members
            .iter()
            .map(|m| (m.iso3.clone(), domain, theme.category, m.text.clone()))
            .collect();
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                found.insert((a.clone().min(b.clone()), a.clone().max(b.clone())));
            }
        }
    }
    let mut errors = Vec::new();
    for pair in found.difference(&set.gold) {
        errors.push(format!(
            "wrongly grouped: {:?}\n             with {:?}",
            pair.0.3, pair.1.3
        ));
    }
    for pair in set.gold.difference(&found) {
        errors.push(format!(
            "missed: {:?}\n        with {:?}",
            pair.0.3, pair.1.3
        ));
    }
    let counts = Counts {
        right: found.intersection(&set.gold).count(),
        found: found.len(),
        labelled: set.gold.len(),
    };
    (counts, errors)
}

fn grid() -> Vec<Linkage> {
    let mut grid = Vec::new();
    for method in [Method::Complete, Method::Average] {
        for c in 0..=24 {
            grid.push(Linkage {
                method,
                cut: f64::from(c) / 40.0,
            });
        }
    }
    grid
}

/// The setting of `grid` with the best F0.5 (precision weighed twice as much as recall: a
/// wrong theme misleads a reader, a missed one leaves a finding listed as particular) summed
/// over the sets of `table` (each set's counts at every setting of `grid`, in order) that
/// `keep` keeps, the middle of its plateau on ties (as the matcher's threshold is chosen).
fn choose(table: &[Vec<Counts>], keep: impl Fn(usize) -> bool) -> Linkage {
    let grid = grid();
    let f: Vec<f64> = (0..grid.len())
        .map(|g| {
            let total = (0..table.len())
                .filter(|&s| keep(s))
                .map(|s| table[s][g])
                .fold(Counts::default(), Counts::add);
            (total.f_half() * 1000.0).round()
        })
        .collect();
    let best = f.iter().copied().fold(f64::MIN, f64::max);
    let plateau: Vec<Linkage> = (0..grid.len())
        .filter(|&g| f[g] == best)
        .map(|g| grid[g])
        .collect();
    plateau[plateau.len() / 2]
}

/// Every set's counts at every setting of the grid.
fn table(sets: &[Set]) -> Vec<Vec<Counts>> {
    sets.iter()
        .map(|s| grid().into_iter().map(|l| score(s, l).0).collect())
        .collect()
}

/// The default is the setting all the sets together choose; each set is scored at the
/// setting the *other* sets choose (leave-one-set-out), which says how far a setting chosen
/// on some sets holds on another. The pooled figures must not fall below those measured.
#[test]
fn leave_one_set_out() {
    let sets = sets();
    assert!(sets.len() > 1);
    let table = table(&sets);
    for (g, l) in grid().into_iter().enumerate() {
        let total = (table.iter().map(|row| row[g])).fold(Counts::default(), Counts::add);
        eprintln!(
            "{:?} cut {:.3}: precision {:.3} recall {:.3}",
            l.method,
            l.cut,
            total.precision(),
            total.recall()
        );
    }
    let mut loso = Counts::default();
    for (i, set) in sets.iter().enumerate() {
        let chosen = choose(&table, |j| j != i);
        let counts = score(set, chosen).0;
        loso = loso.add(counts);
        eprintln!(
            "leave-one-set-out {}: {:?} cut {:.3}: precision {:.3} recall {:.3} ({} right of {} found, {} labelled)",
            set.name,
            chosen.method,
            chosen.cut,
            counts.precision(),
            counts.recall(),
            counts.right,
            counts.found,
            counts.labelled
        );
        for e in score(set, chosen).1 {
            eprintln!("  {e}");
        }
    }
    eprintln!(
        "leave-one-set-out, all sets: precision {:.3} recall {:.3}",
        loso.precision(),
        loso.recall()
    );
    let chosen = choose(&table, |_| true);
    assert_eq!(
        chosen, DEFAULT_LINKAGE,
        "the sets choose {chosen:?}, the default is {DEFAULT_LINKAGE:?}"
    );
    assert!(
        loso.precision() >= LOSO_PRECISION && loso.recall() >= LOSO_RECALL,
        "{loso:?}"
    );
}

/// What leave-one-set-out must at least reach, pooled: the figures measured when the
/// method was chosen (docs/across.md), so that a change that loses ground fails.
/// Over fourteen sets: 0.891 and 0.771; the two sets written apart in the third round
/// (`central-asia-russian`, `coastal-west-africa-french`), scored before they joined at 0.833
/// / 0.455 and 0.929 / 0.812, take the pooled recall over sixteen to 0.761 (precision 0.891).
const LOSO_PRECISION: f64 = 0.89;
const LOSO_RECALL: f64 = 0.76;

/// The strengths of some places shown beside the matching gap of others: on the development
/// set, the referral-mechanism themes, and no other (the school-access gap of two places is
/// not grouped: a missed pair of the development set). This tests the pairing of opposites,
/// so it groups at cut 0.075, where the themes are right: at the default the ten sets choose
/// (0.05), Kazakhstan's border-service training joins the strength wrongly, Kazakhstan is
/// then in both themes, and a place in both is no opposite.
#[test]
fn a_strength_and_the_matching_gap_are_two_themes_side_by_side() {
    let sets = sets();
    let dev = sets.iter().find(|s| s.name == "dev-central-asia").unwrap();
    let options = Options {
        linkage: Linkage {
            method: Method::Complete,
            cut: 0.075,
        },
        ..Options::default()
    };
    let result = across::across(&dev.profiles, &options);
    let mut linked: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for t in &result.themes {
        if let (Category::WellDeveloped, Some(o)) = (t.category, t.opposite) {
            let places = |t: &across::Theme| t.members.iter().map(|m| m.iso3.clone()).collect();
            linked.push((places(t), places(&result.themes[o])));
        }
    }
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    linked.sort();
    assert_eq!(
        linked,
        [(owned(&["UZB", "TJK"]), owned(&["KAZ", "KGZ", "TKM"])),],
        "{linked:?}"
    );
}

/// A profile file of `country` for `year` whose findings are `(domain, category, text)`.
fn profile_file(
    country: &str,
    iso3: &str,
    year: u16,
    extra: &str,
    findings: &[(&str, &str, &str)],
) -> String {
    let mut text = format!(
        "format = 1\n[profile]\ncountry = \"{country}\"\niso3 = \"{iso3}\"\nyear = {year}\n{extra}\n"
    );
    for d in Domain::ALL {
        let mine: Vec<_> = findings.iter().filter(|f| f.0 == d.key()).collect();
        if mine.is_empty() {
            continue;
        }
        text.push_str(&format!("[domains.{}]\n", d.key()));
        for c in ["well-developed", "further-development"] {
            let texts: Vec<String> = mine
                .iter()
                .filter(|f| f.1 == c)
                .map(|f| format!("{:?}", f.2))
                .collect();
            if !texts.is_empty() {
                text.push_str(&format!("{c} = [{}]\n", texts.join(", ")));
            }
        }
    }
    text
}

/// A folder of profiles: two rounds of Kazakhstan, one of Uzbekistan, one of Kyrgyzstan.
fn profile_set() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let agency = "has a state agency that coordinates labour migration policy across ministries.";
    common::write(
        p,
        "profiles/kazakhstan/2018.toml",
        profile_file(
            "Kazakhstan",
            "KAZ",
            2018,
            "",
            &[(
                "partnerships",
                "further-development",
                "Kazakhstan has no labour agreement with the Republic of Korea.",
            )],
        ),
    );
    common::write(
        p,
        "profiles/kazakhstan/2022.toml",
        profile_file(
            "Kazakhstan",
            "KAZ",
            2022,
            "",
            &[
                (
                    "whole-of-government",
                    "well-developed",
                    &format!("Kazakhstan {agency}"),
                ),
                (
                    "partnerships",
                    "well-developed",
                    "Kazakhstan has a labour agreement with the Republic of Korea.",
                ),
            ],
        ),
    );
    common::write(
        p,
        "profiles/uzbekistan/2020.toml",
        profile_file(
            "Uzbekistan",
            "UZB",
            2020,
            "",
            &[
                (
                    "whole-of-government",
                    "well-developed",
                    &format!("Uzbekistan {agency}"),
                ),
                (
                    "partnerships",
                    "well-developed",
                    "Uzbekistan has a labour agreement with the Russian Federation.",
                ),
            ],
        ),
    );
    common::write(
        p,
        "profiles/kyrgyzstan/2022.toml",
        profile_file(
            "Kyrgyzstan",
            "KGZ",
            2022,
            "provenance = \"illustrative\"",
            &[
                (
                    "whole-of-government",
                    "further-development",
                    "The Kyrgyz Republic has no state agency that coordinates labour migration policy across ministries.",
                ),
                (
                    "partnerships",
                    "further-development",
                    "Kyrgyzstan has no labour agreement with the Republic of Korea.",
                ),
            ],
        ),
    );
    dir
}

fn json_of(dir: &Path, args: &[&str]) -> serde_json::Value {
    let run = common::run(dir, args);
    serde_json::from_str(run.assert_ok()).expect("JSON")
}

#[test]
fn own_names_are_masked_partners_are_not_and_the_latest_rounds_are_compared() {
    let dir = profile_set();
    let report = json_of(
        dir.path(),
        &["across", "--profiles", "profiles", "--format", "json"],
    );
    let years: Vec<(String, u64)> = report["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["iso3"].as_str().unwrap().to_string(),
                p["year"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        years,
        [
            ("KAZ".into(), 2022),
            ("KGZ".into(), 2022),
            ("UZB".into(), 2020)
        ]
    );
    let themes = report["themes"].as_array().unwrap();
    // The agency: Kazakhstan and Uzbekistan have it, the Kyrgyz Republic lacks it.
    let agency: Vec<&serde_json::Value> = themes
        .iter()
        .filter(|t| {
            t["domain"] == "whole-of-government" && t["members"].as_array().unwrap().len() == 2
        })
        .collect();
    assert_eq!(agency.len(), 1, "{themes:#?}");
    assert_eq!(agency[0]["category"], "well-developed");
    // One place lacking it is particular, yet shown as the opposite only with 2+ places.
    // A labour agreement with Korea and one with Russia are two findings, not a theme.
    assert!(
        !themes
            .iter()
            .any(|t| t["domain"] == "partnerships" && t["category"] == "well-developed"),
        "{themes:#?}"
    );
    // Grouping misses pairs a reader would make (docs/across.md): the summary's counts say
    // "at least", and that a particular finding may be shared.
    let summary = report["summary_text"].as_str().unwrap();
    assert!(summary.contains("Counts are lower bounds"), "{summary}");
    assert!(
        summary.contains("Of 3 countries, at least 2 list"),
        "{summary}"
    );
    let particular = report["particular"].as_array().unwrap();
    assert!(
        particular
            .iter()
            .any(|p| p["iso3"] == "UZB" && p["text"].as_str().unwrap().contains("Russian"))
    );
    assert!(
        report["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("illustrative"))
    );
}

#[test]
fn year_picks_each_places_round_at_or_before_it_and_says_who_has_none() {
    let dir = profile_set();
    let run = common::run(
        dir.path(),
        &[
            "across",
            "--profiles",
            "profiles",
            "--year",
            "2020",
            "--format",
            "json",
        ],
    );
    let report: serde_json::Value = serde_json::from_str(run.assert_ok()).unwrap();
    let years: Vec<u64> = report["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["year"].as_u64().unwrap())
        .collect();
    assert_eq!(years, [2018, 2020]);
    assert!(
        run.stderr
            .contains("no round in or before 2020, left out: kyrgyzstan"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_strength_and_the_gap_of_others_are_shown_side_by_side_in_every_format() {
    let dir = profile_set();
    let args = ["across", "--profiles", "profiles", "--min-places", "2"];
    let table = common::run(dir.path(), &args);
    // Korea: Kazakhstan has it, Kyrgyzstan lacks it; Uzbekistan (Russia) is apart.
    let markdown = common::run(dir.path(), &[&args[..], &["--format", "markdown"]].concat());
    let md = markdown.assert_ok();
    assert!(
        md.starts_with("# Across places: 3 profiles, 2020–2022"),
        "{md}"
    );
    assert!(table.assert_ok().contains("Whole of government approach"));
    let html = common::run(dir.path(), &[&args[..], &["--format", "html"]].concat());
    let page = html.assert_ok();
    assert!(page.contains("<table class=\"grid\">"));
    assert!(page.contains("title=\"has it\""));
    let csv = common::run(dir.path(), &[&args[..], &["--format", "csv"]].concat());
    let rows: Vec<&str> = csv.assert_ok().lines().collect();
    assert!(
        rows[0]
            .trim_start_matches('\u{feff}')
            .starts_with("kind,domain,category,theme,label")
    );
    assert!(rows.iter().filter(|r| r.starts_with("theme,")).count() >= 2);
}

#[test]
fn hostile_text_is_escaped_in_html_markdown_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let evil = "=HYPERLINK(\"x\") <script>alert(1)</script> @octocat has a referral mechanism for victims of trafficking.";
    let a = common::write(
        p,
        "a.toml",
        profile_file(
            "Kazakhstan",
            "KAZ",
            2022,
            "",
            &[("safe-orderly-regular", "well-developed", evil)],
        ),
    );
    let b = common::write(
        p,
        "b.toml",
        profile_file(
            "Uzbekistan",
            "UZB",
            2022,
            "",
            &[("safe-orderly-regular", "well-developed", evil)],
        ),
    );
    let html = common::run(p, &["across", &a, &b, "--format", "html"]);
    assert!(!html.assert_ok().contains("<script>"));
    assert!(html.stdout.contains("&lt;script&gt;"));
    let md = common::run(p, &["across", &a, &b, "--format", "markdown"]);
    assert!(!md.assert_ok().contains("<script>"));
    let csv = common::run(p, &["across", &a, &b, "--format", "csv"]);
    assert!(csv.assert_ok().contains(",\"'=HYPERLINK"), "{}", csv.stdout);
}

#[test]
fn bad_selections_are_refused_with_a_reason() {
    let dir = profile_set();
    let p = dir.path();
    common::run(
        p,
        &[
            "across",
            "--profiles",
            "profiles",
            "kazakhstan@2018",
            "kazakhstan@2022",
        ],
    )
    .assert_bad_input("two rounds of Kazakhstan");
    common::run(p, &["across", "--profiles", "profiles", "kazakhstan@2018"])
        .assert_bad_input("at least two places");
    common::run(
        p,
        &["across", "--profiles", "profiles", "--min-places", "1"],
    )
    .assert_bad_input("--min-places");
    common::run(p, &["across", "--profiles", "profiles", "-o", "x.toml"])
        .assert_bad_input("--output");
    // A language the interface does not speak is refused, not ignored.
    common::run(p, &["across", "--profiles", "profiles", "--lang", "pt"]).assert_bad_input("'pt'");
}

/// The English interface's words in an `across` report (each a message, or a distinctive part
/// of one), none of which may be left in a report in another language. The profiles' own
/// texts are English, and hold none of them.
const ENGLISH: &[&str] = &[
    "Across places",
    "profiles,",
    "Warning",
    "warning:",
    "Places",
    "Theme",
    "a member's wording",
    "a member&#39;s wording",
    "Who",
    "have it",
    "lack it",
    "has it",
    "lacks it",
    "illustrative data",
    "illustrative:",
    "hypothetical data",
    "well developed",
    "further development",
    "well-developed area",
    "neither listed",
    "Each member's own text",
    "Particular to one place",
    "Place",
    "Category",
    "Finding",
    "Made by",
    "a grouping the matcher measured",
    "countries compared",
    "shared by at least",
    "particular to one place",
    "Counts are lower bounds",
    "Of 3 countries",
    "Of 2 countries",
    "at least",
    "list as well developed",
    "no round in or before",
    "left out",
    "the others in",
    "only through a shared id",
    "Whole of government approach",
    "Partnerships",
];

/// Whether `text` holds `phrase` as whole words (French "Thème" does not hold "Theme", but
/// "Whose" would hold "Who" as a part).
fn has_words(text: &str, phrase: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(at, _)| {
        !word(text[..at].chars().next_back()) && !word(text[at + phrase.len()..].chars().next())
    })
}

/// What a reader reads of a page: its text and its tooltips, not its markup or style (a
/// class `has` is no word of the interface).
fn reader_text(page: &str) -> String {
    let html = scraper::Html::parse_document(page);
    let mut out = String::new();
    for node in html.tree.nodes() {
        let in_style = node
            .ancestors()
            .any(|a| a.value().as_element().is_some_and(|e| e.name() == "style"));
        match node.value() {
            scraper::Node::Text(t) if !in_style => out.push_str(t),
            scraper::Node::Element(e) => {
                if let Some(v) = e.attr("title") {
                    out.push_str(v);
                }
            }
            _ => {}
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_format_with_words_speaks_the_language_asked_for() {
    let dir = profile_set();
    let p = dir.path();
    // A round in French beside the others in English, for the warning that says so.
    let french = common::write(
        p,
        "fr.toml",
        profile_file(
            "Tajikistan",
            "TJK",
            2022,
            "language = \"fr\"",
            &[(
                "partnerships",
                "well-developed",
                "Le Tadjikistan a conclu un accord de travail avec la République de Corée.",
            )],
        ),
    );
    let base = ["across", "--profiles", "profiles"];
    // The latest rounds (an illustrative one among them), a year that leaves a place out,
    // and a profile in another language: every warning `across` can word again.
    let runs: [Vec<&str>; 3] = [
        base.to_vec(),
        [&base[..], &["--year", "2020"]].concat(),
        [
            &base[..],
            &["kazakhstan@2022", "uzbekistan@2020", french.as_str()],
        ]
        .concat(),
    ];
    for lang in ["es", "fr", "ru"] {
        for args in &runs {
            for format in ["table", "markdown", "html"] {
                let args = [&args[..], &["--lang", lang, "--format", format]].concat();
                let run = common::run(p, &args);
                let out = run.assert_ok();
                let text = if format == "html" {
                    let html = scraper::Html::parse_document(out);
                    assert!(html.errors.is_empty(), "{args:?}: {:?}", html.errors);
                    let root = scraper::Selector::parse("html").unwrap();
                    let element = html.select(&root).next().expect("an html element");
                    assert_eq!(element.value().attr("lang"), Some(lang), "{args:?}");
                    reader_text(out)
                } else {
                    out.to_string()
                };
                // The profiles' own texts are English: only the interface's words are looked
                // for, outside the findings, which each format shows after a place and year.
                let left: Vec<&&str> = ENGLISH
                    .iter()
                    .filter(|phrase| has_words(&text, phrase))
                    .collect();
                assert!(left.is_empty(), "{args:?}: {left:?} in\n{text}");
            }
        }
    }
}

#[test]
fn the_sites_pages_across_places_speak_the_sites_language() {
    let dir = profile_set();
    let p = dir.path();
    common::run(
        p,
        &[
            "site",
            "--profiles",
            "profiles",
            "--lang",
            "ru",
            "-o",
            "out",
        ],
    )
    .assert_ok();
    let page = std::fs::read_to_string(p.join("out/across/2022.html")).unwrap();
    assert!(page.contains("<html lang=\"ru\">"), "{page}");
    assert!(
        page.contains("<p class=\"meta\">Период 2022: последний раунд каждой страны"),
        "{page}"
    );
    let text = reader_text(&page);
    let left: Vec<&&str> = ENGLISH.iter().filter(|w| has_words(&text, w)).collect();
    assert!(left.is_empty(), "{left:?} in\n{text}");
}

#[test]
fn the_profiles_language_is_the_default_and_english_renders_the_json_summary() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let gap = "no existe un mecanismo nacional de derivación para las víctimas de la trata.";
    let spanish: Vec<String> = [("Chile", "CHL"), ("Peru", "PER")]
        .iter()
        .map(|(country, iso3)| {
            common::write(
                p,
                &format!("{iso3}.toml"),
                profile_file(
                    country,
                    iso3,
                    2022,
                    "language = \"es\"",
                    &[(
                        "migrants-rights",
                        "further-development",
                        &format!("En {country} {gap}"),
                    )],
                ),
            )
        })
        .collect();
    let args = ["across", &spanish[0], &spanish[1], "--format", "markdown"];
    let md = common::run(p, &args);
    assert!(
        md.assert_ok()
            .starts_with("# Comparación entre lugares: 2 perfiles, 2022"),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout.contains("2 carecen de ello (CHL, PER)"),
        "{}",
        md.stdout
    );
    let english = common::run(p, &[&args[..], &["--lang", "en"]].concat());
    assert!(
        english
            .assert_ok()
            .starts_with("# Across places: 2 profiles, 2022")
    );
    // The summary a report shows is worded by the renderer, the JSON's by `across`: in
    // English they are one text.
    let dir = profile_set();
    let args = ["across", "--profiles", "profiles"];
    let json = json_of(dir.path(), &[&args[..], &["--format", "json"]].concat());
    let md = common::run(dir.path(), &[&args[..], &["--format", "markdown"]].concat());
    let summary = json["summary_text"].as_str().unwrap();
    assert!(
        md.assert_ok().lines().any(|line| line == summary),
        "{summary}\n{}",
        md.stdout
    );
}
