//! `show` (one profile) and `list` (the profile set) in their formats.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::Style;
use super::markdown::escape;
use super::table::{line, new_table, paint};
use crate::diff::ProfileInfo;
use crate::profile::{Category, Domain, Level, Profile, ProfileName, Provenance};

/// A profile as `show --format json` prints it.
#[derive(Debug, Serialize)]
pub(super) struct ProfileView<'a> {
    pub format_version: u32,
    pub source: &'a str,
    pub country: &'a str,
    pub name: Option<&'a str>,
    pub iso3: &'a str,
    pub level: Level,
    pub city: Option<&'a str>,
    pub year: u16,
    pub published: Option<NaiveDate>,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub provenance: Provenance,
    pub notes: Option<&'a str>,
    pub domains: Vec<DomainView<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct DomainView<'a> {
    pub key: &'static str,
    pub name: &'static str,
    pub well_developed: Vec<FindingView<'a>>,
    pub further_development: Vec<FindingView<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct FindingView<'a> {
    pub id: Option<&'a str>,
    pub text: &'a str,
}

impl<'a> ProfileView<'a> {
    pub(super) fn of(p: &'a Profile) -> ProfileView<'a> {
        let list = |d, c| {
            p.findings_in(d, c)
                .map(|f| FindingView {
                    id: f.id.as_deref(),
                    text: &f.text,
                })
                .collect()
        };
        ProfileView {
            format_version: 1,
            source: &p.origin,
            country: &p.country,
            name: p.name.as_deref(),
            iso3: &p.iso3,
            level: p.level,
            city: p.city.as_deref(),
            year: p.year,
            published: p.published,
            title: p.title.as_deref(),
            url: p.source.as_deref(),
            provenance: p.provenance,
            notes: p.notes.as_deref(),
            domains: Domain::ALL
                .into_iter()
                .map(|d| DomainView {
                    key: d.key(),
                    name: d.name(),
                    well_developed: list(d, Category::WellDeveloped),
                    further_development: list(d, Category::FurtherDevelopment),
                })
                .collect(),
        }
    }
}

fn title(p: &Profile) -> String {
    p.title.clone().unwrap_or_else(|| {
        format!(
            "Migration Governance Profile: {}",
            p.name.as_deref().unwrap_or(&p.place())
        )
    })
}

fn facts(p: &Profile) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        (
            "Country",
            format!("{} ({})", p.name.as_deref().unwrap_or(&p.country), p.iso3),
        ),
        ("Level", p.level.key().to_string()),
    ];
    if let Some(city) = &p.city {
        facts.push(("City", city.clone()));
    }
    facts.push(("Year", p.year.to_string()));
    if let Some(date) = p.published {
        facts.push(("Published", date.to_string()));
    }
    facts.push(("Provenance", p.provenance.key().to_string()));
    if let Some(url) = &p.source {
        facts.push(("Source", url.clone()));
    }
    facts.push(("File", p.origin.clone()));
    if let Some(notes) = &p.notes {
        facts.push(("Notes", notes.clone()));
    }
    facts
}

pub(super) fn table(p: &Profile, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let p = &*super::safe::profile(p);
    line(out, style, anstyle::Style::new().bold(), &title(p))?;
    for (name, value) in facts(p) {
        line(
            out,
            style,
            anstyle::Style::new(),
            &format!("{name}: {value}"),
        )?;
    }
    if let Some(warning) = p.provenance.warning() {
        let warn = anstyle::Style::new()
            .fg_color(Some(anstyle::AnsiColor::Yellow.into()))
            .bold();
        line(
            out,
            style,
            warn,
            &format!("WARNING: this profile is {warning}"),
        )?;
    }
    for domain in Domain::ALL {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            paint(style, anstyle::Style::new().bold(), domain.name())
        )?;
        let mut table = new_table(style.width);
        table.set_header(vec!["Category", "#", "Finding"]);
        let mut any = false;
        for category in Category::ALL {
            for f in p.findings_in(domain, category) {
                any = true;
                table.add_row(vec![
                    category.key().to_string(),
                    (f.index + 1).to_string(),
                    f.text.clone(),
                ]);
            }
        }
        if any {
            writeln!(out, "{table}")?;
        } else {
            writeln!(out, "(no findings)")?;
        }
    }
    Ok(())
}

pub(super) fn markdown(p: &Profile, out: &mut dyn Write) -> io::Result<()> {
    let p = &*super::safe::profile(p);
    writeln!(out, "# {}", escape(&title(p)))?;
    writeln!(out)?;
    if let Some(warning) = p.provenance.warning() {
        writeln!(out, "> **Warning:** this profile is {}.", escape(warning))?;
        writeln!(out)?;
    }
    for (name, value) in facts(p) {
        writeln!(out, "- **{name}:** {}", escape(&value))?;
    }
    for domain in Domain::ALL {
        writeln!(out)?;
        writeln!(out, "## {}", escape(domain.name()))?;
        for category in Category::ALL {
            writeln!(out)?;
            writeln!(out, "### {}", category.heading())?;
            writeln!(out)?;
            let mut any = false;
            for f in p.findings_in(domain, category) {
                any = true;
                writeln!(out, "- {}", escape(&f.text))?;
            }
            if !any {
                writeln!(out, "_None._")?;
            }
        }
    }
    Ok(())
}

/// `list`: one row per profile; `source` says where its file is.
pub(super) fn list_table(
    rows: &[ProfileInfo],
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows = &super::safe::infos(rows);
    if rows.is_empty() {
        return writeln!(out, "No profiles.");
    }
    // Country and city are in the reference; the table keeps what it does not say.
    let mut table = new_table(style.width);
    table.set_header(vec![
        "Profile",
        "ISO3",
        "Level",
        "Year",
        "Provenance",
        "Where from",
    ]);
    for r in rows {
        let place = r.place();
        let reference = ProfileName::new(&r.country, r.city.as_deref(), r.year).reference();
        table.add_row(vec![
            format!("{reference}\n{place}"),
            r.iso3.clone(),
            r.level.key().to_string(),
            r.year.to_string(),
            r.provenance.key().to_string(),
            r.origin.clone(),
        ]);
    }
    writeln!(out, "{table}")
}
