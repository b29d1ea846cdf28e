//! `show` (one profile) and `list` (the profile set) in their formats.

use std::io::{self, Write};

use serde::Serialize;

use super::Style;
use super::markdown::escape;
use super::table::{line, new_table, paint};
use crate::diff::ProfileInfo;
use crate::profile::format::ProfileFile;
use crate::profile::{Category, Domain, Profile};

/// A profile as `show --format json` prints it: where it was read from, then what its file
/// holds, with the file's keys.
#[derive(Debug, Serialize)]
pub(super) struct ProfileView<'a> {
    origin: &'a str,
    #[serde(flatten)]
    file: ProfileFile<'a>,
}

impl<'a> ProfileView<'a> {
    pub(super) fn of(p: &'a Profile) -> ProfileView<'a> {
        ProfileView {
            origin: &p.origin,
            file: ProfileFile::of(p),
        }
    }
}

/// The profile's title as published, else one made from its name.
pub(super) fn title(p: &Profile) -> String {
    p.title.clone().unwrap_or_else(|| {
        format!(
            "Migration Governance Profile: {}",
            p.name.as_deref().unwrap_or(&p.place())
        )
    })
}

/// What `show` says about a profile besides its findings, as (label, value).
pub(super) fn facts(p: &Profile) -> Vec<(&'static str, String)> {
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
    facts.push((
        "Language",
        format!("{} ({})", p.language.name(), p.language.key()),
    ));
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
    // Aligned columns, one profile a line, never wrapped: a reference or a path cut in the
    // middle could not be copied, and `grep` finds a whole line.
    let header = [
        "PROFILE",
        "PLACE",
        "ISO3",
        "LEVEL",
        "LANG",
        "PROVENANCE",
        "WHERE FROM",
    ];
    let cells: Vec<[String; 7]> = rows
        .iter()
        .map(|r| {
            [
                r.reference.clone(),
                r.place(),
                r.iso3.clone(),
                r.level.key().to_string(),
                r.language.key().to_string(),
                r.provenance.key().to_string(),
                r.origin.clone(),
            ]
        })
        .collect();
    let mut widths = header.map(super::display_width);
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(super::display_width(cell));
        }
    }
    let line = |cells: [&str; 7]| {
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let pad = width - super::display_width(cell);
                text.push_str(&format!("{cell}{}  ", " ".repeat(pad)));
            }
        }
        text
    };
    writeln!(
        out,
        "{}",
        paint(style, anstyle::Style::new().bold(), &line(header))
    )?;
    for row in &cells {
        writeln!(out, "{}", line(row.each_ref().map(String::as_str)))?;
    }
    Ok(())
}
