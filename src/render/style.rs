//! How terminal output may be decorated, and what a report may leave out. Plain values: what
//! the terminal is like is found out by the program, not here.

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

impl ColorChoice {
    /// Every choice, in the order `--color` offers them.
    pub const ALL: [ColorChoice; 3] = [ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never];

    /// The choice's name, as `--color` takes it.
    pub fn name(self) -> &'static str {
        match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        }
    }
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

/// What a report shows, whatever its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Show rewordings as a word-level diff.
    pub word_diff: bool,
    /// Markdown and HTML: the most characters the report may have. A longer one keeps its
    /// title, summary and count tables, folds its detail sections and leaves out whole ones
    /// until it fits, and says so at its end.
    pub max_chars: Option<usize>,
    /// The language of the report's words (`--lang`); by default, the profiles' own when
    /// they agree, else English.
    pub lang: Option<crate::profile::Language>,
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
            lang: None,
        }
    }
}
