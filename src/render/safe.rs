//! Text read from a profile, made safe to show: control characters and bidirectional
//! overrides are written as escapes (`\u{1b}`) before a terminal or report renderer sees
//! them. JSON needs no such step: its strings escape control characters themselves.

use std::borrow::Cow;

use crate::diff::{ProfileInfo, Report, Side};
use crate::profile::Profile;
use crate::text::{first_unsafe, shown};

/// Escapes `s` in place when it holds an unsafe character; reports whether it did.
fn fix(s: &mut String) -> bool {
    if needs_fixing(s) {
        *s = shown(s).into_owned();
        true
    } else {
        false
    }
}

/// Whether [`shown`] changes `s`: an unsafe character or a line break.
fn needs_fixing(s: &str) -> bool {
    first_unsafe(s).is_some() || s.contains('\n')
}

fn fix_side(side: &mut Side) {
    fix(&mut side.text);
    if let Some(id) = &mut side.id {
        fix(id);
    }
}

/// Whether any text of the report needs escaping (most reports: none, and no copy is made).
fn needs_escaping(report: &Report) -> bool {
    let unsafe_text = needs_fixing;
    let info = |i: &crate::diff::ProfileInfo| {
        [&i.origin, &i.origin_v1, &i.country, &i.iso3]
            .into_iter()
            .any(|s| unsafe_text(s) || s.contains(['\n', '\t']))
            || i.city.as_deref().is_some_and(unsafe_text)
    };
    let side = |s: &Side| unsafe_text(&s.text) || s.id.as_deref().is_some_and(unsafe_text);
    info(&report.old)
        || info(&report.new)
        || unsafe_text(&report.summary_text)
        || report.warnings.iter().any(|w| unsafe_text(w))
        || (report.fields.iter())
            .flat_map(|f| [&f.old, &f.new])
            .flatten()
            .any(|v| unsafe_text(v) || v.contains(['\n', '\t']))
        || report.entries().any(|e| {
            [&e.old, &e.new].into_iter().flatten().any(side)
                || e.near.as_ref().is_some_and(|n| side(&n.finding))
                || e.parted.as_ref().is_some_and(|p| side(&p.finding))
                || e.evidence.as_ref().is_some_and(|ev| {
                    ev.shared_terms.iter().any(|t| unsafe_text(&t.term))
                        || ev.runner_up.as_ref().is_some_and(|r| side(&r.finding))
                })
        })
}

/// The report with every text from the profiles escaped where needed.
pub(super) fn report(report: &Report) -> Cow<'_, Report> {
    if !needs_escaping(report) {
        return Cow::Borrowed(report);
    }
    let mut safe = report.clone();
    fix(&mut safe.summary_text);
    for w in &mut safe.warnings {
        fix(w);
    }
    for info in [&mut safe.old, &mut safe.new] {
        for s in [&mut info.origin, &mut info.origin_v1] {
            *s = crate::text::escape_line(s).into_owned();
        }
        for s in [&mut info.country, &mut info.iso3] {
            fix(s);
        }
        if let Some(city) = &mut info.city {
            fix(city);
        }
    }
    // A field's value is shown on its line ("Profile field changed: title: …"): a line break
    // in it is written as an escape, not obeyed.
    for f in &mut safe.fields {
        for v in [&mut f.old, &mut f.new].into_iter().flatten() {
            *v = crate::text::escape_line(v).into_owned();
        }
    }
    for entry in safe.domains.iter_mut().flat_map(|d| &mut d.entries) {
        for side in [&mut entry.old, &mut entry.new].into_iter().flatten() {
            fix_side(side);
        }
        if let Some(near) = &mut entry.near {
            fix_side(&mut near.finding);
        }
        if let Some(parted) = &mut entry.parted {
            fix_side(&mut parted.finding);
        }
        if let Some(evidence) = &mut entry.evidence {
            for term in &mut evidence.shared_terms {
                fix(&mut term.term);
            }
            if let Some(r) = &mut evidence.runner_up {
                fix_side(&mut r.finding);
            }
        }
    }
    Cow::Owned(safe)
}

/// The profile with every text escaped where needed.
pub(super) fn profile(p: &Profile) -> Cow<'_, Profile> {
    let mut safe = p.clone();
    let mut changed = false;
    for s in [&mut safe.origin, &mut safe.country, &mut safe.iso3] {
        changed |= fix(s);
    }
    for s in [
        &mut safe.name,
        &mut safe.city,
        &mut safe.title,
        &mut safe.source,
        &mut safe.notes,
    ]
    .into_iter()
    .flatten()
    {
        changed |= fix(s);
    }
    for f in &mut safe.findings {
        changed |= fix(&mut f.text);
        if let Some(id) = &mut f.id {
            changed |= fix(id);
        }
    }
    if changed {
        Cow::Owned(safe)
    } else {
        Cow::Borrowed(p)
    }
}

/// A history with every text from the profiles escaped where needed.
pub(super) fn history(h: &crate::history::History) -> crate::history::History {
    let mut safe = h.clone();
    fix(&mut safe.place);
    fix(&mut safe.summary_text);
    for w in &mut safe.warnings {
        fix(w);
    }
    for r in &mut safe.rounds {
        r.origin = crate::text::escape_line(&r.origin).into_owned();
        r.reference = crate::text::escape_line(&r.reference).into_owned();
    }
    for cell in safe
        .domains
        .iter_mut()
        .flat_map(|d| &mut d.lines)
        .flat_map(|l| &mut l.cells)
        .flatten()
    {
        fix(&mut cell.text);
        if let Some(id) = &mut cell.id {
            fix(id);
        }
    }
    safe
}

/// A text read from a profile, escaped and on one line where needed.
pub(super) fn text(s: &str) -> Cow<'_, str> {
    shown(s)
}

/// A path or revision, on one line whatever it holds.
pub(super) fn path(s: &str) -> Cow<'_, str> {
    crate::text::escape_line(s)
}

/// Rows of `list`, escaped where needed.
pub(super) fn infos(rows: &[ProfileInfo]) -> Vec<ProfileInfo> {
    let mut rows = rows.to_vec();
    for r in &mut rows {
        for s in [&mut r.origin, &mut r.origin_v1] {
            *s = crate::text::escape_line(s).into_owned();
        }
        for s in [&mut r.country, &mut r.iso3] {
            fix(s);
        }
        if let Some(city) = &mut r.city {
            fix(city);
        }
    }
    rows
}
