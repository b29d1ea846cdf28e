//! Which profiles `across` compares: those named, or one round of every place of the set.

use anyhow::Result;

use crate::profile::{Level, Profile};
use crate::profile_set::Resolver;

/// The profiles named by `references`, or, with none, the latest round of every place of the
/// profile set at `level` (with `year`: the latest at or before it). Also what was left out,
/// to say so.
pub fn select(
    resolver: &Resolver,
    references: &[String],
    year: Option<u16>,
    level: Level,
) -> Result<(Vec<Profile>, Vec<String>)> {
    let mut notes = Vec::new();
    let mut profiles: Vec<Profile> = Vec::new();
    if references.is_empty() {
        let set = resolver.set()?;
        let mut without = Vec::new();
        for place in set.places() {
            let rounds = set.rounds(&place)?;
            if rounds.first().is_none_or(|r| r.level != level) {
                continue;
            }
            let round = rounds
                .into_iter()
                .filter(|r| year.is_none_or(|y| r.year <= y))
                .max_by_key(|r| r.year);
            match round {
                Some(r) => profiles.push(r),
                None => without.push(place),
            }
        }
        if let (Some(y), false) = (year, without.is_empty()) {
            notes.push(format!(
                "{} no round in or before {y}, left out: {}",
                if without.len() == 1 {
                    "1 place has"
                } else {
                    "places have"
                },
                without.join(", ")
            ));
        }
    } else {
        for r in references {
            let p = resolver.load(&resolver.reference(r))?;
            // The same file named twice is one profile.
            if profiles.iter().any(|q| q.origin == p.origin) {
                continue;
            }
            if let Some(q) = profiles
                .iter()
                .find(|q| q.iso3 == p.iso3 && q.city == p.city && q.level == p.level)
            {
                anyhow::bail!(
                    "two rounds of {} ({} and {}): across compares one round per place (use `history` to follow one place)",
                    crate::text::escape_line(&p.place()),
                    q.year,
                    p.year
                );
            }
            profiles.push(p);
        }
    }
    if profiles.len() < 2 {
        anyhow::bail!(
            "across needs profiles of at least two places; {} found{}",
            profiles.len(),
            if references.is_empty() {
                " in the profile set (name files or references, or use --profiles DIR)"
            } else {
                ""
            }
        );
    }
    Ok((profiles, notes))
}
