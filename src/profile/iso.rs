//! ISO 3166-1 country codes, from the `celes` tables: whether a code is one, and which code a
//! country's name has.

/// The country an ISO 3166-1 alpha-3 code (upper case) is assigned to, or `None` when it is
/// not a code.
pub(crate) fn country_of(iso3: &str) -> Option<String> {
    celes::Country::from_alpha3(iso3)
        .ok()
        .map(|c| c.long_name.to_string())
}

/// The ISO 3166-1 alpha-3 code of a country name (its names and common aliases: "Republic of
/// Moldova", "Türkiye", "the Netherlands"), or `None` when the name is not one it knows.
pub(crate) fn iso3_of(name: &str) -> Option<String> {
    let key: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if key.is_empty() {
        return None;
    }
    let country = celes::Country::from_name(&key)
        .or_else(|_| celes::Country::from_alias(&key))
        .or_else(|_| {
            let bare = key.strip_prefix("the").unwrap_or(&key);
            celes::Country::from_name(bare).or_else(|_| celes::Country::from_alias(bare))
        })
        .ok()?;
    Some(country.alpha3.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_known() {
        assert_eq!(iso3_of("Kazakhstan").as_deref(), Some("KAZ"));
        assert_eq!(iso3_of("Republic of Moldova").as_deref(), Some("MDA"));
        assert_eq!(iso3_of("Testland"), None);
        assert!(country_of("KGZ").is_some() && country_of("XKX").is_some());
        assert_eq!(country_of("XYZ"), None);
    }
}
