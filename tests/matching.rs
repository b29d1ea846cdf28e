//! What the matcher tells a user: rewordings paired, near misses shown with how to tie them,
//! negation flags, `--explain`, and the one-line reason of `--fail-on`.

use crate::common;

use crate::synthetic;

use common::{run, write};
use serde_json::Value;

/// A domain whose findings all share their words (the quadratic case, here 3,000 findings)
/// is matched whole, every finding in one entry, and `--explain` says where candidates were
/// bounded. (How fast: `cargo bench --bench scale -- diff_crowded`.)
#[test]
fn a_domain_of_findings_that_share_every_word_is_bounded_and_said_to_be() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = synthetic::crowded_pair(3000, 7);
    let old_path = write(dir.path(), "old.toml", synthetic::to_toml(&old));
    let new_path = write(dir.path(), "new.toml", synthetic::to_toml(&new));
    let r = run(
        dir.path(),
        &[
            "diff",
            &old_path,
            &new_path,
            "--format",
            "json",
            "--explain",
        ],
    );
    let v: Value = serde_json::from_str(r.assert_ok()).unwrap();
    let entries: Vec<&Value> = v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .collect();
    let olds = entries.iter().filter(|e| !e["old"].is_null()).count();
    let news = entries.iter().filter(|e| !e["new"].is_null()).count();
    assert_eq!((olds, news), (3000, 3000), "every finding in one entry");
    let paired: Vec<&&Value> = entries
        .iter()
        .filter(|e| !e["old"].is_null() && !e["new"].is_null())
        .collect();
    assert!(paired.len() > 2900, "{}", paired.len());
    assert!(
        paired
            .iter()
            .any(|e| e["evidence"]["bounded"] == Value::Bool(true)),
        "the bound is said"
    );
}

/// A profile file with the given `[domains.…]` body.
fn profile(dir: &std::path::Path, name: &str, year: u16, body: &str) -> String {
    let text = format!(
        "format = 1\n[profile]\ncountry = \"Kazakhstan\"\niso3 = \"KAZ\"\nyear = {year}\n{body}"
    );
    write(dir, name, text)
}

/// `diff kazakhstan@2018 kazakhstan@2022` with `extra` arguments, run in a scratch folder.
fn shipped(extra: &[&str]) -> common::Run {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["diff", "kazakhstan@2018", "kazakhstan@2022"];
    args.extend_from_slice(extra);
    run(dir.path(), &args)
}

fn entries(json: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("valid JSON");
    v["domains"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap().clone())
        .collect()
}

/// The two copy-edits a user reported as split into dropped + added.
fn copy_edits(dir: &std::path::Path) -> (String, String) {
    let old = profile(
        dir,
        "old.toml",
        2018,
        r#"[domains.migrants-rights]
well-developed = ["There is a favourable framework for achieving long-term residency."]
[domains.well-being]
well-developed = ["Kazakhstan is a party to a number of international conventions on the recognition of foreign degrees."]
"#,
    );
    let new = profile(
        dir,
        "new.toml",
        2022,
        r#"[domains.migrants-rights]
well-developed = ["There is a favourable legal framework for obtaining permanent residency."]
[domains.well-being]
well-developed = ["Kazakhstan has ratified several international conventions on recognising foreign qualifications."]
"#,
    );
    (old, new)
}

// Regression: both copy-edits came out as 1 dropped + 1 added at the default threshold.
#[test]
fn reported_copy_edits_are_rewordings() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = copy_edits(dir.path());
    let r = run(
        dir.path(),
        &[
            "diff",
            &old,
            &new,
            "--format",
            "json",
            "--fail-on",
            "dropped",
        ],
    );
    let out = r.assert_ok();
    let statuses: Vec<String> = entries(out)
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["reworded", "reworded"]);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

/// The copy-edits again, each moved past a finding that stays.
fn moved_copy_edits(dir: &std::path::Path) -> (String, String) {
    let stays = "Migrants can open a bank account with a passport.";
    let stays_too = "Migrant workers may change employers freely.";
    let old = profile(
        dir,
        "old.toml",
        2018,
        &format!(
            r#"[domains.migrants-rights]
well-developed = ["There is a favourable framework for achieving long-term residency.", "{stays}"]
[domains.well-being]
well-developed = ["Kazakhstan is a party to a number of international conventions on the recognition of foreign degrees.", "{stays_too}"]
"#
        ),
    );
    let new = profile(
        dir,
        "new.toml",
        2022,
        &format!(
            r#"[domains.migrants-rights]
well-developed = ["{stays}", "There is a favourable legal framework for obtaining permanent residency."]
[domains.well-being]
well-developed = ["{stays_too}", "Kazakhstan has ratified several international conventions on recognising foreign qualifications."]
"#
        ),
    );
    (old, new)
}

#[test]
fn near_misses_are_shown_in_every_format_and_named_by_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = moved_copy_edits(dir.path());
    // A threshold above the pair's similarity leaves them apart: each names the other.
    let high = ["--threshold", "0.95"];
    let json = run(
        dir.path(),
        &["diff", &old, &new, "--format", "json", high[0], high[1]],
    );
    let all = entries(json.assert_ok());
    let dropped: Vec<&Value> = all.iter().filter(|e| e["status"] == "dropped").collect();
    let added: Vec<&Value> = all.iter().filter(|e| e["status"] == "added").collect();
    assert_eq!((dropped.len(), added.len()), (2, 2));
    for d in &dropped {
        let near = &d["near"];
        let partner = added
            .iter()
            .find(|a| a["new"]["text"] == near["finding"]["text"])
            .expect("the near miss is an added entry");
        assert_eq!(partner["near"]["finding"]["text"], d["old"]["text"]);
        let sim = near["similarity"].as_f64().unwrap();
        assert!(sim > 0.3 && sim < 0.95, "{sim}");
    }

    for format in ["table", "markdown"] {
        let r = run(
            dir.path(),
            &["diff", &old, &new, "--format", format, high[0], high[1]],
        );
        let out = r.assert_ok();
        assert_eq!(
            out.matches("possible rewording of the").count(),
            4,
            "{format}: {out}"
        );
        assert!(out.contains("same id"), "{format}: {out}");
    }

    let gated = run(
        dir.path(),
        &["diff", &old, &new, "--fail-on", "dropped", high[0], high[1]],
    );
    assert_eq!(gated.code, 1);
    let reason: Vec<&str> = gated.stderr.lines().collect();
    assert_eq!(reason.len(), 1, "one line: {:?}", gated.stderr);
    assert!(
        reason[0].starts_with("mgi-diff: failing: 2 dropped (--fail-on dropped)")
            && reason[0].contains("2 of them may be a rewording"),
        "{}",
        reason[0]
    );
}

/// Two findings kept apart because their subjects or names disagree, or because they share only
/// their opening, are not paired, but a reader is told that they may be one finding, with the
/// similarity of their words and what differs.
#[test]
fn findings_kept_apart_by_subjects_names_or_openings_are_near_misses_that_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let old = profile(
        dir.path(),
        "old.toml",
        2018,
        r#"[domains.migrants-rights]
further-development = ["Migrant women do not receive information on their rights in a language they understand."]
[domains.partnerships]
further-development = ["There is no national strategy on the integration of migrants."]
[domains.safe-orderly-regular]
well-developed = ["Bilateral agreements regulate farm work of workers from Uzbekistan."]
"#,
    );
    let new = profile(
        dir.path(),
        "new.toml",
        2022,
        r#"[domains.migrants-rights]
further-development = ["Seasonal workers do not receive information on their rights in a language they understand."]
[domains.partnerships]
further-development = ["There is no national strategy on ethical recruitment."]
[domains.safe-orderly-regular]
well-developed = ["Farm work permits are arranged quickly for citizens of Kyrgyzstan."]
"#,
    );
    let json = run(dir.path(), &["diff", &old, &new, "--format", "json"]);
    let all = entries(json.assert_ok());
    assert_eq!(all.len(), 6, "no pair: {all:?}");
    for e in &all {
        assert!(e["status"] != "reworded", "{e}");
        let near = &e["near"];
        let text = e["old"]["text"]
            .as_str()
            .or(e["new"]["text"].as_str())
            .unwrap();
        let (differs, words) = if text.contains("national strategy") {
            ("endings", 0.4)
        } else if text.contains("Uzbekistan") || text.contains("Kyrgyzstan") {
            // The name rule halves a similarity: these words are alike enough to be paired
            // without it, not with it.
            ("names", 0.175)
        } else {
            ("subjects", 0.4)
        };
        assert_eq!(near["differs"], serde_json::json!([differs]), "{e}");
        // The words alone reach the threshold (0.175).
        assert!(near["similarity"].as_f64().unwrap() > words, "{e}");
    }
    let table = run(dir.path(), &["diff", &old, &new]);
    let out = table.assert_ok();
    assert_eq!(out.matches("but their subjects differ").count(), 2, "{out}");
    // Markdown does not wrap: the whole clause is on one line.
    let markdown = run(dir.path(), &["diff", &old, &new, "--format", "markdown"]);
    let out = markdown.assert_ok();
    assert_eq!(out.matches("but their names differ").count(), 2, "{out}");
    assert_eq!(
        out.matches("but what follows their common opening differs")
            .count(),
        2,
        "{out}"
    );
}

#[test]
fn findings_that_are_not_alike_are_no_near_miss() {
    let dir = tempfile::tempdir().unwrap();
    let old = profile(
        dir.path(),
        "old.toml",
        2018,
        "[domains.partnerships]\nwell-developed = [\"Readmission agreements are in force with 12 States.\"]\n",
    );
    let new = profile(
        dir.path(),
        "new.toml",
        2022,
        "[domains.partnerships]\nwell-developed = [\"Border guards are trained at the academy.\"]\n",
    );
    let r = run(dir.path(), &["diff", &old, &new, "--format", "json"]);
    for e in entries(r.assert_ok()) {
        assert!(e.get("near").is_none(), "{e}");
    }
}

#[test]
fn a_negation_gained_is_flagged_and_similarity_is_one_only_for_the_same_text() {
    let r = shipped(&["--format", "json"]);
    let all = entries(r.assert_ok());
    // The 2018 slip "do now have" became "do not have" in 2022.
    let flip = all
        .iter()
        .find(|e| {
            e["old"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("do now have"))
        })
        .unwrap();
    assert_eq!(flip["negation"], true);
    assert!(flip["similarity"].as_f64().unwrap() < 1.0);
    for e in &all {
        if e["similarity"].as_f64() == Some(1.0) {
            assert_eq!(e["status"], "unchanged", "{e}");
            assert_eq!(e["negation"], false);
        }
    }
    for format in ["table", "markdown"] {
        let out = shipped(&["--format", format]);
        assert!(
            out.assert_ok().contains("negation: one text denies"),
            "{format}"
        );
    }
}

#[test]
fn explain_gives_the_evidence_for_every_pair() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = copy_edits(dir.path());
    let r = run(
        dir.path(),
        &["diff", &old, &new, "--format", "json", "--explain"],
    );
    for e in entries(r.assert_ok()) {
        let ev = &e["evidence"];
        assert_eq!(ev["basis"], "similarity");
        assert_eq!(ev["score"], e["similarity"]);
        let terms: Vec<&str> = ev["shared_terms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["term"].as_str().unwrap())
            .collect();
        assert!(
            terms.contains(&"foreign") || terms.contains(&"favourable"),
            "{terms:?}"
        );
        assert!(ev.get("runner_up").is_some());
    }
    let without = run(dir.path(), &["diff", &old, &new, "--format", "json"]);
    assert!(!without.assert_ok().contains("\"evidence\""));
    let table = run(dir.path(), &["diff", &old, &new, "--explain"]);
    assert!(table.assert_ok().contains("evidence: score"));
}

#[test]
fn every_pair_is_explained_and_some_have_a_runner_up() {
    let r = shipped(&["--format", "json", "--explain"]);
    let all = entries(r.assert_ok());
    let paired: Vec<&Value> = all.iter().filter(|e| !e["evidence"].is_null()).collect();
    let unpaired = all.iter().filter(|e| e["similarity"].is_null()).count();
    assert_eq!(
        paired.len() + unpaired,
        all.len(),
        "every pair is explained"
    );
    assert!(
        paired
            .iter()
            .any(|e| e["evidence"]["runner_up"]["similarity"].as_f64().is_some()),
        "some pair has a runner-up"
    );
}

/// A pair made although a rule lowered its score says which, so that a score below what the
/// shared terms suggest is explained; a pair no rule touched says nothing of the kind.
#[test]
fn explain_names_the_rules_that_lowered_a_pair() {
    let dir = tempfile::tempdir().unwrap();
    let old = profile(
        dir.path(),
        "old.toml",
        2018,
        r#"[domains.safe-orderly-regular]
well-developed = ["Bilateral agreements regulate farm work and housing of workers from Uzbekistan.", "Visas can be obtained online."]
"#,
    );
    let new = profile(
        dir.path(),
        "new.toml",
        2022,
        r#"[domains.safe-orderly-regular]
well-developed = ["Farm work permits and housing are arranged quickly for workers from Uzbekistan and Kyrgyzstan.", "Visas can be obtained online through a portal."]
"#,
    );
    let json = run(
        dir.path(),
        &["diff", &old, &new, "--format", "json", "--explain"],
    );
    let all = entries(json.assert_ok());
    assert_eq!(all.len(), 2, "{all:?}");
    for e in &all {
        assert_eq!(e["status"], "reworded", "{e}");
        let differs = &e["evidence"]["differs"];
        if e["old"]["text"].as_str().unwrap().contains("Uzbekistan") {
            assert_eq!(*differs, serde_json::json!(["names"]), "{e}");
        } else {
            assert!(differs.is_null(), "{e}");
        }
    }
    let markdown = run(
        dir.path(),
        &["diff", &old, &new, "--format", "markdown", "--explain"],
    );
    let out = markdown.assert_ok();
    assert_eq!(out.matches("but their names differ").count(), 1, "{out}");
}

// Regression: `--explain` listed "shared" words that appeared in neither text (the first
// word seen for a stem anywhere in the two profiles, such as "institutions").
#[test]
fn explain_shows_shared_words_as_each_text_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    let old = profile(
        dir.path(),
        "old.toml",
        2018,
        r#"[domains.well-being]
well-developed = ["Public institutions recognise foreign diplomas.", "Migrants can apply online for permits."]
"#,
    );
    let new = profile(
        dir.path(),
        "new.toml",
        2022,
        r#"[domains.well-being]
well-developed = ["Foreign diplomas are recognised by the institution in charge.", "Applications for permits are made online."]
"#,
    );
    let json = run(
        dir.path(),
        &["diff", &old, &new, "--format", "json", "--explain"],
    );
    let all = entries(json.assert_ok());
    let terms: Vec<String> = all
        .iter()
        .flat_map(|e| {
            e["evidence"]["shared_terms"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .map(|t| t["term"].as_str().unwrap().to_string())
        .collect();
    for expected in [
        "institutions = institution",
        "recognise = recognised",
        "diplomas",
        "apply = Applications",
    ] {
        assert!(
            terms.iter().any(|t| t == expected),
            "{expected} in {terms:?}"
        );
    }
}
