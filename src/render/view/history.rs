//! How a place's history and the site's index read: a finding in one round, a domain's
//! counts, a line's note, and a place as the index lists it.

use crate::diff::{CategoryCounts, Confidence};
use crate::languages::{Language, tr};

/// How a finding of a history reads in one round: `gap`, `reworded gap`, `improved
/// strength`, `resolved`; `(review)` when the matcher is not sure of the pairing.
pub(crate) fn history_cell(cell: &crate::history::Cell, lang: Language) -> String {
    let review = match cell.confidence {
        Some(Confidence::Review) => "yes",
        _ => "no",
    };
    let status = match cell.status {
        None => "unchanged",
        Some(s) => s.key(),
    };
    tr!(
        lang,
        "history-cell",
        status = status,
        category = cell.category.key(),
        review = review
    )
}

/// A domain's findings in one round: `4 / 2` (strengths / gaps).
pub(crate) fn history_counts(c: &CategoryCounts) -> String {
    format!("{} / {}", c.well_developed, c.further_development)
}

/// What a line says besides its cells: `open since 2018`, `since 2022`.
pub(crate) fn history_note(
    line: &crate::history::Line,
    first_year: u16,
    lang: Language,
) -> Option<String> {
    match (line.open_since, line.since) {
        (Some(year), _) => Some(tr!(lang, "history-open-since", year = year.to_string())),
        (None, since) if since != first_year && line.ended().is_none() => {
            Some(tr!(lang, "history-since", year = since.to_string()))
        }
        _ => None,
    }
}

/// A place as the site's index lists it.
#[derive(Debug, Clone)]
pub(crate) struct PlaceRow {
    /// `Kazakhstan`, `Almaty (Kazakhstan)`.
    pub(crate) place: String,
    /// `national` or `local`.
    pub(crate) level: &'static str,
    /// The relative link to the place's history page.
    pub(crate) history: String,
    /// Its rounds, oldest first: year, provenance, relative link to the profile's page.
    pub(crate) rounds: Vec<(u16, crate::profile::Provenance, String)>,
    /// The latest round's strengths and gaps.
    pub(crate) latest: CategoryCounts,
    /// What changed since the round before the latest, and the link to that comparison.
    pub(crate) change: Option<(String, String)>,
}
