//! The lines of a published profile that say what it is: the title ("Migration Governance
//! Profile: Republic of Kazakhstan", in each language), with its place (a country, or a city
//! and its country) and the country's short name, and the date line (a month and a year).

use super::wording;
use crate::profile::Language;

/// Where a title line's opening ("migration governance profile:", "perfil de gobernanza de
/// la migracion:") starts and ends in a folded line, with its language.
pub(super) fn title_at(lower: &str) -> Option<(Language, usize, usize)> {
    wording::ALL.iter().find_map(|w| {
        w.title.iter().find_map(|t| {
            let at = lower.find(t)?;
            let rest = &lower[at + t.len()..];
            let colon = rest.len() - rest.trim_start().len();
            rest.trim_start()
                .starts_with(':')
                .then_some((w.language, at, at + t.len() + colon + 1))
        })
    })
}

/// "2018 may", "may 2018", "mayo de 2019", "май 2019 г." → (year, month).
pub(super) fn date_line(lower: &str) -> Option<(u16, u32)> {
    wording::ALL.iter().find_map(|w| {
        let words: Vec<&str> = lower
            .split_whitespace()
            .filter(|word| !w.date_fillers.contains(word))
            .collect();
        let (year, month) = match words[..] {
            [a, b] if a.chars().all(|c| c.is_ascii_digit()) => (a, b),
            [a, b] if b.chars().all(|c| c.is_ascii_digit()) => (b, a),
            _ => return None,
        };
        let year: u16 = year.parse().ok().filter(|y| (2015..=2100).contains(y))?;
        Some((year, w.month(month)?))
    })
}

/// What a title line names: a country, or a city and its country.
pub(super) struct TitleName {
    pub(super) country: Option<String>,
    pub(super) city: Option<String>,
}

/// "Republic of Kazakhstan", "City of Almaty (Kazakhstan)", "Almaty, Kazakhstan".
pub(super) fn parse_title_name(name: &str) -> TitleName {
    let name = name.trim().trim_end_matches('.');
    let (main, paren) = match (name.find('('), name.rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            (name[..open].trim(), Some(name[open + 1..close].trim()))
        }
        _ => (name, None),
    };
    let city_of = ["city of ", "the city of ", "municipality of "]
        .iter()
        .find_map(|p| {
            main.to_lowercase()
                .starts_with(p)
                .then(|| main[p.len()..].trim().to_string())
        });
    if let Some(city) = city_of {
        return TitleName {
            country: paren.map(str::to_string),
            city: Some(city),
        };
    }
    if let Some((city, country)) = main.split_once(',') {
        return TitleName {
            country: Some(country.trim().to_string()),
            city: Some(city.trim().to_string()),
        };
    }
    TitleName {
        country: Some(main.to_string()),
        city: None,
    }
}

/// "Republic of Kazakhstan" → "Kazakhstan": the short name used in profile paths and reports.
pub(super) fn short_country_name(official: &str) -> String {
    let mut name = official.trim();
    for prefix in [
        "the ",
        "republic of ",
        "the republic of ",
        "kingdom of ",
        "state of ",
        "república de ",
        "república del ",
        "reino de ",
        "république du ",
        "république de ",
        "république d'",
        "royaume du ",
        "royaume de ",
        "республика ",
    ] {
        if name.to_lowercase().starts_with(prefix) && name.len() > prefix.len() {
            name = name[prefix.len()..].trim();
        }
    }
    // Only when the rest is itself a country's name.
    if crate::profile::iso::iso3_of(name).is_some() {
        name.to_string()
    } else {
        official.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_each_language() {
        assert_eq!(date_line("mayo de 2019"), Some((2019, 5)));
        assert_eq!(date_line("novembre 2020"), Some((2020, 11)));
        assert_eq!(date_line("май 2021 г."), Some((2021, 5)));
        assert_eq!(
            title_at("perfil de gobernanza de la migracion: republica de chile").map(|t| t.0),
            Some(Language::Es)
        );
        assert_eq!(
            title_at("profil de gouvernance des migrations : senegal").map(|t| t.0),
            Some(Language::Fr)
        );
    }

    #[test]
    fn dates_and_titles() {
        assert_eq!(date_line("2018 may"), Some((2018, 5)));
        assert_eq!(date_line("may 2018"), Some((2018, 5)));
        assert_eq!(date_line("2018 apples"), None);
        let t = parse_title_name("City of Almaty (Republic of Kazakhstan)");
        assert_eq!(t.city.as_deref(), Some("Almaty"));
        assert_eq!(
            short_country_name(t.country.as_deref().unwrap()),
            "Kazakhstan"
        );
        assert_eq!(
            crate::profile::iso::iso3_of("Kazakhstan").as_deref(),
            Some("KAZ")
        );
        assert_eq!(
            crate::profile::iso::iso3_of("Republic of Moldova").as_deref(),
            Some("MDA")
        );
        assert_eq!(crate::profile::iso::iso3_of("Atlantis"), None);
    }
}
