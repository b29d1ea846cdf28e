//! What the terminal is like: whether to colour (`--color`, `NO_COLOR`, `TERM=dumb`, a pipe)
//! and how wide it is (`COLUMNS`, else the terminal's, else 100). The program asks; the
//! renderers only receive the answer, a [`Style`].

use std::io::{self, IsTerminal};

use mgi_diff::render::{ColorChoice, Style};

/// The style for standard output (or, with `to_file`, for a file): colour as `color` says,
/// and the width from `COLUMNS`, else the terminal's, else 100.
pub(crate) fn style(color: ColorChoice, to_file: bool) -> Style {
    let terminal = !to_file && io::stdout().is_terminal();
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    let dumb = var("TERM").is_some_and(|t| t == "dumb");
    Style {
        color: wants_color(color, terminal, var("NO_COLOR").is_some(), dumb),
        width: width(terminal),
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
