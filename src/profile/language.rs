//! The language a profile's findings are written in: `language = "es"` in a profile file.

use serde::Serialize;

/// A language the matcher reads, named by its BCP 47 primary tag. Reports are written in
/// English whatever the profiles' language; it decides how findings are compared (stemming,
/// stop words, negation cues, subject words).
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
pub enum Language {
    /// English, the default.
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Russian.
    Ru,
}

impl Language {
    /// Every supported language, English first.
    pub const ALL: [Language; 4] = [Language::En, Language::Es, Language::Fr, Language::Ru];

    /// The BCP 47 primary tag: `en`, `es`, `fr`, `ru`.
    pub fn key(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Fr => "fr",
            Language::Ru => "ru",
        }
    }

    /// The language's English name, as reports say it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Spanish",
            Language::Fr => "French",
            Language::Ru => "Russian",
        }
    }

    /// The language a BCP 47 tag names by its primary subtag (`es`, `es-419`, `fr-SN`, in any
    /// case), or why it is not one the matcher reads.
    pub fn from_tag(tag: &str) -> Result<Language, String> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let lower = primary.to_ascii_lowercase();
        let well_formed =
            (2..=3).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_lowercase());
        let supported = || {
            let tags: Vec<String> = Language::ALL
                .iter()
                .map(|l| format!("`{}` ({})", l.key(), l.name()))
                .collect();
            tags.join(", ")
        };
        if !well_formed {
            return Err(format!(
                "`language = \"{tag}\"` is not a BCP 47 language tag; the supported languages are {}",
                supported()
            ));
        }
        Language::ALL
            .into_iter()
            .find(|l| l.key() == lower)
            .ok_or_else(|| {
                format!(
                    "`language = \"{tag}\"` is not a language the matcher reads; the supported languages are {}",
                    supported()
                )
            })
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_subtag() {
        assert_eq!(Language::from_tag("es"), Ok(Language::Es));
        assert_eq!(Language::from_tag("es-419"), Ok(Language::Es));
        assert_eq!(Language::from_tag("FR-sn"), Ok(Language::Fr));
        assert_eq!(Language::from_tag("ru"), Ok(Language::Ru));
        let unknown = Language::from_tag("de").unwrap_err();
        assert!(unknown.contains("`es` (Spanish)"), "{unknown}");
        assert!(
            Language::from_tag("Spanish")
                .unwrap_err()
                .contains("not a BCP 47")
        );
        assert!(Language::from_tag("").is_err());
    }
}
