//! A profile's name: country, city (for a local profile) and year. A path in the profile
//! folder says it (`<country>/<year>.toml`, `<country>/<city>/<year>.toml`), and so does a
//! reference (`country@year`, `country/city@year`, where the country may be an ISO3 code).

use std::path::Path;

use super::model::{Profile, slug};
use crate::problem::{Problem, Severity};

/// `text` with its Cyrillic letters written in Latin ones (BGN/PCGN for Russian, with the
/// Kazakh letters), for a slug: "Алматы" → "Almaty". Other characters are kept.
fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let latin = match lower {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' => "i",
            'й' | 'ы' => "y",
            'к' => "k",
            'қ' => "q",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' => "kh",
            'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

/// A profile's name, as a path or a reference gives it (slugs, or an ISO3 code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileName {
    /// The country's slug (`kazakhstan`), or in a reference possibly its ISO3 code.
    pub country: String,
    /// The city's slug, for a local profile.
    pub city: Option<String>,
    /// The assessment year.
    pub year: u16,
}

impl ProfileName {
    /// The name of a profile of this country, city and year (names as written, slugged here).
    pub fn new(country: &str, city: Option<&str>, year: u16) -> ProfileName {
        ProfileName {
            country: slug(country),
            city: city.map(slug),
            year,
        }
    }

    /// The name of `profile` itself. A name written in another script than Latin
    /// ("Кыргызстан", "Алматы") has no ASCII slug: the country is then named as the ISO table
    /// names its `iso3` (`kyrgyzstan`, not a transliteration such as `tadzhikistan` for
    /// "Таджикистан"), and a city by its transliteration (`almaty`); with neither, the
    /// reference was `@2019` and `changes` said it belongs at `/2019.toml`.
    pub fn of(profile: &Profile) -> ProfileName {
        let mut name = ProfileName::new(&profile.country, profile.city.as_deref(), profile.year);
        if name.country.is_empty() {
            name.country = super::iso::country_of(&profile.iso3)
                .map(|english| slug(&english))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| slug(&transliterate(&profile.country)));
        }
        if let (Some(city), Some(written)) = (&mut name.city, &profile.city)
            && city.is_empty()
        {
            *city = slug(&transliterate(written));
        }
        name
    }

    /// Reads a path inside a profile folder: `<country>/<year>.toml` or
    /// `<country>/<city>/<year>.toml` (`/`-separated).
    pub fn from_rel(rel: &str) -> Option<ProfileName> {
        let parts: Vec<&str> = rel.split('/').collect();
        let year = parts.last()?.strip_suffix(".toml")?.parse().ok()?;
        match parts[..] {
            [country, _] => Some(ProfileName {
                country: country.into(),
                city: None,
                year,
            }),
            [country, city, _] => Some(ProfileName {
                country: country.into(),
                city: Some(city.into()),
                year,
            }),
            _ => None,
        }
    }

    /// The name a path claims when it is inside a `profiles/` folder.
    pub fn from_path(path: &Path) -> Option<ProfileName> {
        let parts: Vec<String> = path
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        let at = parts.iter().rposition(|p| p == "profiles")?;
        ProfileName::from_rel(&parts[at + 1..].join("/"))
    }

    /// Reads a reference: `country@year` or `country/city@year`.
    pub fn from_reference(s: &str) -> Option<ProfileName> {
        let (place, year) = s.rsplit_once('@')?;
        let year = year.parse().ok()?;
        let ok =
            |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        let (country, city) = match place.split_once('/') {
            Some((c, city)) => (c, Some(city)),
            None => (place, None),
        };
        if !ok(country) || !city.is_none_or(ok) {
            return None;
        }
        Some(ProfileName {
            country: country.into(),
            city: city.map(Into::into),
            year,
        })
    }

    /// The folder of the profile set the profile is in: `country` or `country/city`.
    pub fn folder(&self) -> String {
        match &self.city {
            Some(city) => format!("{}/{city}", self.country),
            None => self.country.clone(),
        }
    }

    /// `country@year` or `country/city@year`.
    pub fn reference(&self) -> String {
        format!("{}@{}", self.folder(), self.year)
    }

    /// Where a profile of this name belongs in a profile folder.
    pub fn rel(&self) -> String {
        format!("{}/{}.toml", self.folder(), self.year)
    }

    /// The warning for `profile`, kept at a path that claims this name, when its country,
    /// city or year disagree.
    pub fn disagreement(&self, profile: &Profile) -> Option<Problem> {
        let actual = ProfileName::of(profile);
        (actual != *self).then(|| Problem {
            file: profile.origin.clone(),
            line: None,
            column: None,
            severity: Severity::Warning,
            message: format!(
                "the path says `{}` but the profile is `{}`; it belongs at `{}`",
                self.reference(),
                actual.reference(),
                actual.rel()
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_paths_under_profiles() {
        let l =
            ProfileName::from_path(Path::new("/x/profiles/kazakhstan/almaty/2020.toml")).unwrap();
        assert_eq!(l.reference(), "kazakhstan/almaty@2020");
        assert_eq!(l.rel(), "kazakhstan/almaty/2020.toml");
        assert!(ProfileName::from_path(Path::new("/tmp/2020.toml")).is_none());
    }

    #[test]
    fn a_name_in_cyrillic_is_named_by_the_iso_table_or_in_latin_letters() {
        let mut p = Profile::new("x.toml", "Таджикистан", "TJK", 2019);
        p.city = Some("Душанбе".into());
        assert_eq!(ProfileName::of(&p).reference(), "tajikistan/dushanbe@2019");
        let unknown = Profile::new("x.toml", "Алматы", "XXX", 2019);
        assert_eq!(ProfileName::of(&unknown).reference(), "almaty@2019");
        let latin = Profile::new("x.toml", "Kyrgyz Republic", "KGZ", 2019);
        assert_eq!(ProfileName::of(&latin).reference(), "kyrgyz-republic@2019");
    }
}
