//! Writing a profile as format-1 TOML: pretty and stable (metadata, then the domains in their
//! fixed order, one finding a line), as `import` and the benchmarks' generator need.

use std::fmt::Write as _;

use chrono::Datelike;

use super::model::{Category, Domain, Level, Profile};

/// Writes `p` as a format-1 TOML profile, as `import` does: metadata, then the domains in
/// their fixed order, one finding a line. Loading the text gives `p` back.
pub fn to_toml(p: &Profile) -> String {
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::from("format = 1\n\n[profile]\n");
    let mut field = |key: &str, value: String| {
        let _ = writeln!(out, "{key} = {value}");
    };
    field("country", q(&p.country));
    if let Some(name) = &p.name {
        field("name", q(name));
    }
    field("iso3", q(&p.iso3));
    field("level", q(p.level.key()));
    if let (Level::Local, Some(city)) = (p.level, &p.city) {
        field("city", q(city));
    }
    field("year", p.year.to_string());
    if let Some(date) = p.published {
        field(
            "published",
            format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        );
    }
    for (key, value) in [("title", &p.title), ("source", &p.source)] {
        if let Some(value) = value {
            field(key, q(value));
        }
    }
    field("provenance", q(p.provenance.key()));
    if p.language != crate::profile::Language::En {
        field("language", q(p.language.key()));
    }
    if let Some(notes) = &p.notes {
        field("notes", q(notes));
    }
    for domain in Domain::ALL {
        if !p.findings.iter().any(|f| f.domain == domain) {
            continue;
        }
        let _ = writeln!(out, "\n[domains.{}]", domain.key());
        for category in Category::ALL {
            let mut findings = p.findings_in(domain, category).peekable();
            if findings.peek().is_none() {
                continue;
            }
            let _ = writeln!(out, "{} = [", category.key());
            for f in findings {
                match &f.id {
                    Some(id) => {
                        let _ = writeln!(out, "  {{ id = {}, text = {} }},", q(id), q(&f.text));
                    }
                    None => {
                        let _ = writeln!(out, "  {},", q(&f.text));
                    }
                }
            }
            let _ = writeln!(out, "]");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Provenance, load_str};

    #[test]
    fn what_is_written_loads_back_the_same() {
        let mut p = Profile::new("memory", "Testland", "ATA", 2020).with_findings([
            (
                Domain::WellBeing,
                Category::WellDeveloped,
                "A \"quoted\" finding.".to_string(),
            ),
            (
                Domain::MigrantsRights,
                Category::FurtherDevelopment,
                "A gap’s text.".to_string(),
            ),
        ]);
        p.findings[0].id = Some("gap-1".into());
        p.provenance = Provenance::Draft;
        p.notes = Some("Line one.\nLine two.".into());
        let loaded = load_str("memory", &to_toml(&p));
        let mut back = loaded.profile.expect("valid");
        for f in &mut back.findings {
            f.line = 0;
        }
        assert_eq!(back, p);
    }
}
