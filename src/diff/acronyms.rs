//! Acronyms and their expansions, so that "ILO-supported" and "International Labour
//! Organization-supported" name one partner rather than two replaced ones.
//!
//! An acronym counts as its expansion when the expansion is known (below), defined in a text
//! of the comparison ("the State Migration Service (SMS)"), or a run of capitalised words
//! whose initials, function words skipped, spell an acronym some text of the comparison
//! writes ("European Union" / "EU"). The known list is there for what initials cannot see:
//! one organisation's acronyms across languages (IOM, OIM, МОМ) and names written in lower
//! case after their first word (French, Russian).
//!
//! Source: the organisations' names and abbreviations in English, Spanish, French and
//! Russian as UNTERM (the United Nations terminology database, unterm.un.org) gives them.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

/// One organisation: its acronyms (the first is the term it is read as) and its names.
struct Organisation {
    acronyms: &'static [&'static str],
    names: &'static [&'static str],
}

const KNOWN: &[Organisation] = &[
    Organisation {
        acronyms: &["IOM", "OIM", "МОМ"],
        names: &[
            "International Organization for Migration",
            "Organización Internacional para las Migraciones",
            "Organisation internationale pour les migrations",
            "Международная организация по миграции",
        ],
    },
    Organisation {
        acronyms: &["ILO", "OIT", "BIT", "МОТ"],
        names: &[
            "International Labour Organization",
            "International Labour Office",
            "Organización Internacional del Trabajo",
            "Organisation internationale du Travail",
            "Bureau international du Travail",
            "Международная организация труда",
        ],
    },
    Organisation {
        acronyms: &["UNHCR", "ACNUR", "HCR", "УВКБ"],
        names: &[
            "United Nations High Commissioner for Refugees",
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            "Haut Commissariat des Nations Unies pour les réfugiés",
            "Управление Верховного комиссара Организации Объединенных Наций по делам беженцев",
            "Управление Верховного комиссара ООН по делам беженцев",
        ],
    },
    Organisation {
        acronyms: &["UNICEF", "ЮНИСЕФ"],
        names: &[
            "United Nations Children's Fund",
            "Fondo de las Naciones Unidas para la Infancia",
            "Fonds des Nations Unies pour l'enfance",
            "Детский фонд Организации Объединенных Наций",
            "Детский фонд ООН",
        ],
    },
    Organisation {
        acronyms: &["ICMPD", "CIDPM", "МЦРМП"],
        names: &[
            "International Centre for Migration Policy Development",
            "Centro Internacional para el Desarrollo de Políticas Migratorias",
            "Centre international pour le développement des politiques migratoires",
            "Международный центр по развитию миграционной политики",
        ],
    },
    Organisation {
        acronyms: &["OSCE", "ОБСЕ"],
        names: &[
            "Organization for Security and Co-operation in Europe",
            "Organización para la Seguridad y la Cooperación en Europa",
            "Organisation pour la sécurité et la coopération en Europe",
            "Организация по безопасности и сотрудничеству в Европе",
        ],
    },
    // The regional bodies whose free-movement and labour-market rules profiles cite.
    Organisation {
        acronyms: &["ECOWAS", "CEDEAO", "ЭКОВАС"],
        names: &[
            "Economic Community of West African States",
            "Comunidad Económica de los Estados de África Occidental",
            "Communauté économique des États de l'Afrique de l'Ouest",
            "Экономическое сообщество западноафриканских государств",
        ],
    },
    Organisation {
        acronyms: &["EAEU", "UEE", "ЕАЭС"],
        names: &[
            "Eurasian Economic Union",
            "Unión Económica Euroasiática",
            "Union économique eurasienne",
            "Евразийский экономический союз",
        ],
    },
];

/// The known acronyms, as written, to the one each organisation is read as (lowercase).
static CANONICAL: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    KNOWN
        .iter()
        .flat_map(|o| {
            let canonical = o.acronyms[0].to_lowercase();
            o.acronyms.iter().map(move |&a| (a, canonical.clone()))
        })
        .collect()
});

/// The term an acronym is read as: the first acronym of its organisation, or itself,
/// lowercase.
pub(super) fn canonical(acronym: &str) -> String {
    CANONICAL
        .get(acronym)
        .cloned()
        .unwrap_or_else(|| acronym.to_lowercase())
}

/// Whether a word as written is an acronym: 2 to 6 letters, all capitals, in a text that is
/// not itself written in capitals (where every word would be one).
pub(super) fn is_acronym(raw: &str, text_has_lowercase: bool) -> bool {
    let letters = raw.chars().count();
    text_has_lowercase && (2..=6).contains(&letters) && raw.chars().all(char::is_uppercase)
}

/// Whether `acronym`, as written, is a known one.
pub(super) fn is_known(acronym: &str) -> bool {
    CANONICAL.contains_key(acronym)
}

/// The known names of every organisation, each with the acronym it is read as.
pub(crate) fn known_names() -> impl Iterator<Item = (&'static str, String)> {
    KNOWN.iter().flat_map(|o| {
        let canonical = o.acronyms[0].to_lowercase();
        o.names.iter().map(move |&n| (n, canonical.clone()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_short_capitals_in_a_text_that_is_not_shouted() {
        for a in ["IOM", "МОМ", "UNICEF", "EU"] {
            assert!(is_acronym(a, true), "{a}");
        }
        assert!(!is_acronym("IOM", false));
        for w in ["I", "Iom", "UNICEFS", "G20"] {
            assert!(!is_acronym(w, true), "{w}");
        }
    }

    #[test]
    fn an_organisation_is_read_as_one_acronym_in_every_language() {
        assert_eq!(canonical("OIM"), "iom");
        assert_eq!(canonical("МОМ"), "iom");
        assert_eq!(canonical("ACNUR"), canonical("УВКБ"));
        assert_eq!(canonical("SMS"), "sms");
        assert_eq!(canonical("CEDEAO"), canonical("ЭКОВАС"));
        assert_eq!(canonical("ЕАЭС"), "eaeu");
    }
}
