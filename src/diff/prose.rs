//! The plain-language summary of a report: two to five sentences a report writer can paste,
//! made only from the report's counts and the names of its domains, never from invented
//! content.

use super::{Report, Status};
use crate::profile::{Category, Domain};
use crate::text::capitalised;

/// One change of a kind, counted per domain in domain order.
struct Kind {
    /// "gap was closed" / "gaps were closed".
    one: &'static str,
    many: &'static str,
    per_domain: Vec<(Domain, usize)>,
}

impl Kind {
    fn total(&self) -> usize {
        self.per_domain.iter().map(|(_, n)| n).sum()
    }

    /// "two gaps became strengths (Migrants' rights; Safe, orderly and regular migration)".
    fn phrase(&self) -> Option<String> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let verb = if total == 1 { self.one } else { self.many };
        let places: Vec<String> = self
            .per_domain
            .iter()
            .map(|(d, n)| match n {
                1 => d.name().to_string(),
                n => format!("{}: {}", d.name(), number(*n)),
            })
            .collect();
        Some(format!("{} {verb} ({})", number(total), places.join("; ")))
    }
}

/// "one", "two", … "ten", then digits.
fn number(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// "a, b and c".
fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

impl Report {
    /// The summary in sentences, from the entries of the domains kept.
    pub(super) fn prose(&self) -> String {
        let count = |one, many, keep: &dyn Fn(&super::Entry) -> bool| Kind {
            one,
            many,
            per_domain: self
                .domains
                .iter()
                .filter_map(|d| {
                    let n = d.entries.iter().filter(|e| keep(e)).count();
                    let domain = Domain::from_key(d.key)?;
                    (n > 0).then_some((domain, n))
                })
                .collect(),
        };
        let is = |s: Status| move |e: &super::Entry| e.status == s;
        let added_in = |c: Category| {
            move |e: &super::Entry| {
                e.status == Status::Added && e.new.as_ref().is_some_and(|n| n.category == c)
            }
        };
        let progress = [
            count("gap was closed", "gaps were closed", &is(Status::Resolved)),
            count(
                "gap became a strength",
                "gaps became strengths",
                &is(Status::Improved),
            ),
            count(
                "new strength was recorded",
                "new strengths were recorded",
                &added_in(Category::WellDeveloped),
            ),
        ];
        let setbacks = [
            count(
                "strength became a gap",
                "strengths became gaps",
                &is(Status::Regressed),
            ),
            count(
                "strength was lost",
                "strengths were lost",
                &is(Status::Dropped),
            ),
            count(
                "new gap was recorded",
                "new gaps were recorded",
                &added_in(Category::FurtherDevelopment),
            ),
        ];
        let edits = [
            count(
                "finding was reworded",
                "findings were reworded",
                &is(Status::Reworded),
            ),
            count(
                "finding moved to another domain",
                "findings moved to another domain",
                &is(Status::Moved),
            ),
        ];

        let (old, new) = (&self.old, &self.new);
        let entries = self.domains.iter().flat_map(|d| &d.entries);
        let olds = entries.clone().filter(|e| e.old.is_some()).count();
        let news = entries.clone().filter(|e| e.new.is_some()).count();
        let unchanged = entries.filter(|e| e.status == Status::Unchanged).count();
        if old.absent || new.absent {
            let (side, what) = if old.absent {
                (new, "is new")
            } else {
                (old, "was deleted")
            };
            let mut sentence = format!(
                "The {} profile of {} {what}: {} findings, {} well-developed and {} for further development.",
                side.year,
                side.place(),
                number(self.summary.total()),
                number(
                    self.entries()
                        .filter(|e| {
                            [&e.old, &e.new]
                                .into_iter()
                                .flatten()
                                .any(|s| s.category == Category::WellDeveloped)
                        })
                        .count()
                ),
                number(
                    self.entries()
                        .filter(|e| {
                            [&e.old, &e.new]
                                .into_iter()
                                .flatten()
                                .any(|s| s.category == Category::FurtherDevelopment)
                        })
                        .count()
                ),
            );
            if let Some(warning) = side.provenance.warning() {
                sentence.push_str(&format!(" It is {warning}."));
            }
            return sentence;
        }
        let period = if old.place() == new.place() && old.year == new.year {
            // Two versions of one round: an edit, not a new round.
            format!("The {} profile of {}", old.year, old.place())
        } else if old.place() == new.place() {
            format!(
                "Between {} and {}, the profile of {}",
                old.year,
                new.year,
                old.place()
            )
        } else {
            format!(
                "Between {} {} and {} {}, the profiles",
                old.place(),
                old.year,
                new.place(),
                new.year
            )
        };
        let mut sentences = Vec::new();
        let phrases =
            |kinds: &[Kind]| -> Vec<String> { kinds.iter().filter_map(Kind::phrase).collect() };
        let (progress, setbacks, edits) = (phrases(&progress), phrases(&setbacks), phrases(&edits));
        if progress.is_empty()
            && setbacks.is_empty()
            && edits.is_empty()
            && olds == news
            && olds == unchanged
        {
            sentences.push(format!(
                "{period} did not change: its {} findings are the same.",
                number(olds)
            ));
        } else {
            let counts = if olds == news {
                let both = if old.year == new.year {
                    "versions"
                } else {
                    "rounds"
                };
                format!("has {} findings in both {both}", number(olds))
            } else {
                format!("went from {} to {} findings", number(olds), number(news))
            };
            sentences.push(format!(
                "{period} {counts}, {} of them unchanged.",
                number(unchanged)
            ));
            for group in [progress, setbacks, edits] {
                if !group.is_empty() {
                    sentences.push(format!("{}.", capitalised(&and_list(&group))));
                }
            }
        }
        // One sentence for both rounds, so that there are never more than five.
        let mut warnings: Vec<String> = [old, new]
            .iter()
            .filter_map(|side| {
                let warning = side.provenance.warning()?;
                Some(format!("the {} round is {warning}", side.year))
            })
            .collect();
        warnings.dedup();
        if !warnings.is_empty() {
            sentences.push(format!("{}.", capitalised(&warnings.join("; "))));
        }
        sentences.join(" ")
    }
}
