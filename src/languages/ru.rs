//! Russian.
//!
//! Provenance. Stemming: the Snowball Russian algorithm, through `rust-stemmers`. Stop words
//! (`ru/stop-words.txt`): the Snowball list as NLTK distributes it (BSD-3-Clause), with its
//! notice. Negation cues and subject words: written for mgi-diff from the language's grammar
//! and from the populations and services MGI profiles name, with the labelled pair
//! `tests/corpus/language-ru.toml` at hand. The wording of published profiles is assumed: no
//! Russian profile text was at hand, so the words are those a Russian-speaking author of IOM
//! material would use ("Права мигрантов", "Примеры хорошо развитых областей", "Области с
//! потенциалом дальнейшего развития"); the README says so.

use super::wording::Wording;
use super::{Definition, Language, Lexicon, Negation, Subjects};

pub(super) static LANGUAGE: Definition = Definition {
    name: "Russian",
    stemmer: || rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian),
    fold_before_stemming: true,
    stop_words: include_str!("ru/stop-words.txt"),
    weightless: &[NEGATIONS],
    negation: Negation {
        words: NEGATIONS,
        pairs: &[],
        contraction: None,
        two_parts: None,
        absence: &["без"],
        not_negations: &[("без", "сопровожден")],
    },
    subjects: Subjects::Stemmed(SUBJECTS),
    lexicon: Lexicon::NONE,
    groups: include_str!("ru/groups.txt"),
    wording: Wording {
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
                "migrants-rights",
                &[
                    "права мигрантов",
                    "международных норм",
                    "международных стандартов",
                ],
            ),
            (
                "whole-of-government",
                &["общегосударствен", "всего правительства"],
            ),
            ("partnerships", &["партнерств"]),
            ("well-being", &["благополучи"]),
            ("mobility-crises", &["кризис"]),
            ("safe-orderly-regular", &["упорядоченн"]),
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
    },
    messages: include_str!("ru/messages.ftl"),
    decimal_separator: ',',
};

/// Negation cues that are words of their own.
const NEGATIONS: &[&str] = &[
    "не",
    "нет",
    "ни",
    "никогда",
    "ничего",
    "никакой",
    "никакая",
    "никакое",
    "никакие",
    "никакого",
    "никаких",
    "никакой",
    "отсутствует",
    "отсутствуют",
    "отсутствовал",
    "отсутствовали",
    "отсутствие",
    "отсутствия",
    "без",
];

/// Words that say whom a finding is about, or which service: as written, stemmed when the
/// rules are made.
const SUBJECTS: &[&str] = &[
    "женщины",
    "дети",
    "несовершеннолетние",
    "молодые",
    "молодежь",
    "взрослые",
    "студенты",
    "беженцы",
    "вернувшиеся",
    "диаспора",
    "жертвы",
    "семьи",
    "супруги",
    "сезонные",
    "сельскохозяйственные",
    "домашние",
    "инвесторы",
    "предприниматели",
    "школа",
    "школы",
    "здравоохранение",
    "жилье",
    "банки",
    "пенсии",
    "страхование",
    "суды",
];
