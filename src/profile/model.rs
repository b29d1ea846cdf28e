//! The profile model: what a format-1 file says once it has been validated.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::text::normalize;

/// The six MGI policy domains, in the order every report uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    MigrantsRights,
    WholeOfGovernment,
    Partnerships,
    WellBeing,
    MobilityCrises,
    SafeOrderlyRegular,
}

impl Domain {
    pub const ALL: [Domain; 6] = [
        Domain::MigrantsRights,
        Domain::WholeOfGovernment,
        Domain::Partnerships,
        Domain::WellBeing,
        Domain::MobilityCrises,
        Domain::SafeOrderlyRegular,
    ];

    /// The key used in profile files (`[domains.<key>]`) and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Domain::MigrantsRights => "migrants-rights",
            Domain::WholeOfGovernment => "whole-of-government",
            Domain::Partnerships => "partnerships",
            Domain::WellBeing => "well-being",
            Domain::MobilityCrises => "mobility-crises",
            Domain::SafeOrderlyRegular => "safe-orderly-regular",
        }
    }

    /// The name as IOM prints it.
    pub fn name(self) -> &'static str {
        match self {
            Domain::MigrantsRights => "Migrants' rights",
            Domain::WholeOfGovernment => "Whole of government approach",
            Domain::Partnerships => "Partnerships",
            Domain::WellBeing => "Well-being of migrants",
            Domain::MobilityCrises => "Mobility dimensions of crises",
            Domain::SafeOrderlyRegular => "Safe, orderly and regular migration",
        }
    }

    pub fn from_key(key: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn keys() -> impl Iterator<Item = &'static str> {
        Domain::ALL.into_iter().map(Domain::key)
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which of the two lists of a domain a finding is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// "Examples of well-developed areas".
    WellDeveloped,
    /// "Areas with potential for further development".
    FurtherDevelopment,
}

impl Category {
    pub const ALL: [Category; 2] = [Category::WellDeveloped, Category::FurtherDevelopment];

    pub fn key(self) -> &'static str {
        match self {
            Category::WellDeveloped => "well-developed",
            Category::FurtherDevelopment => "further-development",
        }
    }

    /// The heading IOM uses for the list.
    pub fn heading(self) -> &'static str {
        match self {
            Category::WellDeveloped => "Examples of well-developed areas",
            Category::FurtherDevelopment => "Areas with potential for further development",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// National profile or a city's (local) profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    National,
    Local,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Local => "local",
        }
    }
}

/// Whether a profile is an IOM publication. Reports warn loudly about the other two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    #[default]
    Published,
    Draft,
    Illustrative,
}

impl Provenance {
    pub fn key(self) -> &'static str {
        match self {
            Provenance::Published => "published",
            Provenance::Draft => "draft",
            Provenance::Illustrative => "illustrative",
        }
    }

    /// What a report says about a profile of this provenance, if anything.
    pub fn warning(self) -> Option<&'static str> {
        match self {
            Provenance::Published => None,
            Provenance::Draft => Some("a draft, not a published IOM profile"),
            Provenance::Illustrative => {
                Some("illustrative: hypothetical data, not published by IOM")
            }
        }
    }
}

/// One finding: a bullet of one of a domain's two lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub domain: Domain,
    pub category: Category,
    /// Position in its list, from 0.
    pub index: usize,
    pub id: Option<String>,
    /// Exactly as written in the file.
    pub text: String,
    /// 1-based line of the finding in its file (0 when built in memory).
    pub line: usize,
    /// The comparison form of `text` ([`normalize`]), computed once: validation and matching
    /// both compare findings by it.
    pub normal: String,
}

impl Finding {
    pub fn new(
        domain: Domain,
        category: Category,
        index: usize,
        id: Option<String>,
        text: String,
        line: usize,
    ) -> Finding {
        Finding {
            normal: normalize(&text),
            domain,
            category,
            index,
            id,
            text,
            line,
        }
    }
}

/// A validated profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Where it was read from, as shown to users (a path, `<stdin>`, `REV:PATH`, ...).
    pub origin: String,
    pub country: String,
    pub name: Option<String>,
    pub iso3: String,
    pub level: Level,
    pub city: Option<String>,
    pub year: u16,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub provenance: Provenance,
    pub notes: Option<String>,
    /// All findings, ordered by domain, then category, then position.
    pub findings: Vec<Finding>,
}

impl Profile {
    /// A national, published profile with no findings, to build one in memory.
    pub fn new(origin: &str, country: &str, iso3: &str, year: u16) -> Profile {
        Profile {
            origin: origin.to_string(),
            country: country.to_string(),
            name: None,
            iso3: iso3.to_string(),
            level: Level::National,
            city: None,
            year,
            published: None,
            title: None,
            source: None,
            provenance: Provenance::Published,
            notes: None,
            findings: Vec::new(),
        }
    }

    /// Replaces the findings by `findings` (in reading order), numbered within their lists and
    /// ordered as a loaded profile's are.
    pub fn with_findings(
        mut self,
        findings: impl IntoIterator<Item = (Domain, Category, String)>,
    ) -> Profile {
        let mut counts: std::collections::HashMap<(Domain, Category), usize> = Default::default();
        self.findings = findings
            .into_iter()
            .map(|(domain, category, text)| {
                let index = counts.entry((domain, category)).or_default();
                *index += 1;
                Finding::new(domain, category, *index - 1, None, text, 0)
            })
            .collect();
        self.findings
            .sort_by_key(|f| (f.domain, f.category, f.index));
        self
    }

    pub fn findings_in(
        &self,
        domain: Domain,
        category: Category,
    ) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| f.domain == domain && f.category == category)
    }

    /// `Kazakhstan` or `Almaty, Kazakhstan`.
    pub fn place(&self) -> String {
        match &self.city {
            Some(city) => format!("{city}, {}", self.country),
            None => self.country.clone(),
        }
    }
}

/// Lowercase ASCII with hyphens, as profile folders are named: `Côte d'Ivoire` → `cote-d-ivoire`.
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(name.len());
    for c in name.nfd() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii() && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        // Non-ASCII characters (combining accents after NFD) are dropped.
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_with_hyphens() {
        assert_eq!(slug("Kazakhstan"), "kazakhstan");
        assert_eq!(slug("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("  Republic of  Moldova "), "republic-of-moldova");
    }

    #[test]
    fn domain_keys_round_trip() {
        for d in Domain::ALL {
            assert_eq!(Domain::from_key(d.key()), Some(d));
        }
    }
}
