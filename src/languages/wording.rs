//! How published profiles word their title, domain headings, category lines and dates, for
//! `import`: each language's wording is in its file (`en.rs`, …, with where its words come
//! from). Every word is matched lowercase, with diacritics folded and ё as е.

use super::Language;
use crate::profile::{Category, Domain};

/// Every language's wording, in [`Language::ALL`]'s order: English first, as a heading is
/// read in the first language whose words it has.
pub static ALL: [&Wording; Language::ALL.len()] = super::WORDINGS;

/// One language's wording.
#[derive(Debug)]
pub struct Wording {
    /// The language it is the wording of.
    pub language: Language,
    /// How the title line opens, up to its colon: "migration governance profile".
    pub title: &'static [&'static str],
    /// The word a domain heading opens with, before its number: "domain".
    pub heading: &'static [&'static str],
    /// That word as a message names it: "Domain", "Область".
    pub heading_shown: &'static str,
    /// The two category lines as a message names them, well-developed first.
    pub categories_shown: [&'static str; 2],
    /// Phrases of each domain's name, any of which names it: each of a phrase's words, stemmed,
    /// is among the stems of the heading's name, in any order and inflection ("прав
    /// мигрантов" is "права мигрантов").
    pub domains: [(Domain, &'static [&'static str]); 6],
    /// Words of the well-developed category's line.
    pub well_developed: &'static [&'static str],
    /// Words of the further-development category's line.
    pub further_development: &'static [&'static str],
    /// A "key findings" line, which is skipped.
    pub key_findings: &'static [&'static str],
    /// Month names, January first, each with its other forms.
    pub months: [&'static [&'static str]; 12],
    /// Words of a date line that are not the month or the year ("mayo de 2019").
    pub date_fillers: &'static [&'static str],
}

impl Wording {
    /// The domain a heading's name (after its number) names, when exactly one matches: by the
    /// stems of its words, so that an inflected name ("Соблюдение международных стандартов и
    /// прав мигрантов") is read as the nominative one.
    pub fn domain(&self, name: &str, number: u32) -> Option<Domain> {
        let stemmer = (self.language.definition().stemmer)();
        let words = |text: &'_ str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| !w.is_empty())
                .map(|w| w.trim_matches('\'').to_string())
                .collect()
        };
        let have: Vec<(String, String)> = words(name)
            .into_iter()
            .map(|w| (stemmer.stem(&w).into_owned(), w))
            .collect();
        // A word of a phrase is in the name as an inflection of it (same stem), or as the
        // opening of a longer word ("кризис" in "кризисные", "общегосударствен" in
        // "общегосударственный").
        let known = |word: &str| {
            let stem = stemmer.stem(word);
            have.iter().any(|(s, w)| *s == stem || w.starts_with(word))
        };
        let found: Vec<Domain> = self
            .domains
            .iter()
            .filter(|(_, phrases)| phrases.iter().any(|p| words(p).iter().all(|w| known(w))))
            .map(|(d, _)| *d)
            .collect();
        // A name that names two domains is read as the one its number gives, if it is one of
        // them; a number alone names nothing (a heading "Domain 1. Kitchen" is no domain).
        match found[..] {
            [d] => Some(d),
            _ => numbered(number).filter(|d| found.contains(d)),
        }
    }

    /// The category a line names, if it is a category line.
    pub fn category(&self, line: &str) -> Option<Category> {
        if self.well_developed.iter().any(|w| line.contains(w)) {
            Some(Category::WellDeveloped)
        } else if self.further_development.iter().any(|w| line.contains(w)) {
            Some(Category::FurtherDevelopment)
        } else {
            None
        }
    }

    /// The month (1 to 12) a word names.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.months
            .iter()
            .position(|forms| forms.contains(&word))
            .map(|m| m as u32 + 1)
    }
}

/// A domain heading: the name after its word and number ("domain 3: well-being" →
/// "well-being"), its number, and the wordings whose heading word it opens with.
#[derive(Debug)]
pub struct Heading<'a> {
    /// The name after the heading's word and number.
    pub name: &'a str,
    /// The heading's number.
    pub number: u32,
    /// The wordings whose heading word it opens with.
    pub wordings: Vec<&'static Wording>,
}

/// The wording of a language.
pub fn of(language: Language) -> &'static Wording {
    &language.definition().wording
}

/// The domain the MGI numbers `number`: the six are numbered in one order in every profile and
/// language.
pub fn numbered(number: u32) -> Option<Domain> {
    let at = usize::try_from(number).ok()?.checked_sub(1)?;
    ALL[0].domains.get(at).map(|(d, _)| *d)
}

/// The heading a folded line is, if it is one.
pub fn heading(line: &str) -> Option<Heading<'_>> {
    for wording in ALL {
        for word in wording.heading {
            let Some(rest) = line.strip_prefix(word) else {
                continue;
            };
            let rest = rest.trim_start();
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                continue;
            }
            let number = rest[..digits].parse().unwrap_or(0);
            let rest = rest[digits..].trim_start();
            let rest = rest.strip_prefix(['.', ':', '-']).unwrap_or(rest).trim();
            let wordings = (ALL.iter().copied())
                .filter(|w| w.heading.iter().any(|h| line.starts_with(h)))
                .collect();
            return Some(Heading {
                name: rest,
                number,
                wordings,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_each_domain_once() {
        for wording in ALL {
            for (domain, words) in &wording.domains {
                for word in *words {
                    assert_eq!(wording.domain(word, 0), Some(*domain), "{word}");
                    assert_eq!(*word, crate::text::fold_diacritics(word), "{word}");
                }
            }
        }
    }

    #[test]
    fn headings_in_each_language() {
        let h = heading("dimension 2: enfoque de gobierno integral").unwrap();
        assert_eq!((h.name, h.number), ("enfoque de gobierno integral", 2));
        let found: Vec<Domain> = h
            .wordings
            .iter()
            .filter_map(|w| w.domain(h.name, h.number))
            .collect();
        assert_eq!(found, [Domain::WholeOfGovernment]);
        let h = heading("область 4. благополучие мигрантов").unwrap();
        assert_eq!(of(Language::Ru).domain(h.name, 4), Some(Domain::WellBeing));
        assert!(heading("dominios de los igm").is_none());
        // Inflected: the genitive plural of "права" and another word for the standards.
        let h = heading("область 1. соблюдение международных стандартов и прав мигрантов").unwrap();
        assert_eq!(
            of(Language::Ru).domain(h.name, 1),
            Some(Domain::MigrantsRights)
        );
        assert_eq!(numbered(6), Some(Domain::SafeOrderlyRegular));
        assert_eq!(numbered(0), None);
        assert_eq!(numbered(7), None);
    }
}
