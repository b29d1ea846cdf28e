//! The profile model: what a format-1 file says once it has been validated.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::text::normalize;

/// The six MGI policy domains, in the order every report uses.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // named as IOM names them; see `Domain::name`
pub enum Domain {
    MigrantsRights,
    WholeOfGovernment,
    Partnerships,
    WellBeing,
    MobilityCrises,
    SafeOrderlyRegular,
}

impl Domain {
    /// The six domains, in order.
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

    /// The domain a key names (`well-being`), or `None`.
    pub fn from_key(key: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.key() == key)
    }

    /// Every domain's key, in order.
    pub fn keys() -> impl Iterator<Item = &'static str> {
        Domain::ALL.into_iter().map(Domain::key)
    }
}

impl std::str::FromStr for Domain {
    type Err = String;

    /// Reads a key, with a suggestion when it names no domain.
    fn from_str(key: &str) -> Result<Domain, String> {
        let key = key.trim();
        Domain::from_key(key).ok_or_else(|| crate::text::unknown_key("domain", key, Domain::keys()))
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which of the two lists of a domain a finding is in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// "Examples of well-developed areas".
    WellDeveloped,
    /// "Areas with potential for further development".
    FurtherDevelopment,
}

impl Category {
    /// Both categories, well-developed first.
    pub const ALL: [Category; 2] = [Category::WellDeveloped, Category::FurtherDevelopment];

    /// The key profile files and JSON use: `well-developed`, `further-development`.
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

    /// The category a key names (`well-developed`), or `None`.
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
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A country's profile.
    #[default]
    National,
    /// A city's profile.
    Local,
}

impl Level {
    /// The level as profile files write it: `national`, `local`.
    pub fn key(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Local => "local",
        }
    }
}

/// Whether a profile is an IOM publication. Reports warn loudly about the other two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    /// Published by IOM.
    #[default]
    Published,
    /// A draft of a profile IOM has not (yet) published.
    Draft,
    /// Hypothetical data, written to show or test the tool; never IOM's.
    Illustrative,
}

impl Provenance {
    /// The provenance as profile files write it.
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
    /// The domain it is listed under.
    pub domain: Domain,
    /// The list it is in.
    pub category: Category,
    /// Position in its list, from 0.
    pub index: usize,
    /// A stable id: findings of two profiles with the same id are always paired.
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
    /// A finding, with its comparison form computed.
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
    /// The country's common name: `Kazakhstan`.
    pub country: String,
    /// Its official name: `Republic of Kazakhstan`.
    pub name: Option<String>,
    /// Its ISO 3166-1 alpha-3 code, upper case.
    pub iso3: String,
    /// National, or local for a city's profile.
    pub level: Level,
    /// The city of a local profile.
    pub city: Option<String>,
    /// The assessment year.
    pub year: u16,
    /// When IOM published it.
    pub published: Option<NaiveDate>,
    /// The title as published.
    pub title: Option<String>,
    /// Where it was published (an address).
    pub source: Option<String>,
    /// Whether IOM published it.
    pub provenance: Provenance,
    /// Free notes about the file (what was corrected, what is missing).
    pub notes: Option<String>,
    /// The language its findings are written in (English unless the file says otherwise).
    pub language: crate::profile::Language,
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
            language: crate::profile::Language::En,
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

    /// The findings of one list, in order.
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
        place(&self.country, self.city.as_deref())
    }
}

/// How a profile's place is written for readers, in every output: `Kazakhstan`, or
/// `Almaty, Kazakhstan` for a city's profile.
pub fn place(country: &str, city: Option<&str>) -> String {
    match city {
        Some(city) => format!("{city}, {country}"),
        None => country.to_string(),
    }
}

impl Domain {
    /// The short name of a domain in the ids `mgi-diff ids` generates (`kaz-mr-3`).
    pub fn abbreviation(self) -> &'static str {
        match self {
            Domain::MigrantsRights => "mr",
            Domain::WholeOfGovernment => "wg",
            Domain::Partnerships => "pa",
            Domain::WellBeing => "wb",
            Domain::MobilityCrises => "mc",
            Domain::SafeOrderlyRegular => "so",
        }
    }
}

/// The country (three lowercase letters) of an id shaped like a generated one, `kaz-mr-3`.
pub(crate) fn generated_country(id: &str) -> Option<&str> {
    let mut parts = id.split('-');
    let (country, domain, number) = (parts.next()?, parts.next()?, parts.next()?);
    let generated = parts.next().is_none()
        && country.len() == 3
        && country.bytes().all(|b| b.is_ascii_lowercase())
        && Domain::ALL.iter().any(|&d| d.abbreviation() == domain)
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit());
    generated.then_some(country)
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
    fn generated_ids_are_recognised() {
        assert_eq!(generated_country("kaz-mr-3"), Some("kaz"));
        assert_eq!(generated_country("kgz-so-12"), Some("kgz"));
        assert_eq!(generated_country("kaz-gafma"), None);
        assert_eq!(generated_country("KAZ-mr-3"), None);
        assert_eq!(generated_country("kaz-xx-3"), None);
        assert_eq!(generated_country("kaz-mr-3-b"), None);
    }

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
