//! Colour on the terminal: each status's colour, and the word-level diff of a rewording, its
//! removed and inserted words marked while the table is laid out and coloured once it is.

use anstyle::{Ansi256Color, AnsiColor, Effects};

use crate::diff::Status;
use crate::render::Style;
use crate::render::words::{Marks, marked_diff};

/// The colour of a status, for text outside a table.
pub(super) fn ansi_color(status: Status) -> AnsiColor {
    match status {
        Status::Unchanged => AnsiColor::BrightBlack,
        Status::Reworded => AnsiColor::Yellow,
        Status::Improved | Status::Resolved => AnsiColor::Green,
        Status::Added => AnsiColor::Cyan,
        Status::Regressed | Status::Dropped => AnsiColor::Red,
        Status::Moved => AnsiColor::Blue,
    }
}

/// The colour of a status in a table: the 256-colour numbers of the bright colours.
pub(super) fn status_color(status: Status) -> Ansi256Color {
    Ansi256Color(match status {
        Status::Unchanged => 8,
        Status::Reworded => 11,
        Status::Improved | Status::Resolved => 10,
        Status::Added => 14,
        Status::Regressed | Status::Dropped => 9,
        Status::Moved => 12,
    })
}

/// Removed words struck through in red and inserted ones underlined in green; without
/// colour, git's plain word-diff markers `[-removed-]{+inserted+}`.
///
/// Colour is marked with zero-width characters, which `display_width` measures as nothing,
/// and turned into ANSI codes by [`colour_marks`] once the table is laid out: that keeps the
/// wrapping and measuring cheap (no ANSI parsing) and the columns aligned.
pub(super) fn inline_diff(old: &str, new: &str, style: &Style) -> String {
    if style.color {
        let clean = |t: &str| t.replace([REMOVED, INSERTED, END], "");
        marked_diff(
            &clean(old),
            &clean(new),
            &Marks {
                same: &|t| t.to_string(),
                removed: &|t| mark_words(REMOVED, t),
                inserted: &|t| mark_words(INSERTED, t),
                spaced: true,
            },
        )
    } else {
        marked_diff(
            old,
            new,
            &Marks {
                same: &|t| t.to_string(),
                removed: &|t| format!("[-{t}-]"),
                inserted: &|t| format!("{{+{t}+}}"),
                spaced: false,
            },
        )
    }
}

/// Zero-width marks: start of a removal, start of an insertion, end of either.
const REMOVED: char = '\u{200B}';
const INSERTED: char = '\u{200C}';
const END: char = '\u{200D}';

/// Marks each word of a run on its own, so that a run wrapped over lines is coloured on each.
fn mark_words(mark: char, text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if w.is_empty() {
                String::new()
            } else {
                format!("{mark}{w}{END}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces the zero-width marks of a rendered table by ANSI colour codes.
pub(super) fn colour_marks(rendered: &str) -> String {
    let removed = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Red.into()))
        .effects(Effects::STRIKETHROUGH);
    let inserted = anstyle::Style::new()
        .fg_color(Some(AnsiColor::Green.into()))
        .underline();
    let mut out = String::with_capacity(rendered.len() * 2);
    for c in rendered.chars() {
        match c {
            REMOVED => out.push_str(&removed.render().to_string()),
            INSERTED => out.push_str(&inserted.render().to_string()),
            END => out.push_str(&anstyle::Reset.render().to_string()),
            c => out.push(c),
        }
    }
    out
}
