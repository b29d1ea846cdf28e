//! French.
//!
//! Provenance. Stemming: the Snowball French algorithm, through `rust-stemmers`. Stop words
//! (`fr/stop-words.txt`): the Snowball list as NLTK distributes it (BSD-3-Clause), with its
//! notice. Negation cues and subject words: written for mgi-diff from the language's grammar
//! and from the populations and services MGI profiles name, with the labelled pair
//! `tests/corpus/language-fr.toml` at hand. The wording of published profiles is that of IOM's
//! French profile pages on the Migration Data Portal ("Indicateurs de gouvernance des
//! migrations", "droits des migrants", "partenariats", "bien-être des migrants"), with the
//! variants translators use.

use super::wording::Wording;
use super::{Definition, Language, Lexicon, Negation, Subjects};

pub(super) static LANGUAGE: Definition = Definition {
    name: "French",
    stemmer: || rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French),
    fold_before_stemming: false,
    stop_words: include_str!("fr/stop-words.txt"),
    // "plus" is also "more": a function word either way.
    weightless: &[NEGATIONS, &["plus"]],
    negation: Negation {
        words: NEGATIONS,
        pairs: &[],
        contraction: None,
        two_parts: Some((&["ne", "n"], SECOND_PARTS)),
        absence: &["sans"],
        not_negations: &[("sans", "papiers"), ("sans", "abri")],
    },
    subjects: Subjects::Stemmed(SUBJECTS),
    lexicon: Lexicon::NONE,
    groups: include_str!("fr/groups.txt"),
    wording: Wording {
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
                "migrants-rights",
                &["droits des migrants", "normes internationales"],
            ),
            (
                "whole-of-government",
                &["pangouvernement", "ensemble du gouvernement"],
            ),
            ("partnerships", &["partenariat"]),
            ("well-being", &["bien-etre", "bien etre"]),
            ("mobility-crises", &["crise"]),
            ("safe-orderly-regular", &["ordonnee"]),
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
    },
    messages: include_str!("fr/messages.ftl"),
    decimal_separator: ',',
};

/// Negation cues that are words of their own (the two-part negation is found apart).
const NEGATIONS: &[&str] = &[
    "jamais", "aucun", "aucune", "aucuns", "aucunes", "sans", "ni", "nul", "nulle", "rien", "guère",
    // "Les migrants sont absents des plans": a denial by an adjective, as "carecen" and
    // «отсутствует» deny by a verb.
    "absent", "absente", "absents", "absentes",
];

/// The second part of a negation, after `ne` or `n'`.
const SECOND_PARTS: &[&str] = &[
    "pas", "plus", "jamais", "rien", "aucun", "aucune", "guère", "point", "personne", "nul",
    "nulle", "ni",
];

/// Words that say whom a finding is about, or which service: as written, stemmed when the
/// rules are made.
const SUBJECTS: &[&str] = &[
    "femmes",
    "enfants",
    "mineurs",
    "jeunes",
    "adultes",
    "étudiants",
    "réfugiés",
    "demandeurs",
    "rapatriés",
    "diaspora",
    "victimes",
    "apatrides",
    "familles",
    "conjoints",
    "agricoles",
    "saisonniers",
    "domestiques",
    "maison",
    "investisseurs",
    "entrepreneurs",
    "école",
    "écoles",
    "santé",
    "logement",
    "banques",
    "retraite",
    "assurance",
    "tribunaux",
];
