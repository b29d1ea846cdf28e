//! Spanish.
//!
//! Provenance. Stemming: the Snowball Spanish algorithm, through `rust-stemmers`. Stop words
//! (`es/stop-words.txt`): the Snowball list as NLTK distributes it (BSD-3-Clause), with its
//! notice. Negation cues and subject words: written for mgi-diff from the language's grammar
//! and from the populations and services MGI profiles name, with the labelled pair
//! `tests/corpus/language-es.toml` at hand. The wording of published profiles is that of IOM's
//! Spanish profile pages on the Migration Data Portal ("Indicadores de Gobernanza de la
//! Migración", "áreas bien desarrolladas", "áreas con potencial de desarrollo adicional"),
//! with the variants translators use.

use super::wording::Wording;
use super::{Definition, Language, Lexicon, Negation, Subjects};

pub(super) static LANGUAGE: Definition = Definition {
    name: "Spanish",
    stemmer: || rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Spanish),
    fold_before_stemming: false,
    stop_words: include_str!("es/stop-words.txt"),
    weightless: &[NEGATIONS],
    negation: Negation {
        words: NEGATIONS,
        pairs: &[],
        contraction: None,
        two_parts: None,
        absence: &["sin"],
        not_negations: &[
            ("no", "acompañad"),
            ("no", "gubernamental"),
            ("no", "obstante"),
            ("sin", "fines"),
        ],
    },
    subjects: Subjects::Stemmed(SUBJECTS),
    lexicon: Lexicon::NONE,
    groups: include_str!("es/groups.txt"),
    wording: Wording {
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
                "migrants-rights",
                &[
                    "derechos de los migrantes",
                    "derechos de las personas migrantes",
                    "normas internacionales",
                ],
            ),
            (
                "whole-of-government",
                &[
                    "gobierno integral",
                    "conjunto del gobierno",
                    "todo el gobierno",
                ],
            ),
            (
                "partnerships",
                &["alianza", "asociacion", "colaboracion"],
            ),
            ("well-being", &["bienestar"]),
            ("mobility-crises", &["crisis"]),
            ("safe-orderly-regular", &["ordenada"]),
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
    },
    messages: include_str!("es/messages.ftl"),
    decimal_separator: ',',
};

/// Negation cues that are words of their own.
const NEGATIONS: &[&str] = &[
    "no",
    "nunca",
    "jamás",
    "ningún",
    "ninguna",
    "ninguno",
    "ningunos",
    "ningunas",
    "ni",
    "sin",
    "tampoco",
    "nadie",
    "nada",
    "carece",
    "carecen",
    "carecer",
    "carecía",
    "carecían",
];

/// Words that say whom a finding is about, or which service: as written, stemmed when the
/// rules are made.
const SUBJECTS: &[&str] = &[
    // Singular and plural: the Snowball stemmer does not always join them (mujer, mujeres).
    "mujer",
    "mujeres",
    "niño",
    "niños",
    "niña",
    "niñas",
    "menor",
    "menores",
    "joven",
    "jóvenes",
    "adultos",
    "estudiantes",
    "refugiados",
    "solicitantes",
    "retornados",
    "diáspora",
    "víctimas",
    "apátridas",
    "familias",
    "cónyuges",
    "agrícolas",
    "temporeros",
    "estacionales",
    "domésticos",
    "hogar",
    "inversionistas",
    "emprendedores",
    "escuela",
    "escuelas",
    "salud",
    "vivienda",
    "bancos",
    "pensiones",
    "seguro",
    "tribunales",
];
