//! Wrapping text to a terminal's columns.

/// Greedy word wrap to `width` columns, paragraph by paragraph; a word longer than a line is
/// cut. Widths are counted in characters, zero-width ones left out.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    // Lines are about `width` bytes long (more with characters of several bytes): sized so,
    // they are seldom grown.
    let new_line = || String::with_capacity(width + width / 4);
    let mut lines = Vec::with_capacity(text.len() / width + 2);
    for paragraph in text.split('\n') {
        let mut line = new_line();
        let mut used = 0;
        let mut place = |word: &str| {
            let w = display_width(word);
            // A word that opens with `::` (a quoted finding can hold one) never opens a line:
            // there a CI runner would obey it as a workflow command. It stays on the line
            // before, past the width.
            if used > 0 && used + 1 + w > width && !word.starts_with("::") {
                lines.push(std::mem::replace(&mut line, new_line()));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            line.push_str(word);
            used += w;
        };
        for word in paragraph.split_whitespace() {
            // A word of no more bytes than columns fits (a character takes at least one
            // byte): most words, placed without cutting them into a list of pieces.
            if word.len() <= width {
                place(word);
            } else {
                cut(word, width).into_iter().for_each(&mut place);
            }
        }
        lines.push(line);
    }
    lines
}

/// `word` in pieces of at most `width` columns.
fn cut(word: &str, width: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, c) in word.char_indices() {
        let w = char_width(c);
        if w == 0 {
            continue;
        }
        if used > 0 && used + w > width {
            pieces.push(&word[start..i]);
            (start, used) = (i, 0);
        }
        used += w;
    }
    pieces.push(&word[start..]);
    pieces
}

/// Columns a text takes in a terminal, as `unicode-width` measures them (an East Asian wide
/// character takes two), with the zero-width marks (U+200B to U+200D, U+2060) taking none.
pub(crate) fn display_width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    match c {
        '\u{200B}'..='\u{200D}' | '\u{2060}' => 0,
        c => unicode_width::UnicodeWidthChar::width(c).unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_cut_by_columns() {
        assert_eq!(cut("abcde", 2), ["ab", "cd", "e"]);
        assert_eq!(cut("移民服务", 3), ["移", "民", "服", "务"]);
        assert_eq!(cut("移民", 1), ["移", "民"]);
        assert_eq!(cut("a\u{200b}bc", 2), ["a\u{200b}b", "c"]);
    }

    #[test]
    fn a_word_opening_with_two_colons_never_opens_a_line() {
        let lines = wrap("abc def ::add-mask::x ghi ::error::y", 15);
        assert!(lines.iter().all(|l| !l.starts_with("::")), "{lines:?}");
        assert_eq!(lines, ["abc def ::add-mask::x", "ghi ::error::y"]);
    }

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(
            wrap("averylongword x", 4),
            vec!["aver", "ylon", "gwor", "d x"]
        );
        assert_eq!(wrap("a\nb c", 10), vec!["a", "b c"]);
        assert_eq!(
            wrap("\u{200B}ab\u{200D} cd", 5),
            vec!["\u{200B}ab\u{200D} cd"]
        );
    }
}
