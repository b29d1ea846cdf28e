//! The key a country name is looked up by, shared with the generator of the table
//! (`examples/countries.rs`), so that both make keys the same way.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// The key of a name: its letters and digits, in lowercase and without accents ("Côte
/// d'Ivoire" is "cotedivoire", as celes writes it).
pub(crate) fn key(name: &str) -> String {
    name.nfd()
        .filter(|c| c.is_alphanumeric() && !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}
