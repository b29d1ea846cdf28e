//! The plain-language summary of a report: a few sentences a report writer can paste, made
//! only from the report's counts and the names of its domains, never from invented content.
//! It says no less than the entries: a finding whose meaning may have flipped, an unpaired
//! finding that may be a rewording, and a pairing to review are named, and every number is
//! a count of entries.
//!
//! The matcher's report carries what the summary counts ([`crate::diff::SummaryFact`]), not
//! its words: they are worded here, in the report's language, for every format (JSON writes
//! them as `summary_text`). Every sentence is one
//! message of the language's file, with the counts as numbers (they select the plural and
//! agree with the nouns) and a kind of sentence as a selector: no sentence is pasted together
//! from translated fragments, except lists of whole clauses joined by the language's "and".

use crate::diff::{Report, Status, SummaryFact};
use crate::languages::{Language, tr};
use crate::profile::{Category, Domain};
use crate::text::capitalised;

use super::say;
use super::say::and_list;

/// One change of a kind, counted per domain in domain order.
struct Kind {
    /// The message that says it: `prose-gaps-closed`.
    id: &'static str,
    per_domain: Vec<(Domain, usize)>,
}

impl Kind {
    fn total(&self) -> usize {
        self.per_domain.iter().map(|(_, n)| n).sum()
    }

    /// "two gaps became strengths (Migrants' rights; Safe, orderly and regular migration)".
    fn phrase(&self, lang: Language) -> Option<String> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let places: Vec<String> = self
            .per_domain
            .iter()
            .map(|&(d, n)| match n {
                1 => say::domain(lang, d),
                n => tr!(
                    lang,
                    "prose-domain-count",
                    domain = say::domain(lang, d),
                    n = n,
                    count = number(lang, n)
                ),
            })
            .collect();
        Some(tr!(
            lang,
            self.id,
            n = total,
            count = number(lang, total),
            domains = places.join("; ")
        ))
    }
}

/// A count as running text writes it: "one", "two" … "ten" in English; digits elsewhere.
fn number(lang: Language, n: usize) -> String {
    tr!(lang, "number", n = n)
}

/// The summary in sentences in `lang`, from what the report kept of its entries before a
/// status filter hid some (else from its entries).
pub fn summary(report: &Report, lang: Language) -> String {
    word(report, &report.counted(), lang)
}

/// The summary in sentences, from `facts` of the domains kept, in `lang`.
fn word(report: &Report, facts: &[SummaryFact], lang: Language) -> String {
    type Fact = SummaryFact;
    let count = |id, keep: &dyn Fn(&Fact) -> bool| Kind {
        id,
        per_domain: report
            .domains
            .iter()
            .filter_map(|d| {
                let domain = Domain::from_key(d.key)?;
                let n = (facts.iter())
                    .filter(|f| f.domain == domain && keep(f))
                    .count();
                (n > 0).then_some((domain, n))
            })
            .collect(),
    };
    // An unpaired finding with a near miss may be a rewording: it is said apart, with that
    // doubt, and not as plainly closed, lost or new.
    let is = |s: Status| move |f: &Fact| f.status == s && !f.near;
    let near = |s: Status| move |f: &Fact| f.status == s && f.near;
    let added_in = |c: Category| move |f: &Fact| is(Status::Added)(f) && f.new == Some(c);
    // A move that also changes the category closed a gap or lost a strength: it is said as
    // that, in the domain it moved to, rather than as a mere move.
    let moved = |from: Option<Category>| {
        move |f: &Fact| {
            let flip = match (f.old, f.new) {
                (Some(o), Some(n)) if o != n => Some(o),
                _ => None,
            };
            f.status == Status::Moved && flip == from
        }
    };
    let progress = [
        count("prose-gaps-closed", &is(Status::Resolved)),
        count("prose-gaps-became-strengths", &is(Status::Improved)),
        count(
            "prose-gaps-became-strengths-elsewhere",
            &moved(Some(Category::FurtherDevelopment)),
        ),
        count("prose-new-strengths", &added_in(Category::WellDeveloped)),
    ];
    let setbacks = [
        count("prose-strengths-became-gaps", &is(Status::Regressed)),
        count(
            "prose-strengths-became-gaps-elsewhere",
            &moved(Some(Category::WellDeveloped)),
        ),
        count("prose-strengths-lost", &is(Status::Dropped)),
        count("prose-new-gaps", &added_in(Category::FurtherDevelopment)),
    ];
    let edits = [
        count("prose-reworded", &is(Status::Reworded)),
        count("prose-moved", &moved(None)),
    ];
    // The other side of a near miss: a new finding for an old one, and the reverse.
    let doubts = [
        (count("prose-gaps-closed", &near(Status::Resolved)), "new"),
        (count("prose-strengths-lost", &near(Status::Dropped)), "new"),
        (count("prose-new-findings", &near(Status::Added)), "removed"),
    ];
    // A negation gained or lost within a category is not what the category says: a
    // strength that now denies it is still listed as a strength. Across categories the
    // flip is what "became a strength" already says.
    let flips = count("prose-flipped", &|f: &Fact| {
        f.negation && matches!((f.old, f.new), (Some(o), Some(n)) if o == n)
    });

    let (old, new) = (&report.old, &report.new);
    let olds = facts.iter().filter(|f| f.old.is_some()).count();
    let news = facts.iter().filter(|f| f.new.is_some()).count();
    let unchanged = (facts.iter())
        .filter(|f| f.status == Status::Unchanged)
        .count();
    if old.absent || new.absent {
        let (side, what) = if old.absent {
            (new, "new")
        } else {
            (old, "deleted")
        };
        // One side only: each entry holds one finding.
        let in_category = |c: Category| {
            (facts.iter())
                .filter(|f| f.old == Some(c) || f.new == Some(c))
                .count()
        };
        let mut sentence = tr!(
            lang,
            "prose-one-side",
            what = what,
            year = side.year,
            place = side.place(),
            n = report.summary.total(),
            count = number(lang, report.summary.total()),
            strengths = number(lang, in_category(Category::WellDeveloped)),
            gaps = number(lang, in_category(Category::FurtherDevelopment))
        );
        if side.provenance.warning().is_some() {
            sentence.push(' ');
            sentence.push_str(&tr!(
                lang,
                "prose-it-is",
                provenance = side.provenance.key()
            ));
        }
        return sentence;
    }
    // Which subject the sentences have: one round edited, two rounds of a place, two places.
    let period = if old.place() == new.place() && old.year == new.year {
        "version"
    } else if old.place() == new.place() {
        "rounds"
    } else {
        "places"
    };
    let (old_place, new_place) = (old.place(), new.place());
    let about = |id: &str, extra: &[(&str, fluent_bundle::FluentValue<'_>)]| {
        let mut args = crate::languages::args([
            ("period", period.into()),
            ("place", old_place.as_str().into()),
            ("old_place", old_place.as_str().into()),
            ("new_place", new_place.as_str().into()),
            ("old", old.year.into()),
            ("new", new.year.into()),
            ("year", old.year.into()),
        ]);
        for (name, value) in extra {
            args.set(*name, value.clone());
        }
        crate::languages::message(lang, id, Some(&args))
    };
    // A report of some domains (`--domain`) speaks of those, not of the whole profile.
    let scoped = |sentence: String| {
        if report.domains.len() < Domain::ALL.len() {
            let names: Vec<String> = (report.domains.iter())
                .map(|d| say::domain_of_key(lang, d.key))
                .collect();
            // Joined to the sentence, its first letter lowercase ("In Partnerships, between
            // …"), or before it as a sentence of its own, as the language prefers.
            let mut chars = sentence.chars();
            let first = chars.next().map(|c| c.to_lowercase().to_string());
            let joined = first.unwrap_or_default() + chars.as_str();
            tr!(
                lang,
                "prose-in-domains",
                domains = and_list(lang, &names),
                sentence = joined,
                whole = sentence.as_str()
            )
        } else {
            sentence
        }
    };
    let mut sentences = Vec::new();
    let phrases =
        |kinds: &[Kind]| -> Vec<String> { kinds.iter().filter_map(|k| k.phrase(lang)).collect() };
    let (progress, setbacks, mut edits) = (phrases(&progress), phrases(&setbacks), phrases(&edits));
    // In the edits' sentence, or alone when nothing else changed.
    let review = facts.iter().filter(|f| f.review).count();
    let review = (review > 0).then(|| {
        tr!(
            lang,
            "prose-review",
            n = review,
            count = number(lang, review)
        )
    });
    // Every finding on both sides unchanged: nothing else can have happened.
    if olds == unchanged && news == unchanged {
        let id = if report.fields.is_empty() {
            "prose-did-not-change"
        } else {
            "prose-kept-as-they-were"
        };
        let count = number(lang, olds);
        sentences.push(scoped(about(
            id,
            &[("n", olds.into()), ("count", count.into())],
        )));
        sentences.extend(review.map(|r| format!("{}.", capitalised(&r))));
    } else {
        edits.extend(review);
        let both = if old.year == new.year {
            "versions"
        } else {
            "rounds"
        };
        sentences.push(scoped(about(
            "prose-counts",
            &[
                ("olds", olds.into()),
                ("olds_count", number(lang, olds).into()),
                ("news", news.into()),
                ("news_count", number(lang, news).into()),
                ("unchanged", unchanged.into()),
                ("unchanged_count", number(lang, unchanged).into()),
                ("both", both.into()),
                ("same", if olds == news { "yes" } else { "no" }.into()),
            ],
        )));
        for group in [progress, setbacks, edits] {
            if !group.is_empty() {
                sentences.push(format!("{}.", capitalised(&and_list(lang, &group))));
            }
        }
        for (kind, other) in &doubts {
            let Some(phrase) = kind.phrase(lang) else {
                continue;
            };
            sentences.push(tr!(
                lang,
                "prose-doubt",
                phrase = capitalised(&phrase),
                n = kind.total(),
                other = *other
            ));
        }
        if let Some(phrase) = flips.phrase(lang) {
            sentences.push(tr!(
                lang,
                "prose-flips",
                phrase = capitalised(&phrase),
                n = flips.total()
            ));
        }
    }
    // One sentence for both rounds.
    let mut warnings: Vec<String> = [old, new]
        .iter()
        .filter(|side| side.provenance.warning().is_some())
        .map(|side| {
            tr!(
                lang,
                "prose-round-is",
                year = side.year,
                provenance = side.provenance.key()
            )
        })
        .collect();
    warnings.dedup();
    if !warnings.is_empty() {
        sentences.push(format!("{}.", capitalised(&warnings.join("; "))));
    }
    let mut text = sentences.join(" ");
    if !report.fields.is_empty() {
        let names: Vec<&str> = report.fields.iter().map(|f| f.field.as_str()).collect();
        text.push(' ');
        text.push_str(&tr!(lang, "prose-fields", fields = names.join(", ")));
    }
    text
}

#[cfg(test)]
mod tests {
    use crate::diff::{
        Certainty, Confidence, DEFAULT_THRESHOLD, Entry, NearMiss, Reason, Report, Side, Status,
        diff,
    };
    use crate::profile::{Category, Domain, Profile, Provenance};

    /// The summary in English, as `diff`'s JSON writes it.
    fn english(report: &Report) -> String {
        super::summary(report, crate::languages::Language::En)
    }

    fn profile(country: &str, year: u16, findings: &[(Category, &str)]) -> Profile {
        Profile::new("memory", country, "ATA", year).with_findings(
            findings
                .iter()
                .map(|(c, t)| (Domain::Partnerships, *c, t.to_string())),
        )
    }

    const WD: Category = Category::WellDeveloped;
    const FD: Category = Category::FurtherDevelopment;

    #[test]
    fn an_unchanged_profile_is_said_not_to_change() {
        let p = profile("Testland", 2020, &[(WD, "A regional forum meets yearly.")]);
        assert_eq!(
            english(&diff(&p, &p, DEFAULT_THRESHOLD)),
            "The 2020 profile of Testland did not change: its one finding is the same."
        );
    }

    #[test]
    fn counts_say_versions_rounds_or_a_change_of_size() {
        let old = profile(
            "Testland",
            2020,
            &[(
                FD,
                "There is no agreement with neighbours on labour migration.",
            )],
        );
        let edit = profile(
            "Testland",
            2020,
            &[(
                WD,
                "An agreement with neighbours on labour migration was signed.",
            )],
        );
        let text = english(&diff(&old, &edit, DEFAULT_THRESHOLD));
        assert!(
            text.starts_with("The 2020 profile of Testland has one finding in both versions, none of them unchanged. One gap became a strength (Partnerships)."),
            "{text}"
        );
        let later = profile(
            "Testland",
            2024,
            &[(
                WD,
                "An agreement with neighbours on labour migration was signed.",
            )],
        );
        let text = english(&diff(&old, &later, DEFAULT_THRESHOLD));
        assert!(
            text.starts_with(
                "Between 2020 and 2024, the profile of Testland has one finding in both rounds"
            ),
            "{text}"
        );
        let bigger = profile(
            "Testland",
            2024,
            &[
                (
                    FD,
                    "There is no agreement with neighbours on labour migration.",
                ),
                (WD, "Diaspora bonds are issued."),
            ],
        );
        let text = english(&diff(&old, &bigger, DEFAULT_THRESHOLD));
        assert!(text.starts_with("Between 2020 and 2024, the profile of Testland went from one to two findings, one of them unchanged. One new strength was recorded (Partnerships)."), "{text}");
        let elsewhere = profile(
            "Otherland",
            2024,
            &[(
                FD,
                "There is no agreement with neighbours on labour migration.",
            )],
        );
        let text = english(&diff(&old, &elsewhere, DEFAULT_THRESHOLD));
        assert!(
            text.starts_with("Between Testland 2020 and Otherland 2024, the profiles"),
            "{text}"
        );
    }

    #[test]
    fn a_new_or_deleted_profile_is_said_to_be_one() {
        let p = profile(
            "Testland",
            2024,
            &[
                (WD, "Diaspora bonds are issued."),
                (WD, "Consulates register citizens abroad."),
                (FD, "Return migrants get no support."),
            ],
        );
        let empty = profile("Testland", 2024, &[]);
        let mut added = diff(&empty, &p, DEFAULT_THRESHOLD);
        added.old.absent = true;
        assert_eq!(
            english(&added),
            "The 2024 profile of Testland is new: three findings, two well-developed and one for further development."
        );
        let mut deleted = diff(&p, &empty, DEFAULT_THRESHOLD);
        deleted.new.absent = true;
        assert!(english(&deleted).starts_with(
            "The 2024 profile of Testland was deleted: three findings, two well-developed and one for further development."
        ));
        // With both sides there, it is a comparison.
        assert!(english(&diff(&p, &p, DEFAULT_THRESHOLD)).contains("did not change"));
    }

    #[test]
    fn losses_and_provenance_are_said() {
        let old = profile(
            "Testland",
            2020,
            &[
                (WD, "Diaspora bonds are issued."),
                (FD, "Visas cannot be applied for online."),
            ],
        );
        let mut new = profile(
            "Testland",
            2024,
            &[(FD, "Return migrants get no reintegration support.")],
        );
        new.provenance = Provenance::Illustrative;
        let text = english(&diff(&old, &new, DEFAULT_THRESHOLD));
        assert!(text.contains("One gap was closed (Partnerships)"), "{text}");
        assert!(
            text.contains(
                "One strength was lost (Partnerships) and one new gap was recorded (Partnerships)."
            ),
            "{text}"
        );
        assert!(text.starts_with("Between 2020 and 2024, the profile of Testland went from two to one finding, none of them unchanged."), "{text}");
        assert!(
            text.ends_with(
                "The 2024 round is illustrative: hypothetical data, not published by IOM."
            ),
            "{text}"
        );
    }

    /// The report of `old` to `new`, every entry made what `edit` says: the summaries are
    /// tested on entries set by hand, not on what the matcher happens to pair.
    fn edited(old: &Profile, new: &Profile, edit: impl Fn(&mut Entry)) -> Report {
        let mut report = diff(old, new, DEFAULT_THRESHOLD);
        for d in &mut report.domains {
            d.entries.iter_mut().for_each(&edit);
        }
        report
    }

    fn sure() -> Option<Certainty> {
        Some(Certainty {
            level: Confidence::High,
            margin: None,
            lead: None,
            reasons: Vec::new(),
        })
    }

    // Guards against a strength negated in place being summarised as merely reworded.
    #[test]
    fn a_negation_within_a_category_is_named() {
        let old = profile(
            "Testland",
            2020,
            &[(WD, "Migrants are guaranteed access to courts.")],
        );
        let new = profile(
            "Testland",
            2024,
            &[(WD, "Migrants are not guaranteed access to courts.")],
        );
        let report = edited(&old, &new, |e| {
            e.status = Status::Reworded;
            e.negation = true;
            e.confidence = sure();
        });
        let text = english(&report);
        assert!(
            text.contains("One finding was reworded (Partnerships). One finding's meaning may have flipped (Partnerships): a negation was gained or lost; read it before counting it as a mere rewording."),
            "{text}"
        );
        // Across categories, "became a strength" already says the flip.
        let report = edited(&old, &new, |e| {
            e.status = Status::Regressed;
            e.new.as_mut().unwrap().category = FD;
            e.negation = true;
            e.confidence = sure();
        });
        let text = english(&report);
        assert!(!text.contains("flipped"), "{text}");
    }

    // Guards against "one gap was closed" of a gap whose entry says "possible rewording".
    #[test]
    fn a_near_miss_is_not_said_as_plainly_closed_lost_or_new() {
        let old = profile(
            "Testland",
            2020,
            &[
                (FD, "There are no language courses for migrant children."),
                (FD, "Visas cannot be applied for online."),
                (WD, "Diaspora bonds are issued."),
            ],
        );
        let new = profile(
            "Testland",
            2024,
            &[(FD, "Return migrants get no reintegration support.")],
        );
        let other = |e: &Entry| Side {
            text: "Some finding on the other side.".into(),
            ..e.old.clone().or_else(|| e.new.clone()).unwrap()
        };
        let report = edited(&old, &new, |e| {
            let status = match (&e.old, &e.new) {
                (Some(o), None) if o.category == WD => Status::Dropped,
                (Some(_), None) => Status::Resolved,
                _ => Status::Added,
            };
            let (old, new) = (e.old.clone(), e.new.clone());
            *e = Entry {
                status,
                old,
                new,
                similarity: None,
                negation: false,
                confidence: None,
                near: None,
                evidence: None,
                parted: None,
            };
            let language = e.old.as_ref().is_some_and(|o| o.text.starts_with("There"));
            if language || e.status != Status::Resolved {
                e.near = Some(NearMiss {
                    finding: other(e),
                    similarity: 0.2,
                    differs: Vec::new(),
                });
            }
        });
        let text = english(&report);
        assert!(
            text.contains("One gap was closed (Partnerships). One gap was closed (Partnerships), though it may be a rewording of a new finding: check it. One strength was lost (Partnerships), though it may be a rewording of a new finding: check it. One new finding was recorded (Partnerships), though it may be a rewording of a removed finding: check it."),
            "{text}"
        );
        assert!(!text.contains("new gap"), "{text}");
    }

    // Guards against a strength that became a gap in another domain being said as a move only.
    #[test]
    fn a_strength_lost_by_a_move_is_said() {
        let old = profile("Testland", 2020, &[(WD, "Diaspora bonds are issued.")]);
        let new = profile("Testland", 2024, &[(FD, "Diaspora bonds are not issued.")]);
        let mut report = edited(&old, &new, |e| {
            *e = Entry {
                status: Status::Moved,
                old: e.old.clone().or_else(|| e.new.clone()),
                new: e.new.clone().or_else(|| e.old.clone()),
                similarity: Some(0.6),
                negation: true,
                confidence: sure(),
                near: None,
                evidence: None,
                parted: None,
            };
            let new = e.new.as_mut().unwrap();
            new.domain = Domain::MigrantsRights;
            new.category = FD;
            e.old.as_mut().unwrap().category = WD;
        });
        // Two entries of one finding each became one moved pair: keep one, under its new domain.
        let moved = report
            .domains
            .iter_mut()
            .find_map(|d| d.entries.pop())
            .unwrap();
        for d in &mut report.domains {
            d.entries.clear();
        }
        let rights = report
            .domains
            .iter_mut()
            .find(|d| d.key == Domain::MigrantsRights.key());
        rights.unwrap().entries.push(moved);
        let text = english(&report);
        assert!(
            text.contains("One strength became a gap in another domain (Migrants' rights)."),
            "{text}"
        );
        assert!(!text.contains("moved to another domain"), "{text}");
        // The dropped and the regressed are said too.
        let both = profile(
            "Testland",
            2020,
            &[
                (WD, "Diaspora bonds are issued."),
                (WD, "Consulates register citizens abroad."),
            ],
        );
        let mut report = edited(&both, &new, |e| {
            e.near = None;
            if e.old
                .as_ref()
                .is_some_and(|o| o.text.starts_with("Diaspora"))
            {
                e.status = Status::Regressed;
                e.new = Some(Side {
                    category: FD,
                    ..e.old.clone().unwrap()
                });
                e.confidence = sure();
            }
        });
        for d in &mut report.domains {
            d.entries.retain(|e| e.old.is_some());
        }
        let text = english(&report);
        assert!(
            text.contains(
                "One strength became a gap (Partnerships) and one strength was lost (Partnerships)."
            ),
            "{text}"
        );
    }

    // Guards against a pairing to review left unsaid when every finding is unchanged.
    #[test]
    fn a_pairing_to_review_is_always_said() {
        let p = profile("Testland", 2020, &[(WD, "A regional forum meets yearly.")]);
        let report = edited(&p, &p, |e| {
            e.confidence = Some(Certainty {
                level: Confidence::Review,
                margin: None,
                lead: None,
                reasons: vec![Reason::SameIdTextReplaced],
            });
        });
        assert_eq!(report.review, 0, "set by hand after the report was made");
        assert_eq!(
            english(&report),
            "The 2020 profile of Testland did not change: its one finding is the same. One pairing is marked for review."
        );
    }
}
