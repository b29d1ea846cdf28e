//! The language a profile's findings are written in: `language = "es"` in a profile file.

// The enum is declared by the registry of languages (`src/languages/mod.rs`), which gives each
// variant its definition and its tag; here is how a profile names one.
pub use crate::languages::Language;

impl Language {
    /// The language's English name, as reports say it.
    pub fn name(self) -> &'static str {
        self.definition().name
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
