//! ISO 3166-1 country codes: whether a code is one, and which code a country's name has.
//!
//! The table (`countries.tsv`) is generated from the `celes` crate by `cargo run --example
//! countries`. It is plain text, searched when a code or a name is looked up: a table of
//! pointers, as celes keeps it, is relocated by the loader at every start of the program,
//! whatever the command (38 page faults of the 237 of a shipped `diff`).

mod key;

use key::key;

/// Lines of `kind<TAB>key<TAB>value`: `code` lines give a code's short name, `name` and
/// `alias` lines the code of a name's key (see [`key`]).
const TABLE: &str = include_str!("countries.tsv");

/// The value of the `kind` line for `key`. Keys hold no tab or line break (callers make sure),
/// so the pattern matches one whole line's first two fields.
fn look_up(kind: &str, key: &str) -> Option<&'static str> {
    let pattern = format!("\n{kind}\t{key}\t");
    let at = TABLE.find(&pattern)? + pattern.len();
    TABLE[at..].lines().next()
}

/// The country an ISO 3166-1 alpha-3 code (upper case) is assigned to, or `None` when it is
/// not a code.
pub(crate) fn country_of(iso3: &str) -> Option<String> {
    if !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    look_up("code", iso3).map(str::to_string)
}

/// The ISO 3166-1 alpha-3 code of a country name (its names and common aliases: "Republic of
/// Moldova", "Türkiye", "the Netherlands"), or `None` when the name is not one it knows. A
/// short name comes before an alias ("Samoa" is Samoa, not American Samoa), and the name as
/// written before the name without a leading "the".
pub(crate) fn iso3_of(name: &str) -> Option<String> {
    let key = key(name);
    let bare = key.strip_prefix("the").unwrap_or(&key);
    [key.as_str(), bare]
        .into_iter()
        .find_map(|key| look_up("name", key).or_else(|| look_up("alias", key)))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use celes::{Country, LookupTable};

    #[test]
    fn codes_and_names_are_known() {
        assert_eq!(iso3_of("Kazakhstan").as_deref(), Some("KAZ"));
        assert_eq!(iso3_of("Republic of Moldova").as_deref(), Some("MDA"));
        assert_eq!(iso3_of("the Netherlands").as_deref(), Some("NLD"));
        assert_eq!(iso3_of("Samoa").as_deref(), Some("WSM"));
        for (name, code) in [
            ("Côte d'Ivoire", "CIV"),
            ("Curaçao", "CUW"),
            ("São Tomé and Príncipe", "STP"),
            ("Türkiye", "TUR"),
            ("Åland Islands", "ALA"),
        ] {
            assert_eq!(iso3_of(name).as_deref(), Some(code), "{name}");
        }
        assert_eq!(iso3_of("Testland"), None);
        assert_eq!(iso3_of("the"), None);
        assert_eq!(iso3_of(" , "), None);
        assert!(country_of("KGZ").is_some() && country_of("XKX").is_some());
        assert_eq!(country_of("XYZ"), None);
        assert_eq!(country_of("kaz"), None);
        for not_a_code in ["", "KA", "KAZ\tKazakhstan", "AFG\n", "\nKAZ", "Kazakhstan"] {
            assert_eq!(country_of(not_a_code), None, "{not_a_code:?}");
        }
        // Only whole keys are names: not a part of one, not a word of a short name.
        assert_eq!(iso3_of("Kazakh"), None);
        assert_eq!(iso3_of("And"), None);
        assert_eq!(iso3_of("KAZ"), None);
    }

    /// How mgi-diff looked names up when it linked celes.
    fn by_celes(name: &str) -> Option<&'static str> {
        let key = key(name);
        let bare = key.strip_prefix("the").unwrap_or(&key);
        Country::from_name(&key)
            .or_else(|_| Country::from_alias(&key))
            .or_else(|_| Country::from_name(bare).or_else(|_| Country::from_alias(bare)))
            .ok()
            .map(|c| c.alpha3)
    }

    /// The committed table is celes's: every country with its code and name, and every name
    /// and alias (as written, and after "the") found as celes finds it, or found where celes
    /// misses it.
    #[test]
    fn the_table_is_the_one_celes_keeps() {
        let countries = Country::get_countries();
        let codes = TABLE
            .lines()
            .filter(|line| line.starts_with("code\t"))
            .count();
        assert_eq!(codes, countries.len());
        let mut names = 0;
        for country in countries {
            assert_eq!(
                country_of(country.alpha3).as_deref(),
                Some(country.long_name)
            );
            for name in std::iter::once(country.long_name).chain(country.aliases.iter().copied()) {
                for written in [name.to_string(), format!("The {name}")] {
                    // celes keeps one alias with its comma ("taiwan,republicofchina"), which
                    // its lookups never match: the table finds that name too.
                    let expected = by_celes(&written).unwrap_or(country.alpha3);
                    assert_eq!(iso3_of(&written).as_deref(), Some(expected), "{written}");
                    names += 1;
                }
            }
        }
        assert!(names > 600, "{names} names compared");
    }
}
