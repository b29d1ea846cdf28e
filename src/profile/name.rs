//! A profile's name: country, city (for a local profile) and year. A path in the profile
//! folder says it (`<country>/<year>.toml`, `<country>/<city>/<year>.toml`), and so does a
//! reference (`country@year`, `country/city@year`, where the country may be an ISO3 code).

use std::path::Path;

use super::model::{Profile, slug};
use crate::problem::{Problem, Severity};

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

    /// The name of `profile` itself.
    pub fn of(profile: &Profile) -> ProfileName {
        ProfileName::new(&profile.country, profile.city.as_deref(), profile.year)
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
}
