//! Pairings a reader can trust: no weak pairs outvote a clear one, names replaced in one frame
//! part two findings, and every pairing says how sure it is, in every format.

use crate::common;

use common::{profile, run};
use mgi_diff::diff::{Confidence, Differ, Reason, Status, diff};
use mgi_diff::profile::{Category, Domain};

const WD: Category = Category::WellDeveloped;
const FD: Category = Category::FurtherDevelopment;

fn side(category: Category, text: &str) -> (Category, Domain, String) {
    (category, Domain::Partnerships, text.to_string())
}

/// The held-back city round's case: a kept finding loses its civil-society clause, the clause
/// comes back as a finding of its own, and an old gap shares the kept finding's topic. Two weak
/// pairs must not outvote the clear one.
#[test]
fn two_weak_pairs_do_not_outvote_a_clear_one() {
    let old = profile(
        2018,
        vec![
            side(
                WD,
                "The city cooperates with the national government and with civil society on migrant integration.",
            ),
            side(FD, "There is no local strategy on migrant integration."),
        ],
    );
    let new = profile(
        2022,
        vec![
            side(
                WD,
                "The city cooperates with the national government on migrant integration.",
            ),
            side(WD, "The city funds civil society organisations."),
        ],
    );
    let report = diff(&old, &new, mgi_diff::diff::DEFAULT_THRESHOLD);
    let statuses: Vec<Status> = report.entries().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        [Status::Reworded, Status::Resolved, Status::Added],
        "{report:#?}"
    );
}

/// A partner replaced in a frame is two findings even when both texts name the profile's own
/// country; a list that gains a member is one finding.
#[test]
fn a_replaced_partner_is_two_findings_and_a_longer_list_is_one() {
    let old = profile(
        2018,
        vec![
            side(
                WD,
                "Kazakhstan has signed a bilateral agreement on labour migration with Portugal that covers seasonal workers.",
            ),
            side(
                WD,
                "Kazakhstan takes part in the Almaty Process and the Budapest Process.",
            ),
        ],
    );
    let new = profile(
        2022,
        vec![
            side(
                WD,
                "Kazakhstan has signed a bilateral agreement on labour migration with Japan that covers seasonal workers.",
            ),
            side(
                WD,
                "Kazakhstan takes part in the Almaty Process, the Budapest Process and the Prague Process.",
            ),
        ],
    );
    let report = diff(&old, &new, mgi_diff::diff::DEFAULT_THRESHOLD);
    let statuses: Vec<Status> = report.entries().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        [Status::Dropped, Status::Reworded, Status::Added],
        "{report:#?}"
    );
    // The agreements are still offered to a reader as a possible rewording, saying why not.
    let dropped = report.entries().next().unwrap();
    let near = dropped.near.as_ref().expect("a near miss");
    assert!(near.differs.contains(&Differ::Names), "{near:?}");
}

/// Pairs by text are sure; a pair that passes the threshold by a hair is to review, and says so.
#[test]
fn a_pair_that_barely_passes_is_marked_for_review() {
    let old = profile(
        2018,
        vec![side(
            WD,
            "The ministry publishes an annual report on labour migration flows.",
        )],
    );
    let new = profile(
        2022,
        vec![side(
            WD,
            "Statistics on labour migration are released by the statistics office.",
        )],
    );
    let alike = diff(&old, &new, 0.0).entries().next().unwrap().similarity;
    let report = diff(&old, &new, alike.unwrap() - 0.02);
    let e = report.entries().next().unwrap();
    assert_eq!(e.status, Status::Reworded, "{report:#?}");
    let c = e.confidence.as_ref().unwrap();
    assert_eq!(c.level, Confidence::Review, "{c:?}");
    assert_eq!(c.reasons, [Reason::SmallMargin]);
    assert!((c.margin.unwrap() - 0.02).abs() < 0.002, "{c:?}");
    assert_eq!(report.review, 1);
    let same = diff(&old, &old, 0.2);
    let c = same.entries().next().unwrap().confidence.clone().unwrap();
    assert_eq!((c.level, c.margin), (Confidence::High, None));
    assert_eq!(same.review, 0);
    // The same pair, clear of the threshold, is sure.
    let clear = diff(&old, &new, alike.unwrap() - 0.2);
    let c = clear.entries().next().unwrap().confidence.clone().unwrap();
    assert_eq!(c.level, Confidence::High, "{c:?}");
}

/// Every format shows the mark; JSON has the figures behind it; the summary counts it.
#[test]
fn every_format_shows_the_pairings_to_review() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let args = ["diff", "kazakhstan@2018", "kazakhstan@2022"];
    let json = run(d, &[&args[..], &["--format", "json"]].concat());
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    assert_eq!(v["review"], 1);
    let entries: Vec<&serde_json::Value> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .collect();
    let review: Vec<_> = entries
        .iter()
        .filter(|e| e["confidence"]["level"] == "review")
        .collect();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0]["status"], "improved");
    assert_eq!(
        review[0]["confidence"]["reasons"],
        serde_json::json!(["few-shared-words"])
    );
    assert!(review[0]["confidence"]["margin"].as_f64().unwrap() > 0.0);
    assert!(
        entries
            .iter()
            .filter(|e| e["status"] == "added")
            .all(|e| e["confidence"].is_null())
    );
    assert!(
        v["summary_text"]
            .as_str()
            .unwrap()
            .contains("one pairing is marked for review")
    );

    let table = run(d, &args);
    let out = table.assert_ok();
    assert!(out.contains("1 pairing to review"), "{out}");
    assert!(out.contains("» review: the matcher is not sure"), "{out}");

    let markdown = run(d, &[&args[..], &["--format", "markdown"]].concat());
    let out = markdown.assert_ok();
    assert!(out.contains("A pairing marked _review:_"), "{out}");
    assert!(out.contains("- _review: the matcher is not sure"), "{out}");

    let html = run(d, &[&args[..], &["--format", "html"]].concat());
    assert!(
        html.assert_ok()
            .contains("<p class=\"note review\">review: ")
    );
}

/// `--fail-on review` fails a run that has a pairing to review, and says so on standard error.
#[test]
fn fail_on_review_gates_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let r = run(
        d,
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2022",
            "--fail-on",
            "review",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("failing: 1 pairing to review (--fail-on review)"),
        "{}",
        r.stderr
    );
    let same = run(
        d,
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2018",
            "--fail-on",
            "review",
        ],
    );
    assert_eq!(same.code, 0, "{}", same.stderr);
    let typo = run(
        d,
        &[
            "diff",
            "kazakhstan@2018",
            "kazakhstan@2018",
            "--fail-on",
            "revew",
        ],
    );
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("did you mean `review`"),
        "{}",
        typo.stderr
    );
}

/// Testland's profile with the migrants-rights strength tied by an id, holding `text`.
fn tied(text: &str) -> String {
    common::VALID.replace(
        "  \"Immigrants have access to primary education.\",",
        &format!("  {{ id = \"ata-mr-1\", text = \"{text}\" }},"),
    )
}

/// Regression (issue 35): an id tied anything, so a pull request could replace a tied finding
/// wholesale and pass `--fail-on review,regressed,dropped`. A tied pair whose texts share
/// almost nothing is to review, and every format that gives reasons says why.
#[test]
fn a_tied_finding_replaced_wholesale_is_to_review() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = common::write(
        d,
        "old.toml",
        tied("Immigrants have access to primary education."),
    );
    let new = common::write(
        d,
        "new.toml",
        tied("Cats are nice animals and many households keep one."),
    );
    let gate = ["--fail-on", "review,regressed,dropped"];
    let r = run(d, &[&["diff", &old, &new][..], &gate].concat());
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("failing: 1 pairing to review"),
        "{}",
        r.stderr
    );
    // The table wraps its lines: its words are read with the wrapping undone.
    let words = r
        .stdout
        .split(|c: char| c.is_whitespace() || "│┆".contains(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("(same id, text replaced:"), "{words}");
    assert!(words.contains("give it an id of its own"), "{words}");

    let json = run(d, &["diff", &old, &new, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.assert_ok()).unwrap();
    assert_eq!(v["review"], 1);
    let entry = &v["domains"][0]["entries"][0];
    assert_eq!(
        entry["status"], "reworded",
        "the id still ties them: {entry}"
    );
    assert_eq!(
        entry["confidence"]["reasons"],
        serde_json::json!(["same-id-text-replaced"])
    );
    for format in ["markdown", "html"] {
        let out = run(d, &["diff", &old, &new, "--format", format]);
        assert!(
            out.assert_ok().contains("same id, text replaced"),
            "{format}: {}",
            out.stdout
        );
    }

    // A tied finding reworded keeps its words: sure, and the gate lets it through.
    let reworded = common::write(
        d,
        "reworded.toml",
        tied("Immigrants have access to primary and secondary education."),
    );
    let r = run(d, &[&["diff", &old, &reworded][..], &gate].concat());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
}

/// The same through `changes`, the pull-request gate: a tied text replaced in the working
/// tree fails `--fail-on review`.
#[test]
fn changes_fails_on_a_tied_text_replaced() {
    let repo = common::repository();
    let d = repo.path();
    let path = "profiles/testland/2020.toml";
    common::write(
        d,
        path,
        tied("Immigrants have access to primary education."),
    );
    common::git(d, &["commit", "-q", "-am", "ids"]);
    common::write(
        d,
        path,
        tied("Cats are nice animals and many households keep one."),
    );
    let r = run(
        d,
        &[
            "changes",
            "--since",
            "HEAD",
            "--fail-on",
            "review",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("profiles/testland/2020.toml: failing: 1 pairing to review"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("same id, text replaced"), "{}", r.stdout);
}
