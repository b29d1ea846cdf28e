//! ISO 3166-1 country codes: whether a code is one, and which code a country's name has.
//!
//! The table (`countries.tsv`) is generated from the `celes` crate by `cargo run --example
//! countries`. It is plain text, read only when a code or a name is looked up: a table of
//! pointers, as celes keeps it, is relocated by the loader at every start of the program,
//! whatever the command (38 page faults of the 231 of a shipped `diff`).

/// One line per country: alpha-3 code, English short name, and the keys of its names (the
/// short name's first, then its aliases), each its letters and digits in lowercase.
const TABLE: &str = include_str!("countries.tsv");

/// A country of the table.
#[derive(Debug, Clone, Copy)]
struct Row {
    alpha3: &'static str,
    name: &'static str,
    /// Where its keys start in `TABLE`.
    keys_at: usize,
}

/// The row of the line that holds position `at` of `TABLE`.
fn row_at(at: usize) -> Option<Row> {
    let start = TABLE[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = TABLE[start..].lines().next()?;
    let mut fields = line.split('\t');
    let (alpha3, name) = (fields.next()?, fields.next()?);
    fields.next()?;
    Some(Row {
        alpha3,
        name,
        keys_at: start + alpha3.len() + name.len() + 2,
    })
}

/// The country an ISO 3166-1 alpha-3 code (upper case) is assigned to, or `None` when it is
/// not a code.
pub(crate) fn country_of(iso3: &str) -> Option<String> {
    if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    // Codes open the lines; the table is searched, not split into rows (a lookup happens at
    // every load of a profile).
    TABLE
        .match_indices(iso3)
        .find(|&(at, _)| TABLE[..at].ends_with('\n') && TABLE[at + iso3.len()..].starts_with('\t'))
        .and_then(|(at, _)| row_at(at))
        .map(|row| row.name.to_string())
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
    let bare = key.strip_prefix("the").unwrap_or(&key);
    [key.as_str(), bare]
        .into_iter()
        .find_map(find)
        .map(|row| row.alpha3.to_string())
}

/// The country whose short name has `key`, else the first with an alias that has it
/// ("samoa" is Samoa, not American Samoa).
fn find(key: &str) -> Option<Row> {
    let mut alias = None;
    for (at, _) in TABLE.match_indices(key) {
        let after = TABLE[at + key.len()..].chars().next();
        if !matches!(after, None | Some(' ' | '\n')) {
            continue;
        }
        let Some(row) = row_at(at) else { continue };
        if at == row.keys_at {
            return Some(row);
        }
        if at > row.keys_at && TABLE[..at].ends_with(' ') && alias.is_none() {
            alias = Some(row);
        }
    }
    alias
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
        assert_eq!(iso3_of("Testland"), None);
        assert_eq!(iso3_of("the"), None);
        assert_eq!(iso3_of(" , "), None);
        assert!(country_of("KGZ").is_some() && country_of("XKX").is_some());
        assert_eq!(country_of("XYZ"), None);
        assert_eq!(country_of("kaz"), None);
        for not_a_code in ["", "KA", "KAZ\tKazakhstan", "AFG\n", "\nKAZ", "Kazakhstan"] {
            assert_eq!(country_of(not_a_code), None, "{not_a_code:?}");
        }
        // Words of the names column are not names' keys.
        assert_eq!(iso3_of("of"), None);
        assert_eq!(iso3_of("and"), None);
    }

    /// How mgi-diff looked names up when it linked celes.
    fn by_celes(name: &str) -> Option<&'static str> {
        let key: String = name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
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
        let rows = TABLE.lines().filter(|line| !line.starts_with('#')).count();
        assert_eq!(rows, countries.len());
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
