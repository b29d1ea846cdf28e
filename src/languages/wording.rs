//! How published profiles word their title, domain headings, category lines and dates, for
//! `import`: each language's wording is in its file (`en.rs`, …, with where its words come
//! from). Every word is matched lowercase, with diacritics folded and ё as е.

use super::Language;

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
    /// Each named by its key (`migrants-rights`), in the MGI's numbering order; `import`
    /// reads them as the profile's domains.
    pub domains: [(&'static str, &'static [&'static str]); 6],
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
