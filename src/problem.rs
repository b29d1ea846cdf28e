//! Located problems: what is wrong with a profile, and where.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
/// How bad a problem is.
pub enum Severity {
    /// The profile cannot be used.
    Error,
    /// The profile can be used, but something in it is probably a mistake.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One thing wrong with a profile file, with the place it is at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Problem {
    /// The file, as the user named it (a path, `<stdin>`, `REV:PATH`).
    pub file: String,
    /// 1-based; absent when the problem is about the file as a whole.
    pub line: Option<usize>,
    /// 1-based, counted in characters.
    pub column: Option<usize>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in a sentence for the user.
    pub message: String,
}

impl Problem {
    /// Whether the problem is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A message is one line: a line break in it came from the input (a key, a value) and
        // is shown as an escape, so that it cannot start a line a CI runner would obey.
        let safe = crate::text::escape_line;
        write!(f, "{}", crate::text::escape_line(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}: {}", self.severity, safe(&self.message))
    }
}

/// At most this many problems of one file are shown: what one file can make mgi-diff print is
/// bounded. 16 MiB of unknown keys made 600 MB of annotations in 52 s; a reader fixes the
/// first problems and checks again.
pub const SHOWN_PER_FILE: usize = 100;

/// Keeps the first [`SHOWN_PER_FILE`] problems of one file, in their order, and in place of
/// the rest one problem that counts them (an error if any of them is). The count of the
/// errors and warnings of the file is the caller's to take before.
pub fn bound(problems: &mut Vec<Problem>) {
    if let Some(count) = not_shown(problems) {
        problems.truncate(SHOWN_PER_FILE);
        problems.push(count);
    }
}

/// The problem that counts those of `problems` past the first [`SHOWN_PER_FILE`], if any.
pub fn not_shown(problems: &[Problem]) -> Option<Problem> {
    let hidden = problems.get(SHOWN_PER_FILE..).filter(|h| !h.is_empty())?;
    let errors = hidden.iter().filter(|p| p.is_error()).count();
    let warnings = hidden.len() - errors;
    let mut counted = Vec::new();
    if errors > 0 {
        counted.push(crate::text::plural(errors, "error"));
    }
    if warnings > 0 {
        counted.push(crate::text::plural(warnings, "warning"));
    }
    Some(Problem {
        file: hidden[0].file.clone(),
        line: None,
        column: None,
        severity: if errors > 0 {
            Severity::Error
        } else {
            Severity::Warning
        },
        message: format!(
            "{} more, not shown (only the first {SHOWN_PER_FILE} problems of a file are): fix those and check again",
            counted.join(" and ")
        ),
    })
}

/// Turns byte offsets into 1-based line and column (in characters).
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last offset placed, its line (0-based) and column (0-based, in characters): a
    /// later offset on the same line counts characters from there, so that many problems on
    /// one long line cost the line's length once, not once each.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 0, 0)),
        }
    }

    /// The text of a 1-based line, without its line break.
    pub(crate) fn line(&self, line: usize) -> &str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (last_offset, last_line, last_column) = self.last.get();
        let (from, counted) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (self.starts[line], 0)
        };
        let column = counted
            + self
                .text
                .get(from..offset)
                .map_or(offset - from, |s| s.chars().count());
        if self.text.is_char_boundary(offset) {
            self.last.set((offset, line, column));
        }
        (line + 1, column + 1)
    }
}

/// Line and column of the first byte that is not UTF-8.
pub(crate) fn utf8_error_position(bytes: &[u8], error: &std::str::Utf8Error) -> (usize, usize) {
    let valid = &bytes[..error.valid_up_to()];
    // The prefix is valid UTF-8 by definition of `valid_up_to`.
    let text = std::str::from_utf8(valid).unwrap_or_default();
    LineIndex::new(text).position(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let index = LineIndex::new("ab\nçd\n");
        assert_eq!(index.position(0), (1, 1));
        assert_eq!(index.position(3), (2, 1));
        assert_eq!(index.position(5), (2, 2));
        assert_eq!(index.position(7), (3, 1));
    }

    /// Positions asked in any order are the same as asked alone: the remembered last offset
    /// only shortens the count (many problems on one line were quadratic).
    #[test]
    fn positions_do_not_depend_on_what_was_asked_before() {
        let text = "ab\né“x\n\nüü ü\n";
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&o| text.is_char_boundary(o))
            .collect();
        let alone = |o: usize| LineIndex::new(text).position(o);
        let index = LineIndex::new(text);
        for &o in offsets
            .iter()
            .chain(offsets.iter().rev())
            .chain(&[3, 0, 9, 4])
        {
            assert_eq!(index.position(o), alone(o), "offset {o}");
        }
    }
}
