//! A place's own names, masked before its findings are compared with other places'.
//!
//! Every profile names its own country: "Kazakhstan has …", "Kazakh citizens …", "the Law of
//! the Republic of Kazakhstan on Migration". Across places these words say nothing about what
//! a finding states, and the matcher, which weighs names heavily, would keep "Kazakhstan has a
//! labour-migration agency" and "Uzbekistan has a labour-migration agency" apart as two
//! partners. So, before comparing:
//!
//! - its capital city (or cities), from `own-names.tsv`, is removed as a whole name: a capital
//!   names its own country as surely as its adjective ("Astana's migration centre", "the
//!   authorities in Bishkek"). The whole name and not its words' stems, since a capital's words
//!   are often common ones ("Mexico City", "Port Louis", "Cape Town");
//! - a word that shares the stem of one of the place's own names (its `country`,
//!   official `name`, `city`, and the ISO table's name for its `iso3`) is removed. Two words
//!   share a stem when their common prefix is at least 4 letters long and misses at most 2
//!   letters of the shorter word: Kazakh, Kazakhstani / Kazakhstan; Uzbek / Uzbekistan;
//!   German / Germany; Mexican / Mexico; Italian / Italy. The rule misses adjectives that
//!   change their stem, so the English and French demonyms of `own-names.tsv` are names of the
//!   place too (Filipino, Ivorian, Burkinabè); Spanish and Russian ones that change their stem
//!   are still missed;
//! - a run of capitalised words that holds an institution's head word (Law, Code, Ministry,
//!   Agency, Committee, …: [`HEADS`]) is the place's own law or body, and is lowercased: it
//!   is then compared as ordinary words ("labour", "migration") instead of as a name that
//!   no other country shares. A country's name inside such a run ("… of the Russian
//!   Federation") stays a name, so a partner still keeps two findings apart;
//! - a partner country's name is written as its ISO code, so that "Russia" and "the Russian
//!   Federation" are one partner, not two that part the findings naming them.
//!
//! What is left as a name — a partner country, an organisation, a population group — still
//! makes two themes, by the matcher's own rule.

use crate::profile::Profile;

/// Head words of the names of a state's own laws, bodies and plans, in the languages the
/// matcher reads (English, Spanish, French, Russian), lowercased.
const HEADS: &[&str] = &[
    // English
    "law",
    "laws",
    "code",
    "act",
    "decree",
    "decrees",
    "resolution",
    "order",
    "constitution",
    "regulation",
    "regulations",
    "rules",
    "ministry",
    "minister",
    "agency",
    "committee",
    "commission",
    "council",
    "department",
    "service",
    "services",
    "office",
    "directorate",
    "inspectorate",
    "bureau",
    "centre",
    "center",
    "institute",
    "fund",
    "authority",
    "government",
    "parliament",
    "strategy",
    "concept",
    "programme",
    "program",
    "plan",
    "policy",
    "framework",
    "board",
    "cabinet",
    // Spanish
    "ley",
    "código",
    "decreto",
    "reglamento",
    "constitución",
    "ministerio",
    "secretaría",
    "superintendencia",
    "dirección",
    "instituto",
    "consejo",
    "comisión",
    "servicio",
    "oficina",
    "agencia",
    "unidad",
    "estrategia",
    "política",
    "programa",
    "gobierno",
    // French
    "loi",
    "décret",
    "ordonnance",
    "arrêté",
    "ministère",
    "direction",
    "agence",
    "conseil",
    "commissariat",
    "institut",
    "comité",
    "stratégie",
    "politique",
    "gouvernement",
    "haut",
    // Russian
    "закон",
    "кодекс",
    "указ",
    "постановление",
    "конституция",
    "министерство",
    "служба",
    "агентство",
    "комитет",
    "департамент",
    "управление",
    "совет",
    "стратегия",
    "концепция",
    "программа",
    "правительство",
];

/// Short words that may stand inside a name ("Ministry of Labour and Social Protection",
/// "Ley de Migración", "Code du travail", "Служба по делам миграции").
const CONNECTORS: &[&str] = &[
    "of",
    "for",
    "and",
    "on",
    "the",
    "in",
    "to",
    "de",
    "del",
    "la",
    "el",
    "los",
    "las",
    "y",
    "para",
    "sobre",
    "du",
    "des",
    "le",
    "les",
    "et",
    "pour",
    "sur",
    "d",
    "l",
    "по",
    "и",
    "в",
    "о",
    "на",
    "делам",
];

/// Capital cities and demonyms by ISO3 code (see the file's header for its source and
/// licence).
const OWN_NAMES: &str = include_str!("own-names.tsv");

/// The names of `kind` (`capital` or `demonym`) of the country with code `iso3`, each as its
/// words, lowercased without diacritics.
fn own_names_of(kind: &str, iso3: &str) -> Vec<Vec<String>> {
    OWN_NAMES
        .lines()
        .filter_map(|line| {
            line.strip_prefix(kind)?
                .strip_prefix('\t')?
                .strip_prefix(iso3)?
                .strip_prefix('\t')
        })
        .map(|name| {
            (name.split(|c: char| !c.is_alphabetic()))
                .filter(|w| !w.is_empty())
                .map(|w| crate::text::fold_diacritics(&w.to_lowercase()).into_owned())
                .collect()
        })
        .collect()
}

/// The words that name a place itself, lowercased.
#[derive(Debug, Clone, Default)]
pub(crate) struct OwnNames {
    words: Vec<String>,
    /// Its country's capitals, each as its words.
    capitals: Vec<Vec<String>>,
}

impl OwnNames {
    /// The own names of `profile`'s place.
    pub(crate) fn of(profile: &Profile) -> OwnNames {
        let table = crate::profile::iso::country_of(&profile.iso3);
        let names = [
            Some(profile.country.as_str()),
            profile.name.as_deref(),
            profile.city.as_deref(),
            table.as_deref(),
        ];
        let mut words: Vec<String> = names
            .into_iter()
            .flatten()
            .flat_map(|n| n.split(|c: char| !c.is_alphabetic()))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| crate::text::fold_diacritics(&w.to_lowercase()).into_owned())
            .collect();
        // Demonyms that change the stem (Filipino / Philippines, Ivorian / Côte d'Ivoire,
        // Burkinabè / Burkina Faso); their short words ("Ni-Vanuatu", "New Zealander") are
        // left out, since a word under 4 letters would be masked wherever it stands.
        words.extend(
            own_names_of("demonym", &profile.iso3)
                .into_iter()
                .flatten()
                .filter(|w| w.chars().count() >= 4),
        );
        words.sort();
        words.dedup();
        OwnNames {
            words,
            capitals: own_names_of("capital", &profile.iso3),
        }
    }

    /// The index after the capital whose name starts at `run[k]`, if one does (the run's
    /// words alternate with what separates them).
    fn capital_at(&self, run: &[&str], k: usize) -> Option<usize> {
        self.capitals.iter().find_map(|capital| {
            let words = run.get(k..k + 2 * capital.len() - 1)?;
            let all = (words.iter().step_by(2))
                .zip(capital)
                .all(|(w, c)| crate::text::fold_diacritics(&w.to_lowercase()) == c.as_str());
            all.then_some(k + 2 * capital.len() - 1)
        })
    }

    /// Whether `word` (lowercased) shares the stem of one of the place's names.
    fn holds(&self, word: &str) -> bool {
        let word = crate::text::fold_diacritics(word);
        self.words.iter().any(|n| same_stem(&word, n))
    }

    /// `text` with the place's own names removed and its own laws and bodies lowercased.
    pub(crate) fn mask(&self, text: &str) -> String {
        let tokens = tokens(text);
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            if !is_capitalised(t) {
                // Adjectives are lowercase in Spanish, French and Russian (guatemalteca,
                // sénégalais, казахстанский).
                let own = t.chars().all(char::is_alphabetic) && self.holds(&t.to_lowercase());
                if !own {
                    out.push_str(t);
                }
                i += 1;
                continue;
            }
            // The run of capitalised words (connectors between them) that starts here.
            let mut end = i + 1;
            let mut last = i + 1;
            while end < tokens.len() {
                let w = tokens[end];
                if is_capitalised(w) {
                    last = end + 1;
                } else if !(is_space(w) || CONNECTORS.contains(&w.to_lowercase().as_str())) {
                    break;
                }
                end += 1;
            }
            let run = &tokens[i..last];
            let institution = run
                .iter()
                .any(|w| HEADS.contains(&w.to_lowercase().as_str()));
            let mut in_partner = false;
            let mut k = 0;
            while k < run.len() {
                let w = run[k];
                if let Some(end) = self.capital_at(run, k) {
                    k = end;
                    continue;
                }
                let lower = w.to_lowercase();
                if is_capitalised(w) && self.holds(&lower) {
                    k += 1;
                    continue;
                }
                // A country's name stays a name (a partner), the words after it too; it is
                // written as its code, so that "Russia" and "the Russian Federation" are one
                // partner.
                if is_capitalised(w)
                    && let Some((code, end)) = country_at(run, k)
                {
                    in_partner = true;
                    out.push_str(&code);
                    k = end;
                    continue;
                }
                if institution && !in_partner {
                    out.push_str(&lower);
                } else {
                    out.push_str(w);
                }
                k += 1;
            }
            i = last;
        }
        out
    }
}

/// The ISO code of the longest country name (of up to [`NAME_WORDS`] words) that starts at
/// `run[k]`, and the index after it.
fn country_at(run: &[&str], k: usize) -> Option<(String, usize)> {
    (0..NAME_WORDS).rev().find_map(|more| {
        let end = k + 2 * more + 1;
        let name: String = run.get(k..end)?.concat();
        crate::profile::iso::iso3_of(&name).map(|code| (code, end))
    })
}

/// The most words of a country's name ("United Republic of Tanzania").
const NAME_WORDS: usize = 4;

/// Whether two lowercased words share a stem (see the module's comment).
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 4 && common + 2 >= shorter
}

fn is_capitalised(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

fn is_space(token: &str) -> bool {
    token.chars().all(char::is_whitespace)
}

/// `text` split into words (letters and digits), runs of white space, and single other
/// characters, which together are the text again.
fn tokens(text: &str) -> Vec<&str> {
    let kind = |c: char| {
        if c.is_alphanumeric() {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<u8> = None;
    for (at, c) in text.char_indices() {
        let k = kind(c);
        if previous.is_some_and(|p| p != k || p == 2) {
            out.push(&text[start..at]);
            start = at;
        }
        previous = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(country: &str, official: Option<&str>, iso3: &str) -> OwnNames {
        let mut p = Profile::new("t", country, iso3, 2022);
        p.name = official.map(str::to_string);
        OwnNames::of(&p)
    }

    #[test]
    fn own_names_and_their_adjectives_are_removed() {
        let kaz = names("Kazakhstan", Some("Republic of Kazakhstan"), "KAZ");
        let masked = kaz.mask("Kazakh citizens abroad are registered by Kazakhstan's consulates.");
        assert!(!masked.contains("Kazakh"), "{masked}");
        assert!(masked.contains("citizens abroad"));
        let uzb = names("Uzbekistan", None, "UZB");
        assert!(!uzb.mask("Uzbek migrants").contains("Uzbek"));
        assert!(
            !names("Mexico", None, "MEX")
                .mask("Mexican nationals")
                .contains("Mexican")
        );
    }

    #[test]
    fn own_laws_are_lowercased_partners_stay_names() {
        let kaz = names("Kazakhstan", Some("Republic of Kazakhstan"), "KAZ");
        let masked = kaz.mask(
            "The Law of the Republic of Kazakhstan on Migration regulates work with the Russian Federation.",
        );
        assert!(masked.contains("law of the"), "{masked}");
        assert!(masked.contains("on migration"), "{masked}");
        assert!(masked.contains("RUS"), "{masked}");
        let partner = kaz.mask("The Ministry of Foreign Affairs of the Russian Federation");
        assert!(partner.contains("ministry of foreign affairs"), "{partner}");
        assert!(partner.contains("RUS"), "{partner}");
    }

    #[test]
    fn a_partner_is_one_name_however_written() {
        let tjk = names("Tajikistan", None, "TJK");
        let short = tjk.mask("Tajikistan has an agreement with Russia.");
        let long = tjk.mask("Tajikistan has an agreement with the Russian Federation.");
        assert!(
            short.contains("with RUS") && long.contains("the RUS"),
            "{short} / {long}"
        );
        let korea = tjk.mask("an agreement with the Republic of Korea");
        assert!(korea.ends_with("the KOR"), "{korea}");
    }

    #[test]
    fn lowercase_adjectives_of_other_languages_are_removed() {
        let gtm = names("Guatemala", None, "GTM");
        assert!(
            !gtm.mask("la red de salud guatemalteca")
                .contains("guatemal")
        );
        let per = names("Perú", None, "PER");
        assert!(
            !per.mask("los migrantes en el territorio peruano")
                .contains("peruano")
        );
        assert!(per.mask("un permiso permanente").contains("permanente"));
    }

    #[test]
    fn a_capital_is_masked_as_a_whole_name() {
        let kgz = names("Kyrgyzstan", Some("Kyrgyz Republic"), "KGZ");
        let masked = kgz.mask("The migration service in Bishkek registers foreigners.");
        assert!(!masked.contains("Bishkek"), "{masked}");
        let mex = names("Mexico", None, "MEX");
        let masked = mex.mask("A shelter in Mexico City serves the city's migrants.");
        assert!(!masked.contains("City"), "{masked}");
        assert!(masked.contains("the city's migrants"), "{masked}");
        // Another country's capital stays: it may name a partner's institution.
        assert!(kgz.mask("an office in Astana").contains("Astana"));
    }

    #[test]
    fn a_demonym_that_changes_the_stem_is_masked() {
        let phl = names("Philippines", None, "PHL");
        let masked = phl.mask("Every Filipino worker attends an orientation.");
        assert!(!masked.contains("Filipino"), "{masked}");
        assert!(masked.contains("worker"), "{masked}");
    }

    #[test]
    fn stems_need_four_letters_and_most_of_the_shorter_word() {
        assert!(same_stem("kazakh", "kazakhstan"));
        assert!(same_stem("italian", "italy"));
        assert!(!same_stem("indonesia", "india"));
        assert!(!same_stem("spanish", "spain"));
    }
}
