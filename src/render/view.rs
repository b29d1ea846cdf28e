//! The view model: a report as a reader sees it, built once, made safe once, and printed by
//! each format. A `diff` report becomes a [`DiffView`] (title, sides, warnings, summary,
//! counts, and sections of items, each with its status, placement, texts and notes); a
//! `changes` report becomes a [`ChangesView`], whose files hold the views of their diffs.
//! Every text from a profile, a path or a revision is escaped here (control characters and
//! bidirectional overrides as `\u{…}`, paths on one line); a format then only escapes its
//! own syntax (Markdown, HTML, CSV).

mod changes;
mod diff;
mod history;

pub(crate) use changes::{ChangesView, FileView};
pub(crate) use diff::{
    DiffView, DomainView, FieldView, Finding, Item, NoteKind, SideView, language_of,
};
pub(crate) use history::{PlaceRow, history_cell, history_counts, history_note};

use super::words::{Piece, word_diff};

/// An item's text, or the text of a change shared by several files: here, as both views show it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Text<'a> {
    Plain(&'a str),
    /// Old, then new.
    Changed(&'a str, &'a str),
}

impl Text<'_> {
    /// The word-level diff of a changed text; a plain text as one unchanged run.
    pub(crate) fn pieces(self) -> Vec<Piece> {
        match self {
            Text::Plain(t) => vec![Piece::Same(t.to_string())],
            Text::Changed(old, new) => word_diff(old, new),
        }
    }
}
