//! Parsing and validating a format-1 profile, keeping the place of every value so that each
//! problem names its line and column.
//!
//! The document is walked by hand over the `toml` crate's spanned tree rather than derived with
//! serde: that way one pass reports every mistake (not just the first), unknown keys get a
//! "did you mean", and errors are kept apart from warnings.
//!
//! This file holds the document and its `[profile]` table; `load/findings.rs` the domains and
//! their findings, `load/values.rs` the typed values every table is read with.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

mod findings;
mod values;

use super::language::Language;
use super::model::{Level, Profile, Provenance};
use super::name::ProfileName;
use crate::problem::{LineIndex, Problem, Severity};
use crate::read::{LoadError, Text};
use crate::text::did_you_mean;

/// The only profile format there is.
pub(crate) const FORMAT: i64 = 1;
/// Years an MGI assessment can have.
pub(crate) const YEARS: std::ops::RangeInclusive<i64> = 2015..=2100;

const TOP_KEYS: &[&str] = &["format", "profile", "domains"];
const PROFILE_KEYS: &[&str] = &[
    "country",
    "name",
    "iso3",
    "level",
    "city",
    "year",
    "published",
    "title",
    "source",
    "provenance",
    "notes",
    "language",
];
const FINDING_KEYS: &[&str] = &["id", "text"];

/// The outcome of loading one file: the profile when it has no errors, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    /// The profile, when the text has no error.
    pub profile: Option<Profile>,
    /// Every error and warning, in the order of the text.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// The problems that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    /// Loads what was read. Text that could not be taken as a profile at all (not UTF-8,
    /// empty) is a loaded file with problems; errors of reading itself are returned.
    pub fn from_read(read: Result<Text, LoadError>) -> Result<Loaded, LoadError> {
        Loaded::from_read_named(read, None)
    }

    /// [`Loaded::from_read`], for a file whose path claims a name (`kazakhstan/2018.toml`):
    /// a profile that disagrees gets a warning at the key that disagrees.
    pub fn from_read_named(
        read: Result<Text, LoadError>,
        claimed: Option<&ProfileName>,
    ) -> Result<Loaded, LoadError> {
        match read {
            Ok(text) => {
                let mut loaded = load_str(&text.origin, &text.text);
                if let (Some(profile), Some(claimed)) = (&loaded.profile, claimed) {
                    if let Some(mut problem) = claimed.disagreement(profile) {
                        let key = if claimed.year != profile.year {
                            "year"
                        } else if claimed.city != profile.city.as_deref().map(super::slug) {
                            "city"
                        } else {
                            "country"
                        };
                        (problem.line, problem.column) = key_position(&text.text, key);
                        loaded.problems.push(problem);
                    }
                }
                Ok(loaded)
            }
            Err(LoadError::Invalid(problems)) => Ok(Loaded {
                profile: None,
                problems,
            }),
            Err(e) => Err(e),
        }
    }
}

/// Parses and validates `text`, read from `origin` (the name used in messages).
pub fn load_str(origin: &str, text: &str) -> Loaded {
    let mut cx = Context {
        origin,
        lines: LineIndex::new(text),
        problems: Vec::new(),
    };
    let profile = if text.trim().is_empty() {
        cx.problems.push(Problem {
            file: origin.to_string(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: "the file is empty; expected a format-1 profile".into(),
        });
        None
    } else {
        cx.parse(text).and_then(|root| cx.document(&root))
    };
    let problems = cx.sorted_problems();
    let has_errors = problems.iter().any(Problem::is_error);
    Loaded {
        profile: if has_errors { None } else { profile },
        problems,
    }
}

/// Where `[profile]`'s `key` is written in `text` (1-based line and column of its value).
fn key_position(text: &str, key: &str) -> (Option<usize>, Option<usize>) {
    let Ok(root) = DeTable::parse(text) else {
        return (None, None);
    };
    let span = root
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref() == "profile")
        .and_then(|(_, v)| match v.get_ref() {
            DeValue::Table(t) => get(t, key).map(|v| v.span()),
            _ => None,
        });
    match span {
        Some(span) => {
            let (line, column) = LineIndex::new(text).position(span.start);
            (Some(line), Some(column))
        }
        None => (None, None),
    }
}

/// Where problems are collected while a document is walked (shared with the terms file).
pub(super) struct Context<'a> {
    pub(super) origin: &'a str,
    pub(super) lines: LineIndex<'a>,
    pub(super) problems: Vec<Problem>,
}

pub(super) type Table<'i> = DeTable<'i>;
pub(super) type Value<'i> = Spanned<DeValue<'i>>;

impl<'a> Context<'a> {
    /// The spanned tree of `text`, or `None` with its syntax error recorded.
    pub(super) fn parse(&mut self, text: &'a str) -> Option<Spanned<Table<'a>>> {
        match DeTable::parse(text) {
            Ok(root) => Some(root),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                self.error(span, format!("TOML syntax: {}", e.message().trim_end()));
                None
            }
        }
    }

    /// Every problem found, in the order of the text.
    pub(super) fn sorted_problems(self) -> Vec<Problem> {
        let mut problems = self.problems;
        problems.sort_by_key(|p| (p.line, p.column, p.severity));
        problems
    }

    fn push(&mut self, severity: Severity, span: Range<usize>, message: String) {
        let (line, column) = self.lines.position(span.start);
        self.record(severity, line, column, message);
    }

    /// Records a problem at a line and column of the text.
    fn record(&mut self, severity: Severity, line: usize, column: usize, message: String) {
        self.problems.push(Problem {
            file: self.origin.to_string(),
            line: Some(line),
            column: Some(column),
            severity,
            message,
        });
    }

    pub(super) fn error(&mut self, span: Range<usize>, message: String) {
        self.push(Severity::Error, span, message);
    }

    fn warning(&mut self, span: Range<usize>, message: String) {
        self.push(Severity::Warning, span, message);
    }

    pub(super) fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        known: &[&str],
        table: &str,
    ) {
        let mut message = format!("unknown key `{}` in {table}", key.get_ref());
        match did_you_mean(key.get_ref(), known.iter().copied()) {
            Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
            None => message.push_str(&format!("; expected one of {}", quoted_list(known))),
        }
        self.error(key.span(), message);
    }

    fn document(&mut self, root: &Spanned<Table<'_>>) -> Option<Profile> {
        let table = root.get_ref();
        for (key, _) in table.iter() {
            if !TOP_KEYS.contains(&key.get_ref().as_ref()) {
                self.unknown_key(key, TOP_KEYS, "the top level");
            }
        }
        let start = 0..0;
        match get(table, "format") {
            None => self.error(
                start.clone(),
                "missing required key `format` (it must be `format = 1`)".into(),
            ),
            Some(v) => {
                if let Some(n) = self.integer(v, "`format`") {
                    if n != FORMAT {
                        self.error(
                            v.span(),
                            format!("unsupported `format = {n}`; only format 1 exists"),
                        );
                    }
                }
            }
        }
        let meta = match get(table, "profile") {
            None => {
                self.error(start.clone(), "missing required table `[profile]`".into());
                None
            }
            Some(v) => match self.table(v, "`profile`") {
                Some(t) => self.profile(t, v.span()),
                None => None,
            },
        };
        let findings = match get(table, "domains") {
            None => {
                self.warning(
                    start,
                    "no `[domains.*]` tables: the profile has no findings".into(),
                );
                Some(Vec::new())
            }
            Some(v) => self
                .table(v, "`domains`")
                .map(|t| self.domains(t, v.span())),
        };
        let (meta, findings) = (meta?, findings?);
        self.foreign_ids(&findings, &meta.iso3);
        Some(Profile {
            origin: self.origin.to_string(),
            findings,
            ..meta
        })
    }

    fn profile(&mut self, t: &Table<'_>, span: Range<usize>) -> Option<Profile> {
        for (key, _) in t.iter() {
            if !PROFILE_KEYS.contains(&key.get_ref().as_ref()) {
                self.unknown_key(key, PROFILE_KEYS, "[profile]");
            }
        }
        let country = self.required_string(t, "country", &span);
        let name = self.optional_string(t, "name");
        let title = self.optional_string(t, "title");
        let source = self.optional_string(t, "source");
        let notes = self.optional_string(t, "notes");

        let named = country.as_ref().and_then(|(c, _)| super::iso::iso3_of(c));
        let iso3 = self.required_string(t, "iso3", &span).and_then(|(iso3, s)| {
            if !(iso3.len() == 3 && iso3.bytes().all(|b| b.is_ascii_uppercase())) {
                self.error(
                    s,
                    format!("`iso3 = \"{iso3}\"` is not an ISO 3166-1 alpha-3 code: it must be three uppercase letters, like \"KAZ\""),
                );
                return None;
            }
            let Some(coded) = super::iso::country_of(&iso3) else {
                let hint = named
                    .as_ref()
                    .map_or(String::new(), |code| format!("; the code of {} is \"{code}\"", country.as_ref().map_or("", |(c, _)| c.as_str())));
                self.error(
                    s,
                    format!("`iso3 = \"{iso3}\"` is not an ISO 3166-1 alpha-3 code{hint}"),
                );
                return None;
            };
            // Names vary ("Republic of Moldova", "Türkiye"): a code that is another known
            // country's is a warning, with the code the name has.
            if let (Some(code), Some((name, _))) = (&named, &country) {
                if *code != iso3 {
                    self.warning(
                        s,
                        format!("`iso3 = \"{iso3}\"` is the code of {coded}, not of {name}; {name} is \"{code}\""),
                    );
                }
            }
            Some(iso3)
        });

        let year = match get(t, "year") {
            None => {
                self.error(
                    span.clone(),
                    "missing required key `year` in [profile]".into(),
                );
                None
            }
            Some(v) => self.integer(v, "`year`").and_then(|y| {
                if YEARS.contains(&y) {
                    Some(y as u16)
                } else {
                    self.error(
                        v.span(),
                        format!(
                            "`year = {y}` is out of range: MGI years run from {} to {}",
                            YEARS.start(),
                            YEARS.end()
                        ),
                    );
                    None
                }
            }),
        };

        let level = match get(t, "level") {
            None => Some(Level::National),
            Some(v) => self.choice(
                v,
                "`level`",
                &[("national", Level::National), ("local", Level::Local)],
            ),
        };
        let provenance = match get(t, "provenance") {
            None => Some(Provenance::Published),
            Some(v) => self.choice(
                v,
                "`provenance`",
                &[
                    ("published", Provenance::Published),
                    ("draft", Provenance::Draft),
                    ("illustrative", Provenance::Illustrative),
                ],
            ),
        };
        let city = get(t, "city").and_then(|v| self.string(v, "`city`").map(|s| (s, v.span())));
        let city = match (level, city) {
            (Some(Level::Local), None) => {
                let at = get(t, "level").map_or(span.clone(), |v| v.span());
                self.error(at, "`level = \"local\"` needs a `city`".into());
                None
            }
            (Some(Level::National), Some((_, s))) => {
                self.error(s, "`city` is only allowed with `level = \"local\"`".into());
                None
            }
            (_, city) => city.map(|(c, _)| c),
        };

        let published = get(t, "published").and_then(|v| self.date(v));
        let language = match get(t, "language") {
            None => Some(Language::En),
            Some(v) => self.string(v, "`language`").and_then(|tag| {
                Language::from_tag(&tag)
                    .map_err(|message| self.error(v.span(), message))
                    .ok()
            }),
        };

        Some(Profile {
            origin: String::new(),
            country: country?.0,
            name,
            iso3: iso3?,
            level: level?,
            city,
            year: year?,
            published,
            title,
            source,
            provenance: provenance?,
            notes,
            language: language?,
            findings: Vec::new(),
        })
    }
}

pub(super) fn get<'t, 'i>(t: &'t Table<'i>, key: &str) -> Option<&'t Value<'i>> {
    t.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
