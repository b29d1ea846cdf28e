//! Scores the matcher on the labelled corpus in `tests/corpus/` (see its README).

use std::path::Path;

use crate::common;
use mgi_diff::diff::{Confidence, Entry, Options, Reason, Status, Tuning, diff_with};

use common::profile;
use mgi_diff::profile::{Category, Domain, Profile};

/// The accuracy the matcher must reach on the corpus at its defaults (0.966 measured).
const BAR: f64 = 0.958;

/// The accuracy it must reach on pairs that did not choose its settings (leave-one-pair-out):
/// the figure the README reports, set just below what the matcher measures today so that any
/// change that loses two labels fails (0.967 measured: 794 of 821).
const CROSS_VALIDATED_BAR: f64 = 0.963;

/// The pairs written for the classes the held-back rounds found wrong (weak pairs outvoting a
/// clear one; names and groups replaced in one frame), after the rest: the rest must keep the
/// cross-validated accuracy they had before them.
const NEWER_CLASSES: [&str; 22] = [
    "acronyms",
    "acronyms-french",
    "acronyms-russian",
    "acronyms-spanish",
    "closed-gaps",
    "clauses-split-off",
    "replaced-names",
    "weak-pairs",
    "language-french",
    "language-russian",
    "language-spanish",
    "closed-gaps-french",
    "closed-gaps-russian",
    "closed-gaps-spanish",
    "groups",
    "groups-french",
    "groups-russian",
    "groups-spanish",
    "renames",
    "renames-french",
    "renames-russian",
    "renames-spanish",
];

/// The cross-validated accuracy of the pairs before [`NEWER_CLASSES`] (0.946 before those
/// classes were added).
const EARLIER_PAIRS_BAR: f64 = 0.946;

/// Labels the matcher gets wrong today, by pair and trap, with why: each stays labelled with
/// the truth, is excused from the checks below that it fails, and must still fail them (a
/// label that passes again is to be taken off this list, so that it is checked again).
const KNOWN_MISSES: &[(&str, &str, &str)] = &[
    // A portal renamed whose name is not the only change: "портал «Электронная биржа труда»" /
    // "Единый миграционный портал" keeps the head noun but moves it, and each name has one
    // capitalised word (split as a partner replaced); "a través del portal Migración en Línea"
    // / "a través de la plataforma Visas Web" rewrites the frame around the name, and the
    // name penalty takes the pair below the threshold.
    (
        "renames-russian",
        "a portal renamed",
        "lower-case name in quotation marks, one capitalised word each: split",
    ),
    (
        "renames-spanish",
        "a portal renamed",
        "frame rewritten around the name",
    ),
    // The `apart-*` pairs, written by someone who had read neither the matcher nor the corpus
    // and scored once, after this round's rules were in: what they found, left as found.
    // A French law whose number and title both change, its title in lower case: below the
    // threshold at the defaults, split.
    (
        "apart-names-fr",
        "a law replaced by a new law",
        "number and title changed",
    ),
    // «Республикой Корея» / «Турецкой Республикой»: the country is named around a word both
    // official names share, so the partner replaced reads as one finding (marked `review`).
    (
        "apart-names-ru",
        "control: a partner country replaced",
        "country's official long form",
    ),
    // The `apart-third-*` pairs, written apart as the `apart-*` ones were and scored twice
    // (before and after the round on near misses, negation and names) before they joined:
    // what they found that the matcher still gets wrong, left as found.
    // A gap closed by a strength about the same cover ("couverture maladie équivalente" /
    // "prestations de santé équivalentes"), labelled as a gap resolved and a strength added:
    // paired as `improved` (marked `review`, few shared words).
    (
        "apart-third-fr",
        "gap closed by a new strength sharing only étrangers",
        "paired as improved",
    ),
    (
        "apart-third-fr",
        "new strength closing the health-coverage gap",
        "paired as improved",
    ),
    // Renames not read as names: an official status term that no list holds ("radicación
    // temporaria" / "residencia temporal"), a French programme in lower case with no capital
    // in either name, and a Russian portal whose quoted name becomes an unquoted one (split).
    (
        "apart-third-es",
        "official status term renamed (radicación",
        "status term not listed",
    ),
    (
        "apart-third-fr",
        "programme renamed in lower case",
        "lower-case name, no capital",
    ),
    (
        "apart-third-ru",
        "portal renamed (веб-портал",
        "quoted name to unquoted: split",
    ),
    // «Республикой Корея» / «Российской Федерацией»: a partner replaced in one frame, both in
    // the instrumental, paired as a rewording (as the `apart-names-ru` control above).
    (
        "apart-third-ru",
        "partner control: Республикой Корея",
        "country's official long form, inflected",
    ),
    (
        "apart-third-ru",
        "partner control: a new agreement with the Russian",
        "country's official long form, inflected",
    ),
    // Near misses of the Russian closed gap: the gap names an unrelated strength that shares
    // «трудовые мигранты» with it rather than the strength that closes it (which shares only
    // a participle and its noun, «вернувшихся» / «возвращении»), and that strength names the gap.
    (
        "apart-third-ru",
        "gap closed by a new strength sharing only вернувшихся",
        "another leftover named through a root",
    ),
    (
        "apart-third-ru",
        "unrelated new strength sharing «трудовые мигранты»",
        "named through shared words",
    ),
];

/// Whether a label of `case` (by its trap) is a known miss.
fn known_miss(case: &str, what: &str) -> bool {
    KNOWN_MISSES
        .iter()
        .any(|(c, trap, _)| *c == case && what.starts_with(trap))
}

/// One labelled entry: what should happen to a finding (or a pair).
struct Label {
    status: Status,
    old: Option<usize>,
    new: Option<usize>,
    what: String,
    /// Whether the pair's texts say opposite things (`negation` in the file): the flag the
    /// report must raise, or must not.
    negation: Option<bool>,
    /// How sure the pairing must be said to be (`confidence` in the file).
    confidence: Option<Confidence>,
    /// For a leftover: the finding of the other profile it must name as its near miss
    /// (`near` in the file), or `Some(None)` for `near = "none"`, where it must name none.
    near: Option<Option<usize>>,
}

struct Case {
    name: String,
    /// The language the pair is written in (`language` in the file; English when absent).
    language: mgi_diff::profile::Language,
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
    let language = doc
        .get("language")
        .and_then(|v| v.as_str())
        .unwrap_or("en")
        .to_string();
    let mut olds = Vec::new();
    let mut news = Vec::new();
    let mut raw = Vec::new();
    // The ids written in the file (`old_id`, `new_id`), by position on each side.
    let (mut old_ids, mut new_ids) = (Vec::new(), Vec::new());
    for e in entries {
        let id = |key: &str| e.get(key).and_then(|v| v.as_str()).map(str::to_string);
        let status = Status::from_key(e["status"].as_str().unwrap()).expect("a known status");
        let old = e.get("old").and_then(|v| v.as_str()).map(parse_side);
        let new = e.get("new").and_then(|v| v.as_str()).map(parse_side);
        if let Some(o) = &old {
            olds.push(o.clone());
            old_ids.push(id("old_id"));
        }
        if let Some(n) = &new {
            news.push(n.clone());
            new_ids.push(id("new_id"));
        }
        let what = e
            .get("trap")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let negation = e.get("negation").and_then(|v| v.as_bool());
        let confidence = e
            .get("confidence")
            .and_then(|v| v.as_str())
            .map(|c| match c {
                "high" => Confidence::High,
                "review" => Confidence::Review,
                other => panic!("confidence {other:?} is neither high nor review"),
            });
        let near = e.get("near").and_then(|v| v.as_str()).map(|s| match s {
            "none" => None,
            side => Some(parse_side(side)),
        });
        raw.push((status, old, new, what, (negation, confidence, near)));
    }
    let language = mgi_diff::profile::Language::from_tag(&language).expect("a supported language");
    let mut old = profile(2018, olds.clone());
    let mut new = profile(2022, news.clone());
    old.language = language;
    new.language = language;
    // The profiles list their findings by domain and category; the file's order is not theirs.
    let with_ids = |p: &mut Profile, sides: &[(Category, Domain, String)], ids: Vec<_>| {
        for (side, id) in sides.iter().zip(ids) {
            let at = position(p, side);
            p.findings[at].id = id;
        }
    };
    with_ids(&mut old, &olds, old_ids);
    with_ids(&mut new, &news, new_ids);
    let labels = raw
        .into_iter()
        .map(|(status, o, n, what, (negation, confidence, near))| Label {
            status,
            // A leftover's near miss is in the other profile.
            near: near.map(|side| {
                side.map(|s| match o {
                    Some(_) => position(&new, &s),
                    None => position(&old, &s),
                })
            }),
            old: o.as_ref().map(|s| position(&old, s)),
            new: n.as_ref().map(|s| position(&new, s)),
            what,
            negation,
            confidence,
        })
        .collect();
    Case {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        language,
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
fn score(case: &Case, tuning: Tuning) -> (usize, Vec<String>) {
    let options = Options {
        tuning,
        explain: false,
        terms: None,
    };
    let report = diff_with(&case.old, &case.new, &options);
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

fn accuracy(cases: &[Case], tuning: Tuning) -> (f64, usize, Vec<String>) {
    let mut right = 0;
    let mut total = 0;
    let mut wrong = Vec::new();
    for case in cases {
        let (r, w) = score(case, tuning);
        right += r;
        total += case.labels.len();
        wrong.extend(w);
    }
    (right as f64 / total as f64, total, wrong)
}

/// Every setting the cross-validation chooses from: threshold, name penalty, subject
/// penalty (0: subjects are ordinary words) and opening share (`None`: openings are ordinary
/// words).
fn grid() -> Vec<Tuning> {
    let mut grid = Vec::new();
    for t in 6..=24 {
        let threshold = f64::from(t) * 0.025;
        for name_penalty in [0.5, 0.75, 1.0] {
            for subject_penalty in [0.0, 0.5, 1.0] {
                for opening_share in [None, Some(0.2), Some(0.3), Some(0.4)] {
                    grid.push(Tuning {
                        threshold,
                        name_penalty,
                        subject_penalty,
                        opening_share,
                        ..Tuning::default()
                    });
                }
            }
        }
    }
    grid
}

/// Right labels per case (rows) for each setting of the grid (columns), computed once for
/// every test that needs them.
fn scores(cases: &[Case], grid: &[Tuning]) -> &'static [Vec<usize>] {
    static SCORES: std::sync::OnceLock<Vec<Vec<usize>>> = std::sync::OnceLock::new();
    SCORES.get_or_init(|| {
        cases
            .iter()
            .map(|case| grid.iter().map(|&t| score(case, t).0).collect())
            .collect()
    })
}

/// The setting that labels the most entries of `cases` (by index into `scores`) right; among
/// equals, the middle one in grid order, as far as possible from both kinds of mistake.
fn choose(scores: &[Vec<usize>], cases: &[usize], grid: &[Tuning]) -> Tuning {
    let right = |g: usize| cases.iter().map(|&c| scores[c][g]).sum::<usize>();
    let best = (0..grid.len()).map(right).max().unwrap();
    let tied: Vec<usize> = (0..grid.len()).filter(|&g| right(g) == best).collect();
    grid[tied[tied.len() / 2]]
}

/// Leave-one-pair-out: each pair is scored with the setting chosen on all the others.
#[test]
fn cross_validated_accuracy() {
    let cases = corpus();
    let grid = grid();
    let scores = scores(&cases, &grid);
    let (mut right, mut total) = (0, 0);
    let (mut earlier_right, mut earlier_total) = (0, 0);
    let mut wrong = Vec::new();
    for held in 0..cases.len() {
        let others: Vec<usize> = (0..cases.len()).filter(|&c| c != held).collect();
        let tuning = choose(scores, &others, &grid);
        let (r, w) = score(&cases[held], tuning);
        println!(
            "{}: {r}/{} with {tuning:?}",
            cases[held].name,
            cases[held].labels.len()
        );
        right += r;
        total += cases[held].labels.len();
        if !NEWER_CLASSES.contains(&cases[held].name.as_str()) {
            earlier_right += r;
            earlier_total += cases[held].labels.len();
        }
        wrong.extend(w);
    }
    let acc = right as f64 / total as f64;
    println!("cross-validated accuracy: {acc:.3} ({right}/{total})");
    let earlier = earlier_right as f64 / earlier_total as f64;
    println!(
        "of the pairs before the newer classes: {earlier:.3} ({earlier_right}/{earlier_total})"
    );
    assert!(
        earlier >= EARLIER_PAIRS_BAR,
        "the earlier pairs fell to {earlier:.3}, below {EARLIER_PAIRS_BAR}"
    );
    for w in &wrong {
        println!("  {w}");
    }
    let chosen = choose(scores, &(0..cases.len()).collect::<Vec<_>>(), &grid);
    println!("chosen on every pair: {chosen:?}");
    assert!(
        acc >= CROSS_VALIDATED_BAR,
        "cross-validated accuracy {acc:.3} is below {CROSS_VALIDATED_BAR}"
    );
}

/// The shipped defaults label as many entries of the whole corpus right as any setting of
/// the grid, give or take one. (Before the `apart-*` pairs, two settings tie for best: these, and threshold 0.175
/// with subject penalty 0.5, which the middle-of-ties rule of the cross-validation would take;
/// the defaults stay where they leave English reports as they were, 0.945 on the English
/// pairs against 0.942.)
#[test]
fn defaults_are_among_the_best_settings() {
    let cases = corpus();
    let grid = grid();
    let scores = scores(&cases, &grid);
    let right = |g: usize| scores.iter().map(|case| case[g]).sum::<usize>();
    let best = (0..grid.len()).map(right).max().unwrap();
    let default = Tuning::default();
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    let at_default = (0..grid.len())
        .find(|&g| {
            let t = grid[g];
            close(t.threshold, default.threshold)
                && close(t.name_penalty, default.name_penalty)
                && close(t.subject_penalty, default.subject_penalty)
                && t.opening_share == default.opening_share
        })
        .expect("the defaults are a setting of the grid");
    let best_setting = (0..grid.len()).find(|&g| right(g) == best).unwrap();
    // Within one label: with the `apart-*` pairs, a threshold of 0.175 labels one entry more
    // than the defaults when they joined (793 against 792 of 821), where the two tied before them; moving the
    // default on one label would be fitting it, and cross-validation (the figure reported)
    // already chooses per fold between the two.
    assert!(
        right(at_default) + 1 >= best,
        "the defaults label {} entries right, the best setting ({:?}) {best}",
        right(at_default),
        grid[best_setting]
    );
}

#[test]
fn corpus_is_large_and_covers_every_status() {
    let cases = corpus();
    assert!(cases.len() >= 8, "at least eight profile pairs");
    let labels: Vec<&Label> = cases.iter().flat_map(|c| &c.labels).collect();
    assert!(
        labels.len() >= 250,
        "at least 250 labelled findings, have {}",
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
    let (acc, total, wrong) = accuracy(&cases, Tuning::default());
    println!("corpus accuracy at the defaults: {acc:.3} on {total} labelled entries");
    for w in &wrong {
        println!("  {w}");
    }
    assert!(
        acc >= BAR,
        "accuracy {acc:.3} is below {BAR}:\n{}",
        wrong.join("\n")
    );
}

/// How the marks of confidence fare on one pair at `tuning`: its pairings, those marked
/// `review` and of them the wrong ones, and the wrong pairings marked `high`.
#[derive(Clone)]
struct Marks {
    pairs: usize,
    review: usize,
    wrong_review: usize,
    wrong_high: Vec<String>,
}

fn marks(case: &Case, tuning: Tuning) -> Marks {
    let options = Options {
        tuning,
        explain: false,
        terms: None,
    };
    let report = diff_with(&case.old, &case.new, &options);
    let mut m = Marks {
        pairs: 0,
        review: 0,
        wrong_review: 0,
        wrong_high: Vec::new(),
    };
    for e in report.entries() {
        let Some(certainty) = &e.confidence else {
            continue;
        };
        m.pairs += 1;
        let right = case.labels.iter().any(|l| {
            l.status == e.status
                && same_side(e.old.as_ref(), &case.old, l.old)
                && same_side(e.new.as_ref(), &case.new, l.new)
        });
        let marked = certainty.level == Confidence::Review;
        m.review += usize::from(marked);
        match (right, marked) {
            (false, true) => m.wrong_review += 1,
            (false, false) => m.wrong_high.push(format!(
                "{}: {} {:?} → {:?} {certainty:?}",
                case.name,
                e.status,
                e.old.as_ref().map(|s| &s.text),
                e.new.as_ref().map(|s| &s.text)
            )),
            _ => {}
        }
    }
    m
}

/// The marks summed over pairs, printed, and held to the bars: no more than `review_share`
/// of the pairings marked `review` (a fifth over the corpus), and those marked `high` right at
/// least `high_right_share` of the time (the 99.5%, [`HIGH_RIGHT`]).
fn hold_marks(
    label: &str,
    review_share: f64,
    high_right_share: f64,
    all: impl Iterator<Item = Marks>,
) {
    let (mut pairs, mut review, mut wrong_review, mut wrong_high) = (0, 0, 0, Vec::new());
    for m in all {
        pairs += m.pairs;
        review += m.review;
        wrong_review += m.wrong_review;
        wrong_high.extend(m.wrong_high);
    }
    let high = pairs - review;
    let high_right = high - wrong_high.len();
    println!(
        "{label}: pairings: {pairs}; marked review: {review} ({:.1}%), of them wrong: \
         {wrong_review}; marked high: {high}, right: {high_right} ({:.2}%), wrong: {}",
        100.0 * review as f64 / pairs as f64,
        100.0 * high_right as f64 / high as f64,
        wrong_high.len()
    );
    for w in &wrong_high {
        println!("  wrong and high: {w}");
    }
    assert!(
        review as f64 <= review_share * pairs as f64,
        "{label}: {review} of {pairs} pairings marked review: more than {review_share}"
    );
    assert!(
        high_right as f64 >= high_right_share * high as f64,
        "{label}: high pairings right {high_right}/{high}:\n{}",
        wrong_high.join("\n")
    );
}

/// How the marks of confidence fare at the defaults.
#[test]
fn confidence_marks_wrong_pairings_for_review() {
    let cases = corpus();
    hold_marks(
        "at the defaults",
        FIFTH,
        HIGH_RIGHT,
        cases.iter().map(|c| marks(c, Tuning::default())),
    );
}

/// One pairing of a report, as the review limits see it: its margin and lead as reported,
/// how many terms the two texts share when few would mark it (a category flip or a common
/// opening; `None` otherwise), whether a reason no limit sets marks it anyway (an id tying
/// replaced text, a name changed), and what is wrong with it, if anything.
struct Pairing {
    margin: Option<f64>,
    lead: Option<f64>,
    few: Option<usize>,
    marked: bool,
    wrong: Option<String>,
}

/// The pairings of one pair at `tuning`, from one report made with every limit off (no margin
/// or lead is small, any number of shared terms is few), for the limits to be swept over.
fn pairings(case: &Case, tuning: Tuning) -> Vec<Pairing> {
    let options = Options {
        tuning: Tuning {
            review_margin: 0.0,
            review_lead: 0.0,
            few_terms: usize::MAX,
            ..tuning
        },
        explain: true,
        terms: None,
    };
    let report = diff_with(&case.old, &case.new, &options);
    let mut all = Vec::new();
    for e in report.entries() {
        let Some(certainty) = &e.confidence else {
            continue;
        };
        let right = case.labels.iter().any(|l| {
            l.status == e.status
                && same_side(e.old.as_ref(), &case.old, l.old)
                && same_side(e.new.as_ref(), &case.new, l.new)
        });
        let shared = e.evidence.as_ref().map_or(0, |ev| ev.shared_terms.len());
        let reasons = &certainty.reasons;
        all.push(Pairing {
            margin: certainty.margin,
            lead: certainty.lead,
            few: reasons.contains(&Reason::FewSharedWords).then_some(shared),
            marked: reasons.iter().any(|&r| r != Reason::FewSharedWords),
            wrong: (!right).then(|| {
                format!(
                    "{}: {} {:?} → {:?} {certainty:?}",
                    case.name,
                    e.status,
                    e.old.as_ref().map(|s| &s.text),
                    e.new.as_ref().map(|s| &s.text)
                )
            }),
        });
    }
    all
}

/// The review limits a fold chooses among: margin and lead (each 0 to 0.15; 0 is off) and how
/// many shared terms are few (0 is off).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Limits {
    margin: f64,
    lead: f64,
    few_terms: usize,
}

impl Limits {
    fn of(tuning: Tuning) -> Limits {
        Limits {
            margin: tuning.review_margin,
            lead: tuning.review_lead,
            few_terms: tuning.few_terms,
        }
    }

    /// Whether a pairing is marked `review` under these limits, as `Certainty::of` marks it.
    fn review(self, p: &Pairing) -> bool {
        p.marked
            || p.margin.is_some_and(|m| m < self.margin)
            || p.lead.is_some_and(|l| l < self.lead)
            || p.few.is_some_and(|n| n <= self.few_terms)
    }

    /// The marks of one pair's pairings under these limits.
    fn marks(self, pairings: &[Pairing]) -> Marks {
        let mut m = Marks {
            pairs: pairings.len(),
            review: 0,
            wrong_review: 0,
            wrong_high: Vec::new(),
        };
        for p in pairings {
            let marked = self.review(p);
            m.review += usize::from(marked);
            match (&p.wrong, marked) {
                (Some(_), true) => m.wrong_review += 1,
                (Some(w), false) => m.wrong_high.push(w.clone()),
                (None, _) => {}
            }
        }
        m
    }
}

/// Every choice of review limits.
fn limits_grid() -> Vec<Limits> {
    const STEPS: [f64; 6] = [0.0, 0.025, 0.05, 0.075, 0.1, 0.15];
    let mut grid = Vec::new();
    for margin in STEPS {
        for lead in STEPS {
            for few_terms in 0..=5 {
                grid.push(Limits {
                    margin,
                    lead,
                    few_terms,
                });
            }
        }
    }
    grid
}

/// The review limits chosen on `cases` (by index into `pairings`, one list per pair): those
/// that leave the fewest wrong pairings `high` (none, where any limits can), then mark the
/// fewest `review`; among equals, the smallest, margin first, then lead, then few terms.
fn review_limits(pairings: &[Vec<Pairing>], cases: &[usize]) -> Limits {
    limits_grid()
        .into_iter()
        .min_by_key(|&limits| {
            let (mut wrong_high, mut review) = (0, 0);
            for &c in cases {
                let m = limits.marks(&pairings[c]);
                wrong_high += m.wrong_high.len();
                review += m.review;
            }
            (wrong_high, review)
        })
        .unwrap()
}

/// The same held out: each pair marked with the setting chosen on the other pairs, at the
/// default review limits and at the limits chosen on the other pairs too (`review_limits`,
/// on their pairings at that setting): the shipped limits held to the bars overall
/// and in each language, the chosen ones to looser bars ([`CHOSEN_HIGH_RIGHT`]). The limits every pair chooses at the defaults are printed beside
/// the defaults (0, 0.025 and 3 against 0.05, 0.05 and 3 when this test was written).
#[test]
fn confidence_marks_hold_on_held_out_pairs() {
    let cases = corpus();
    let grid = grid();
    let scores = scores(&cases, &grid);
    let all: Vec<usize> = (0..cases.len()).collect();
    let settings: Vec<Tuning> = (0..cases.len())
        .map(|held| {
            let others: Vec<usize> = all.iter().copied().filter(|&c| c != held).collect();
            choose(scores, &others, &grid)
        })
        .collect();
    // The pairings of every pair at each setting a fold chose, recorded once per setting.
    let mut recorded: Vec<(Tuning, Vec<Vec<Pairing>>)> = Vec::new();
    for &setting in settings.iter().chain([&Tuning::default()]) {
        if !recorded.iter().any(|(t, _)| *t == setting) {
            let at = cases.iter().map(|c| pairings(c, setting)).collect();
            recorded.push((setting, at));
        }
    }
    let records = |setting: Tuning| &recorded.iter().find(|(t, _)| *t == setting).unwrap().1;
    let (mut held_out, mut at_defaults) = (Vec::new(), Vec::new());
    for held in 0..cases.len() {
        let others: Vec<usize> = all.iter().copied().filter(|&c| c != held).collect();
        let at = records(settings[held]);
        let limits = review_limits(at, &others);
        let swept = limits.marks(&at[held]);
        // The sweep marks as the matcher does: one report at the chosen setting, limits and
        // all, gives the same marks.
        let tuning = Tuning {
            review_margin: limits.margin,
            review_lead: limits.lead,
            few_terms: limits.few_terms,
            ..settings[held]
        };
        let made = marks(&cases[held], tuning);
        assert_eq!(
            (
                made.pairs,
                made.review,
                made.wrong_review,
                made.wrong_high.len()
            ),
            (
                swept.pairs,
                swept.review,
                swept.wrong_review,
                swept.wrong_high.len()
            ),
            "{}: the sweep and the report disagree at {limits:?}",
            cases[held].name
        );
        println!(
            "{}: {limits:?}, review {}/{}, wrong and high {}",
            cases[held].name,
            swept.review,
            swept.pairs,
            swept.wrong_high.len()
        );
        at_defaults.push((
            cases[held].language,
            Limits::of(Tuning::default()).marks(&at[held]),
        ));
        held_out.push((cases[held].language, swept));
    }
    hold_marks(
        "held out, default limits",
        FIFTH,
        HIGH_RIGHT,
        at_defaults.iter().map(|(_, m)| m.clone()),
    );
    hold_marks(
        "held out, limits chosen on the others",
        CHOSEN_REVIEW_SHARE,
        CHOSEN_HIGH_RIGHT,
        held_out.iter().map(|(_, m)| m.clone()),
    );
    for language in mgi_diff::profile::Language::ALL {
        hold_marks(
            &format!("held out, default limits, {language}"),
            LANGUAGE_REVIEW_SHARE,
            LANGUAGE_HIGH_RIGHT,
            (at_defaults.iter())
                .filter(|(l, _)| *l == language)
                .map(|(_, m)| m.clone()),
        );
    }
    let at = records(Tuning::default());
    let whole = review_limits(at, &all);
    hold_marks(
        &format!("every pair at the defaults, {whole:?} chosen on every pair"),
        FIFTH,
        HIGH_RIGHT,
        at.iter().map(|p| whole.marks(p)),
    );
}

/// At most this share of pairings marked `review`, over the whole corpus: the bar.
const FIFTH: f64 = 0.2;

/// At least this share of the pairings marked `high` right: the bar, held by the
/// shipped limits, at the defaults and held out (each pair at the setting the others chose).
const HIGH_RIGHT: f64 = 0.995;

/// The bars for the review limits each fold chooses for itself (`review_limits`), looser than
/// the issue's: when the `apart-third-*` pairs joined, the folds chose narrower limits than
/// the shipped ones (no margin, a lead of 0.025, four terms few) and held out they left three
/// wrong pairings `high` of 445 (99.33%) with 116 of 561 marked `review` (20.7%), against one
/// of 461 (99.78%) and 100 (17.8%) at the shipped limits. The shipped limits stay the wider
/// ones, held to the bars overall and per language; these bars, overall only, keep
/// the chooser from growing worse unseen (per language it gave French 18 of 71 `review` and
/// one wrong pairing of 53 `high`).
const CHOSEN_HIGH_RIGHT: f64 = 0.99;
const CHOSEN_REVIEW_SHARE: f64 = 0.25;

/// The same per language, where a language has few pairings (Spanish 60 held out) and one
/// pair of files can move it by several points: Spanish measured 14 of 60 (23.3%) once the
/// `apart-*` pairs joined the corpus.
const LANGUAGE_REVIEW_SHARE: f64 = 0.25;

/// The 99.5% of `high` right is a bar over the corpus; a language has some fifty
/// pairings marked `high` held out, where one wrong pairing is two points (French: 1 of 55,
/// the closed gap of `apart-third-fr` paired as improved against its labels).
const LANGUAGE_HIGH_RIGHT: f64 = 0.98;

/// The pairs written in a language other than English, by language: each is scored
/// leave-one-pair-out like every other pair, and must reach what the same kind of pair scores
/// in English.
const LANGUAGE_BAR: f64 = 0.93;

#[test]
fn every_language_is_matched_as_well_as_english() {
    let cases = corpus();
    let grid = grid();
    let scores = scores(&cases, &grid);
    let mut failing = Vec::new();
    for held in 0..cases.len() {
        if cases[held].language == mgi_diff::profile::Language::En {
            continue;
        }
        let others: Vec<usize> = (0..cases.len()).filter(|&c| c != held).collect();
        let tuning = choose(scores, &others, &grid);
        let (right, wrong) = score(&cases[held], tuning);
        let total = cases[held].labels.len();
        let acc = right as f64 / total as f64;
        println!(
            "{} ({}): cross-validated {acc:.3} ({right}/{total})",
            cases[held].name, cases[held].language
        );
        for w in &wrong {
            println!("  {w}");
        }
        // Known misses aside: the rest of the pair must reach the bar.
        let excused = (cases[held].labels.iter())
            .filter(|l| known_miss(&cases[held].name, &l.what))
            .count();
        let acc_known = (right + excused) as f64 / total as f64;
        if acc_known < LANGUAGE_BAR {
            failing.push(format!("{}: {acc:.3}", cases[held].name));
        }
    }
    assert!(
        failing.is_empty(),
        "below {LANGUAGE_BAR}: {}",
        failing.join(", ")
    );
}

/// Every labelled meaning flip raises the negation flag, and no label that says "no flip"
/// (both texts deny, or a word like "unaccompanied") raises it.
#[test]
fn the_negation_flag_is_raised_on_every_meaning_flip() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    let mut unpaired = 0;
    for case in corpus() {
        let options = Options {
            tuning: Tuning::default(),
            explain: false,
            terms: None,
        };
        let report = diff_with(&case.old, &case.new, &options);
        for label in &case.labels {
            let Some(expected) = label.negation else {
                continue;
            };
            checked += 1;
            let found = report.entries().find(|e| {
                same_side(e.old.as_ref(), &case.old, label.old)
                    && same_side(e.new.as_ref(), &case.new, label.new)
            });
            // A pair the matcher did not make is a mistake the accuracy counts; the flag is
            // judged on the pairs it made. No known miss excuses a flag: the last ones (a word
            // of absence and a denial trading places) were mended, and the known misses left
            // are pairings, near misses and marks, whose labels may still say the flag.
            match found {
                Some(e) if e.negation == expected => {}
                Some(e) => wrong.push(format!(
                    "{}: negation {} expected {expected} [{}]",
                    case.name, e.negation, label.what
                )),
                None => unpaired += 1,
            }
        }
    }
    println!(
        "negation labels: {checked}, not paired: {unpaired}, flag wrong: {}",
        wrong.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every pairing labelled with a confidence is marked so: a tied pair whose text was replaced
/// is `review`, a tied pair reworded is `high`.
#[test]
fn the_confidence_labels_hold() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for case in corpus() {
        let report = diff_with(&case.old, &case.new, &Options::default());
        for label in &case.labels {
            let Some(expected) = label.confidence else {
                continue;
            };
            checked += 1;
            let found = report.entries().find(|e| {
                same_side(e.old.as_ref(), &case.old, label.old)
                    && same_side(e.new.as_ref(), &case.new, label.new)
            });
            let level = found.and_then(|e| e.confidence.as_ref()).map(|c| c.level);
            let known = known_miss(&case.name, &label.what);
            if (level != Some(expected)) != known {
                wrong.push(format!(
                    "{}: confidence {level:?} expected {expected:?} [{}]{}",
                    case.name,
                    label.what,
                    if known {
                        " (a known miss that passes)"
                    } else {
                        ""
                    }
                ));
            }
        }
    }
    println!(
        "confidence labels: {checked}, wrong (beside the known misses): {}",
        wrong.len()
    );
    assert!(checked > 0, "the corpus labels some confidences");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every leftover labelled with a near miss names that finding (and one labelled `none`
/// names none): a gap closed by a strength written anew must not pass as unrelated.
#[test]
fn leftovers_name_their_partner_as_a_near_miss() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for case in corpus() {
        let report = diff_with(&case.old, &case.new, &Options::default());
        for label in &case.labels {
            let Some(expected) = label.near else {
                continue;
            };
            checked += 1;
            let found = report.entries().find(|e| {
                same_side(e.old.as_ref(), &case.old, label.old)
                    && same_side(e.new.as_ref(), &case.new, label.new)
            });
            let named = found.and_then(|e| e.near.as_ref());
            let other = if label.old.is_some() {
                &case.new
            } else {
                &case.old
            };
            let right = match (named, expected) {
                (None, None) => true,
                (Some(n), Some(i)) => same_side(Some(&n.finding), other, Some(i)),
                _ => false,
            };
            let known = known_miss(&case.name, &label.what);
            if right == known {
                wrong.push(format!(
                    "{}: near {:?} expected {:?} [{}]{}",
                    case.name,
                    named.map(|n| (&n.finding.text, n.similarity)),
                    expected.map(|i| &other.findings[i].text),
                    label.what,
                    if known {
                        " (a known miss that passes)"
                    } else {
                        ""
                    }
                ));
            }
        }
    }
    println!("near-miss labels: {checked}, wrong: {}", wrong.len());
    for w in &wrong {
        println!("  {w}");
    }
    assert!(checked > 0, "the corpus labels some near misses");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
