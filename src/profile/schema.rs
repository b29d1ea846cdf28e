//! The JSON Schema of the profile format (`mgi-diff schema`), for editors: Taplo and Even
//! Better TOML check a profile against it while it is typed.
//!
//! These types describe the file only; loading walks the TOML by hand (see `load`) to report
//! every mistake with its place. `schema_matches_the_loader` keeps the two in step. Their
//! fields are never read, only described.
#![allow(dead_code)]

use schemars::JsonSchema;

/// A format-1 MGI profile: one country's (or city's) Migration Governance Indicators profile
/// for one assessment round.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "MGI profile (format 1)")]
pub(crate) struct ProfileFile {
    /// The format of this file; only 1 exists.
    #[schemars(range(min = 1, max = 1))]
    format: u32,
    profile: Meta,
    /// Findings per domain; the six keys are fixed.
    #[serde(default)]
    domains: Domains,
}

/// Who and when the profile is about, and where it comes from.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Meta {
    /// Country name, e.g. "Kazakhstan".
    country: String,
    /// Official name, e.g. "Republic of Kazakhstan".
    #[serde(default)]
    name: String,
    /// ISO 3166-1 alpha-3 code, uppercase.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    iso3: String,
    /// "national" (the default) or "local" for a city's profile.
    #[serde(default)]
    level: Level,
    /// The city of a local profile; required when level = "local", forbidden otherwise.
    #[serde(default)]
    city: String,
    /// Year of the assessment round.
    #[schemars(range(min = 2015, max = 2100))]
    year: u16,
    /// Publication date, a TOML date such as 2018-05-01.
    #[schemars(extend("format" = "date"))]
    #[serde(default)]
    published: String,
    /// Title as published.
    #[serde(default)]
    title: String,
    /// Where the profile was published (an address).
    #[serde(default)]
    source: String,
    /// "published" (the default), "draft", or "illustrative" for data IOM did not publish.
    #[serde(default)]
    provenance: Provenance,
    #[serde(default)]
    notes: String,
}

#[derive(JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
enum Level {
    #[default]
    National,
    Local,
}

#[derive(JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
enum Provenance {
    #[default]
    Published,
    Draft,
    Illustrative,
}

#[derive(JsonSchema, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Domains {
    /// Migrants' rights.
    #[serde(default)]
    migrants_rights: Lists,
    /// Whole of government approach.
    #[serde(default)]
    whole_of_government: Lists,
    /// Partnerships.
    #[serde(default)]
    partnerships: Lists,
    /// Well-being of migrants.
    #[serde(default)]
    well_being: Lists,
    /// Mobility dimensions of crises.
    #[serde(default)]
    mobility_crises: Lists,
    /// Safe, orderly and regular migration.
    #[serde(default)]
    safe_orderly_regular: Lists,
}

/// The two lists of a domain.
#[derive(JsonSchema, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Lists {
    /// "Examples of well-developed areas".
    #[serde(default)]
    well_developed: Vec<FindingSpec>,
    /// "Areas with potential for further development".
    #[serde(default)]
    further_development: Vec<FindingSpec>,
}

/// A finding: its text, or a table with a stable id (findings with the same id always match).
#[derive(JsonSchema)]
#[serde(untagged)]
enum FindingSpec {
    Text(#[schemars(length(min = 1))] String),
    WithId(WithId),
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct WithId {
    #[schemars(length(min = 1))]
    id: String,
    #[schemars(length(min = 1))]
    text: String,
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
