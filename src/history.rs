//! The report of `history PLACE`: every round of a place in order, and each finding's line
//! through them.
//!
//! Consecutive rounds are compared as `diff` compares them (ids first, then the matcher, with
//! its confidence), and the pairs are chained: a finding of 2018 paired with one of 2022,
//! itself paired with one of 2024, is one line. A line starts in the round its finding first
//! appears in and ends where it is resolved or dropped; a gap still listed in the latest
//! round says since when it has been a gap without a break ("open since 2018").

use serde::Serialize;

use crate::diff::{self, Confidence, Report, Status, Summary};
use crate::profile::{Category, Domain, Language, Level, Profile, Provenance};

// A field without a doc comment is named plainly: a doc comment would become a description in
// the committed JSON Schema (`schemas/history.schema.json`).

/// The history of one place.
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct History {
    pub format_version: u32,
    /// The place as reports name it: `Kazakhstan`, `Almaty (Kazakhstan)`.
    pub place: String,
    pub level: Level,
    /// Every round, oldest first.
    pub rounds: Vec<Round>,
    /// Illustrative and draft rounds, and steps between two languages (paired by id only).
    pub warnings: Vec<String>,
    /// A few plain sentences: rounds, findings added, gaps closed, gaps still open.
    pub summary_text: String,
    /// One history per domain, in the fixed order.
    pub domains: Vec<DomainHistory>,
}

/// One round of the place.
#[allow(missing_docs)] // see the note above `History`
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Round {
    pub year: u16,
    /// `kazakhstan@2018`.
    pub reference: String,
    /// Where it was read from.
    pub origin: String,
    pub provenance: Provenance,
    pub language: Language,
}

/// What happened in one domain over the rounds.
#[allow(missing_docs)] // see the note above `History`
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DomainHistory {
    pub key: &'static str,
    pub name: &'static str,
    /// Findings per category in each round, in the order of `rounds`.
    pub counts: Vec<diff::CategoryCounts>,
    /// What happened between each round and the next: `steps[0]` is rounds 0 → 1.
    pub steps: Vec<Summary>,
    /// Gaps listed in the first round that are still gaps in the latest one.
    pub first_gaps_still_open: usize,
    /// Gaps listed in the first round.
    pub first_gaps: usize,
    /// Each finding's line, in the order of the latest round, then the ones that ended.
    pub lines: Vec<Line>,
}

/// One finding through the rounds.
#[allow(missing_docs)] // see the note above `History`
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Line {
    /// The year of the round it first appeared in.
    pub since: u16,
    /// For a gap still listed in the latest round: the year since which it has been a gap
    /// in every round.
    pub open_since: Option<u16>,
    /// One cell per round, in the order of `rounds`: null before it appeared and after it
    /// ended.
    pub cells: Vec<Option<Cell>>,
}

/// A finding in one round, and how it came to be there.
#[allow(missing_docs)] // see the note above `History`
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Cell {
    /// What happened to it since the round before: null in the first round; `added` where
    /// it first appears; `resolved` or `dropped` in the round it is gone from (its category
    /// and text are then its last ones).
    pub status: Option<Status>,
    pub category: Category,
    pub text: String,
    pub id: Option<String>,
    /// How sure the matcher is of the pairing with the round before, when it paired it.
    pub confidence: Option<Confidence>,
}

impl Line {
    /// The line's latest finding: its text and category where it was last listed.
    pub(crate) fn latest(&self) -> &Cell {
        self.cells
            .iter()
            .rev()
            .flatten()
            .find(|c| !matches!(c.status, Some(Status::Resolved | Status::Dropped)))
            .or_else(|| self.cells.iter().flatten().next())
            .expect("a line has a cell")
    }

    /// How the line ends: `resolved` or `dropped`, or `None` while it is listed.
    pub(crate) fn ended(&self) -> Option<Status> {
        self.cells
            .iter()
            .flatten()
            .filter_map(|c| c.status)
            .find(|s| matches!(s, Status::Resolved | Status::Dropped))
    }
}

/// A line being built: its cells so far, and the domain of its latest finding.
struct Building {
    domain: Domain,
    cells: Vec<Option<Cell>>,
}

/// The history of `rounds` (one place, oldest first), each step compared as `options` say.
pub fn history(rounds: &[Profile], options: &diff::Options) -> History {
    history_and_steps(rounds, options).0
}

/// The history, and the report of each step (`steps[0]` compares rounds 0 and 1).
pub(crate) fn history_and_steps(
    rounds: &[Profile],
    options: &diff::Options,
) -> (History, Vec<Report>) {
    let n = rounds.len();
    let mut lines: Vec<Building> = Vec::new();
    // For each finding of the current round (by index), the line it is on.
    let mut on_line: Vec<usize> = Vec::new();
    if let Some(first) = rounds.first() {
        for f in &first.findings {
            on_line.push(lines.len());
            let mut cells = vec![None; n];
            cells[0] = Some(Cell {
                status: None,
                category: f.category,
                text: f.text.clone(),
                id: f.id.clone(),
                confidence: None,
            });
            lines.push(Building {
                domain: f.domain,
                cells,
            });
        }
    }
    let mut steps: Vec<Report> = Vec::with_capacity(n.saturating_sub(1));
    for (i, pair) in rounds.windows(2).enumerate() {
        let (old, new) = (&pair[0], &pair[1]);
        let report = diff::diff_with(old, new, options);
        let mut next = vec![usize::MAX; new.findings.len()];
        let position = |p: &Profile, side: &diff::Side| {
            p.findings
                .iter()
                .position(|f| {
                    f.domain == side.domain && f.category == side.category && f.index == side.index
                })
                .expect("a report's side is a finding of its profile")
        };
        for entry in report.entries() {
            let cell = |side: &diff::Side, status| Cell {
                status: Some(status),
                category: side.category,
                text: side.text.clone(),
                id: side.id.clone(),
                confidence: entry.confidence.as_ref().map(|c| c.level),
            };
            match (&entry.old, &entry.new) {
                (Some(o), Some(nw)) => {
                    let line = on_line[position(old, o)];
                    lines[line].cells[i + 1] = Some(cell(nw, entry.status));
                    lines[line].domain = nw.domain;
                    next[position(new, nw)] = line;
                }
                (Some(o), None) => {
                    let line = on_line[position(old, o)];
                    lines[line].cells[i + 1] = Some(cell(o, entry.status));
                }
                (None, Some(nw)) => {
                    let mut cells = vec![None; n];
                    cells[i + 1] = Some(cell(nw, Status::Added));
                    next[position(new, nw)] = lines.len();
                    lines.push(Building {
                        domain: nw.domain,
                        cells,
                    });
                }
                (None, None) => {}
            }
        }
        on_line = next;
        steps.push(report);
    }
    let history = assemble(rounds, lines, &steps, &on_line);
    (history, steps)
}

fn assemble(
    rounds: &[Profile],
    lines: Vec<Building>,
    steps: &[Report],
    latest: &[usize],
) -> History {
    let years: Vec<u16> = rounds.iter().map(|r| r.year).collect();
    let finished: Vec<Line> = lines
        .iter()
        .map(|b| {
            let since = b
                .cells
                .iter()
                .position(Option::is_some)
                .map_or(0, |i| years[i]);
            // A gap in the latest round: back to the first round of an unbroken run of gaps.
            let last = b.cells.len().saturating_sub(1);
            let listed_now = b.cells.get(last).and_then(Option::as_ref).is_some_and(|c| {
                !matches!(c.status, Some(Status::Resolved | Status::Dropped))
                    && c.category == Category::FurtherDevelopment
            });
            let open_since = listed_now.then(|| {
                let mut at = last;
                while at > 0
                    && b.cells[at - 1]
                        .as_ref()
                        .is_some_and(|c| c.category == Category::FurtherDevelopment)
                {
                    at -= 1;
                }
                years[at]
            });
            Line {
                since,
                open_since,
                cells: b.cells.clone(),
            }
        })
        .collect();
    let mut warnings: Vec<String> = rounds
        .iter()
        .filter_map(|r| {
            r.provenance
                .warning()
                .map(|w| format!("{} {} is {w}", r.place(), r.year))
        })
        .collect();
    for report in steps {
        warnings.extend(report.warnings.iter().cloned());
    }
    let domains: Vec<DomainHistory> = Domain::ALL
        .into_iter()
        .map(|domain| {
            // Lines still listed, in the latest round's order; then those that ended.
            let mut order: Vec<usize> = latest
                .iter()
                .copied()
                .filter(|&l| l != usize::MAX && lines[l].domain == domain)
                .collect();
            let listed: std::collections::HashSet<usize> = order.iter().copied().collect();
            order.extend(
                (0..lines.len()).filter(|l| lines[*l].domain == domain && !listed.contains(l)),
            );
            let first_gaps: Vec<&Line> = order
                .iter()
                .map(|&l| &finished[l])
                .filter(|l| {
                    l.cells
                        .first()
                        .and_then(Option::as_ref)
                        .is_some_and(|c| c.category == Category::FurtherDevelopment)
                })
                .collect();
            DomainHistory {
                key: domain.key(),
                name: domain.name(),
                counts: rounds
                    .iter()
                    .map(|r| diff::CategoryCounts::of(r, domain))
                    .collect(),
                steps: steps
                    .iter()
                    .map(|r| {
                        r.domains
                            .iter()
                            .find(|d| d.key == domain.key())
                            .map(|d| d.summary)
                            .unwrap_or_default()
                    })
                    .collect(),
                first_gaps_still_open: first_gaps
                    .iter()
                    .filter(|l| l.open_since == years.first().copied())
                    .count(),
                first_gaps: first_gaps.len(),
                lines: order.iter().map(|&l| finished[l].clone()).collect(),
            }
        })
        .collect();
    let first = rounds.first();
    let mut history = History {
        format_version: 1,
        place: first.map_or_else(String::new, Profile::place),
        level: first.map_or(Level::National, |r| r.level),
        rounds: rounds
            .iter()
            .map(|r| Round {
                year: r.year,
                reference: crate::profile::ProfileName::of(r).reference(),
                origin: r.origin.clone(),
                provenance: r.provenance,
                language: r.language,
            })
            .collect(),
        warnings,
        summary_text: String::new(),
        domains,
    };
    history.summary_text = prose(&history, crate::languages::Language::En);
    history
}

/// The history in a few plain sentences, in `lang`.
pub(crate) fn prose(h: &History, lang: crate::languages::Language) -> String {
    use crate::languages::tr;
    let years: Vec<String> = h.rounds.iter().map(|r| r.year.to_string()).collect();
    match h.rounds.len() {
        0 => return tr!(lang, "history-no-round", place = h.place.as_str()),
        1 => {
            return tr!(
                lang,
                "history-one-round",
                place = h.place.as_str(),
                year = years[0].as_str()
            );
        }
        _ => {}
    }
    // Counted over the steps, as the entries of each step's report count them: a gap that
    // became a strength was closed, and a strength that became a gap was lost, as much as one
    // resolved or dropped (the summary said "no gap closed" of a gap that became a strength).
    let steps = || h.domains.iter().flat_map(|d| &d.steps);
    let sum = |of: fn(&Summary) -> usize| steps().map(of).sum::<usize>();
    let appeared = sum(|s| s.added);
    let (improved, resolved) = (sum(|s| s.improved), sum(|s| s.resolved));
    let (regressed, dropped) = (sum(|s| s.regressed), sum(|s| s.dropped));
    let first_gaps: usize = h.domains.iter().map(|d| d.first_gaps).sum();
    let still_open: usize = h.domains.iter().map(|d| d.first_gaps_still_open).sum();
    tr!(
        lang,
        "history-summary",
        place = h.place.as_str(),
        rounds = h.rounds.len(),
        years = years.join(", "),
        first = years[0].as_str(),
        last = years[years.len() - 1].as_str(),
        appeared = appeared,
        closed = resolved + improved,
        closed_became = improved,
        closed_how = how(resolved + improved, improved),
        lost = dropped + regressed,
        lost_became = regressed,
        lost_how = how(dropped + regressed, regressed),
        first_gaps = first_gaps,
        still_open = still_open
    )
}

/// How many of `n` findings that ended did so by becoming the other kind, as the summary's
/// selector says it: `none`, `it` (the one that ended), `all`, `one`, or `some`.
fn how(n: usize, m: usize) -> &'static str {
    match (n, m) {
        (_, 0) => "none",
        (1, _) => "it",
        (n, m) if m == n => "all",
        (_, 1) => "one",
        _ => "some",
    }
}

impl History {
    /// The language of its reports by default: its rounds' own when they agree, else English.
    pub(crate) fn language(&self) -> crate::languages::Language {
        crate::languages::of_profiles(self.rounds.iter().map(|r| r.language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(year: u16, findings: &[(Domain, Category, &str)]) -> Profile {
        Profile::new("mem", "Testland", "ATA", year)
            .with_findings(findings.iter().map(|(d, c, t)| (*d, *c, t.to_string())))
    }

    #[test]
    fn lines_follow_a_finding_through_the_rounds() {
        use Category::{FurtherDevelopment as Fd, WellDeveloped as Wd};
        use Domain::MigrantsRights as Mr;
        let rounds = [
            round(
                2018,
                &[
                    (Mr, Fd, "There is no national migration strategy."),
                    (Mr, Fd, "Migrant workers cannot change employer."),
                ],
            ),
            round(
                2022,
                &[
                    (Mr, Fd, "There is no national migration strategy yet."),
                    (
                        Mr,
                        Wd,
                        "Migrant workers can change employer after one year.",
                    ),
                ],
            ),
            round(
                2024,
                &[
                    (Mr, Fd, "There is still no national migration strategy."),
                    (Mr, Wd, "A hotline answers migrants in four languages."),
                ],
            ),
        ];
        let h = history(&rounds, &diff::Options::default());
        let d = &h.domains[0];
        assert_eq!(d.lines.len(), 3, "{:#?}", d.lines);
        let strategy = d
            .lines
            .iter()
            .find(|l| l.latest().text.contains("strategy"))
            .unwrap();
        assert_eq!(strategy.since, 2018);
        assert_eq!(
            strategy.open_since,
            Some(2018),
            "a gap open since the first round"
        );
        let employer = d
            .lines
            .iter()
            .find(|l| l.latest().text.contains("employer"))
            .unwrap();
        assert_eq!(
            employer.cells[1].as_ref().unwrap().status,
            Some(Status::Improved)
        );
        assert_eq!(employer.ended(), Some(Status::Dropped));
        let hotline = d.lines.iter().find(|l| l.since == 2024).unwrap();
        assert_eq!(
            hotline.cells[2].as_ref().unwrap().status,
            Some(Status::Added)
        );
        assert_eq!((d.first_gaps, d.first_gaps_still_open), (2, 1));
        assert!(
            h.summary_text
                .contains("Of the 2 gaps named in 2018, one is still open in 2024"),
            "{}",
            h.summary_text
        );
        // The gap that became a strength was closed, and that strength was later lost: the
        // summary says both, as the entries do.
        assert!(
            h.summary_text.contains(
                "Since 2018, one finding appeared, one gap was closed (it became a strength) and one strength was lost."
            ),
            "{}",
            h.summary_text
        );
    }

    #[test]
    fn one_round_says_so() {
        let h = history(&[round(2019, &[])], &diff::Options::default());
        assert!(
            h.summary_text.contains("one round (2019)"),
            "{}",
            h.summary_text
        );
    }
}
