//! Scores the matcher on the labelled corpus in `tests/corpus/` (see its README).

use std::path::Path;

use mgi_diff::diff::{DEFAULT_THRESHOLD, Entry, Status, diff};
mod common;

use common::profile;
use mgi_diff::profile::{Category, Domain, Profile};

/// The accuracy the matcher must reach on the corpus.
const BAR: f64 = 0.98;

/// One labelled entry: what should happen to a finding (or a pair).
struct Label {
    status: Status,
    old: Option<usize>,
    new: Option<usize>,
    what: String,
}

struct Case {
    name: String,
    old: Profile,
    new: Profile,
    labels: Vec<Label>,
}

fn parse_side(s: &str) -> (Category, Domain, String) {
    let (head, text) = s
        .split_once(": ")
        .unwrap_or_else(|| panic!("no `: ` in {s:?}"));
    let (cat, domain) = head
        .split_once(' ')
        .unwrap_or_else(|| panic!("no category in {s:?}"));
    let category = match cat {
        "wd" => Category::WellDeveloped,
        "fd" => Category::FurtherDevelopment,
        other => panic!("unknown category {other:?}"),
    };
    let domain = Domain::from_key(domain).unwrap_or_else(|| panic!("unknown domain {domain:?}"));
    (category, domain, text.to_string())
}

fn position(p: &Profile, side: &(Category, Domain, String)) -> usize {
    p.findings
        .iter()
        .position(|f| f.category == side.0 && f.domain == side.1 && f.text == side.2)
        .expect("every labelled finding is in its profile")
}

fn load_case(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    let entries = doc["entry"].as_array().expect("[[entry]] tables");
    let mut olds = Vec::new();
    let mut news = Vec::new();
    let mut raw = Vec::new();
    for e in entries {
        let status = Status::from_key(e["status"].as_str().unwrap()).expect("a known status");
        let old = e.get("old").and_then(|v| v.as_str()).map(parse_side);
        let new = e.get("new").and_then(|v| v.as_str()).map(parse_side);
        if let Some(o) = &old {
            olds.push(o.clone());
        }
        if let Some(n) = &new {
            news.push(n.clone());
        }
        let what = e
            .get("trap")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        raw.push((status, old, new, what));
    }
    let old = profile(2018, olds);
    let new = profile(2022, news);
    let labels = raw
        .into_iter()
        .map(|(status, o, n, what)| Label {
            status,
            old: o.as_ref().map(|s| position(&old, s)),
            new: n.as_ref().map(|s| position(&new, s)),
            what,
        })
        .collect();
    Case {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        old,
        new,
        labels,
    }
}

fn corpus() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_case(p)).collect()
}

fn same_side(
    entry: Option<&mgi_diff::diff::Side>,
    profile: &Profile,
    label: Option<usize>,
) -> bool {
    match (entry, label) {
        (None, None) => true,
        (Some(side), Some(i)) => {
            let f = &profile.findings[i];
            side.domain == f.domain && side.category == f.category && side.index == f.index
        }
        _ => false,
    }
}

/// Scores one case: the labels the diff got right, and a line for each it got wrong.
fn score(case: &Case, threshold: f64) -> (usize, Vec<String>) {
    let report = diff(&case.old, &case.new, threshold);
    let entries: Vec<&Entry> = report.entries().collect();
    let mut right = 0;
    let mut wrong = Vec::new();
    for label in &case.labels {
        let found = entries.iter().find(|e| match (label.old, label.new) {
            (Some(_), _) => same_side(e.old.as_ref(), &case.old, label.old),
            (None, _) => same_side(e.new.as_ref(), &case.new, label.new),
        });
        let ok = found.is_some_and(|e| {
            e.status == label.status
                && same_side(e.old.as_ref(), &case.old, label.old)
                && same_side(e.new.as_ref(), &case.new, label.new)
        });
        if ok {
            right += 1;
        } else {
            let text = label
                .old
                .map(|i| &case.old.findings[i].text)
                .or(label.new.map(|i| &case.new.findings[i].text))
                .unwrap();
            let got = found.map_or("nothing".to_string(), |e| {
                format!(
                    "{} (similarity {:?}) with {:?}",
                    e.status,
                    e.similarity,
                    e.new.as_ref().or(e.old.as_ref()).map(|s| &s.text)
                )
            });
            wrong.push(format!(
                "{}: expected {} [{}] for {text:?}, got {got}",
                case.name, label.status, label.what
            ));
        }
    }
    (right, wrong)
}

fn accuracy(cases: &[Case], threshold: f64) -> (f64, usize, Vec<String>) {
    let mut right = 0;
    let mut total = 0;
    let mut wrong = Vec::new();
    for case in cases {
        let (r, w) = score(case, threshold);
        right += r;
        total += case.labels.len();
        wrong.extend(w);
    }
    (right as f64 / total as f64, total, wrong)
}

#[test]
fn corpus_is_large_and_covers_every_status() {
    let cases = corpus();
    assert!(cases.len() >= 4, "at least four profile pairs");
    let labels: Vec<&Label> = cases.iter().flat_map(|c| &c.labels).collect();
    assert!(
        labels.len() >= 80,
        "at least 80 labelled findings, have {}",
        labels.len()
    );
    for status in Status::ALL {
        assert!(
            labels.iter().any(|l| l.status == status),
            "no {status} in the corpus"
        );
    }
}

#[test]
fn matcher_accuracy_on_the_corpus() {
    let cases = corpus();
    let (acc, total, wrong) = accuracy(&cases, DEFAULT_THRESHOLD);
    println!(
        "corpus accuracy at threshold {DEFAULT_THRESHOLD}: {acc:.3} on {total} labelled entries"
    );
    for w in &wrong {
        println!("  {w}");
    }
    assert!(
        acc >= BAR,
        "accuracy {acc:.3} is below {BAR}:\n{}",
        wrong.join("\n")
    );
}

/// Prints the accuracy at every threshold, and checks that the default is on the best plateau.
#[test]
fn threshold_sweep() {
    let cases = corpus();
    let mut best = 0.0f64;
    for step in 1..80 {
        let t = f64::from(step) * 0.0125;
        let (acc, _, wrong) = accuracy(&cases, t);
        println!(
            "threshold {t:.3}: accuracy {acc:.3} ({} wrong)",
            wrong.len()
        );
        best = best.max(acc);
    }
    let (at_default, _, _) = accuracy(&cases, DEFAULT_THRESHOLD);
    assert!(
        at_default >= best,
        "the default threshold {DEFAULT_THRESHOLD} scores {at_default:.3}, but {best:.3} is possible"
    );
}
