//! `import`: turn the text of a published MGI profile (copied from the web page or the PDF)
//! into a format-1 profile.
//!
//! Published pages are inconsistent, so the reader goes by meaning rather than by layout: a
//! domain heading is recognised by its name, not its number (the Kazakhstan 2018 page calls
//! the fourth domain "Domain 3"); capitals, bullets (`•`, `-`, `*`, `●`), Windows line endings,
//! blank lines and stray spaces do not matter; a finding wrapped over two lines is joined.
//! Whatever cannot be understood is an error with its line number, never dropped.

use chrono::NaiveDate;

use crate::profile::{Category, Domain, Level, Problem, Profile, Provenance, Severity};
use crate::text::is_bullet;

/// What the command line says, overriding or completing what the text says.
#[derive(Debug, Clone, Default)]
pub(crate) struct Overrides {
    pub country: Option<String>,
    pub iso3: Option<String>,
    pub year: Option<u16>,
    pub city: Option<String>,
    pub source: Option<String>,
    pub provenance: Option<Provenance>,
}

/// Reads published profile text; `origin` names it in errors. On success, the profile and the
/// warnings (lines joined to the bullet above them); a profile is returned only if `check`
/// would accept it.
pub(crate) fn import(
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
    };
    for (i, raw) in text.lines().enumerate() {
        reader.line(i + 1, raw.trim_end_matches('\r'));
    }
    reader.end_of_domain(text.lines().count());
    if reader.seen.is_empty() {
        reader.error(
            0,
            "no domain heading (\"Domain 1. …\") found: is this the text of an MGI profile?".into(),
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
    /// The name in "Migration Governance Profile: NAME", and its line.
    title: Option<(String, usize)>,
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
}

const TITLE: &str = "migration governance profile:";

impl Reader<'_> {
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
        if let Some(at) = lower.find(TITLE) {
            // The title can end the page on the same line as other text.
            let name = line[byte_at(line, &lower, at + TITLE.len())..].trim();
            self.title = Some((name.to_string(), n));
            self.in_bullet = false;
            return;
        }
        if let Some(date) = date_line(&lower) {
            self.date = Some(date);
            self.in_bullet = false;
            return;
        }
        if let Some(rest) = domain_heading(&lower) {
            self.end_of_domain(n);
            self.in_bullet = false;
            match domain_by_name(rest) {
                Some(domain) => {
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
                    self.error(n, format!("unrecognised domain heading {line:?}: its name matches none of the six MGI domains"));
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
                self.error(
                    n,
                    "a bullet outside any domain (before the first \"Domain\" heading)".into(),
                );
            }
            return;
        }
        if let Some(category) = category_line(&lower) {
            self.category = Some(category);
            self.in_bullet = false;
            return;
        }
        if lower == "key findings" {
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
                self.error(
                    n,
                    format!(
                        "a bullet in domain `{}` before any category line (\"examples of well-developed areas\" or \"areas with potential for further development\")",
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
        let (title_name, title_line) = match self.title.clone() {
            Some(t) => (Some(t.0), t.1),
            None => (None, 0),
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
            title: title_name.map(|n| format!("Migration Governance Profile: {n}")),
            country,
            name,
            iso3,
            city,
            year,
            published,
            source: o.source.clone(),
            provenance: o.provenance.unwrap_or_default(),
            notes: None,
            findings: Vec::new(),
        })
    }
}

/// Lowercase, with curly quotes and dashes folded, for recognising headings.
fn fold(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
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

/// "domain 3: well-being of migrants" → "well-being of migrants".
fn domain_heading(lower: &str) -> Option<&str> {
    let rest = lower.strip_prefix("domain")?.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let rest = rest[digits..].trim_start();
    let rest = rest.strip_prefix(['.', ':', '-']).unwrap_or(rest);
    Some(rest.trim())
}

/// The domain a heading names, by the words of its name.
fn domain_by_name(name: &str) -> Option<Domain> {
    let has = |w: &str| name.contains(w);
    let found = [
        (
            Domain::MigrantsRights,
            has("migrants' rights") || has("migrant rights") || has("international standards"),
        ),
        (
            Domain::WholeOfGovernment,
            has("whole of government") || has("whole-of-government"),
        ),
        (Domain::Partnerships, has("partnership")),
        (
            Domain::WellBeing,
            has("well-being") || has("wellbeing") || has("well being"),
        ),
        (Domain::MobilityCrises, has("crises") || has("crisis")),
        (Domain::SafeOrderlyRegular, has("orderly")),
    ];
    let mut matches = found.iter().filter(|(_, m)| *m).map(|(d, _)| *d);
    match (matches.next(), matches.next()) {
        (Some(d), None) => Some(d),
        _ => None,
    }
}

fn category_line(lower: &str) -> Option<Category> {
    if lower.contains("well-developed areas") || lower.contains("well developed areas") {
        Some(Category::WellDeveloped)
    } else if lower.contains("potential for further development") {
        Some(Category::FurtherDevelopment)
    } else {
        None
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "2018 may" or "may 2018" → (2018, 5).
fn date_line(lower: &str) -> Option<(u16, u32)> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (year, month) = match words[..] {
        [a, b] if a.chars().all(|c| c.is_ascii_digit()) => (a, b),
        [a, b] if b.chars().all(|c| c.is_ascii_digit()) => (b, a),
        _ => return None,
    };
    let year: u16 = year.parse().ok().filter(|y| (2015..=2100).contains(y))?;
    let month = MONTHS.iter().position(|m| *m == month)? as u32 + 1;
    Some((year, month))
}

struct TitleName {
    country: Option<String>,
    city: Option<String>,
}

/// "Republic of Kazakhstan", "City of Almaty (Kazakhstan)", "Almaty, Kazakhstan".
fn parse_title_name(name: &str) -> TitleName {
    let name = name.trim().trim_end_matches('.');
    let (main, paren) = match (name.find('('), name.rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            (name[..open].trim(), Some(name[open + 1..close].trim()))
        }
        _ => (name, None),
    };
    let city_of = ["city of ", "the city of ", "municipality of "]
        .iter()
        .find_map(|p| {
            main.to_lowercase()
                .starts_with(p)
                .then(|| main[p.len()..].trim().to_string())
        });
    if let Some(city) = city_of {
        return TitleName {
            country: paren.map(str::to_string),
            city: Some(city),
        };
    }
    if let Some((city, country)) = main.split_once(',') {
        return TitleName {
            country: Some(country.trim().to_string()),
            city: Some(city.trim().to_string()),
        };
    }
    TitleName {
        country: Some(main.to_string()),
        city: None,
    }
}

/// "Republic of Kazakhstan" → "Kazakhstan": the short name used in profile paths and reports.
fn short_country_name(official: &str) -> String {
    let mut name = official.trim();
    for prefix in [
        "the ",
        "republic of ",
        "the republic of ",
        "kingdom of ",
        "state of ",
    ] {
        if name.to_lowercase().starts_with(prefix) && name.len() > prefix.len() {
            name = name[prefix.len()..].trim();
        }
    }
    // Only when the rest is itself a country's name.
    if crate::profile::iso::iso3_of(name).is_some() {
        name.to_string()
    } else {
        official.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_read_by_name_not_number() {
        assert_eq!(
            domain_heading("domain 3: well-being of migrants"),
            Some("well-being of migrants")
        );
        assert_eq!(
            domain_heading("domain 1. adherence to international standards"),
            Some("adherence to international standards")
        );
        assert_eq!(domain_heading("domains of the mgi"), None);
        assert_eq!(
            domain_by_name("well-being of migrants"),
            Some(Domain::WellBeing)
        );
        assert_eq!(
            domain_by_name("safe, orderly and regular migration"),
            Some(Domain::SafeOrderlyRegular)
        );
        assert_eq!(domain_by_name("cooking"), None);
    }

    #[test]
    fn dates_and_titles() {
        assert_eq!(date_line("2018 may"), Some((2018, 5)));
        assert_eq!(date_line("may 2018"), Some((2018, 5)));
        assert_eq!(date_line("2018 apples"), None);
        let t = parse_title_name("City of Almaty (Republic of Kazakhstan)");
        assert_eq!(t.city.as_deref(), Some("Almaty"));
        assert_eq!(
            short_country_name(t.country.as_deref().unwrap()),
            "Kazakhstan"
        );
        assert_eq!(
            crate::profile::iso::iso3_of("Kazakhstan").as_deref(),
            Some("KAZ")
        );
        assert_eq!(
            crate::profile::iso::iso3_of("Republic of Moldova").as_deref(),
            Some("MDA")
        );
        assert_eq!(crate::profile::iso::iso3_of("Atlantis"), None);
    }
}
