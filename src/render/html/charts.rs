//! The report's two SVG charts: findings per domain in each round, and statuses per domain.
//! Every bar has its number written beside or in it, and a title for a tooltip.

use std::fmt::Write as _;

use super::super::html_escape as escape;
use super::super::view::DiffView;
use crate::diff::{Status, Summary};

/// Width of the charts' drawing, in its own units (the page scales it).
const CHART_WIDTH: f64 = 760.0;
/// Where bars start: the domain names are to their left.
const BARS_AT: f64 = 320.0;

/// Findings per domain: well-developed and further-development counts, old and new round.
pub(super) fn findings(page: &mut String, report: &DiffView) {
    let row_height = 22.0;
    let top = 40.0;
    let height = top + report.domains.len() as f64 * (2.0 * row_height + 12.0) + 10.0;
    let widest = report
        .domains
        .iter()
        .flat_map(|d| [d.old_findings, d.new_findings])
        .map(|c| c.well_developed + c.further_development)
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = (CHART_WIDTH - BARS_AT - 40.0) / widest as f64;
    let (old_year, new_year) = report.years;
    let _ = writeln!(
        page,
        "<figure class=\"chart\">\n<svg class=\"findings-chart\" role=\"img\" aria-labelledby=\"findings-title\" viewBox=\"0 0 {CHART_WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"findings-title\">Findings per domain: well-developed and further-development counts of the old ({old_year}) and the new ({new_year}) round</title>"
    );
    legend(
        page,
        &[
            ("well-developed", "well-developed (left number)"),
            ("further-development", "further development (right number)"),
        ],
    );
    let mut y = top;
    for d in &report.domains {
        let _ = writeln!(
            page,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + row_height,
            escape(d.name)
        );
        for (year, counts) in [(old_year, d.old_findings), (new_year, d.new_findings)] {
            let _ = write!(
                page,
                "<text class=\"year\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{year}</text>",
                BARS_AT - 6.0,
                y + 13.0
            );
            let mut x = BARS_AT;
            for (class, n) in [
                ("well-developed", counts.well_developed),
                ("further-development", counts.further_development),
            ] {
                let w = n as f64 * unit;
                let title = format!("{year}: {n} {}", class.replace('-', " "));
                segment(page, class, &title, (x, y, w), (n > 0).then_some(n));
                x += w;
            }
            let _ = writeln!(
                page,
                "<text class=\"count\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                x + 6.0,
                y + 13.0,
                counts.well_developed + counts.further_development
            );
            y += row_height;
        }
        y += 12.0;
    }
    let _ = writeln!(
        page,
        "</svg>\n<figcaption>Findings per domain, old and new round: well-developed, then further development, and the total</figcaption>\n</figure>"
    );
}

/// What happened to the findings of each domain, by status.
pub(super) fn statuses(page: &mut String, report: &DiffView) {
    let rows = report.domains.len() + 1;
    let row_height = 40.0;
    let top = 62.0;
    let height = top + rows as f64 * row_height + 4.0;
    let bar_width = CHART_WIDTH - BARS_AT;
    let _ = writeln!(
        page,
        "<figure class=\"chart\">\n<svg class=\"status-chart\" role=\"img\" aria-labelledby=\"status-title\" viewBox=\"0 0 {CHART_WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"status-title\">What happened to the findings of each domain, by status</title>"
    );
    let items: Vec<(&str, &str)> = Status::ALL.iter().map(|s| (s.key(), s.key())).collect();
    legend(page, &items);
    let mut y = top;
    let all = ("All domains", &report.total);
    let rows = report
        .domains
        .iter()
        .map(|d| (d.name, &d.summary))
        .chain(std::iter::once(all));
    for (name, summary) in rows {
        let total = summary.total().max(1) as f64;
        let _ = writeln!(
            page,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + 13.0,
            escape(name)
        );
        let mut x = BARS_AT;
        for status in Status::ALL {
            let n = summary.count(status);
            if n == 0 {
                continue;
            }
            let w = n as f64 / total * bar_width;
            let title = format!("{n} {status}");
            // A number in a segment too narrow for it would spill over its neighbour.
            segment(
                page,
                status.key(),
                &title,
                (x, y, w),
                (w >= 14.0).then_some(n),
            );
            x += w;
        }
        let _ = writeln!(
            page,
            "\n<text class=\"count\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + 31.0,
            escape(&describe(summary))
        );
        y += row_height;
    }
    let _ = writeln!(
        page,
        "</svg>\n<figcaption>Statuses per domain</figcaption>\n</figure>"
    );
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
fn describe(summary: &Summary) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|&&s| summary.count(s) > 0)
        .map(|&s| format!("{} {s}", summary.count(s)))
        .collect();
    if parts.is_empty() {
        "no findings".into()
    } else {
        parts.join(", ")
    }
}

/// A legend of swatches, each with its name written out.
fn legend(page: &mut String, items: &[(&str, &str)]) {
    let mut x = 0.0;
    let mut y = 8.0;
    for (class, label) in items {
        let width = 22.0 + 7.0 * label.chars().count() as f64;
        if x + width > CHART_WIDTH {
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
}
