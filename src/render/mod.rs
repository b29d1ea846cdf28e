//! Output formats. Each report is a pure function of a value (a diff [`Report`], a profile, a
//! list of profiles) written to any `io::Write`; the [`Format`] is chosen once per run, and
//! each command's output has one entry point here ([`diff`], [`show`], and inside the crate
//! `changes`, `check`, `list`).

mod changes;
mod check;
mod csv;
mod html;
mod json;
mod markdown;
mod profile;
mod safe;
mod table;

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use similar::{ChangeTag, TextDiff};

use crate::diff::{Entry, ProfileInfo, Report};
use crate::profile::Profile;

/// An output format. A command offers some of them; which one a run uses is chosen once, by
/// [`Format::choose`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Text for a terminal: tables for reports, `file:line:col: …` lines for `check`.
    Table,
    /// GitHub-flavoured Markdown, for pull-request comments and documents.
    Markdown,
    /// Pretty-printed JSON of the same values the other formats show.
    Json,
    /// GitHub Actions workflow commands (`check` only).
    Github,
    /// One self-contained HTML page with charts (`diff` and `changes`).
    Html,
    /// One row per entry, for spreadsheets (`diff` and `changes`).
    Csv,
}

impl Format {
    /// The format a file name's extension asks for: `.md`/`.markdown`, `.json`, `.html`,
    /// `.csv`, `.txt`.
    pub fn of_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "txt" | "text" => Some(Format::Table),
            _ => None,
        }
    }

    /// The extensions that pick this format for `--output`.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Markdown => &[".md", ".markdown"],
            Format::Json => &[".json"],
            Format::Html => &[".html", ".htm"],
            Format::Csv => &[".csv"],
            Format::Table => &[".txt", ".text"],
            Format::Github => &[],
        }
    }

    /// The format's name, as `--format` writes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Table => "table",
            Format::Github => "github",
        }
    }

    /// The format of a run: the one asked for, else the one the output file's extension names
    /// when the command offers it, else the command's first format.
    pub fn choose(asked: Option<Format>, output: Option<&Path>, offered: &[Format]) -> Format {
        asked
            .or_else(|| {
                output
                    .and_then(Format::of_extension)
                    .filter(|f| offered.contains(f))
            })
            .or_else(|| offered.first().copied())
            .unwrap_or(Format::Table)
    }

    fn unsupported(self, what: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{what} has no {self:?} format"),
        )
    }
}

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

/// How the terminal renderers may decorate their output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// ANSI colours and strike-through.
    pub color: bool,
    /// Total width of tables, in columns.
    pub width: u16,
    /// Show rewordings as a word-level diff.
    pub word_diff: bool,
    /// Markdown and HTML: the most characters the report may have. A longer one keeps its
    /// title, summary and count tables, folds its detail sections and leaves out whole ones
    /// until it fits, and says so at its end.
    pub max_chars: Option<usize>,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            word_diff: true,
            max_chars: None,
        }
    }
}

impl Style {
    /// The same style without a length bound.
    fn unbounded(&self) -> Style {
        Style {
            max_chars: None,
            ..*self
        }
    }

    /// The style for standard output (or, with `to_file`, for a file): colour as `color`
    /// says, and the width from `COLUMNS`, else the terminal's, else 100.
    pub fn detect(color: ColorChoice, to_file: bool) -> Style {
        let terminal = !to_file && io::stdout().is_terminal();
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        let dumb = var("TERM").is_some_and(|t| t == "dumb");
        Style {
            color: wants_color(color, terminal, var("NO_COLOR").is_some(), dumb),
            width: width(terminal),
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

/// Renders a diff report: [`Format::Table`], [`Format::Markdown`], [`Format::Json`],
/// [`Format::Html`] or [`Format::Csv`].
pub fn diff(report: &Report, format: Format, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    match style.max_chars {
        Some(max) => bounded(
            max,
            format,
            out,
            |buffer| diff_in_full(report, format, &style.unbounded(), buffer),
            |buffer| diff_in_full(&without_unchanged(report), format, style, buffer),
        ),
        None => diff_in_full(report, format, style, out),
    }
}

/// `report` with its unchanged entries counted, not listed.
fn without_unchanged(report: &Report) -> Report {
    report.clone().filter(&crate::diff::Filter {
        changes_only: true,
        ..crate::diff::Filter::default()
    })
}

/// Renders within `--max-chars`, which is a bound: a format that cannot be cut refuses it;
/// else the report is written whole when it fits, else with its unchanged entries counted and
/// not listed (`shorter`, which also leaves out whole sections as it must, saying so); what
/// still does not fit is an error, never a longer output.
fn bounded(
    max: usize,
    format: Format,
    out: &mut dyn Write,
    whole: impl Fn(&mut Vec<u8>) -> io::Result<()>,
    shorter: impl Fn(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    if !matches!(format, Format::Markdown | Format::Html) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "--max-chars cuts the Markdown and HTML reports; the {} format is not cut (leave the option out, or choose markdown or html)",
                format.name()
            ),
        ));
    }
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

fn diff_in_full(
    report: &Report,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(report, style, out),
        Format::Markdown => markdown::render(report, style, out),
        Format::Json => json::render(report, out),
        Format::Html => html::render(report, style, out),
        Format::Csv => csv::render(&safe::report(report), out),
        Format::Github => Err(format.unsupported("a diff report")),
    }
}

/// Renders one profile (`show`): [`Format::Table`], [`Format::Markdown`] or [`Format::Json`].
pub fn show(
    profile: &Profile,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => profile::table(profile, style, out),
        Format::Markdown => profile::markdown(profile, out),
        Format::Json => json::render(&profile::ProfileView::of(profile), out),
        Format::Github | Format::Html | Format::Csv => Err(format.unsupported("a profile")),
    }
}

/// Renders the profile set (`list`): a table or JSON.
pub(crate) fn list(
    rows: &[ProfileInfo],
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => profile::list_table(rows, style, out),
        Format::Json => json::render(rows, out),
        Format::Markdown | Format::Github | Format::Html | Format::Csv => {
            Err(format.unsupported("the profile list"))
        }
    }
}

/// Renders the `changes` report: a table, Markdown or JSON.
pub(crate) fn changes(
    report: &crate::changes::ChangesReport,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(max) = style.max_chars else {
        return changes_in_full(report, format, style, out);
    };
    let shorter = || {
        let mut shorter = report.clone();
        for file in &mut shorter.files {
            file.report = file.report.as_ref().map(without_unchanged);
        }
        shorter
    };
    bounded(
        max,
        format,
        out,
        |buffer| changes_in_full(report, format, &style.unbounded(), buffer),
        |buffer| changes_in_full(&shorter(), format, style, buffer),
    )
}

fn changes_in_full(
    report: &crate::changes::ChangesReport,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => changes::table(report, style, out),
        Format::Markdown => changes::markdown(report, style, out),
        Format::Json => json::render(report, out),
        Format::Html => html::changes(report, style, out),
        Format::Csv => csv::changes(report, out),
        Format::Github => Err(format.unsupported("the changes report")),
    }
}

/// Renders the `check` report: text lines, JSON, or GitHub annotations with paths relative to
/// `root` (the repository's top).
pub(crate) fn check(
    report: &crate::check::CheckReport,
    format: Format,
    root: Option<&Path>,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => check::text(report, out),
        Format::Json => json::render(report, out),
        Format::Github => check::github(report, root, out),
        Format::Markdown | Format::Html | Format::Csv => {
            Err(format.unsupported("the check report"))
        }
    }
}

/// Renders any serialisable value as JSON (the JSON Schema of `schema`).
pub(crate) fn json(value: &impl serde::Serialize, out: &mut dyn Write) -> io::Result<()> {
    json::render(value, out)
}

/// A detail section of a long report: a domain, or a file of `changes`.
pub(crate) struct Section {
    /// The section as it is written.
    pub(crate) text: String,
    /// What it is, for the line that stands for it when it is folded (already escaped).
    pub(crate) summary: String,
    /// Kept before the others when the report is shortened: it tells what nothing else does
    /// (a problem, or a change made in this file only).
    pub(crate) first: bool,
}

/// How a format folds a section.
#[derive(Clone, Copy)]
pub(crate) enum Fold {
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
pub(crate) fn fit(
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

/// Where an entry stands besides its status: the domain its old finding moved from, if it
/// moved, and its category, `old → new` when it changed. Every renderer words it the same.
pub(crate) fn placement(entry: &Entry) -> (Option<&'static str>, String) {
    match (&entry.old, &entry.new) {
        (Some(o), Some(n)) => {
            let from = (o.domain != n.domain).then(|| o.domain.name());
            let category = if o.category == n.category {
                o.category.key().to_string()
            } else {
                format!("{} → {}", o.category.key(), n.category.key())
            };
            (from, category)
        }
        (Some(side), None) | (None, Some(side)) => (None, side.category.key().to_string()),
        (None, None) => (None, String::new()),
    }
}

/// What a reader should know about an entry besides its texts, one plain line each: a
/// possible flip of meaning, a possible rewording left unpaired, and (with `--explain`) the
/// evidence for a pair. Every text renderer shows the same lines.
pub(crate) fn notes(entry: &Entry) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(line) = entry.confidence.as_ref().and_then(review_note) {
        notes.push(line);
    }
    if entry.negation {
        notes.push(
            "negation: one text denies what the other does not; the meaning may have flipped"
                .into(),
        );
    }
    if let Some(near) = &entry.near {
        let side = if entry.old.is_some() {
            "added"
        } else {
            "removed"
        };
        let apart = apart(&near.differs);
        notes.push(format!(
            "possible rewording of the {side} finding \"{}\" (similarity {:.3}{apart}); if they are one finding, give both the same id = \"…\"",
            near.finding.text, near.similarity
        ));
    }
    if let Some(e) = &entry.evidence {
        let place = if e.same_place {
            "in the same place"
        } else {
            "in another place"
        };
        let mut line = format!(
            "evidence: score {:.3}, by {}, {place}{}",
            e.score,
            e.basis,
            apart(&e.differs)
        );
        if !e.shared_terms.is_empty() {
            let terms: Vec<String> = e
                .shared_terms
                .iter()
                .take(8)
                .map(|t| format!("{} {:.2}", t.term, t.weight))
                .collect();
            line.push_str(&format!("; shared: {}", terms.join(", ")));
        }
        match &e.runner_up {
            Some(r) => line.push_str(&format!(
                "; runner-up {:.3}: \"{}\"",
                r.similarity, r.finding.text
            )),
            None => line.push_str("; no runner-up"),
        }
        if e.bounded {
            line.push_str("; candidates bounded: this text shares its words with so many findings that only the most promising, nearest in place, were compared");
        }
        notes.push(line);
    }
    notes
}

/// The line that marks a pairing to review, with why: `review: is this one finding? it
/// passed the threshold by 0.031; …`. None for a `high` pairing.
fn review_note(c: &crate::diff::Certainty) -> Option<String> {
    if c.level != crate::diff::Confidence::Review {
        return None;
    }
    let why: Vec<String> = c
        .reasons
        .iter()
        .map(|&reason| match reason {
            "small-margin" => format!(
                "it passed the threshold by {:.3}",
                c.margin.unwrap_or_default()
            ),
            "close-runner-up" => format!(
                "another candidate was within {:.3} of it",
                c.lead.unwrap_or_default().max(0.0)
            ),
            "few-shared-words" => "it rests on few shared words".to_string(),
            other => other.to_string(),
        })
        .collect();
    Some(format!(
        "review: the matcher is not sure these are one finding ({}); if they are not, or to confirm that they are, give them ids",
        why.join("; ")
    ))
}

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
    let mut out = Vec::new();
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
pub(crate) type Mark = dyn Fn(&str) -> String;

/// How a renderer writes the three kinds of run of a word-level diff.
pub(crate) struct Marks<'a> {
    pub(crate) same: &'a Mark,
    pub(crate) removed: &'a Mark,
    pub(crate) inserted: &'a Mark,
    /// Put a space between a removal and the insertion that follows it.
    pub(crate) spaced: bool,
}

/// The word-level diff of `old` and `new` as one string, each changed run marked, with the
/// white space around a run left outside its marks.
pub(crate) fn marked_diff(old: &str, new: &str, marks: &Marks<'_>) -> String {
    let mut out = String::new();
    let mut after_removal = false;
    for piece in word_diff(old, new) {
        let (text, mark, removal): (&str, &Mark, bool) = match &piece {
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

/// The rules that lowered a similarity (a near miss's, a pair's), as a clause to follow it:
/// ", but their subjects differ", ", but what follows their common opening differs"; empty
/// when none did.
fn apart(differs: &[&str]) -> String {
    let kinds: Vec<&str> = differs
        .iter()
        .copied()
        .filter(|&d| d != "endings")
        .collect();
    let mut reasons = Vec::new();
    if !kinds.is_empty() {
        reasons.push(format!("their {} differ", kinds.join(" and ")));
    }
    if differs.contains(&"endings") {
        reasons.push("what follows their common opening differs".to_string());
    }
    if reasons.is_empty() {
        String::new()
    } else {
        format!(", but {}", reasons.join(" and "))
    }
}

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
            if used > 0 && used + 1 + w > width {
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

    /// A report too long for its budget keeps its head, folds its sections, leaves out the
    /// one that does not fit (a `first` one is kept before the others) and says so.
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

    /// A word is cut where its characters fill a line, counting a wide character as two
    /// columns, and never before its first character.
    #[test]
    fn words_are_cut_by_columns() {
        assert_eq!(cut("abcde", 2), ["ab", "cd", "e"]);
        assert_eq!(cut("移民服务", 3), ["移", "民", "服", "务"]);
        assert_eq!(cut("移民", 1), ["移", "民"]);
        assert_eq!(cut("a\u{200b}bc", 2), ["a\u{200b}b", "c"]);
    }

    #[test]
    fn the_rules_that_lowered_a_similarity_read_as_one_clause() {
        assert_eq!(apart(&[]), "");
        assert_eq!(apart(&["names"]), ", but their names differ");
        assert_eq!(
            apart(&["names", "subjects", "endings"]),
            ", but their names and subjects differ and what follows their common opening differs"
        );
    }

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

    #[test]
    fn space_is_split_off_the_body() {
        assert_eq!(split_space("  a b "), ("  ", "a b", " "));
        assert_eq!(split_space("   "), ("   ", "", ""));
    }
}
