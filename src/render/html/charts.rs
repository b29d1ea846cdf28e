//! The report's two SVG charts: findings per domain in each round, and statuses per domain.
//! Every bar has its number written beside or in it, and a title for a tooltip.

use std::fmt::Write as _;

use super::super::html_escape as escape;
use super::super::say;
use super::super::view::DiffView;
use crate::diff::{Status, Summary};
use crate::languages::{Language, tr};

/// How a chart is drawn: wide, with the domain names left of the bars, or narrow, for a phone,
/// with each name above its bars. A page carries both and its style shows one: drawn 760 units
/// wide, a chart on a 360 px screen would print its 13-unit text 5 px high.
struct Layout {
    /// Width of the drawing, in its own units (the page scales it).
    width: f64,
    /// Where bars start.
    bars_at: f64,
    /// Whether names sit above the bars (else left of them).
    names_above: bool,
    /// The class of the `svg` element beside the chart's own, and the suffix of its ids.
    variant: &'static str,
}

const WIDE: Layout = Layout {
    width: 760.0,
    bars_at: 320.0,
    names_above: false,
    variant: "",
};

const NARROW: Layout = Layout {
    width: 360.0,
    bars_at: 44.0,
    names_above: true,
    variant: "narrow",
};

/// Findings per domain: well-developed and further-development counts, old and new round.
pub(super) fn findings(page: &mut String, report: &DiffView) {
    let _ = writeln!(page, "<figure class=\"chart\">");
    for layout in [&WIDE, &NARROW] {
        findings_drawn(page, report, layout);
    }
    let _ = writeln!(
        page,
        "<figcaption>{}</figcaption>\n</figure>",
        tr!(report.lang, "chart-findings-caption")
    );
}

/// The `svg` element's opening: its class, size and title.
fn open_svg(page: &mut String, chart: &str, layout: &Layout, height: f64, title: &str) {
    let (class, id) = match layout.variant {
        "" => (
            chart.to_string(),
            format!("{}-title", &chart[..chart.len() - 6]),
        ),
        v => (
            format!("{chart} {v}"),
            format!("{}-title-{v}", &chart[..chart.len() - 6]),
        ),
    };
    let _ = writeln!(
        page,
        "<svg class=\"{class}\" role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"{id}\">{title}</title>",
        layout.width
    );
}

fn findings_drawn(page: &mut String, report: &DiffView, layout: &Layout) {
    let row_height = 22.0;
    let name_height = if layout.names_above { 20.0 } else { 0.0 };
    let lang = report.lang;
    let legend_of = |c: &str| escape(&tr!(lang, "chart-findings-legend", category = c));
    let labels = [
        legend_of("well-developed"),
        legend_of("further-development"),
    ];
    let items = [
        ("well-developed", labels[0].as_str()),
        ("further-development", labels[1].as_str()),
    ];
    let mut body = String::new();
    let top = legend(&mut body, &items, layout) + 32.0;
    let widest = report
        .domains
        .iter()
        .flat_map(|d| [d.old_findings, d.new_findings])
        .map(|c| c.well_developed + c.further_development)
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = (layout.width - layout.bars_at - 40.0) / widest as f64;
    let (old_year, new_year) = report.years;
    let mut y = top;
    for d in &report.domains {
        let _ = writeln!(
            body,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + if layout.names_above { 13.0 } else { row_height },
            escape(&d.name)
        );
        y += name_height;
        for (year, counts) in [(old_year, d.old_findings), (new_year, d.new_findings)] {
            let _ = write!(
                body,
                "<text class=\"year\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{year}</text>",
                layout.bars_at - 6.0,
                y + 13.0
            );
            let mut x = layout.bars_at;
            for (class, n) in [
                ("well-developed", counts.well_developed),
                ("further-development", counts.further_development),
            ] {
                let w = n as f64 * unit;
                let title = escape(&tr!(
                    lang,
                    "chart-findings-segment",
                    year = year,
                    n = n,
                    category = class
                ));
                segment(&mut body, class, &title, (x, y, w), (n > 0).then_some(n));
                x += w;
            }
            let _ = writeln!(
                body,
                "<text class=\"count\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                x + 6.0,
                y + 13.0,
                counts.well_developed + counts.further_development
            );
            y += row_height;
        }
        y += 12.0;
    }
    let title = escape(&tr!(
        lang,
        "chart-findings-title",
        old = old_year,
        new = new_year
    ));
    open_svg(page, "findings-chart", layout, y + 10.0, &title);
    page.push_str(&body);
    let _ = writeln!(page, "</svg>");
}

/// What happened to the findings of each domain, by status.
pub(super) fn statuses(page: &mut String, report: &DiffView) {
    let _ = writeln!(page, "<figure class=\"chart\">");
    for layout in [&WIDE, &NARROW] {
        statuses_drawn(page, report, layout);
    }
    let _ = writeln!(
        page,
        "<figcaption>{}</figcaption>\n</figure>",
        tr!(report.lang, "chart-statuses-caption")
    );
}

fn statuses_drawn(page: &mut String, report: &DiffView, layout: &Layout) {
    // Names above the bars leave the bars the whole width.
    let (bars_at, bar_width) = match layout.names_above {
        true => (0.0, layout.width),
        false => (layout.bars_at, layout.width - layout.bars_at),
    };
    let mut body = String::new();
    let lang = report.lang;
    let labels: Vec<String> = (Status::ALL.iter())
        .map(|&s| escape(&say::status(lang, s)))
        .collect();
    let items: Vec<(&str, &str)> = (Status::ALL.iter().zip(&labels))
        .map(|(s, l)| (s.key(), l.as_str()))
        .collect();
    // The wide drawing keeps its first bar where it was (62 units down); the narrow one needs
    // no more room under its legend than the findings chart has.
    let gap = if layout.names_above { 32.0 } else { 54.0 };
    let mut y = legend(&mut body, &items, layout) + gap;
    let all = tr!(lang, "all-domains");
    let rows = report
        .domains
        .iter()
        .map(|d| (d.name.as_str(), &d.summary))
        .chain(std::iter::once((all.as_str(), &report.total)));
    for (name, summary) in rows {
        let total = summary.total().max(1) as f64;
        let _ = writeln!(
            body,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + 13.0,
            escape(name)
        );
        if layout.names_above {
            y += 18.0;
        }
        let mut x = bars_at;
        for status in Status::ALL {
            let n = summary.count(status);
            if n == 0 {
                continue;
            }
            let w = n as f64 / total * bar_width;
            let title = escape(&say::status_count(lang, status, n));
            // A number in a segment too narrow for it would spill over its neighbour.
            segment(
                &mut body,
                status.key(),
                &title,
                (x, y, w),
                (w >= 14.0).then_some(n),
            );
            x += w;
        }
        // The counts in words, on as many lines as the drawing's width needs (7 units a
        // character at 13 units high).
        let per_line = (layout.width / 7.0) as usize;
        let lines = lines_of(&describe(summary, lang), per_line);
        let _ = writeln!(body);
        for (i, line) in lines.iter().enumerate() {
            let _ = writeln!(
                body,
                "<text class=\"count\" x=\"0\" y=\"{:.1}\">{}</text>",
                y + 31.0 + 16.0 * i as f64,
                escape(line)
            );
        }
        y += 40.0 + 16.0 * (lines.len().max(1) - 1) as f64;
    }
    let title = escape(&tr!(lang, "chart-statuses-title"));
    open_svg(page, "status-chart", layout, y + 4.0, &title);
    page.push_str(&body);
    let _ = writeln!(page, "</svg>");
}

/// `text` cut after commas into lines of at most `width` characters (a longer part is a line
/// of its own).
fn lines_of(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in text.split_inclusive(", ") {
        match lines.last_mut() {
            Some(line) if line.chars().count() + part.trim_end().chars().count() <= width => {
                line.push_str(part)
            }
            _ => lines.push(part.to_string()),
        }
    }
    lines.iter().map(|l| l.trim_end().to_string()).collect()
}

/// One segment of a bar, with its tooltip title and, when given, its number written in it.
fn segment(
    page: &mut String,
    class: &str,
    title: &str,
    (x, y, w): (f64, f64, f64),
    label: Option<usize>,
) {
    let _ = write!(
        page,
        "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"16\"><title>{title}</title></rect>"
    );
    if let Some(n) = label {
        let _ = write!(
            page,
            "<text class=\"in-bar\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{n}</text>",
            x + w / 2.0,
            y + 12.5
        );
    }
}

/// `26 unchanged, 4 reworded, 1 added`.
fn describe(summary: &Summary, lang: Language) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|&&s| summary.count(s) > 0)
        .map(|&s| say::status_count(lang, s, summary.count(s)))
        .collect();
    if parts.is_empty() {
        tr!(lang, "no-findings")
    } else {
        parts.join(", ")
    }
}

/// A legend of swatches, each with its name written out, in as many lines as `layout`'s width
/// needs; returns where its last line starts.
fn legend(page: &mut String, items: &[(&str, &str)], layout: &Layout) -> f64 {
    let mut x = 0.0;
    let mut y = 8.0;
    for (class, label) in items {
        let width = 22.0 + 7.0 * label.chars().count() as f64;
        if x + width > layout.width {
            x = 0.0;
            y += 20.0;
        }
        let _ = writeln!(
            page,
            "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\"/><text class=\"legend\" x=\"{:.1}\" y=\"{:.1}\">{label}</text>",
            x + 16.0,
            y + 10.5
        );
        x += width + 12.0;
    }
    y
}
