//! Output formats. Each is a pure function of a value (a diff [`Report`](crate::diff::Report),
//! a profile, a list of profiles) written to any `io::Write`.

pub mod json;
pub mod markdown;
pub mod profile;
pub mod table;

use similar::{ChangeTag, TextDiff};

/// How the terminal renderers may decorate their output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// ANSI colours and strike-through.
    pub color: bool,
    /// Total width of tables, in columns.
    pub width: u16,
    /// Show rewordings as a word-level diff.
    pub word_diff: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            word_diff: true,
        }
    }
}

/// A run of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Removed(String),
    Inserted(String),
}

impl Piece {
    fn text_mut(&mut self) -> &mut String {
        match self {
            Piece::Same(t) | Piece::Removed(t) | Piece::Inserted(t) => t,
        }
    }
}

/// The word-level diff of two texts, with consecutive runs of one kind merged.
pub fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_words(old, new);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let value = change.value();
        if let Some(last) = pieces.last_mut() {
            if std::mem::discriminant(last)
                == std::mem::discriminant(&tagged(change.tag(), String::new()))
            {
                last.text_mut().push_str(value);
                continue;
            }
        }
        pieces.push(tagged(change.tag(), value.to_string()));
    }
    pieces
}

fn tagged(tag: ChangeTag, text: String) -> Piece {
    match tag {
        ChangeTag::Equal => Piece::Same(text),
        ChangeTag::Delete => Piece::Removed(text),
        ChangeTag::Insert => Piece::Inserted(text),
    }
}

/// Splits `s` into its leading white space, its body, and its trailing white space, so that
/// markers can wrap the body alone.
pub fn split_space(s: &str) -> (&str, &str, &str) {
    let body_start = s.len() - s.trim_start().len();
    let body_end = s.trim_end().len().max(body_start);
    (&s[..body_start], &s[body_start..body_end], &s[body_end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_only_the_changed_words() {
        let pieces = word_diff("migrants do now have access", "migrants do not have access");
        assert_eq!(
            pieces,
            vec![
                Piece::Same("migrants do ".into()),
                Piece::Removed("now".into()),
                Piece::Inserted("not".into()),
                Piece::Same(" have access".into()),
            ]
        );
    }

    #[test]
    fn space_is_split_off_the_body() {
        assert_eq!(split_space("  a b "), ("  ", "a b", " "));
        assert_eq!(split_space("   "), ("   ", "", ""));
    }
}
