//! `--max-chars`: a report within a number of characters, its sections folded and left out as
//! they must be, and a refusal when even that does not fit.

use std::io::{self, Write};

use super::Format;

/// `--max-chars` is a bound: a format that cannot be cut refuses it.
pub(super) fn check(format: Format) -> io::Result<()> {
    if matches!(format, Format::Markdown | Format::Html) {
        return Ok(());
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "--max-chars cuts the Markdown and HTML reports; the {} format is not cut (leave the option out, or choose markdown or html)",
            format.name()
        ),
    ))
}

/// Renders within `--max-chars`: the report is written whole when it fits, else with its
/// unchanged entries counted and not listed (`shorter`, which also leaves out whole sections
/// as it must, saying so); what still does not fit is an error, never a longer output.
pub(super) fn bounded(
    max: usize,
    format: Format,
    out: &mut dyn Write,
    whole: impl Fn(&mut Vec<u8>) -> io::Result<()>,
    shorter: impl Fn(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    check(format)?;
    let chars = |bytes: &[u8]| String::from_utf8_lossy(bytes).chars().count();
    let mut buffer = Vec::new();
    whole(&mut buffer)?;
    if chars(&buffer) > max {
        buffer.clear();
        shorter(&mut buffer)?;
        let note = match format {
            Format::Html => format!(
                "<p class=\"shortened\">Unchanged findings are counted, not listed, to fit in {max} characters.</p>\n"
            ),
            _ => format!(
                "\n_Unchanged findings are counted, not listed, to fit in {max} characters._\n"
            ),
        };
        if chars(&buffer) + note.chars().count() <= max {
            let text = String::from_utf8_lossy(&buffer).into_owned();
            let text = match (format, text.rfind("</main>")) {
                (Format::Html, Some(at)) => format!("{}{note}{}", &text[..at], &text[at..]),
                _ => text + &note,
            };
            buffer = text.into_bytes();
        }
    }
    let size = chars(&buffer);
    if size > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "--max-chars {max} is too small for this report: without any of its sections it still takes {size} characters"
            ),
        ));
    }
    out.write_all(&buffer)
}

/// A detail section of a long report: a domain, or a file of `changes`.
pub(super) struct Section {
    /// The section as it is written.
    pub(super) text: String,
    /// What it is, for the line that stands for it when it is folded (already escaped).
    pub(super) summary: String,
    /// Kept before the others when the report is shortened: it tells what nothing else does
    /// (a problem, or a change made in this file only).
    pub(super) first: bool,
}

/// How a format folds a section.
#[derive(Clone, Copy)]
pub(super) enum Fold {
    Markdown,
    Html,
}

impl Fold {
    fn wrap(self, section: &Section) -> String {
        match self {
            Fold::Markdown => format!(
                "\n<details><summary>{}</summary>\n{}\n</details>\n",
                section.summary, section.text
            ),
            Fold::Html => format!(
                "<details class=\"fold\"><summary>{}</summary>\n{}</details>\n",
                section.summary, section.text
            ),
        }
    }
}

/// The report whole when it fits in `max` characters (or no limit is set); else `head`, each
/// section folded, as many whole sections as fit (those marked `first` chosen first, then the
/// others, each in order; a section that does not fit is left out, never cut) in their order,
/// `note(left out, all)` and `tail`. Characters are counted as Unicode scalar
/// values, as GitHub counts a comment's length.
pub(super) fn fit(
    head: String,
    sections: Vec<Section>,
    tail: &str,
    max: Option<usize>,
    fold: Fold,
    note: impl Fn(usize, usize) -> String,
) -> String {
    let chars = |s: &str| s.chars().count();
    let whole = chars(&head) + sections.iter().map(|s| chars(&s.text)).sum::<usize>() + chars(tail);
    let Some(max) = max.filter(|&max| whole > max) else {
        let mut out = head;
        for section in sections {
            out.push_str(&section.text);
        }
        out.push_str(tail);
        return out;
    };
    let all = sections.len();
    // The note is longest when its numbers are: reserve that.
    let reserved = chars(&note(all, all)) + chars(tail);
    let folded: Vec<String> = sections.iter().map(|s| fold.wrap(s)).collect();
    let mut kept = vec![false; all];
    let mut used = chars(&head);
    for first in [true, false] {
        for (i, section) in sections.iter().enumerate() {
            let size = chars(&folded[i]);
            if section.first == first && used + size + reserved <= max {
                kept[i] = true;
                used += size;
            }
        }
    }
    let mut out = head;
    for (text, kept) in folded.iter().zip(&kept) {
        if *kept {
            out.push_str(text);
        }
    }
    out.push_str(&note(kept.iter().filter(|k| !**k).count(), all));
    out.push_str(tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_report_is_folded_to_fit() {
        let section = |summary: &str, first| Section {
            text: format!("{summary}: {}\n", "x".repeat(200)),
            summary: summary.to_string(),
            first,
        };
        let note = |left: usize, all: usize| format!("[{left} of {all} left out]");
        let sections = || vec![section("A", false), section("B", true)];
        let whole = fit("H\n".into(), sections(), "T", None, Fold::Markdown, note);
        assert_eq!(whole, format!("H\nA: {x}\nB: {x}\nT", x = "x".repeat(200)));
        let folded = fit(
            "H\n".into(),
            sections(),
            "T",
            Some(300),
            Fold::Markdown,
            note,
        );
        assert_eq!(
            folded,
            format!(
                "H\n\n<details><summary>B</summary>\nB: {}\n\n</details>\n[1 of 2 left out]T",
                "x".repeat(200)
            )
        );
        let html = fit("H\n".into(), sections(), "T", Some(300), Fold::Html, note);
        assert!(
            html.contains("<details class=\"fold\"><summary>B</summary>\nB: x"),
            "{html}"
        );
    }
}
