//! Equivalent terms of migration-policy English, so that a finding rewritten with other words
//! ("compulsory" for "mandatory", "qualifications" for "degrees") is still seen as the same
//! finding.
//!
//! Provenance: written by hand for mgi-diff from the vocabulary of MGI profiles and of IOM's
//! Glossary on Migration (2019): each group is a set of words that profile authors use for one
//! thing, including the word families a stemmer does not join (apply/application). It is a
//! small curated list, not a thesaurus: a group joins words only where profiles use them
//! interchangeably, because every join also makes two different findings look more alike.
//! Whether the list helps is measured on the labelled corpus (`tests/corpus/`), like every
//! other part of the matcher. It is curated rather than generated because neither offline
//! source measured gives equivalence: WordNet lacks the pairs rewritten rounds use
//! (regular/legal, allowance/benefit), and a sentence-embedding model rates opposites
//! (legal/illegal) above them (see `tests/corpus/README.md`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

/// Word groups: every word is read as the first word of its group. Words are lowercase and
/// unstemmed; the stemmer runs on the group's first word afterwards.
const GROUPS: &[&[&str]] = &[
    &["mandatory", "compulsory", "obligatory"],
    &["permanent", "indefinite"],
    &[
        "qualification",
        "qualifications",
        "degree",
        "degrees",
        "diploma",
        "diplomas",
        "credential",
        "credentials",
    ],
    &[
        "ministry",
        "ministries",
        "entity",
        "entities",
        "body",
        "bodies",
        "agency",
        "agencies",
        "structure",
        "structures",
        "institution",
        "institutions",
        "department",
        "departments",
        "office",
        "unit",
    ],
    &[
        "ratify",
        "ratified",
        "ratifies",
        "ratification",
        "party",
        "parties",
    ],
    &[
        "obtain",
        "obtaining",
        "obtained",
        "achieve",
        "achieving",
        "acquire",
        "acquiring",
        "acquired",
        "gain",
        "gained",
        "get",
    ],
    &["residence", "residency"],
    &[
        "recognise",
        "recognize",
        "recognised",
        "recognized",
        "recognising",
        "recognizing",
        "recognition",
    ],
    &[
        "apply",
        "applies",
        "applied",
        "applying",
        "application",
        "applications",
    ],
    &["foreigner", "foreigners", "alien", "aliens"],
    &["citizen", "citizens", "nationals"],
    &["irregular", "undocumented", "unauthorized", "unauthorised"],
    &[
        "help",
        "helps",
        "helped",
        "assist",
        "assists",
        "assisted",
        "assistance",
        "aid",
    ],
    &["strategy", "strategies", "plan", "plans"],
    &["course", "courses", "class", "classes", "lesson", "lessons"],
    &["job", "jobs", "employment", "occupation", "occupations"],
    &[
        "collect",
        "collects",
        "collected",
        "collecting",
        "collection",
        "gather",
        "gathers",
        "gathered",
        "gathering",
        "compile",
        "compiled",
    ],
    &["rarely", "seldom", "occasionally"],
    &[
        "improve",
        "improved",
        "strengthen",
        "strengthened",
        "enhance",
        "enhanced",
    ],
    &[
        "coordinate",
        "coordinates",
        "coordinated",
        "coordination",
        "coherence",
        "coherent",
    ],
    &[
        "cooperate",
        "cooperates",
        "cooperation",
        "collaborate",
        "collaborates",
        "collaboration",
    ],
    &["common", "shared", "joint"],
    &["main", "principal", "major", "key"],
    &["conclude", "concluded", "sign", "signed"],
    &["allowance", "allowances", "benefit", "benefits"],
    &[
        "register",
        "registers",
        "registered",
        "registering",
        "registration",
        "registry",
    ],
    &["sex", "gender"],
    &["drill", "drills", "exercise", "exercises"],
    &["emergency", "emergencies", "crisis", "crises"],
    &["disaster", "disasters", "hazard", "hazards"],
    &[
        "municipal",
        "municipality",
        "municipalities",
        "local",
        "city",
    ],
    &["advice", "counselling", "counseling", "advisory"],
    &[
        "housing",
        "accommodation",
        "flat",
        "flats",
        "dwelling",
        "dwellings",
    ],
    &["newcomer", "newcomers"],
    &["law", "laws", "legislation", "statute", "statutory"],
    &[
        "guarantee",
        "guaranteed",
        "guarantees",
        "ensure",
        "ensures",
        "ensured",
    ],
    &[
        "child",
        "children",
        "minor",
        "minors",
        "juvenile",
        "juveniles",
    ],
    &["test", "examination", "exam"],
    &["deadline"],
    &["abroad", "overseas"],
    &["licence", "licences", "license", "licenses", "licensed"],
    &[
        "consulate",
        "consulates",
        "embassy",
        "embassies",
        "consul",
        "consuls",
        "consular",
        "mission",
        "missions",
    ],
    &["data", "statistics", "statistical"],
    &[
        "company",
        "companies",
        "business",
        "businesses",
        "employer",
        "employers",
        "enterprise",
        "enterprises",
        "firm",
        "firms",
    ],
    &["entitled", "entitlement"],
    &[
        "restricted",
        "restriction",
        "restrictions",
        "barred",
        "excluded",
        "closed",
        "limited",
    ],
    &["trafficking", "trafficked"],
    &["evacuate", "evacuation", "evacuations"],
    &["commission", "committee"],
    &[
        "programme",
        "programmes",
        "program",
        "programs",
        "scheme",
        "schemes",
    ],
    &["discriminate", "discrimination"],
    &["displacement", "displaced"],
    &[
        "provide",
        "provides",
        "provided",
        "provision",
        "offer",
        "offers",
        "offered",
        "give",
        "gives",
        "given",
        "grant",
        "grants",
        "granted",
    ],
    &["publish", "published", "publication"],
    &["union", "unions"],
];

/// Phrases read as one word before the groups apply: written as the words a text splits into
/// (`long-term` splits at its hyphen), and the word they become.
const PHRASES: &[(&[&str], &str)] = &[
    (&["long", "term"], "permanent"),
    (&["health", "care"], "healthcare"),
    (&["free", "of", "charge"], "free"),
    (&["at", "no", "cost"], "free"),
    (&["without", "documents"], "undocumented"),
    (&["newly", "arrived"], "newcomer"),
    (&["new", "arrivals"], "newcomer"),
    (&["broken", "down"], "disaggregated"),
    (&["time", "limit"], "deadline"),
    (&["other", "countries"], "abroad"),
    (&["job", "centre"], "employment"),
    (&["trade", "unions"], "union"),
    (&["workers", "organizations"], "union"),
    (&["workers", "organisations"], "union"),
    (&["private", "sector"], "business"),
    (&["made", "public"], "publish"),
    (&["in", "charge", "of"], "responsible"),
    (&["natural", "hazards"], "disaster"),
    (&["non", "nationals"], "foreigner"),
    (&["non", "citizens"], "foreigner"),
];

/// Words that say whom a finding is about or which service or sector: two findings that both
/// name such things and share none of them are about different subjects ("Migrant children do
/// not receive language support at school" / "Migrant adults … at work"). Written like the
/// groups above, from the populations and services MGI profiles name; a word of a group is
/// listed as its group's first word, which is how it is read.
const SUBJECTS: &[&str] = &[
    // Whom.
    "child",
    "adult",
    "adults",
    "woman",
    "women",
    "girls",
    "boys",
    "youth",
    "young",
    "student",
    "students",
    "graduate",
    "graduates",
    "refugee",
    "refugees",
    "returnee",
    "returnees",
    "diaspora",
    "victim",
    "victims",
    "elderly",
    "seasonal",
    "entrepreneur",
    "entrepreneurs",
    "investor",
    "investors",
    "stateless",
    "family",
    "families",
    "spouse",
    "spouses",
    // Which service or sector.
    "school",
    "schools",
    "education",
    "university",
    "universities",
    "health",
    "healthcare",
    "housing",
    "bank",
    "banks",
    "banking",
    "account",
    "accounts",
    "pension",
    "pensions",
    "insurance",
    "childcare",
    "training",
    "licence",
    "court",
    "courts",
    "justice",
];

static SUBJECT_SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| SUBJECTS.iter().copied().collect());

/// Whether a word (as the lexicon reads it) names a subject.
pub(super) fn is_subject(word: &str) -> bool {
    SUBJECT_SET.contains(word)
}

static WORDS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    GROUPS
        .iter()
        .flat_map(|group| group.iter().map(move |&w| (w, group[0])))
        .collect()
});

/// The word `lower` (lowercase) is read as, when the lexicon groups it with others.
pub(super) fn canonical(lower: &str) -> Option<&'static str> {
    WORDS.get(lower).copied()
}

/// The phrase that starts `words` (lowercase): how many words it takes and the word it is read
/// as.
pub(super) fn phrase(words: &[&str]) -> Option<(usize, &'static str)> {
    PHRASES.iter().find_map(|&(phrase, word)| {
        let fits = words.len() >= phrase.len() && phrase.iter().zip(words).all(|(p, w)| p == w);
        fits.then_some((phrase.len(), word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_in_one_group_only() {
        let mut seen = rustc_hash::FxHashSet::default();
        for word in GROUPS.iter().flat_map(|g| g.iter()) {
            assert!(seen.insert(word), "{word} is in two groups");
            assert_eq!(word.to_lowercase(), *word);
        }
    }

    /// A subject in a group is listed as the word the group is read as, or it would never be
    /// recognised.
    #[test]
    fn subjects_are_listed_as_they_are_read() {
        let mut seen = rustc_hash::FxHashSet::default();
        for &word in SUBJECTS {
            assert!(seen.insert(word), "{word} is listed twice");
            assert_eq!(word.to_lowercase(), word);
            assert_eq!(canonical(word).unwrap_or(word), word, "{word}");
            assert!(is_subject(word));
        }
        assert!(is_subject(canonical("children").unwrap()));
        assert!(
            is_subject(canonical("minors").unwrap()),
            "minors are children"
        );
        assert!(!is_subject("migrants"));
    }

    #[test]
    fn words_and_phrases_are_read_as_their_group() {
        assert_eq!(canonical("compulsory"), Some("mandatory"));
        assert_eq!(canonical("mandatory"), Some("mandatory"));
        assert_eq!(canonical("migrant"), None);
        assert_eq!(
            phrase(&["long", "term", "residency"]),
            Some((2, "permanent"))
        );
        assert_eq!(phrase(&["long"]), None);
    }
}
