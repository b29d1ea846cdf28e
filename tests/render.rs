//! The formats on a report built by hand: every status, a move, a category flip, a pairing to
//! review, a negation, a near miss, the evidence of `--explain`, a profile field edited and
//! both kinds of warning. What these snapshots pin is how each format prints a report; which
//! pairs the matcher makes is pinned by the corpus and the matching tests, so tuning the
//! matcher never rewrites them.

use mgi_diff::diff::{
    Basis, CategoryCounts, Certainty, Confidence, Differ, DomainReport, Entry, FieldChange,
    NearMiss, PairEvidence, ProfileInfo, Reason, Report, RunnerUp, SharedTerm, Side, Status,
    Summary,
};
use mgi_diff::profile::{Category, Domain, Profile, Provenance};
use mgi_diff::render::{self, Format, Options, Style};

fn side(domain: Domain, category: Category, index: usize, text: &str) -> Side {
    Side {
        domain,
        category,
        index,
        id: None,
        text: text.to_string(),
    }
}

fn high() -> Option<Certainty> {
    Some(Certainty {
        level: Confidence::High,
        margin: Some(0.4),
        lead: None,
        reasons: Vec::new(),
    })
}

fn entry(status: Status, old: Option<Side>, new: Option<Side>) -> Entry {
    let paired = old.is_some() && new.is_some();
    Entry {
        status,
        similarity: paired.then_some(if status == Status::Unchanged {
            1.0
        } else {
            0.62
        }),
        confidence: if paired { high() } else { None },
        old,
        new,
        negation: false,
        near: None,
        evidence: None,
        parted: None,
    }
}

/// Two rounds of a made-up country: one domain with every kind of entry, one with a move
/// into it, the others empty.
fn report() -> Report {
    use Category::{FurtherDevelopment as Fd, WellDeveloped as Wd};
    use Domain::*;
    let mut old = Profile::new("old.toml", "Testland", "ATA", 2019);
    old.provenance = Provenance::Published;
    let mut new = Profile::new("new.toml", "Testland", "ATA", 2023);
    new.provenance = Provenance::Illustrative;
    let rights = vec![
        entry(
            Status::Unchanged,
            Some(side(
                MigrantsRights,
                Wd,
                0,
                "Migrants have access to emergency health care.",
            )),
            Some(side(
                MigrantsRights,
                Wd,
                0,
                "Migrants have access to emergency health care.",
            )),
        ),
        entry(
            Status::Reworded,
            Some(side(
                MigrantsRights,
                Wd,
                1,
                "The Constitution guarantees primary education to migrant children.",
            )),
            Some(side(
                MigrantsRights,
                Wd,
                1,
                "The Constitution guarantees primary and secondary education to all migrant children.",
            )),
        ),
        Entry {
            negation: true,
            ..entry(
                Status::Improved,
                Some(side(
                    MigrantsRights,
                    Fd,
                    0,
                    "Migrant workers cannot change employer.",
                )),
                Some(side(
                    MigrantsRights,
                    Wd,
                    2,
                    "Migrant workers can change employer after one year.",
                )),
            )
        },
        Entry {
            confidence: Some(Certainty {
                level: Confidence::Review,
                margin: Some(0.031),
                lead: Some(0.012),
                reasons: vec![Reason::SmallMargin, Reason::CloseRunnerUp],
            }),
            evidence: Some(PairEvidence {
                basis: Basis::Similarity,
                score: 0.231,
                shared_terms: vec![SharedTerm {
                    term: "visa".into(),
                    weight: 1.2,
                }],
                runner_up: Some(RunnerUp {
                    finding: side(MigrantsRights, Fd, 2, "Visa fees are high."),
                    similarity: 0.219,
                }),
                same_place: true,
                differs: vec![Differ::Subjects],
                bounded: false,
            }),
            ..entry(
                Status::Regressed,
                Some(side(
                    MigrantsRights,
                    Wd,
                    2,
                    "Visas can be applied for online.",
                )),
                Some(side(
                    MigrantsRights,
                    Fd,
                    1,
                    "The online visa portal was closed in 2022.",
                )),
            )
        },
        Entry {
            near: Some(NearMiss {
                finding: side(
                    MigrantsRights,
                    Fd,
                    2,
                    "There are no language courses for adult migrants.",
                ),
                similarity: 0.18,
                differs: vec![Differ::Subjects],
            }),
            ..entry(
                Status::Resolved,
                Some(side(
                    MigrantsRights,
                    Fd,
                    1,
                    "There are no language courses for migrant children.",
                )),
                None,
            )
        },
        entry(
            Status::Dropped,
            Some(side(
                MigrantsRights,
                Wd,
                3,
                "A hotline answers migrants in *four* languages | daily.",
            )),
            None,
        ),
        entry(
            Status::Added,
            None,
            Some(side(
                MigrantsRights,
                Fd,
                2,
                "There are no language courses for adult migrants.",
            )),
        ),
        entry(
            Status::Moved,
            Some(side(
                Partnerships,
                Wd,
                0,
                "The country cooperates with IOM on assisted voluntary return.",
            )),
            Some(side(
                MigrantsRights,
                Wd,
                3,
                "The country cooperates with IOM on assisted voluntary return and reintegration.",
            )),
        ),
    ];
    let domains = Domain::ALL
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
            let (old_findings, new_findings) = match d {
                MigrantsRights => (counts(4, 2), counts(4, 3)),
                Partnerships => (counts(1, 0), counts(0, 0)),
                _ => (counts(0, 0), counts(0, 0)),
            };
            DomainReport {
                key: d.key(),
                name: d.name(),
                summary: Summary::of(&entries),
                old_findings,
                new_findings,
                entries,
            }
        })
        .collect::<Vec<_>>();
    let mut summary = Summary::default();
    for d in &domains {
        summary.add(&d.summary);
    }
    Report {
        format_version: 1,
        old: ProfileInfo::of(&old),
        new: ProfileInfo::of(&new),
        summary,
        fields: vec![FieldChange {
            field: "provenance".into(),
            old: Some("published".into()),
            new: Some("illustrative".into()),
        }],
        review: 1,
        // Worded by rendering, from the counts.
        summary_text: String::new(),
        summary_facts: None,
        warnings: vec!["Testland 2019 is in English and Testland 2023 in Spanish: findings are paired by id only".into()],
        domains,
    }
}

fn rendered(format: Format, style: Style, options: Options) -> String {
    let mut out = Vec::new();
    render::diff(&report(), format, &style, &options, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn table() {
    insta::assert_snapshot!(rendered(
        Format::Table,
        Style::default(),
        Options::default()
    ));
}

#[test]
fn table_in_colour_without_word_diff() {
    let style = Style {
        color: true,
        width: 100,
    };
    let options = Options {
        word_diff: false,
        ..Options::default()
    };
    insta::assert_snapshot!(rendered(Format::Table, style, options));
}

#[test]
fn table_on_a_narrow_terminal() {
    let style = Style {
        color: false,
        width: 50,
    };
    insta::assert_snapshot!(rendered(Format::Table, style, Options::default()));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(rendered(
        Format::Markdown,
        Style::default(),
        Options::default()
    ));
}

#[test]
fn markdown_within_a_bound() {
    let options = Options {
        max_chars: Some(2500),
        ..Options::default()
    };
    let text = rendered(Format::Markdown, Style::default(), options);
    assert!(text.chars().count() <= 2500, "{}", text.chars().count());
    insta::assert_snapshot!(text);
}

#[test]
fn html() {
    insta::assert_snapshot!(rendered(Format::Html, Style::default(), Options::default()));
}

#[test]
fn csv() {
    insta::assert_snapshot!(rendered(Format::Csv, Style::default(), Options::default()));
}

#[test]
fn json() {
    insta::assert_snapshot!(rendered(Format::Json, Style::default(), Options::default()));
}

// Guards against a summary that says less than its entries: the hand-built report's near miss,
// lost strength, category flips and pairing to review are all in its sentences.
#[test]
fn summary_says_what_the_entries_say() {
    let text = mgi_diff::render::summary(
        &report().filter(&mgi_diff::diff::Filter::default()),
        mgi_diff::languages::Language::En,
    );
    assert_eq!(
        text,
        "Between 2019 and 2023, the profile of Testland went from seven to six findings, one of them unchanged. \
         One gap became a strength (Migrants' rights). \
         One strength became a gap (Migrants' rights), one strength was lost (Migrants' rights) and one new gap was recorded (Migrants' rights). \
         One finding was reworded (Migrants' rights), one finding moved to another domain (Migrants' rights) and one pairing is marked for review. \
         One gap was closed (Migrants' rights), though it may be a rewording of a new finding: check it. \
         The 2023 round is illustrative: hypothetical data, not published by IOM. \
         The file's own fields were edited: provenance."
    );
}
