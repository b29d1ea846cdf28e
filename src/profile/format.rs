//! The profile format (format 1), described once: these types are what a file holds, and
//! from them follow the JSON Schema (`mgi-diff schema`, for editors such as Taplo and Even
//! Better TOML) and the JSON of `show --format json`, which uses the same keys as the file.
//!
//! Loading walks the TOML by hand (see `load`) to report every mistake with its place, and
//! the writer (`write`) lays findings out one a line; `schema_matches_the_loader` and the
//! writer's round-trip test keep them in step with what is described here.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::model::{Category, Domain, Level, Profile, Provenance};

/// A format-1 MGI profile: one country's (or city's) Migration Governance Indicators profile
/// for one assessment round.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "MGI profile (format 1)")]
pub(crate) struct ProfileFile<'a> {
    /// The format of this file; only 1 exists.
    #[schemars(range(min = 1, max = 1))]
    format: u32,
    profile: Meta<'a>,
    /// Findings per domain; the six keys are fixed.
    #[serde(default)]
    domains: Domains<'a>,
}

/// Who and when the profile is about, and where it comes from.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Meta<'a> {
    /// Country name, e.g. "Kazakhstan".
    country: &'a str,
    /// Official name, e.g. "Republic of Kazakhstan".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    /// ISO 3166-1 alpha-3 code, uppercase.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    iso3: &'a str,
    /// "national" (the default) or "local" for a city's profile.
    #[serde(default)]
    level: Level,
    /// The city of a local profile; required when level = "local", forbidden otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    city: Option<&'a str>,
    /// Year of the assessment round.
    #[schemars(range(min = 2015, max = 2100))]
    year: u16,
    /// Publication date, a TOML date such as 2018-05-01.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<NaiveDate>,
    /// Title as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    /// Where the profile was published (an address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    /// "published" (the default), "draft", or "illustrative" for data IOM did not publish.
    #[serde(default)]
    provenance: Provenance,
    /// Free notes about the file: what was corrected, what is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notes: Option<&'a str>,
    /// The BCP 47 primary tag of the language the findings are written in: "en" (the
    /// default), "es", "fr" or "ru". Two profiles in different languages are paired by `id`
    /// only.
    #[serde(default, skip_serializing_if = "is_english")]
    language: crate::profile::Language,
}

fn is_english(language: &crate::profile::Language) -> bool {
    *language == crate::profile::Language::En
}

#[derive(Debug, Default, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Domains<'a> {
    /// Migrants' rights.
    #[serde(default)]
    migrants_rights: Lists<'a>,
    /// Whole of government approach.
    #[serde(default)]
    whole_of_government: Lists<'a>,
    /// Partnerships.
    #[serde(default)]
    partnerships: Lists<'a>,
    /// Well-being of migrants.
    #[serde(default)]
    well_being: Lists<'a>,
    /// Mobility dimensions of crises.
    #[serde(default)]
    mobility_crises: Lists<'a>,
    /// Safe, orderly and regular migration.
    #[serde(default)]
    safe_orderly_regular: Lists<'a>,
}

/// The two lists of a domain.
#[derive(Debug, Default, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Lists<'a> {
    /// "Examples of well-developed areas".
    #[serde(default)]
    well_developed: Vec<FindingSpec<'a>>,
    /// "Areas with potential for further development".
    #[serde(default)]
    further_development: Vec<FindingSpec<'a>>,
}

/// A finding: its text, or a table with a stable id (findings with the same id always match).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
enum FindingSpec<'a> {
    Text(#[schemars(length(min = 1))] &'a str),
    WithId {
        #[schemars(length(min = 1))]
        id: &'a str,
        #[schemars(length(min = 1))]
        text: &'a str,
    },
}

impl<'a> ProfileFile<'a> {
    /// What the file of `p` holds.
    pub(crate) fn of(p: &'a Profile) -> ProfileFile<'a> {
        let lists = |domain| {
            let list = |category| {
                p.findings_in(domain, category)
                    .map(|f| match &f.id {
                        Some(id) => FindingSpec::WithId { id, text: &f.text },
                        None => FindingSpec::Text(&f.text),
                    })
                    .collect()
            };
            Lists {
                well_developed: list(Category::WellDeveloped),
                further_development: list(Category::FurtherDevelopment),
            }
        };
        ProfileFile {
            format: 1,
            profile: Meta {
                country: &p.country,
                name: p.name.as_deref(),
                iso3: &p.iso3,
                level: p.level,
                city: p.city.as_deref(),
                year: p.year,
                published: p.published,
                title: p.title.as_deref(),
                source: p.source.as_deref(),
                provenance: p.provenance,
                notes: p.notes.as_deref(),
                language: p.language,
            },
            domains: Domains {
                migrants_rights: lists(Domain::MigrantsRights),
                whole_of_government: lists(Domain::WholeOfGovernment),
                partnerships: lists(Domain::Partnerships),
                well_being: lists(Domain::WellBeing),
                mobility_crises: lists(Domain::MobilityCrises),
                safe_orderly_regular: lists(Domain::SafeOrderlyRegular),
            },
        }
    }
}

/// The schema as JSON.
pub(crate) fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(ProfileFile)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Category, Domain};

    #[test]
    fn schema_matches_the_loader() {
        let schema = json_schema();
        let text = schema.to_string();
        for domain in Domain::ALL {
            assert!(
                text.contains(&format!("\"{}\"", domain.key())),
                "{}",
                domain.key()
            );
        }
        for category in Category::ALL {
            assert!(text.contains(&format!("\"{}\"", category.key())));
        }
        let required = schema["required"].as_array().unwrap();
        assert!(required.contains(&"format".into()) && required.contains(&"profile".into()));
        assert_eq!(schema["additionalProperties"], false);
    }
}
