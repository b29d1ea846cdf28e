//! What the terminal reports are drawn with: comfy-table in the house style, the three-column
//! grid of a report's domains (drawn by hand, since its cells are wrapped already), and plain
//! lines wrapped to the width and painted.

use std::io::{self, Write};

use anstyle::{Ansi256Color, Effects};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

use crate::render::Style;
use crate::render::wrap::{display_width, wrap};

/// A new table with the house style, `width` columns wide.
pub(in crate::render) fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty()
        .set_width(width);
    table
}

/// Writes plain text wrapped to the table width, styled line by line.
pub(in crate::render) fn line(
    out: &mut dyn Write,
    style: &Style,
    ansi: anstyle::Style,
    text: &str,
) -> io::Result<()> {
    for l in wrap(text, usize::from(style.width)) {
        writeln!(out, "{}", paint(style, ansi, &l))?;
    }
    Ok(())
}

/// Wraps `text` in an ANSI style when colour is on.
pub(in crate::render) fn paint(style: &Style, ansi: anstyle::Style, text: &str) -> String {
    if style.color && !text.is_empty() {
        format!("{ansi}{text}{ansi:#}")
    } else {
        text.to_string()
    }
}

/// Columns taken by the borders and padding of a three-column table:
/// "│ " + " ┆ " + " ┆ " + " │".
pub(super) const BORDERS: usize = 10;

/// A row of a domain table: its three cells, each one line or more, and the colour of the
/// first (the status) when colour is on.
pub(super) struct Row {
    pub(super) cells: [String; 3],
    pub(super) color: Option<Ansi256Color>,
}

/// A table of three columns whose cells are already wrapped, each column as wide as its
/// widest line, in the style of the other tables (comfy-table's `UTF8_FULL_CONDENSED`): a
/// header, a double rule under it, no rules between rows. A coloured first cell is bold, in
/// its colour, padding included, on its first line. No line break at the end.
pub(super) fn draw(header: [&str; 3], rows: &[Row]) -> String {
    // Each cell cut into its lines and each line measured once, where cutting and measuring
    // every cell again for the widths, the heights and the padding was a third of the drawing.
    let header = header.map(|h| vec![(h, display_width(h))]);
    let cut: Vec<[Vec<(&str, usize)>; 3]> = rows
        .iter()
        .map(|r| r.cells.each_ref().map(|c| measured(c)))
        .collect();
    let widths: [usize; 3] = std::array::from_fn(|i| {
        cut.iter()
            .chain([&header])
            .flat_map(|cells| cells[i].iter().map(|&(_, width)| width))
            .max()
            .unwrap_or(0)
    });
    // At least as long as its cells, and seldom much longer.
    let cells = rows.iter().flat_map(|r| &r.cells);
    let mut out = String::with_capacity(cells.map(String::len).sum());
    let rule = |out: &mut String, [left, fill, middle, right]: [char; 4]| {
        out.push(left);
        for (i, width) in widths.iter().enumerate() {
            if i > 0 {
                out.push(middle);
            }
            out.extend(std::iter::repeat_n(fill, width + 2));
        }
        out.push(right);
        out.push('\n');
    };
    let line = |out: &mut String, cells: [(&str, usize); 3], color: Option<Ansi256Color>| {
        out.push('│');
        for (i, ((cell, used), width)) in cells.into_iter().zip(widths).enumerate() {
            if i > 0 {
                out.push('┆');
            }
            let color = color.filter(|_| i == 0 && !cell.is_empty());
            if let Some(color) = color {
                out.push_str(&format!("{}{}", color.render_fg(), Effects::BOLD.render()));
            }
            out.push(' ');
            out.push_str(cell);
            out.extend(std::iter::repeat_n(' ', width - used + 1));
            if color.is_some() {
                out.push_str(&anstyle::Reset.render().to_string());
            }
        }
        out.push_str("│\n");
    };
    rule(&mut out, ['┌', '─', '┬', '┐']);
    line(&mut out, header.map(|h| h[0]), None);
    rule(&mut out, ['╞', '═', '╪', '╡']);
    for (row, cells) in rows.iter().zip(&cut) {
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for at in 0..height {
            let cells = cells
                .each_ref()
                .map(|c| c.get(at).copied().unwrap_or(("", 0)));
            line(&mut out, cells, row.color);
        }
    }
    rule(&mut out, ['└', '─', '┴', '┘']);
    out.pop();
    out
}

/// A cell's lines, each with the columns it takes.
fn measured(text: &str) -> Vec<(&str, usize)> {
    text.split('\n').map(|l| (l, display_width(l))).collect()
}
