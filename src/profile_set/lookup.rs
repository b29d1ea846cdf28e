//! Finding in the set what a name names: the file of a `country@year` reference, the rounds
//! of a place (by its folder or its ISO3 code), and, when nothing is found, what the user may
//! have meant.

use super::set::{ProfileSet, SetFile};
use crate::profile::{LoadError, Profile, ProfileName};

impl ProfileSet {
    /// The file that a `country@year` reference names.
    pub(crate) fn resolve(&self, named: &ProfileName) -> Result<&SetFile, LoadError> {
        let country = named.country.to_lowercase();
        let city = named.city.as_deref().map(str::to_lowercase);
        let by_slug = self.files.iter().find(|f| {
            f.place()
                .is_some_and(|(c, t, year)| c == country && t == city && year == named.year)
        });
        if let Some(file) = by_slug {
            return Ok(file);
        }
        if let Some((file, _)) = self
            .with_iso3(&country, city.as_deref(), Some(named.year))
            .next()
        {
            return Ok(file);
        }
        Err(LoadError::UnknownReference {
            reference: named.reference(),
            hint: self.hint(named),
        })
    }

    /// The files of the set whose profile has the ISO3 code `code` (any case), for the city
    /// and year given: paths carry slugs only, so an ISO3 code is looked for inside the files.
    /// Nothing for a `code` that is no three-letter code.
    fn with_iso3<'s, 'a>(
        &'s self,
        code: &'a str,
        city: Option<&'a str>,
        year: Option<u16>,
    ) -> impl Iterator<Item = (&'s SetFile, Profile)> {
        let code = (code.len() == 3).then_some(code);
        self.files
            .iter()
            .filter(move |f| {
                code.is_some()
                    && f.place().is_some_and(|(_, c, y)| {
                        c.as_deref() == city && year.is_none_or(|wanted| wanted == y)
                    })
            })
            .filter_map(move |f| {
                let p = self.load(f).profile?;
                p.iso3.eq_ignore_ascii_case(code?).then_some((f, p))
            })
    }

    /// The places of the set, each as its folder (`kazakhstan`, `kazakhstan/almaty`), in order.
    pub(crate) fn places(&self) -> Vec<String> {
        let mut places: Vec<String> = self
            .files
            .iter()
            .filter_map(|f| f.name.as_ref().map(|n| n.folder().to_lowercase()))
            .collect();
        places.sort();
        places.dedup();
        places
    }

    /// Every round of a place (`kazakhstan`, `KAZ`, `kazakhstan/almaty`), oldest first: the
    /// files of its folder, or for an ISO3 code the files whose profile has that code. A round
    /// that does not load is an error naming its file.
    pub fn rounds(&self, place: &str) -> Result<Vec<Profile>, LoadError> {
        let place = place.trim().trim_end_matches('/').to_lowercase();
        let (country, city) = match place.split_once('/') {
            Some((c, city)) => (c.to_string(), Some(city.to_string())),
            None => (place.clone(), None),
        };
        let in_folder = |f: &&SetFile| f.place().is_some_and(|(c, t, _)| c == country && t == city);
        let files: Vec<&SetFile> = self.files.iter().filter(in_folder).collect();
        let mut loaded = Vec::new();
        if files.is_empty() {
            loaded.extend(
                self.with_iso3(&country, city.as_deref(), None)
                    .map(|(_, p)| p),
            );
        }
        for file in files {
            let result = self.load(file);
            match result.profile {
                Some(p) => loaded.push(p),
                None => return Err(LoadError::Invalid(result.problems)),
            }
        }
        if loaded.is_empty() {
            let places = self.places();
            let hint = match crate::text::did_you_mean(&place, places.iter().map(String::as_str)) {
                Some(best) => format!("; did you mean `{best}`?"),
                None if places.is_empty() => ", which holds no profile".to_string(),
                None => format!("; the places are {}", places.join(", ")),
            };
            return Err(LoadError::UnknownPlace {
                place,
                hint: format!(" in the profile set ({}){hint}", self.where_from()),
            });
        }
        loaded.sort_by_key(|p| p.year);
        Ok(loaded)
    }

    /// "did you mean", or the years there are, for a reference that names nothing.
    fn hint(&self, named: &ProfileName) -> String {
        let names: Vec<ProfileName> = (self.files.iter())
            .filter_map(|f| f.place())
            .map(|(country, city, year)| ProfileName {
                country,
                city,
                year,
            })
            .collect();
        let wanted = named.folder().to_lowercase();
        let same_place: Vec<String> = names
            .iter()
            .filter(|l| l.folder() == wanted)
            .map(|l| l.reference())
            .collect();
        let where_ = format!(" in the profile set ({})", self.where_from());
        if !same_place.is_empty() {
            return format!("{where_}; available: {}", same_place.join(", "));
        }
        let mut places: Vec<String> = names.iter().map(|l| l.folder()).collect();
        places.dedup();
        if let Some(best) = crate::text::did_you_mean(&wanted, places.iter().map(String::as_str)) {
            let years: Vec<String> = names
                .iter()
                .filter(|l| l.folder() == best)
                .map(|l| l.reference())
                .collect();
            let exact = format!("{best}@{}", named.year);
            let suggestion = if years.contains(&exact) {
                exact
            } else {
                years.join("`, `")
            };
            return format!("{where_}; did you mean `{suggestion}`?");
        }
        let all: Vec<String> = names.iter().map(|l| l.reference()).collect();
        if all.is_empty() {
            format!("{where_}, which is empty")
        } else {
            format!("{where_}; available: {}", all.join(", "))
        }
    }
}
