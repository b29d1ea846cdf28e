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
//!   place too (Filipino, Ivorian, Burkinabè), and so is its common name in French, Spanish
//!   and Russian, whose adjectives follow it (молдавский / Молдавия); Spanish and Russian
//!   adjectives that change the stem of every name (армянский, белорусский) are still missed;
//! - a run of capitalised words that holds an institution's head word (Law, Code, Ministry,
//!   Agency, Committee, …: [`HEADS`]) is the place's own law or body, and is lowercased: it
//!   is then compared as ordinary words ("labour", "migration") instead of as a name that
//!   no other country shares. A country's name inside such a run ("… of the Russian
//!   Federation") stays a name, so a partner still keeps two findings apart;
//! - a capitalised word that no other place of the comparison writes capitalised is lowercased
//!   too (see `OwnNames::alone`), bar acronyms and the names of organisations the matcher
//!   knows;
//! - a partner country's name, in English or (from `own-names.tsv`) in French, Spanish or
//!   Russian, inflected or not, is written as its ISO code, so that "Russia", "the Russian
//!   Federation" and "Российской Федерацией" are one partner, not names that part the findings
//!   naming them.
//!
//! What is left as a name — a partner country, an organisation, a population group — still
//! makes two themes, by the matcher's own rule.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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

/// The names of `kind` (`capital`, `demonym` or `name`) of the country with code `iso3`, each
/// as its words, lowercased without diacritics.
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
                .map(folded)
                .collect()
        })
        .collect()
}

/// The words that name a place itself, lowercased.
#[derive(Debug, Clone, Default)]
pub(crate) struct OwnNames {
    words: Vec<String>,
    /// The capitalised words (lowercased without diacritics) that no other place of the
    /// comparison writes capitalised: its own towns, camps and border posts ("Rusumo",
    /// "Kakuma"), bodies and plans whose head word [`HEADS`] misses ("Planned Relocation
    /// Guidelines", "la Cancillería"). Compared as ordinary words, as an own law is, they no
    /// longer part two places' findings as two names would; a partner country is found
    /// before (and stays a name), and acronyms are left as they are, since an organisation
    /// one place alone names (OSCE beside IOM) still parts a theme.
    alone: HashSet<String>,
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
            .map(folded)
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
        // Its name in French, Spanish and Russian, whose adjectives share its stem where the
        // English name's do not ("молдавских" / "Молдавия", "española" / "España").
        words.extend(
            own_names_of("name", &profile.iso3)
                .into_iter()
                .flatten()
                .filter(|w| w.chars().count() >= 4),
        );
        words.sort();
        words.dedup();
        OwnNames {
            words,
            alone: Default::default(),
            capitals: own_names_of("capital", &profile.iso3),
        }
    }

    /// The own names of every place of `profiles`, with the capitalised words that only it
    /// writes (see [`OwnNames::alone`]).
    pub(crate) fn of_all(profiles: &[Profile]) -> Vec<OwnNames> {
        let mut all: Vec<OwnNames> = profiles.iter().map(OwnNames::of).collect();
        let mut writers: HashMap<String, Vec<usize>> = HashMap::default();
        for (place, profile) in profiles.iter().enumerate() {
            for finding in &profile.findings {
                for t in tokens(&finding.text) {
                    if is_capitalised(t) && t.chars().all(char::is_alphabetic) && !is_acronym(t) {
                        let places = writers.entry(folded(t)).or_default();
                        if places.last() != Some(&place) {
                            places.push(place);
                        }
                    }
                }
            }
        }
        for (word, places) in writers {
            if let [place] = places[..] {
                all[place].alone.insert(word);
            }
        }
        all
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
            let mut next = last;
            let mut k = 0;
            while k < run.len() {
                let w = run[k];
                // An organisation's name stays as written, for the matcher to read it as its
                // acronym ("Международной организации по миграции" is МОМ), however few
                // places write it.
                if is_capitalised(w)
                    && let Some(end) = known_name_at(&tokens, i + k)
                {
                    tokens[i + k..end].iter().for_each(|t| out.push_str(t));
                    next = end;
                    break;
                }
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
                if (institution && !in_partner)
                    || (is_capitalised(w) && !is_acronym(w) && self.alone.contains(&folded(w)))
                {
                    out.push_str(&lower);
                } else {
                    out.push_str(w);
                }
                k += 1;
            }
            i = next;
        }
        out
    }
}

/// `word` lowercased without diacritics.
fn folded(word: &str) -> String {
    crate::text::fold_diacritics(&word.to_lowercase()).into_owned()
}

/// Whether a word is written in capitals (two letters or more): an acronym.
fn is_acronym(word: &str) -> bool {
    word.chars().count() > 1 && !word.chars().any(char::is_lowercase)
}

/// The ISO code of the longest country name (of up to [`NAME_WORDS`] words) that starts at
/// `run[k]`, and the index after it: an English name or alias of the ISO table, else a French,
/// Spanish or Russian name of `own-names.tsv` (see [`localised_at`]).
fn country_at(run: &[&str], k: usize) -> Option<(String, usize)> {
    (0..NAME_WORDS)
        .rev()
        .find_map(|more| {
            let end = k + 2 * more + 1;
            let name: String = run.get(k..end)?.concat();
            // The ISO table's alias "America" is a continent far more often than the United
            // States ("Central America", "América del Sur").
            if more == 0 && folded(&name) == "america" {
                return None;
            }
            crate::profile::iso::iso3_of(&name).map(|code| (code, end))
        })
        .or_else(|| localised_at(run, k))
}

/// The names of the organisations the matcher knows (`diff::known_names`), as their words
/// lowercased without diacritics.
static KNOWN_NAMES: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    crate::diff::known_names()
        .map(|(name, _)| folded_words(name))
        .collect()
});

/// The index after the known organisation's name that starts at `tokens[i]`, if one does:
/// its words in order, each as written or inflected (sharing its stem), with only spaces
/// and apostrophes between them.
fn known_name_at(tokens: &[&str], i: usize) -> Option<usize> {
    let first = folded(tokens[i]);
    KNOWN_NAMES
        .iter()
        .filter(|name| name.first().is_some_and(|w| same_stem(&first, w)))
        .filter_map(|name| {
            let mut at = i;
            for (n, word) in name.iter().enumerate() {
                if n > 0 {
                    while tokens
                        .get(at)
                        .is_some_and(|t| is_space(t) || *t == "'" || *t == "’" || *t == "-")
                    {
                        at += 1;
                    }
                }
                if !same_stem(&folded(tokens.get(at)?), word) {
                    return None;
                }
                at += 1;
            }
            Some(at)
        })
        .max()
}

/// A country's name in French, Spanish or Russian, each word lowercased without diacritics,
/// and its code.
struct Localised {
    words: Vec<String>,
    iso3: String,
}

/// The names of `own-names.tsv`, by the first four letters of their first word (what a
/// word sharing its stem starts with, see [`same_stem`]).
static LOCALISED: std::sync::LazyLock<HashMap<String, Vec<Localised>>> =
    std::sync::LazyLock::new(|| {
        let mut by_start: HashMap<String, Vec<Localised>> = HashMap::default();
        for line in OWN_NAMES.lines() {
            let Some(rest) = (line.strip_prefix("name\t")).or(line.strip_prefix("official\t"))
            else {
                continue;
            };
            let Some((iso3, name)) = rest.split_once('\t') else {
                continue;
            };
            let words = folded_words(name);
            if let Some(first) = words.first() {
                let start: String = first.chars().take(4).collect();
                by_start.entry(start).or_default().push(Localised {
                    words,
                    iso3: iso3.to_string(),
                });
            }
        }
        by_start
    });

/// `name`'s words, lowercased without diacritics.
fn folded_words(name: &str) -> Vec<String> {
    (name.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(folded)
        .collect()
}

/// The code of the localised country name that starts at `run[k]` and the index after it:
/// each of its words written as is or inflected (sharing its stem: "с Германией", "Российской
/// Федерации"); of several, the one whose words the run spells most closely, then the
/// longest ("Нигерии" is Nigeria, not Niger).
fn localised_at(run: &[&str], k: usize) -> Option<(String, usize)> {
    let first = folded(run.get(k)?);
    let start: String = first.chars().take(4).collect();
    let mut best: Option<(usize, usize, &Localised)> = None;
    for name in LOCALISED.get(&start)? {
        let mut common = 0;
        let spelt = name.words.iter().enumerate().all(|(i, word)| {
            let Some(w) = run.get(k + 2 * i) else {
                return false;
            };
            let w = folded(w);
            common += w
                .chars()
                .zip(word.chars())
                .take_while(|(a, b)| a == b)
                .count();
            same_stem(&w, word)
        });
        let better = best.is_none_or(|(c, n, _)| (common, name.words.len()) > (c, n));
        if spelt && better {
            best = Some((common, name.words.len(), name));
        }
    }
    best.map(|(_, n, name)| (name.iso3.clone(), k + 2 * n - 1))
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
    fn a_partner_named_in_french_spanish_or_russian_is_its_code() {
        let mli = names("Mali", None, "MLI");
        assert!(mli.mask("un accord avec l'Espagne").contains("ESP"));
        let col = names("Colombia", None, "COL");
        assert!(col.mask("un acuerdo con España").contains("ESP"));
        let blr = names("Беларусь", None, "BLR");
        let masked = blr.mask("соглашение с Германией и с Российской Федерацией");
        assert!(masked.contains("DEU") && masked.contains("RUS"), "{masked}");
        // An inflected name is the country it spells most closely.
        assert!(blr.mask("рабочие из Нигерии").contains("NGA"));
        // A continent is no partner, though the ISO table lists "America" for the United
        // States.
        let blz = names("Belize", None, "BLZ");
        assert!(
            blz.mask("countries of Central America")
                .ends_with("America")
        );
    }

    #[test]
    fn an_adjective_of_the_local_name_is_masked() {
        let mda = names("Moldova", None, "MDA");
        let masked = mda.mask("трудоустройство молдавских граждан");
        assert!(!masked.contains("молдав"), "{masked}");
    }

    #[test]
    fn capitalised_words_only_one_place_writes_are_ordinary_words() {
        let profile = |country: &str, iso3: &str, text: &str| {
            Profile::new("t", country, iso3, 2023).with_findings([(
                crate::profile::Domain::Partnerships,
                crate::profile::Category::WellDeveloped,
                text.to_string(),
            )])
        };
        let rwanda = "At the Rusumo one-stop border post, OSCE and the International Organization \
                      for Migration train officers of the Khartoum Process.";
        let all = OwnNames::of_all(&[
            profile("Rwanda", "RWA", rwanda),
            profile(
                "Uganda",
                "UGA",
                "Uganda is a member of the Khartoum Process.",
            ),
        ]);
        let masked = all[0].mask(rwanda);
        // A town of its own; an acronym and a name two places write stay names.
        assert!(masked.contains("the rusumo one-stop"), "{masked}");
        assert!(
            masked.contains("OSCE") && masked.contains("Khartoum Process"),
            "{masked}"
        );
        // An organisation's name is left for the matcher to read as its acronym.
        assert!(
            masked.contains("International Organization for Migration"),
            "{masked}"
        );
    }

    #[test]
    fn stems_need_four_letters_and_most_of_the_shorter_word() {
        assert!(same_stem("kazakh", "kazakhstan"));
        assert!(same_stem("italian", "italy"));
        assert!(!same_stem("indonesia", "india"));
        assert!(!same_stem("spanish", "spain"));
    }
}
