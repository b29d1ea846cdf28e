//! `history PLACE` and `site`: a place followed through its rounds, and the profile set as a
//! website whose every link resolves, whose every text is escaped, and which is written only
//! where it may be.

use crate::common;

use std::path::{Path, PathBuf};

use common::{run, write};

/// A round of Testland (or of `country`): `findings` are (category, text) in migrants' rights.
fn round(
    country: &str,
    iso3: &str,
    year: u16,
    provenance: &str,
    findings: &[(&str, &str)],
) -> String {
    let list = |category: &str| {
        findings
            .iter()
            .filter(|f| f.0 == category)
            .map(|f| format!("  {:?},\n", f.1))
            .collect::<String>()
    };
    format!(
        "format = 1\n\n[profile]\ncountry = {country:?}\niso3 = \"{iso3}\"\nyear = {year}\nprovenance = \"{provenance}\"\n\n[domains.migrants-rights]\nwell-developed = [\n{}]\nfurther-development = [\n{}]\n",
        list("wd"),
        list("fd")
    )
}

/// Three rounds of Chile and one of Peru, in `dir/profiles`.
fn profile_set(dir: &Path) {
    let chile = "profiles/chile";
    write(
        dir,
        &format!("{chile}/2018.toml"),
        round(
            "Chile",
            "CHL",
            2018,
            "published",
            &[
                ("fd", "There is no national migration strategy."),
                ("fd", "Migrant workers cannot change their employer."),
                ("wd", "Migrants have access to emergency health care."),
            ],
        ),
    );
    write(
        dir,
        &format!("{chile}/2021.toml"),
        round(
            "Chile",
            "CHL",
            2021,
            "published",
            &[
                ("fd", "There is no national migration strategy yet."),
                (
                    "wd",
                    "Migrant workers can change their employer after one year.",
                ),
                ("wd", "Migrants have access to emergency health care."),
            ],
        ),
    );
    write(
        dir,
        &format!("{chile}/2024.toml"),
        round(
            "Chile",
            "CHL",
            2024,
            "illustrative",
            &[
                ("fd", "There is still no national migration strategy."),
                (
                    "wd",
                    "Migrants have access to emergency and primary health care.",
                ),
                ("wd", "A hotline answers migrants in four languages."),
            ],
        ),
    );
    // A city of Chile, one folder deeper: its pages are deeper too.
    write(
        dir,
        "profiles/chile/santiago/2020.toml",
        round(
            "Chile",
            "CHL",
            2020,
            "published",
            &[("wd", "The city runs a migrant centre.")],
        )
        .replace(
            "year = 2020",
            "year = 2020\nlevel = \"local\"\ncity = \"Santiago\"",
        ),
    );
    write(
        dir,
        "profiles/peru/2019.toml",
        round(
            "Peru",
            "PER",
            2019,
            "published",
            &[("wd", "The country takes part in the Puebla Process.")],
        ),
    );
}

#[test]
fn a_history_follows_each_finding_through_the_rounds() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    let r = run(dir.path(), &["history", "chile", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(r.assert_ok()).unwrap();
    let years: Vec<u64> = v["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["year"].as_u64().unwrap())
        .collect();
    assert_eq!(years, [2018, 2021, 2024]);
    let lines = v["domains"][0]["lines"].as_array().unwrap();
    let strategy = lines
        .iter()
        .find(|l| {
            l["cells"][2]["text"]
                .as_str()
                .is_some_and(|t| t.contains("strategy"))
        })
        .expect("the strategy gap is one line");
    assert_eq!(strategy["since"], 2018);
    assert_eq!(strategy["open_since"], 2018);
    let employer = lines
        .iter()
        .find(|l| {
            l["cells"][1]["text"]
                .as_str()
                .is_some_and(|t| t.contains("employer"))
        })
        .unwrap();
    assert_eq!(employer["cells"][1]["status"], "improved");
    assert_eq!(employer["cells"][2]["status"], "dropped");
    let hotline = lines.iter().find(|l| l["since"] == 2024).unwrap();
    assert_eq!(hotline["cells"][2]["status"], "added");
    assert!(
        v["warnings"][0]
            .as_str()
            .unwrap()
            .contains("Chile 2024 is illustrative")
    );
    // The same by ISO3 code, in every other format.
    for format in ["table", "markdown", "html"] {
        let r = run(dir.path(), &["history", "CHL", "--format", format]);
        let out = r.assert_ok();
        // (A table may wrap the sentence around another column's cell.)
        assert!(
            out.contains("There is still no national")
                && out.contains("strategy.")
                && out.contains("improved strength"),
            "{format}:\n{out}"
        );
        assert!(out.contains("open since 2018"), "{format}:\n{out}");
        assert!(out.contains("illustrative"), "{format}");
    }
    let csv = run(dir.path(), &["history", "CHL", "--format", "csv"]);
    let csv = csv.assert_ok();
    assert!(
        csv.contains("Migrants' rights,3,2018,2018,2024,reworded,further-development,There is still no national migration strategy.,review,"),
        "{csv}"
    );
    assert!(csv.contains(",2021,improved,well-developed,"), "{csv}");
}

#[test]
fn a_place_with_one_round_says_so_and_an_unknown_place_is_named() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    let r = run(dir.path(), &["history", "peru"]);
    assert!(
        r.assert_ok().contains("Peru has one round (2019)"),
        "{}",
        r.stdout
    );
    let r = run(dir.path(), &["history", "chle"]);
    r.assert_bad_input("no profile of `chle`");
    assert!(r.stderr.contains("did you mean `chile`?"), "{}", r.stderr);
}

/// Every file under `dir`, as paths relative to it.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_link_of_the_site_resolves_and_nothing_is_fetched() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    let r = run(dir.path(), &["site", "-o", "_site"]);
    assert!(r.assert_ok().contains("wrote 14 pages"), "{}", r.stdout);
    let site = dir.path().join("_site");
    let pages: Vec<PathBuf> = files(&site)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert_eq!(pages.len(), 14, "{pages:?}");
    assert!(pages.contains(&PathBuf::from("rounds/chile/santiago/2020.html")));
    let links = scraper::Selector::parse("a[href], link[href], script[src], img[src]").unwrap();
    let mut checked = 0;
    for page in &pages {
        let html = std::fs::read_to_string(site.join(page)).unwrap();
        let doc = scraper::Html::parse_document(&html);
        for element in doc.select(&links) {
            let target = element.attr("href").or(element.attr("src")).unwrap();
            assert!(
                !target.contains("://") && !target.starts_with("//"),
                "{page:?} fetches {target}"
            );
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            let path = if file.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(file)
            };
            let resolved = site.join(&path);
            assert!(resolved.is_file(), "{page:?}: {target} does not resolve");
            if !fragment.is_empty() {
                let text = std::fs::read_to_string(&resolved).unwrap();
                assert!(
                    text.contains(&format!("id=\"{fragment}\"")),
                    "{page:?}: #{fragment} is not in {path:?}"
                );
            }
            checked += 1;
        }
        // Every page that shows the illustrative round says so.
        // (A page across places names 2024 in its link to the next period.)
        let shows = html.contains("Chile 2024") || !page.starts_with("across");
        if html.contains("2024") && shows && !page.ends_with("peru.html") {
            assert!(
                html.contains("illustrative"),
                "{page:?} shows 2024 without the warning"
            );
        }
    }
    assert!(checked > 30, "{checked} links");
}

#[test]
fn the_site_escapes_every_text() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "profiles/x/2018.toml",
        round(
            "<script>alert(1)</script>",
            "ATA",
            2018,
            "published",
            &[("wd", "<img src=x onerror=alert(2)> & \"quotes\"")],
        ),
    );
    write(
        dir.path(),
        "profiles/x/2020.toml",
        round(
            "<script>alert(1)</script>",
            "ATA",
            2020,
            "published",
            &[("wd", "<img src=x onerror=alert(3)>")],
        ),
    );
    // A second place, so that a page across places is made and escaped too.
    write(
        dir.path(),
        "profiles/y/2019.toml",
        round(
            "<b>Y</b>",
            "ATF",
            2019,
            "published",
            &[("wd", "<img src=x onerror=alert(4)> & \"quotes\"")],
        ),
    );
    run(dir.path(), &["site", "-o", "out"]).assert_ok();
    assert!(dir.path().join("out/across/2020.html").is_file());
    for page in files(&dir.path().join("out")) {
        let html = std::fs::read_to_string(dir.path().join("out").join(&page)).unwrap();
        assert!(
            !html.contains("<script>alert") && !html.contains("<img src=x"),
            "{page:?}"
        );
    }
}

#[test]
fn the_site_is_written_only_where_it_may_be() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    // A folder with someone's files: refused, untouched.
    write(dir.path(), "docs/notes.md", "mine");
    run(dir.path(), &["site", "-o", "docs"]).assert_bad_input("was not made by mgi-diff site");
    assert_eq!(files(&dir.path().join("docs")), [PathBuf::from("notes.md")]);
    // No folder given.
    run(dir.path(), &["site"]).assert_bad_input("--output DIR");
    // A folder it made: written again; a file added to it since is never overwritten.
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    write(
        dir.path(),
        "profiles/bolivia/2020.toml",
        round("Bolivia", "BOL", 2020, "published", &[("wd", "A finding.")]),
    );
    write(dir.path(), "_site/places/bolivia.html", "someone's page");
    run(dir.path(), &["site", "-o", "_site"])
        .assert_bad_input("places/bolivia.html: exists and was not written by mgi-diff site");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("_site/places/bolivia.html")).unwrap(),
        "someone's page"
    );
    // A link planted in the folder, for a page or for a subfolder, is never written through.
    std::fs::remove_file(dir.path().join("_site/places/bolivia.html")).unwrap();
    write(dir.path(), "outside/secret.txt", "keep me");
    std::fs::remove_file(dir.path().join("_site/index.html")).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("outside/secret.txt"),
        dir.path().join("_site/index.html"),
    )
    .unwrap();
    run(dir.path(), &["site", "-o", "_site"]).assert_bad_input("_site/index.html: is a link");
    std::fs::remove_file(dir.path().join("_site/index.html")).unwrap();
    std::fs::rename(dir.path().join("_site/rounds"), dir.path().join("moved")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("outside"), dir.path().join("_site/rounds"))
        .unwrap();
    run(dir.path(), &["site", "-o", "_site"]).assert_bad_input("_site/rounds: is a link");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("outside/secret.txt")).unwrap(),
        "keep me"
    );
    assert_eq!(
        files(&dir.path().join("outside")),
        [PathBuf::from("secret.txt")]
    );
    // A profile that does not load stops the site before anything is written.
    write(
        dir.path(),
        "profiles/peru/2021.toml",
        "format = 1\n[profile]\ncountry = \"Peru\"\n",
    );
    let r = run(dir.path(), &["site", "-o", "new-site"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("peru/2021.toml"), "{}", r.stderr);
    assert!(!dir.path().join("new-site").exists());
}

#[test]
fn files_the_walk_does_not_read_are_named_by_history_and_site() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    let fifo = dir.path().join("profiles/peru/2020.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let r = run(dir.path(), &["site", "-o", "_site"]);
    r.assert_ok();
    assert!(
        r.stderr
            .contains("peru/2020.toml: warning: not read: a FIFO"),
        "{}",
        r.stderr
    );
    let r = run(dir.path(), &["history", "peru"]);
    r.assert_ok();
    assert!(
        r.stderr
            .contains("peru/2020.toml: warning: not read: a FIFO"),
        "{}",
        r.stderr
    );
}

/// Every file under `dir` with what it holds.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all: Vec<(PathBuf, Vec<u8>)> = files(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(dir.join(&p)).unwrap();
            (p, bytes)
        })
        .collect();
    all.sort();
    all
}

#[test]
fn a_site_that_fails_leaves_the_previous_one_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    let before = contents(&dir.path().join("_site"));
    // A new place, and one whose page name (`places/zzz….html`, 257 bytes) is too long for
    // the file system: it sorts after the others, so a site written page by page would have
    // replaced theirs and written Bolivia's before it failed.
    write(
        dir.path(),
        "profiles/bolivia/2020.toml",
        round("Bolivia", "BOL", 2020, "published", &[("wd", "A finding.")]),
    );
    let long = "z".repeat(252);
    write(
        dir.path(),
        &format!("profiles/{long}/2020.toml"),
        round("Zambia", "ZMB", 2020, "published", &[("wd", "A finding.")]),
    );
    let r = run(dir.path(), &["site", "-o", "_site"]);
    r.assert_bad_input("too long");
    assert!(
        r.stderr.contains(&format!("places/{long}.html")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("left as it was"), "{}", r.stderr);
    assert_eq!(contents(&dir.path().join("_site")), before);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "nothing left beside the site"
    );
    // A place that does not load, after others were made: the same.
    std::fs::remove_dir_all(dir.path().join(format!("profiles/{long}"))).unwrap();
    write(
        dir.path(),
        "profiles/zambia/2020.toml",
        "format = 1\n[profile]\ncountry = \"Zambia\"\n",
    );
    run(dir.path(), &["site", "-o", "_site"]).assert_bad_input("zambia/2020.toml");
    assert_eq!(contents(&dir.path().join("_site")), before);
    // The next run is not refused: the list of what the site wrote is still true.
    std::fs::remove_dir_all(dir.path().join("profiles/zambia")).unwrap();
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    assert!(dir.path().join("_site/places/bolivia.html").is_file());
}

#[test]
fn the_site_never_writes_into_a_file_linked_to_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    // A downloaded set whose site holds hard links: a page linked to a profile, the list of the
    // files the site wrote linked to a file of someone's.
    let profile = dir.path().join("profiles/peru/2019.toml");
    let kept = std::fs::read(&profile).unwrap();
    let page = dir.path().join("_site/rounds/peru/2019.html");
    std::fs::remove_file(&page).unwrap();
    std::fs::hard_link(&profile, &page).unwrap();
    let list = dir.path().join("_site/.mgi-diff-site");
    let notes = dir.path().join("notes.txt");
    std::fs::rename(&list, &notes).unwrap();
    std::fs::hard_link(&notes, &list).unwrap();
    let kept_notes = std::fs::read(&notes).unwrap();
    // A new place: the list changes.
    write(
        dir.path(),
        "profiles/bolivia/2020.toml",
        round("Bolivia", "BOL", 2020, "published", &[("wd", "A finding.")]),
    );
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    assert_eq!(std::fs::read(&profile).unwrap(), kept);
    assert_eq!(std::fs::read(&notes).unwrap(), kept_notes);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        std::fs::read_to_string(&list)
            .unwrap()
            .contains("places/bolivia.html")
    );
}

/// The page a link on `page` leads to, as a path inside the site; `None` for a link to a part
/// of the same page.
fn follow(page: &Path, href: &str) -> Option<PathBuf> {
    let file = href.split('#').next().unwrap();
    if file.is_empty() {
        return None;
    }
    let mut path = page.parent().unwrap().to_path_buf();
    for part in file.split('/') {
        match part {
            ".." => assert!(path.pop(), "{page:?}: {href} leaves the site"),
            "." => {}
            p => path.push(p),
        }
    }
    Some(path)
}

#[test]
fn the_site_can_be_walked_by_clicking() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    for year in [2018, 2021, 2024] {
        let chile = std::fs::read_to_string(dir.path().join(format!("profiles/chile/{year}.toml")))
            .unwrap();
        write(
            dir.path(),
            &format!("profiles/bolivia/{year}.toml"),
            chile
                .replace("Chile", "Bolivia")
                .replace("CHL", "BOL")
                .replace("\"illustrative\"", "\"published\""),
        );
    }
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    let site = dir.path().join("_site");
    let anchors = scraper::Selector::parse("a[href]").unwrap();
    // From the index, follow every link to every page it reaches.
    let mut links = std::collections::BTreeMap::<PathBuf, Vec<PathBuf>>::new();
    let mut queue = vec![PathBuf::from("index.html")];
    while let Some(page) = queue.pop() {
        if links.contains_key(&page) {
            continue;
        }
        let html =
            std::fs::read_to_string(site.join(&page)).unwrap_or_else(|e| panic!("{page:?}: {e}"));
        let doc = scraper::Html::parse_document(&html);
        let targets: Vec<PathBuf> = doc
            .select(&anchors)
            .filter_map(|a| follow(&page, a.attr("href").unwrap()))
            .collect();
        for t in &targets {
            assert!(
                site.join(t).is_file(),
                "{page:?} links to {t:?}, not written"
            );
        }
        queue.extend(targets.iter().cloned());
        links.insert(page, targets);
    }
    let written: Vec<PathBuf> = files(&site)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    let reached: Vec<PathBuf> = links.keys().cloned().collect();
    assert_eq!(reached, written, "every page is reached from the index");
    let has = |page: &str, to: &str| {
        assert!(
            links[&PathBuf::from(page)].contains(&PathBuf::from(to)),
            "{page} does not link to {to}: {:?}",
            links[&PathBuf::from(page)]
        );
    };
    for place in ["bolivia", "chile"] {
        let history = format!("places/{place}.html");
        let rounds = [2018, 2021, 2024].map(|y| format!("rounds/{place}/{y}.html"));
        let pairs = ["2018-2021", "2021-2024"].map(|p| format!("compare/{place}/{p}.html"));
        has("index.html", &history);
        for round in &rounds {
            has(&history, round);
            has(round, &history);
            has(round, "index.html");
        }
        for (i, pair) in pairs.iter().enumerate() {
            has(&history, pair);
            has(pair, &history);
            has(pair, "index.html");
            has(pair, &rounds[i]);
            has(pair, &rounds[i + 1]);
        }
        has(&pairs[0], &pairs[1]);
        has(&pairs[1], &pairs[0]);
    }
    has(
        "places/chile/santiago.html",
        "rounds/chile/santiago/2020.html",
    );
}

#[test]
fn the_timeline_has_a_legend_for_its_colours() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    let r = run(dir.path(), &["history", "chile", "--format", "html"]);
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    let place = std::fs::read_to_string(dir.path().join("_site/places/chile.html")).unwrap();
    for html in [r.assert_ok(), place.as_str()] {
        let doc = scraper::Html::parse_document(html);
        let legend = scraper::Selector::parse(".legend").unwrap();
        let legend = doc.select(&legend).next().expect("a legend");
        let text = legend.text().collect::<String>();
        let cells = scraper::Selector::parse("td.step").unwrap();
        let mut seen = 0;
        for cell in doc.select(&cells) {
            let class = cell.value().classes().find(|c| *c != "step").unwrap();
            let swatch = scraper::Selector::parse(&format!(".swatch.{class}")).unwrap();
            assert!(
                legend.select(&swatch).next().is_some(),
                "no swatch for {class} in {text}"
            );
            assert!(text.contains(class), "{class} is not named in {text}");
            seen += 1;
        }
        assert!(seen > 5, "{seen} coloured cells");
    }
}

/// The pages across places: one per year that has a national round, each place counted with
/// its latest round in or before it, linked from the index and from one another; a theme
/// with an illustrative member says so; the HTML parses without an error.
#[test]
fn the_site_has_a_page_across_places_per_period() {
    let dir = tempfile::tempdir().unwrap();
    profile_set(dir.path());
    // Bolivia states Chile's illustrative 2024 finding in its own words.
    write(
        dir.path(),
        "profiles/bolivia/2022.toml",
        round(
            "Bolivia",
            "BOL",
            2022,
            "published",
            &[(
                "wd",
                "Bolivia gives migrants access to primary and emergency health care.",
            )],
        ),
    );
    run(dir.path(), &["site", "-o", "_site"]).assert_ok();
    let site = dir.path().join("_site");
    let across: Vec<PathBuf> = files(&site)
        .into_iter()
        .filter(|p| p.starts_with("across"))
        .collect();
    // 2018: Chile alone; 2019: Chile 2018 and Peru 2019; then 2021, 2022, 2024. Santiago, the
    // only city, has no page.
    let years = ["2019", "2021", "2022", "2024"];
    assert_eq!(
        across,
        years.map(|y| PathBuf::from(format!("across/{y}.html"))),
        "{across:?}"
    );
    let read = |page: &str| std::fs::read_to_string(site.join(page)).unwrap();
    let index = read("index.html");
    for y in years {
        assert!(
            index.contains(&format!("href=\"across/{y}.html\"")),
            "{index}"
        );
    }
    let page = read("across/2024.html");
    assert!(page.contains("latest round in or before 2024"), "{page}");
    assert!(page.contains("href=\"../index.html\""));
    assert!(
        page.contains("href=\"../across/2022.html\""),
        "the period before"
    );
    // Chile 2024 (illustrative) and Bolivia 2022 share a theme, and the page says so.
    assert!(
        page.contains("(illustrative data among its members)"),
        "{page}"
    );
    let earlier = read("across/2021.html");
    assert!(earlier.contains("<strong>Chile 2021</strong>"), "{earlier}");
    assert!(
        !earlier.contains("Chile 2024"),
        "a later round is not in an earlier period"
    );
    for p in across
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .chain(["index.html".to_string()])
    {
        let doc = scraper::Html::parse_document(&read(&p));
        assert!(doc.errors.is_empty(), "{p}: {:?}", doc.errors);
    }
}
