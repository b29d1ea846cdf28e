//! How terminal output may be decorated, and what a report may leave out.

use std::io::{self, IsTerminal};

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// Only on a terminal that is not `TERM=dumb`, and never with `NO_COLOR` set.
    #[default]
    Auto,
    /// Always, even into a file or a pipe.
    Always,
    /// Never.
    Never,
}

/// How a terminal report may be decorated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// ANSI colours and strike-through.
    pub color: bool,
    /// Total width of tables, in columns.
    pub width: u16,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
        }
    }
}

impl Style {
    /// The style for standard output (or, with `to_file`, for a file): colour as `color`
    /// says, and the width from `COLUMNS`, else the terminal's, else 100.
    pub fn detect(color: ColorChoice, to_file: bool) -> Style {
        let terminal = !to_file && io::stdout().is_terminal();
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        let dumb = var("TERM").is_some_and(|t| t == "dumb");
        Style {
            color: wants_color(color, terminal, var("NO_COLOR").is_some(), dumb),
            width: width(terminal),
        }
    }
}

/// What a report shows, whatever its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Show rewordings as a word-level diff.
    pub word_diff: bool,
    /// Markdown and HTML: the most characters the report may have. A longer one keeps its
    /// title, summary and count tables, folds its detail sections and leaves out whole ones
    /// until it fits, and says so at its end.
    pub max_chars: Option<usize>,
}

impl Options {
    /// The same options without a length bound.
    pub(crate) fn unbounded(&self) -> Options {
        Options {
            max_chars: None,
            ..*self
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            word_diff: true,
            max_chars: None,
        }
    }
}

/// Whether to colour: `Auto` only on a terminal that is not `TERM=dumb`, without `NO_COLOR`.
fn wants_color(choice: ColorChoice, terminal: bool, no_color: bool, dumb: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && !no_color && !dumb,
    }
}

/// `COLUMNS` when set, else the terminal's width, else 100; never under 20.
fn width(terminal: bool) -> u16 {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok());
    let measured = || {
        terminal
            .then(|| comfy_table::Table::new().width())
            .flatten()
    };
    columns.or_else(measured).unwrap_or(100).max(20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_that_can_show_it() {
        use ColorChoice::*;
        assert!(wants_color(Auto, true, false, false));
        assert!(!wants_color(Auto, true, false, true), "TERM=dumb");
        assert!(!wants_color(Auto, true, true, false), "NO_COLOR");
        assert!(!wants_color(Auto, false, false, false), "a pipe or a file");
        assert!(wants_color(Always, false, true, true));
        assert!(!wants_color(Never, true, false, false));
    }
}
