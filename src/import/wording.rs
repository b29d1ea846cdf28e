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
    /// Words of each domain's name, any of which names it.
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
    domains: [
        (
            Domain::MigrantsRights,
            &["права мигрантов", "международных норм"],
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
    /// The domain a heading's name (after its number) names, when exactly one matches.
    pub(super) fn domain(&self, name: &str) -> Option<Domain> {
        let mut found = self
            .domains
            .iter()
            .filter(|(_, words)| words.iter().any(|w| name.contains(w)))
            .map(|(d, _)| *d);
        match (found.next(), found.next()) {
            (Some(d), None) => Some(d),
            _ => None,
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

/// The name after a domain heading's word and number ("domain 3: well-being" →
/// "well-being"), with the wordings whose heading word it opens with.
pub(super) fn heading(line: &str) -> Option<(&str, Vec<&'static Wording>)> {
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
            let rest = rest[digits..].trim_start();
            let rest = rest.strip_prefix(['.', ':', '-']).unwrap_or(rest).trim();
            let wordings = ALL
                .iter()
                .filter(|w| w.heading.iter().any(|h| line.starts_with(h)))
                .collect();
            return Some((rest, wordings));
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
                    assert_eq!(wording.domain(word), Some(*domain), "{word}");
                    assert_eq!(*word, crate::text::fold_diacritics(word), "{word}");
                }
            }
        }
    }

    #[test]
    fn headings_in_each_language() {
        let (rest, wordings) = heading("dimension 2: enfoque de gobierno integral").unwrap();
        assert_eq!(rest, "enfoque de gobierno integral");
        let found: Vec<Domain> = wordings.iter().filter_map(|w| w.domain(rest)).collect();
        assert_eq!(found, [Domain::WholeOfGovernment]);
        let (rest, _) = heading("область 4. благополучие мигрантов").unwrap();
        assert_eq!(RUSSIAN.domain(rest), Some(Domain::WellBeing));
        assert!(heading("dominios de los igm").is_none());
    }
}
