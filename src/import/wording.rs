//! How published profiles word their title, domain headings, category lines and dates, in
//! each language IOM publishes them in.
//!
//! English is the wording of the published Kazakhstan 2018 profile. Spanish and French are
//! the wording of IOM's Spanish and French profile pages on the Migration Data Portal
//! ("Indicadores de Gobernanza de la Migración", "áreas bien desarrolladas", "áreas con
//! potencial de desarrollo adicional"; "Indicateurs de gouvernance des migrations", "droits
//! des migrants", "partenariats", "bien-être des migrants"), with the variants translators use.
//! Russian is assumed: no Russian profile text was at hand, so the words are those a
//! Russian-speaking author of IOM material would use ("Права мигрантов", "Примеры хорошо
//! развитых областей", "Области с потенциалом дальнейшего развития"); the README says so.
//! Every word is matched lowercase, with diacritics folded and ё as е.

use crate::profile::{Category, Domain, Language};

/// One language's wording.
pub(super) struct Wording {
    pub(super) language: Language,
    /// How the title line opens, up to its colon: "migration governance profile".
    pub(super) title: &'static [&'static str],
    /// The word a domain heading opens with, before its number: "domain".
    pub(super) heading: &'static [&'static str],
    /// That word as a message names it: "Domain", "Область".
    pub(super) heading_shown: &'static str,
    /// The two category lines as a message names them, well-developed first.
    pub(super) categories_shown: [&'static str; 2],
    /// Phrases of each domain's name, any of which names it: each of a phrase's words, stemmed,
    /// is among the stems of the heading's name, in any order and inflection ("прав
    /// мигрантов" is "права мигрантов").
    pub(super) domains: [(Domain, &'static [&'static str]); 6],
    /// Words of the category lines.
    pub(super) well_developed: &'static [&'static str],
    pub(super) further_development: &'static [&'static str],
    /// A "key findings" line, which is skipped.
    pub(super) key_findings: &'static [&'static str],
    /// Month names, January first, each with its other forms.
    pub(super) months: [&'static [&'static str]; 12],
    /// Words of a date line that are not the month or the year ("mayo de 2019").
    pub(super) date_fillers: &'static [&'static str],
}

/// English first: a heading is read in the first language whose words it has.
pub(super) const ALL: [Wording; 4] = [ENGLISH, SPANISH, FRENCH, RUSSIAN];

const ENGLISH: Wording = Wording {
    language: Language::En,
    title: &["migration governance profile"],
    heading: &["domain"],
    heading_shown: "Domain",
    categories_shown: [
        "Examples of well-developed areas",
        "Areas with potential for further development",
    ],
    domains: [
        (
            Domain::MigrantsRights,
            &[
                "migrants' rights",
                "migrant rights",
                "international standards",
            ],
        ),
        (
            Domain::WholeOfGovernment,
            &["whole of government", "whole-of-government"],
        ),
        (Domain::Partnerships, &["partnership"]),
        (
            Domain::WellBeing,
            &["well-being", "wellbeing", "well being"],
        ),
        (Domain::MobilityCrises, &["crises", "crisis"]),
        (Domain::SafeOrderlyRegular, &["orderly"]),
    ],
    well_developed: &["well-developed areas", "well developed areas"],
    further_development: &["potential for further development"],
    key_findings: &["key findings"],
    months: [
        &["january"],
        &["february"],
        &["march"],
        &["april"],
        &["may"],
        &["june"],
        &["july"],
        &["august"],
        &["september"],
        &["october"],
        &["november"],
        &["december"],
    ],
    date_fillers: &[],
};

const SPANISH: Wording = Wording {
    language: Language::Es,
    title: &[
        "perfil de gobernanza de la migracion",
        "perfil de gobernanza migratoria",
    ],
    heading: &["dominio", "dimension", "ambito"],
    heading_shown: "Ámbito",
    categories_shown: [
        "Ejemplos de áreas bien desarrolladas",
        "Áreas con potencial de desarrollo adicional",
    ],
    domains: [
        (
            Domain::MigrantsRights,
            &[
                "derechos de los migrantes",
                "derechos de las personas migrantes",
                "normas internacionales",
            ],
        ),
        (
            Domain::WholeOfGovernment,
            &[
                "gobierno integral",
                "conjunto del gobierno",
                "todo el gobierno",
            ],
        ),
        (
            Domain::Partnerships,
            &["alianza", "asociacion", "colaboracion"],
        ),
        (Domain::WellBeing, &["bienestar"]),
        (Domain::MobilityCrises, &["crisis"]),
        (Domain::SafeOrderlyRegular, &["ordenada"]),
    ],
    well_developed: &["bien desarrollad"],
    further_development: &[
        "potencial de desarrollo",
        "potencial para",
        "mayor desarrollo",
    ],
    key_findings: &["principales conclusiones", "resultados principales"],
    months: [
        &["enero"],
        &["febrero"],
        &["marzo"],
        &["abril"],
        &["mayo"],
        &["junio"],
        &["julio"],
        &["agosto"],
        &["septiembre", "setiembre"],
        &["octubre"],
        &["noviembre"],
        &["diciembre"],
    ],
    date_fillers: &["de"],
};

const FRENCH: Wording = Wording {
    language: Language::Fr,
    title: &[
        "profil de gouvernance des migrations",
        "profil de gouvernance de la migration",
        "profil de gouvernance migratoire",
    ],
    heading: &["domaine", "dimension"],
    heading_shown: "Domaine",
    categories_shown: [
        "Exemples de domaines bien développés",
        "Domaines à développer davantage",
    ],
    domains: [
        (
            Domain::MigrantsRights,
            &["droits des migrants", "normes internationales"],
        ),
        (
            Domain::WholeOfGovernment,
            &["pangouvernement", "ensemble du gouvernement"],
        ),
        (Domain::Partnerships, &["partenariat"]),
        (Domain::WellBeing, &["bien-etre", "bien etre"]),
        (Domain::MobilityCrises, &["crise"]),
        (Domain::SafeOrderlyRegular, &["ordonnee"]),
    ],
    well_developed: &["bien developp"],
    further_development: &[
        "davantage",
        "potentiel",
        "a developper",
        "pourraient etre developp",
    ],
    key_findings: &["principales conclusions", "principaux resultats"],
    months: [
        &["janvier"],
        &["fevrier"],
        &["mars"],
        &["avril"],
        &["mai"],
        &["juin"],
        &["juillet"],
        &["aout"],
        &["septembre"],
        &["octobre"],
        &["novembre"],
        &["decembre"],
    ],
    date_fillers: &[],
};

const RUSSIAN: Wording = Wording {
    language: Language::Ru,
    title: &[
        "профиль управления миграцией",
        "профиль миграционного управления",
    ],
    heading: &["область", "сфера", "домен", "направление"],
    heading_shown: "Область",
    categories_shown: [
        "Примеры хорошо развитых областей",
        "Области с потенциалом дальнейшего развития",
    ],
    domains: [
        (
            Domain::MigrantsRights,
            &[
                "права мигрантов",
                "международных норм",
                "международных стандартов",
            ],
        ),
        (
            Domain::WholeOfGovernment,
            &["общегосударствен", "всего правительства"],
        ),
        (Domain::Partnerships, &["партнерств"]),
        (Domain::WellBeing, &["благополучи"]),
        (Domain::MobilityCrises, &["кризис"]),
        (Domain::SafeOrderlyRegular, &["упорядоченн"]),
    ],
    well_developed: &["хорошо развит"],
    further_development: &["потенциал", "дальнейшего развития"],
    key_findings: &["основные выводы", "ключевые выводы"],
    months: [
        &["январь", "января"],
        &["февраль", "февраля"],
        &["март", "марта"],
        &["апрель", "апреля"],
        &["май", "мая"],
        &["июнь", "июня"],
        &["июль", "июля"],
        &["август", "августа"],
        &["сентябрь", "сентября"],
        &["октябрь", "октября"],
        &["ноябрь", "ноября"],
        &["декабрь", "декабря"],
    ],
    date_fillers: &["г", "г.", "года", "год"],
};

impl Wording {
    /// The domain a heading's name (after its number) names, when exactly one matches: by the
    /// stems of its words, so that an inflected name ("Соблюдение международных стандартов и
    /// прав мигрантов") is read as the nominative one.
    pub(super) fn domain(&self, name: &str, number: u32) -> Option<Domain> {
        let stemmer = rust_stemmers::Stemmer::create(self.stemmer());
        let words = |text: &'_ str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| !w.is_empty())
                .map(|w| w.trim_matches('\'').to_string())
                .collect()
        };
        let have: Vec<(String, String)> = words(name)
            .into_iter()
            .map(|w| (stemmer.stem(&w).into_owned(), w))
            .collect();
        // A word of a phrase is in the name as an inflection of it (same stem), or as the
        // opening of a longer word ("кризис" in "кризисные", "общегосударствен" in
        // "общегосударственный").
        let known = |word: &str| {
            let stem = stemmer.stem(word);
            have.iter().any(|(s, w)| *s == stem || w.starts_with(word))
        };
        let found: Vec<Domain> = self
            .domains
            .iter()
            .filter(|(_, phrases)| phrases.iter().any(|p| words(p).iter().all(|w| known(w))))
            .map(|(d, _)| *d)
            .collect();
        // A name that names two domains is read as the one its number gives, if it is one of
        // them; a number alone names nothing (a heading "Domain 1. Kitchen" is no domain).
        match found[..] {
            [d] => Some(d),
            _ => numbered(number).filter(|d| found.contains(d)),
        }
    }

    /// The Snowball stemmer of the language (the matcher stems with the same ones).
    fn stemmer(&self) -> rust_stemmers::Algorithm {
        use rust_stemmers::Algorithm;
        match self.language {
            Language::En => Algorithm::English,
            Language::Es => Algorithm::Spanish,
            Language::Fr => Algorithm::French,
            Language::Ru => Algorithm::Russian,
        }
    }

    /// The category a line names, if it is a category line.
    pub(super) fn category(&self, line: &str) -> Option<Category> {
        if self.well_developed.iter().any(|w| line.contains(w)) {
            Some(Category::WellDeveloped)
        } else if self.further_development.iter().any(|w| line.contains(w)) {
            Some(Category::FurtherDevelopment)
        } else {
            None
        }
    }

    /// The month (1 to 12) a word names.
    pub(super) fn month(&self, word: &str) -> Option<u32> {
        self.months
            .iter()
            .position(|forms| forms.contains(&word))
            .map(|m| m as u32 + 1)
    }
}

/// A domain heading: the name after its word and number ("domain 3: well-being" →
/// "well-being"), its number, and the wordings whose heading word it opens with.
pub(super) struct Heading<'a> {
    pub(super) name: &'a str,
    pub(super) number: u32,
    pub(super) wordings: Vec<&'static Wording>,
}

/// The wording of a language.
pub(super) fn of(language: Language) -> &'static Wording {
    ALL.iter()
        .find(|w| w.language == language)
        .unwrap_or(&ALL[0])
}

/// The domain the MGI numbers `number`: the six are numbered in one order in every profile and
/// language.
pub(super) fn numbered(number: u32) -> Option<Domain> {
    let at = usize::try_from(number).ok()?.checked_sub(1)?;
    ENGLISH.domains.get(at).map(|(d, _)| *d)
}

/// The heading a folded line is, if it is one.
pub(super) fn heading(line: &str) -> Option<Heading<'_>> {
    for wording in &ALL {
        for word in wording.heading {
            let Some(rest) = line.strip_prefix(word) else {
                continue;
            };
            let rest = rest.trim_start();
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                continue;
            }
            let number = rest[..digits].parse().unwrap_or(0);
            let rest = rest[digits..].trim_start();
            let rest = rest.strip_prefix(['.', ':', '-']).unwrap_or(rest).trim();
            let wordings = ALL
                .iter()
                .filter(|w| w.heading.iter().any(|h| line.starts_with(h)))
                .collect();
            return Some(Heading {
                name: rest,
                number,
                wordings,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_each_domain_once() {
        for wording in &ALL {
            for (domain, words) in &wording.domains {
                for word in *words {
                    assert_eq!(wording.domain(word, 0), Some(*domain), "{word}");
                    assert_eq!(*word, crate::text::fold_diacritics(word), "{word}");
                }
            }
        }
    }

    #[test]
    fn headings_in_each_language() {
        let h = heading("dimension 2: enfoque de gobierno integral").unwrap();
        assert_eq!((h.name, h.number), ("enfoque de gobierno integral", 2));
        let found: Vec<Domain> = h
            .wordings
            .iter()
            .filter_map(|w| w.domain(h.name, h.number))
            .collect();
        assert_eq!(found, [Domain::WholeOfGovernment]);
        let h = heading("область 4. благополучие мигрантов").unwrap();
        assert_eq!(RUSSIAN.domain(h.name, 4), Some(Domain::WellBeing));
        assert!(heading("dominios de los igm").is_none());
        // Inflected: the genitive plural of "права" and another word for the standards.
        let h = heading("область 1. соблюдение международных стандартов и прав мигрантов").unwrap();
        assert_eq!(RUSSIAN.domain(h.name, 1), Some(Domain::MigrantsRights));
        assert_eq!(numbered(6), Some(Domain::SafeOrderlyRegular));
        assert_eq!(numbered(0), None);
        assert_eq!(numbered(7), None);
    }
}
