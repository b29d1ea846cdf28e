//! `import`: turn the text of a published MGI profile (copied from the web page or the PDF)
//! into a format-1 profile.
//!
//! Published pages are inconsistent, so the reader goes by meaning rather than by layout: a
//! domain heading is recognised by its name, not its number (the Kazakhstan 2018 page calls
//! the fourth domain "Domain 3"); capitals, bullets (`•`, `-`, `*`, `●`), Windows line endings,
//! blank lines and stray spaces do not matter; a finding wrapped over two lines is joined.
//! Whatever cannot be understood is an error with its line number, never dropped.
//!
//! The program's `import` command reads the text and writes the profile as TOML.

mod headings;
mod title;
use crate::languages::wording;

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::profile::{Category, Domain, Language, Level, Problem, Profile, Provenance, Severity};
use crate::text::is_bullet;
use title::{date_line, parse_title_name, short_country_name, title_at};

/// What the command line says, overriding or completing what the text says.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// The country's name, when the title does not give it (or gives it wrongly).
    pub country: Option<String>,
    /// The ISO 3166-1 alpha-3 code, when the country's name does not tell it.
    pub iso3: Option<String>,
    /// The assessment year, when the text has no date line.
    pub year: Option<u16>,
    /// The city of a local profile.
    pub city: Option<String>,
    /// Where the profile was published (an address).
    pub source: Option<String>,
    /// Whether the profile is an IOM publication, a draft or an illustration.
    pub provenance: Option<Provenance>,
    /// The language of the text, when its headings do not tell it.
    pub language: Option<Language>,
}

/// Reads published profile text; `origin` names it in errors. On success, the profile and the
/// warnings (lines joined to the bullet above them); a profile is returned only if `check`
/// would accept it.
pub fn import(
    origin: &str,
    text: &str,
    overrides: &Overrides,
) -> Result<(Profile, Vec<Problem>), Vec<Problem>> {
    let mut reader = Reader {
        origin,
        problems: Vec::new(),
        findings: Vec::new(),
        lines: Vec::new(),
        warnings: Vec::new(),
        title: None,
        date: None,
        domain: None,
        category: None,
        seen: Vec::new(),
        in_bullet: false,
        uncategorised: false,
        language: None,
        title_language: None,
        declared: overrides.language,
    };
    for (i, raw) in text.lines().enumerate() {
        reader.line(i + 1, raw.trim_end_matches('\r'));
    }
    reader.end_of_domain(text.lines().count());
    if reader.seen.is_empty() {
        let word = reader.wording().heading_shown;
        reader.error(
            0,
            format!(
                "no domain heading (\"{word} 1. …\") found: is this the text of an MGI profile?"
            ),
        );
    }
    reader.repeated_findings();
    let meta = reader.metadata(overrides);
    let profile = match (reader.problems.is_empty(), meta) {
        (true, Some(profile)) => profile.with_findings(reader.findings),
        _ => return Err(reader.problems),
    };
    // What is written must pass `check`: anything the reader did not foresee is an error here,
    // not in the file a user commits.
    let written = crate::profile::to_toml(&profile);
    let loaded = crate::profile::load_str(origin, &written);
    let errors: Vec<Problem> = loaded
        .problems
        .into_iter()
        .filter(Problem::is_error)
        .map(|p| Problem {
            file: origin.to_string(),
            line: None,
            column: None,
            message: format!("the imported profile would not pass `check`: {}", p.message),
            ..p
        })
        .collect();
    if errors.is_empty() {
        Ok((profile, reader.warnings))
    } else {
        Err(errors)
    }
}

struct Reader<'a> {
    origin: &'a str,
    problems: Vec<Problem>,
    findings: Vec<(Domain, Category, String)>,
    /// The line each finding starts on.
    lines: Vec<usize>,
    warnings: Vec<Problem>,
    /// The name in "Migration Governance Profile: NAME", its line, and the title as written
    /// when it is not English.
    title: Option<(String, usize, Option<String>)>,
    /// Year and month of the date line ("2018 May").
    date: Option<(u16, u32)>,
    /// The domain being read, with the line of its heading.
    domain: Option<(Domain, usize)>,
    category: Option<Category>,
    /// Domains read so far, with their heading lines.
    seen: Vec<(Domain, usize)>,
    /// The previous line was (part of) a finding: a plain line after it continues it.
    in_bullet: bool,
    /// A bullet before any category line was reported in the current domain.
    uncategorised: bool,
    /// The language of the first domain heading read.
    language: Option<Language>,
    /// The language of the title line, for messages before any heading.
    title_language: Option<Language>,
    /// `--language`, when given.
    declared: Option<Language>,
}

impl Reader<'_> {
    /// The wording messages use: the text's own language as far as it is known yet.
    fn wording(&self) -> &'static wording::Wording {
        wording::of(
            self.language
                .or(self.title_language)
                .or(self.declared)
                .unwrap_or_default(),
        )
    }

    fn error(&mut self, line: usize, message: String) {
        self.problems.push(Problem {
            file: self.origin.to_string(),
            line: (line > 0).then_some(line),
            column: None,
            severity: Severity::Error,
            message,
        });
    }

    fn line(&mut self, n: usize, raw: &str) {
        let line = raw.trim();
        let lower = fold(line);
        if line.is_empty() {
            self.in_bullet = false;
            return;
        }
        if let Some((language, at, end)) = title_at(&lower) {
            self.title_language.get_or_insert(language);
            // The title can end the page on the same line as other text.
            let name = line[byte_at(line, &lower, end)..].trim();
            let written = (language != Language::En)
                .then(|| line[byte_at(line, &lower, at)..].trim().to_string());
            self.title = Some((name.to_string(), n, written));
            self.in_bullet = false;
            return;
        }
        if let Some(date) = date_line(&lower) {
            self.date = Some(date);
            self.in_bullet = false;
            return;
        }
        if let Some(heading) = wording::heading(&lower) {
            self.end_of_domain(n);
            self.in_bullet = false;
            let found = heading.wordings.iter().find_map(|w| {
                headings::domain(w, heading.name, heading.number).map(|d| (d, w.language))
            });
            match found {
                Some((domain, language)) => {
                    self.language.get_or_insert(language);
                    if let Some((_, first)) = self.seen.iter().find(|(d, _)| *d == domain) {
                        let first = *first;
                        self.error(
                            n,
                            format!(
                                "domain `{}` appears twice (first on line {first})",
                                domain.key()
                            ),
                        );
                    }
                    self.seen.push((domain, n));
                    self.domain = Some((domain, n));
                }
                None => {
                    let word = heading
                        .wordings
                        .first()
                        .map_or("domain", |w| w.heading_shown);
                    self.error(n, format!("unrecognised domain heading {line:?}: its name matches none of the six MGI domains (a heading reads \"{word} N. <the domain's name>\")"));
                    self.domain = None;
                }
            }
            self.category = None;
            self.uncategorised = false;
            return;
        }
        let bullet = line.starts_with(is_bullet);
        if self.seen.is_empty() {
            // The preamble ("About the Migration Governance Indicators", the introduction) has
            // no findings; a bullet there is one the reader cannot place.
            if bullet {
                let word = self.wording().heading_shown;
                self.error(
                    n,
                    format!("a bullet outside any domain (before the first \"{word}\" heading)"),
                );
            }
            return;
        }
        if let Some(category) = self.category_line(&lower) {
            self.category = Some(category);
            self.in_bullet = false;
            return;
        }
        if wording::ALL
            .iter()
            .any(|w| w.key_findings.contains(&lower.as_str()))
        {
            self.in_bullet = false;
            return;
        }
        if bullet {
            let text = line.trim_start_matches(is_bullet).trim();
            let Some((domain, _)) = self.domain else {
                // After an unrecognised heading, which is already an error.
                return;
            };
            let Some(category) = self.category else {
                if std::mem::replace(&mut self.uncategorised, true) {
                    return; // Said for the domain's first bullet already.
                }
                let [well, further] = self.wording().categories_shown;
                self.error(
                    n,
                    format!(
                        "a bullet in domain `{}` before any category line (\"{well}\" or \"{further}\")",
                        domain.key()
                    ),
                );
                return;
            };
            // Zero-width characters print as nothing: a bullet of them is empty.
            let invisible = |c: char| {
                c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
            };
            if text.trim_matches(invisible).is_empty() {
                self.error(n, "an empty bullet".into());
                return;
            }
            self.findings.push((domain, category, text.to_string()));
            self.lines.push(n);
            self.in_bullet = true;
            return;
        }
        if self.in_bullet {
            if let (Some(last), Some(&start)) = (self.findings.last_mut(), self.lines.last()) {
                last.2.push(' ');
                last.2.push_str(line);
                self.warnings.push(Problem {
                    file: self.origin.to_string(),
                    line: Some(n),
                    column: None,
                    severity: Severity::Warning,
                    message: format!(
                        "line {n} is joined to the finding of line {start}, as a wrapped line: if it is a finding of its own, give it a bullet"
                    ),
                });
                return;
            }
        }
        self.error(
            n,
            format!("a line that is not a heading, a category line or a bullet: {line:?}"),
        );
    }

    /// The same finding twice (after normalisation) is an error at its second line.
    fn repeated_findings(&mut self) {
        let mut first: std::collections::HashMap<String, usize> = Default::default();
        let repeats: Vec<(usize, usize)> = self
            .findings
            .iter()
            .zip(&self.lines)
            .filter_map(|(f, &line)| {
                let key = crate::text::normalize(&f.2);
                match first.get(&key) {
                    Some(&at) => Some((line, at)),
                    None => {
                        first.insert(key, line);
                        None
                    }
                }
            })
            .collect();
        for (line, at) in repeats {
            self.error(
                line,
                format!("the same finding twice: this bullet repeats line {at}"),
            );
        }
    }

    /// Checks the domain being closed at line `n` had a category line.
    fn end_of_domain(&mut self, n: usize) {
        if let Some((domain, at)) = self.domain {
            if self.category.is_none() {
                self.error(
                    at,
                    format!(
                        "domain `{}` (lines {at} to {n}) has no category line",
                        domain.key()
                    ),
                );
            }
        }
    }

    /// The profile's metadata (no findings yet), from the text and the overrides.
    fn metadata(&mut self, o: &Overrides) -> Option<Profile> {
        let (title_name, title_line, written) = match self.title.clone() {
            Some(t) => (Some(t.0), t.1, t.2),
            None => (None, 0, None),
        };
        // "City of Almaty (Kazakhstan)" or "Almaty, Kazakhstan" name a city.
        let parsed = title_name.as_deref().map(parse_title_name);
        let city = o
            .city
            .clone()
            .or(parsed.as_ref().and_then(|p| p.city.clone()));
        let official = parsed.as_ref().and_then(|p| p.country.clone());
        let country = o
            .country
            .clone()
            .or(official.as_deref().map(short_country_name));
        let Some(country) = country else {
            let why = if title_name.is_some() {
                "the title names no country"
            } else {
                "there is no \"Migration Governance Profile: …\" title line"
            };
            self.error(title_line, format!("{why}; give it with --country"));
            return None;
        };
        let iso3 = match o.iso3.clone() {
            Some(code) => code.to_uppercase(),
            None => {
                match crate::profile::iso::iso3_of(&country)
                    .or_else(|| official.as_deref().and_then(crate::profile::iso::iso3_of))
                {
                    Some(code) => code,
                    None => {
                        self.error(title_line, format!("no ISO 3166 country is called {country:?}; give its code with --iso3"));
                        return None;
                    }
                }
            }
        };
        let year = match o.year.or(self.date.map(|d| d.0)) {
            Some(y) => y,
            None => {
                self.error(
                    0,
                    "no date line (like \"2018 May\"); give the year with --year".into(),
                );
                return None;
            }
        };
        // The month of the date line, when it is the year's.
        let published = self
            .date
            .filter(|d| d.0 == year)
            .and_then(|(y, m)| NaiveDate::from_ymd_opt(i32::from(y), m, 1));
        let name = official.filter(|n| *n != country);
        Some(Profile {
            origin: self.origin.to_string(),
            level: if city.is_some() {
                Level::Local
            } else {
                Level::National
            },
            title: written.or(title_name.map(|n| format!("Migration Governance Profile: {n}"))),
            country,
            name,
            iso3,
            city,
            year,
            published,
            source: o.source.clone(),
            provenance: o.provenance.unwrap_or_default(),
            notes: None,
            language: o.language.or(self.language).unwrap_or_default(),
            findings: Vec::new(),
        })
    }
}

/// A line lowercased, with typographic quotes and dashes as ASCII and each letter's
/// diacritics left out (é as e, ё as е; й stays), one character for one: for recognising headings,
/// never for a finding's text.
fn fold(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{2013}' | '\u{2014}' => '-',
            // й is a letter of its own, not и with a mark.
            c if c.is_ascii() || c == 'й' || c == 'Й' => c,
            c => {
                let mut parts = std::iter::once(c).nfd();
                let base = parts.next().unwrap_or(c);
                match parts.all(unicode_normalization::char::is_combining_mark) {
                    true => base,
                    false => c,
                }
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The byte offset in `line` of the character at byte `at` of its folded form.
fn byte_at(line: &str, folded: &str, at: usize) -> usize {
    let chars = folded[..at].chars().count();
    line.char_indices()
        .nth(chars)
        .map_or(line.len(), |(i, _)| i)
}

impl Reader<'_> {
    /// The category a line names, in the text's language first, then in any.
    fn category_line(&self, lower: &str) -> Option<Category> {
        let own = wording::ALL
            .iter()
            .filter(|w| Some(w.language) == self.language);
        own.chain(wording::ALL.iter())
            .find_map(|w| headings::category(w, lower))
    }
}
