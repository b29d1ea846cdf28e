//! `show` (one profile) and `list` (the profile set) in their formats.

use std::io::{self, Write};

use serde::Serialize;

use super::Style;
use super::markdown::escape;
use super::table::{line, new_table, paint};
use crate::diff::ProfileInfo;
use crate::languages::{Language, tr};
use crate::profile::format::ProfileFile;
use crate::profile::{Category, Domain, Profile};

use super::say;

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
pub(super) fn title(p: &Profile, lang: Language) -> String {
    p.title.clone().unwrap_or_else(|| {
        let name = p.name.clone().unwrap_or_else(|| p.place());
        tr!(lang, "profile-title", name = name)
    })
}

/// What `show` says about a profile besides its findings, as (key, label, value); the key
/// is the English label (`File`), which the site's page leaves out.
pub(super) fn facts(p: &Profile, lang: Language) -> Vec<(&'static str, String, String)> {
    let mut facts = vec![
        (
            "Country",
            format!("{} ({})", p.name.as_deref().unwrap_or(&p.country), p.iso3),
        ),
        ("Level", tr!(lang, "level", level = p.level.key())),
    ];
    if let Some(city) = &p.city {
        facts.push(("City", city.clone()));
    }
    facts.push(("Year", p.year.to_string()));
    if let Some(date) = p.published {
        facts.push(("Published", date.to_string()));
    }
    facts.push(("Provenance", say::provenance(lang, p.provenance.key())));
    let language = tr!(lang, "language-name", language = p.language.key());
    facts.push(("Language", format!("{language} ({})", p.language.key())));
    if let Some(url) = &p.source {
        facts.push(("Source", url.clone()));
    }
    facts.push(("File", p.origin.clone()));
    if let Some(notes) = &p.notes {
        facts.push(("Notes", notes.clone()));
    }
    facts
        .into_iter()
        .map(|(key, value)| (key, tr!(lang, "fact", fact = key), value))
        .collect()
}

pub(super) fn table(
    p: &Profile,
    style: &Style,
    lang: Language,
    out: &mut dyn Write,
) -> io::Result<()> {
    let p = &*super::safe::profile(p);
    line(out, style, anstyle::Style::new().bold(), &title(p, lang))?;
    for (_, name, value) in facts(p, lang) {
        line(
            out,
            style,
            anstyle::Style::new(),
            &format!("{name}: {value}"),
        )?;
    }
    if p.provenance.warning().is_some() {
        let warn = anstyle::Style::new()
            .fg_color(Some(anstyle::AnsiColor::Yellow.into()))
            .bold();
        let said = tr!(lang, "profile-warning", provenance = p.provenance.key());
        let label = tr!(lang, "table-warning-label");
        line(out, style, warn, &format!("{label} {said}"))?;
    }
    for domain in Domain::ALL {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            paint(
                style,
                anstyle::Style::new().bold(),
                &say::domain(lang, domain)
            )
        )?;
        let mut table = new_table(style.width);
        table.set_header(vec![
            tr!(lang, "column-category"),
            "#".to_string(),
            tr!(lang, "column-finding"),
        ]);
        let mut any = false;
        for category in Category::ALL {
            for f in p.findings_in(domain, category) {
                any = true;
                table.add_row(vec![
                    say::category(lang, category),
                    (f.index + 1).to_string(),
                    f.text.clone(),
                ]);
            }
        }
        if any {
            writeln!(out, "{table}")?;
        } else {
            writeln!(out, "({})", tr!(lang, "no-findings"))?;
        }
    }
    Ok(())
}

pub(super) fn markdown(p: &Profile, lang: Language, out: &mut dyn Write) -> io::Result<()> {
    let p = &*super::safe::profile(p);
    writeln!(out, "# {}", escape(&title(p, lang)))?;
    writeln!(out)?;
    if p.provenance.warning().is_some() {
        let label = tr!(lang, "warning-label");
        let said = tr!(lang, "profile-warning", provenance = p.provenance.key());
        writeln!(out, "> **{label}** {}.", escape(&said))?;
        writeln!(out)?;
    }
    for (_, name, value) in facts(p, lang) {
        writeln!(out, "- **{name}:** {}", escape(&value))?;
    }
    for domain in Domain::ALL {
        writeln!(out)?;
        writeln!(out, "## {}", escape(&say::domain(lang, domain)))?;
        for category in Category::ALL {
            writeln!(out)?;
            writeln!(out, "### {}", say::category_heading(lang, category))?;
            writeln!(out)?;
            let mut any = false;
            for f in p.findings_in(domain, category) {
                any = true;
                writeln!(out, "- {}", escape(&f.text))?;
            }
            if !any {
                writeln!(out, "_{}_", tr!(lang, "profile-none"))?;
            }
        }
    }
    Ok(())
}

/// `list`: one row per profile; `source` says where its file is.
pub(super) fn list_table(
    rows: &[ProfileInfo],
    style: &Style,
    lang: Language,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows = &super::safe::infos(rows);
    if rows.is_empty() {
        return writeln!(out, "{}", tr!(lang, "no-profiles"));
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
    ]
    .map(|column| tr!(lang, "list-column", column = column));
    let cells: Vec<[String; 7]> = rows
        .iter()
        .map(|r| {
            [
                r.reference.clone(),
                r.place(),
                r.iso3.clone(),
                tr!(lang, "level", level = r.level.key()),
                r.language.key().to_string(),
                say::provenance(lang, r.provenance.key()),
                r.origin.clone(),
            ]
        })
        .collect();
    let mut widths = header.each_ref().map(|h| super::display_width(h));
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
        paint(
            style,
            anstyle::Style::new().bold(),
            &line(header.each_ref().map(String::as_str))
        )
    )?;
    for row in &cells {
        writeln!(out, "{}", line(row.each_ref().map(String::as_str)))?;
    }
    Ok(())
}
