//! Reading a published profile's headings and category lines with a language's wording
//! (`crate::languages::wording`): which domain a heading names, which category a line opens.

use crate::languages::wording::{self, Wording};
use crate::profile::{Category, Domain};

/// The domain a heading's name (after its number) names, when exactly one matches: by the
/// stems of its words, so that an inflected name ("Соблюдение международных стандартов и
/// прав мигрантов") is read as the nominative one.
pub(super) fn domain(wording: &Wording, name: &str, number: u32) -> Option<Domain> {
    let stemmer = (wording.language.definition().stemmer)();
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
    let found: Vec<Domain> = (wording.domains.iter())
        .filter(|(_, phrases)| phrases.iter().any(|p| words(p).iter().all(|w| known(w))))
        .filter_map(|(key, _)| Domain::from_key(key))
        .collect();
    // A name that names two domains is read as the one its number gives, if it is one of
    // them; a number alone names nothing (a heading "Domain 1. Kitchen" is no domain).
    match found[..] {
        [d] => Some(d),
        _ => numbered(number).filter(|d| found.contains(d)),
    }
}

/// The category a line names, if it is a category line.
pub(super) fn category(wording: &Wording, line: &str) -> Option<Category> {
    if wording.well_developed.iter().any(|w| line.contains(w)) {
        Some(Category::WellDeveloped)
    } else if wording.further_development.iter().any(|w| line.contains(w)) {
        Some(Category::FurtherDevelopment)
    } else {
        None
    }
}

/// The domain the MGI numbers `number`: the six are numbered in one order in every profile and
/// language.
pub(super) fn numbered(number: u32) -> Option<Domain> {
    let at = usize::try_from(number).ok()?.checked_sub(1)?;
    Domain::from_key(wording::ALL[0].domains.get(at)?.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::wording::{ALL, heading, of};
    use crate::profile::Language;

    #[test]
    fn every_language_names_each_domain_once() {
        for wording in ALL {
            for (key, words) in &wording.domains {
                for word in *words {
                    assert_eq!(domain(wording, word, 0), Domain::from_key(key), "{word}");
                    assert_eq!(*word, crate::text::fold_diacritics(word), "{word}");
                }
            }
        }
    }

    /// The wordings name the domains by key: every key is a domain's, in the MGI's order.
    #[test]
    fn every_wording_names_the_six_domains_in_order() {
        for wording in ALL {
            let keys: Vec<&str> = wording.domains.iter().map(|(k, _)| *k).collect();
            assert_eq!(
                keys,
                Domain::keys().collect::<Vec<_>>(),
                "{:?}",
                wording.language
            );
        }
    }

    #[test]
    fn headings_in_each_language() {
        let h = heading("dimension 2: enfoque de gobierno integral").unwrap();
        assert_eq!((h.name, h.number), ("enfoque de gobierno integral", 2));
        let found: Vec<Domain> = h
            .wordings
            .iter()
            .filter_map(|w| domain(w, h.name, h.number))
            .collect();
        assert_eq!(found, [Domain::WholeOfGovernment]);
        let h = heading("область 4. благополучие мигрантов").unwrap();
        assert_eq!(domain(of(Language::Ru), h.name, 4), Some(Domain::WellBeing));
        assert!(heading("dominios de los igm").is_none());
        // Inflected: the genitive plural of "права" and another word for the standards.
        let h = heading("область 1. соблюдение международных стандартов и прав мигрантов").unwrap();
        assert_eq!(
            domain(of(Language::Ru), h.name, 1),
            Some(Domain::MigrantsRights)
        );
        assert_eq!(numbered(6), Some(Domain::SafeOrderlyRegular));
        assert_eq!(numbered(0), None);
        assert_eq!(numbered(7), None);
    }
}
