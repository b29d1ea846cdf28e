//! The word-level diff of two texts, and how a format marks its runs.

use similar::{ChangeTag, TextDiff};

/// A run of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
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
pub(crate) fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    let (old, new) = (tokens(old), tokens(new));
    let diff = TextDiff::from_slices(&old, &new);
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
    group_changes(pieces)
}

/// Joins changes separated only by white space into one removal and one insertion, so that a
/// rewritten phrase reads `[-old phrase-]{+new phrase+}` rather than word against word.
fn group_changes(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let (mut removed, mut inserted) = (String::new(), String::new());
    // White space seen since the last change, not yet known to lie inside a group.
    let mut gap = String::new();
    // A group's outer white space is printed plain, once, around the two runs.
    let flush = |out: &mut Vec<Piece>, removed: &mut String, inserted: &mut String| {
        let (removed, inserted) = (std::mem::take(removed), std::mem::take(inserted));
        let (r_lead, r_body, r_trail) = split_space(&removed);
        let (i_lead, i_body, i_trail) = split_space(&inserted);
        push_same(out, if r_lead.is_empty() { i_lead } else { r_lead });
        if !r_body.is_empty() {
            out.push(Piece::Removed(r_body.to_string()));
        }
        if !i_body.is_empty() {
            out.push(Piece::Inserted(i_body.to_string()));
        }
        push_same(out, if r_trail.is_empty() { i_trail } else { r_trail });
    };
    for piece in pieces {
        let in_group = !removed.is_empty() || !inserted.is_empty();
        let removal = matches!(piece, Piece::Removed(_));
        match piece {
            Piece::Same(t) if in_group && t.trim().is_empty() => gap.push_str(&t),
            Piece::Same(t) => {
                flush(&mut out, &mut removed, &mut inserted);
                push_same(&mut out, &std::mem::take(&mut gap));
                push_same(&mut out, &t);
            }
            Piece::Removed(t) | Piece::Inserted(t) => {
                // White space between two changes belongs to each run it separates.
                for run in [&mut removed, &mut inserted] {
                    if !run.is_empty() {
                        run.push_str(&gap);
                    }
                }
                gap.clear();
                if removal {
                    removed.push_str(&t);
                } else {
                    inserted.push_str(&t);
                }
            }
        }
    }
    flush(&mut out, &mut removed, &mut inserted);
    push_same(&mut out, &gap);
    out
}

/// Appends unchanged text, joining it to unchanged text before it.
fn push_same(out: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Piece::Same(prev)) => prev.push_str(text),
        _ => out.push(Piece::Same(text.to_string())),
    }
}

/// Words, runs of white space, and each other character on its own, so that a changed comma
/// is shown as a changed comma, not as a changed word.
fn tokens(text: &str) -> Vec<&str> {
    // A token is three bytes on average in the shipped profiles: sized so, the vector is
    // seldom grown.
    let mut out = Vec::with_capacity(text.len() / 3);
    let mut start = 0;
    let mut kind = None;
    for (i, c) in text.char_indices() {
        let k = if c.is_alphanumeric() {
            1
        } else if c.is_whitespace() {
            2
        } else {
            3
        };
        if i > start && (k == 3 || Some(k) != kind) {
            out.push(&text[start..i]);
            start = i;
        }
        kind = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn tagged(tag: ChangeTag, text: String) -> Piece {
    match tag {
        ChangeTag::Equal => Piece::Same(text),
        ChangeTag::Delete => Piece::Removed(text),
        ChangeTag::Insert => Piece::Inserted(text),
    }
}

/// Writes one run of text as a renderer shows it.
pub(crate) type Marker = dyn Fn(&str) -> String;

/// How a renderer writes the three kinds of run of a word-level diff.
pub(crate) struct Marks<'a> {
    pub(crate) same: &'a Marker,
    pub(crate) removed: &'a Marker,
    pub(crate) inserted: &'a Marker,
    /// Put a space between a removal and the insertion that follows it.
    pub(crate) spaced: bool,
}

/// The word-level diff of `old` and `new` as one string, each changed run marked, with the
/// white space around a run left outside its marks.
pub(crate) fn marked_diff(old: &str, new: &str, marks: &Marks<'_>) -> String {
    marked(word_diff(old, new), marks)
}

/// Runs of a word-level diff as one string, each changed run marked, with the white space
/// around a run left outside its marks.
pub(crate) fn marked(pieces: Vec<Piece>, marks: &Marks<'_>) -> String {
    let mut out = String::new();
    let mut after_removal = false;
    for piece in pieces {
        let (text, mark, removal): (&str, &Marker, bool) = match &piece {
            Piece::Same(t) => {
                out.push_str(&(marks.same)(t));
                after_removal = false;
                continue;
            }
            Piece::Removed(t) => (t, marks.removed, true),
            Piece::Inserted(t) => (t, marks.inserted, false),
        };
        let (lead, body, trail) = split_space(text);
        if marks.spaced && after_removal && lead.is_empty() && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        after_removal = removal;
        out.push_str(lead);
        if !body.is_empty() {
            out.push_str(&mark(body));
        }
        out.push_str(trail);
    }
    out
}

/// Splits `s` into its leading white space, its body, and its trailing white space, so that
/// markers can wrap the body alone.
pub(crate) fn split_space(s: &str) -> (&str, &str, &str) {
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
    fn punctuation_is_its_own_token() {
        assert_eq!(
            tokens("a, bc  d.."),
            vec!["a", ",", " ", "bc", "  ", "d", ".", "."]
        );
        assert_eq!(
            word_diff("migrants, and", "migrants and"),
            vec![
                Piece::Same("migrants".into()),
                Piece::Removed(",".into()),
                Piece::Same(" and".into())
            ]
        );
    }

    #[test]
    fn changes_separated_by_spaces_are_grouped() {
        let pieces = word_diff("It is not possible online.", "Visas can be applied online.");
        assert_eq!(
            pieces,
            vec![
                Piece::Removed("It is not possible".into()),
                Piece::Inserted("Visas can be applied".into()),
                Piece::Same(" online.".into()),
            ]
        );
    }

    #[test]
    fn space_is_split_off_the_body() {
        assert_eq!(split_space("  a b "), ("  ", "a b", " "));
        assert_eq!(split_space("   "), ("   ", "", ""));
    }
}
