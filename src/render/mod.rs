//! Output formats. Each report is a pure function of a value (a diff [`Report`], a profile, a
//! list of profiles, the report of `changes`, `history`, `check` or `across`) written to any
//! `io::Write`. Each [`Output`] has one entry point here ([`diff`], [`changes`], [`history`],
//! [`across`], [`show`], [`list`], [`check`], [`json_schema`]), and one table,
//! [`Output::formats`], says which [`Format`]s it is written in: the program offers those to
//! `--format`, picks one by `--output`'s extension, and every entry point refuses the others.
//!
//! A `diff` or `changes` report is first made a view (`view`: what a reader sees, every text
//! made safe once), which `--max-chars` may shorten (`budget`); each format prints the view,
//! in a file of its own (`table`, `markdown`, `html`, `csv`), and none calls another. JSON is
//! the serialised report itself.

mod across;
mod budget;
mod check;
mod csv;
mod html;
mod json;
mod localise;
mod markdown;
mod profile;
mod prose;
mod safe;
mod say;
mod schema;
mod style;
mod table;
mod view;
mod words;
mod wrap;

use std::io::{self, Write};
use std::path::Path;

use crate::diff::{ProfileInfo, Report};
use crate::profile::Profile;

pub use prose::summary;
pub(crate) use say::differing as changes_in;
pub use schema::{Schema, json_schema};
pub use style::{ColorChoice, Options, Style};
pub(crate) use wrap::display_width;

use view::{ChangesView, DiffView};

/// What the entry points of this module render: one each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// A diff [`Report`] ([`diff`]).
    Diff,
    /// The report of `changes` ([`changes`]).
    Changes,
    /// A place's history ([`history`]).
    History,
    /// The themes across places ([`across`]).
    Across,
    /// One profile ([`show`]).
    Show,
    /// The profile set ([`list`]).
    List,
    /// The report of `check` ([`check`]).
    Check,
    /// A JSON Schema ([`json_schema`]).
    Schema,
}

impl Output {
    /// The formats the output is written in, its default first. The one table of outputs and
    /// formats: `--format`'s values, the format an `--output` name picks and every entry point
    /// of this module read it, so a format added to an output is one row here.
    pub fn formats(self) -> &'static [Format] {
        use Format::*;
        match self {
            Output::Diff | Output::Changes | Output::History | Output::Across => {
                &[Table, Markdown, Json, Html, Csv]
            }
            Output::Show => &[Table, Markdown, Json],
            Output::List => &[Table, Json],
            Output::Check => &[Text, Json, Github],
            Output::Schema => &[Json],
        }
    }

    /// `format`, when this output is written in it; otherwise an error that says so.
    fn offers(self, format: Format) -> io::Result<Format> {
        if self.formats().contains(&format) {
            return Ok(format);
        }
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("the {self:?} output has no {} format", format.name()),
        ))
    }
}

/// An output format. An [`Output`] is written in some of them; which one a run uses is chosen
/// once, by [`Format::choose`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Text for a terminal: a report's tables (`diff`, `changes`, `show`, `list`).
    Table,
    /// `file:line:col: severity: message` lines (`check`).
    Text,
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
    /// The format among `offered` that a file name's extension asks for: `.md`/`.markdown`,
    /// `.json`, `.html`, `.csv`, `.txt` (a table, or `check`'s text lines).
    pub fn of_extension(path: &Path, offered: &[Format]) -> Option<Format> {
        let ext = format!(".{}", path.extension()?.to_str()?.to_ascii_lowercase());
        offered
            .iter()
            .copied()
            .find(|f| f.extensions().contains(&ext.as_str()))
    }

    /// The extensions that pick this format for `--output`.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Markdown => &[".md", ".markdown"],
            Format::Json => &[".json"],
            Format::Html => &[".html", ".htm"],
            Format::Csv => &[".csv"],
            Format::Table | Format::Text => &[".txt", ".text"],
            Format::Github => &[],
        }
    }

    /// Every format.
    pub const ALL: [Format; 7] = [
        Format::Table,
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Github,
        Format::Html,
        Format::Csv,
    ];

    /// What `--help` says of the format beside its name, when its name is not enough.
    pub fn help(self) -> Option<&'static str> {
        match self {
            Format::Html => Some("One self-contained page with charts"),
            Format::Csv => Some("One row per entry, for spreadsheets"),
            Format::Table | Format::Text | Format::Markdown | Format::Json | Format::Github => None,
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
            Format::Text => "text",
            Format::Github => "github",
        }
    }

    /// The format of a run: the one asked for, else the one the output file's extension names
    /// when the command offers it, else the command's first format.
    pub fn choose(asked: Option<Format>, output: Option<&Path>, offered: &[Format]) -> Format {
        asked
            .or_else(|| output.and_then(|o| Format::of_extension(o, offered)))
            .or_else(|| offered.first().copied())
            .unwrap_or(Format::Table)
    }
}

/// Renders a diff report: [`Format::Table`], [`Format::Markdown`], [`Format::Json`],
/// [`Format::Html`] or [`Format::Csv`].
pub fn diff(
    report: &Report,
    format: Format,
    style: &Style,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let format = Output::Diff.offers(format)?;
    let lang = options.lang.unwrap_or_else(|| view::language_of(report));
    // JSON is not cut: `--max-chars` with it is refused.
    if options.max_chars.is_some() {
        budget::check(format)?;
    }
    if format == Format::Json {
        return json::render(&json::Localised::diff(report, lang), out);
    }
    print_within(
        &DiffView::of(report, Some(lang)),
        format,
        style,
        options,
        out,
    )
}

/// Renders the `changes` report: a table, Markdown, HTML, CSV or JSON.
pub fn changes(
    report: &crate::changes::ChangesReport,
    format: Format,
    style: &Style,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let format = Output::Changes.offers(format)?;
    if options.max_chars.is_some() {
        budget::check(format)?;
    }
    if format == Format::Json {
        let lang = ChangesView::language_of(report, options.lang);
        return json::render(&json::Localised::changes(report, lang), out);
    }
    let view = ChangesView::of(report, options.lang);
    print_within(&view, format, style, options, out)
}

/// A text whose parts in backticks (a key, a command) a format shows as code: each part
/// written by `plain` or `code`; with unbalanced backticks, the whole text by `plain`.
fn quoted_parts(
    text: &str,
    plain: impl Fn(&str) -> String,
    code: impl Fn(&str) -> String,
) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        return plain(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| match i % 2 {
            0 => plain(part),
            _ => code(part),
        })
        .collect()
}

/// A report's view, as each format prints it.
trait Printed: Sized {
    /// The view with its unchanged items counted, not listed.
    fn without_unchanged(&self) -> Self;

    /// The view with its unchanged items counted, not listed, and only its `keep` most
    /// important other items (all of them when `None`), with what was left out.
    fn trimmed(&self, keep: Option<usize>) -> (Self, budget::LeftOut);

    /// Prints the view in `format` (one of table, Markdown, HTML, CSV).
    fn print(
        &self,
        format: Format,
        style: &Style,
        options: &Options,
        out: &mut dyn Write,
    ) -> io::Result<()>;
}

impl Printed for DiffView {
    fn without_unchanged(&self) -> Self {
        DiffView::without_unchanged(self)
    }

    fn trimmed(&self, keep: Option<usize>) -> (Self, budget::LeftOut) {
        let mut view = self.clone();
        let mut left = budget::keep_most_important(view.domains.iter_mut(), keep);
        left.lang = self.lang;
        (view, left)
    }

    fn print(
        &self,
        format: Format,
        style: &Style,
        options: &Options,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        match format {
            Format::Table => table::diff(self, style, options, out),
            Format::Markdown => out.write_all(markdown::diff(self, options).as_bytes()),
            Format::Html => out.write_all(html::diff(self, options).as_bytes()),
            _ => csv::diff(self, out),
        }
    }
}

impl Printed for ChangesView {
    fn without_unchanged(&self) -> Self {
        ChangesView::without_unchanged(self)
    }

    fn trimmed(&self, keep: Option<usize>) -> (Self, budget::LeftOut) {
        let mut view = self.clone();
        let domains = view
            .files
            .iter_mut()
            .filter_map(|f| f.diff.as_mut())
            .flat_map(|d| d.domains.iter_mut());
        let mut left = budget::keep_most_important(domains, keep);
        left.lang = self.lang;
        (view, left)
    }

    fn print(
        &self,
        format: Format,
        style: &Style,
        options: &Options,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        match format {
            Format::Table => table::changes(self, style, options, out),
            Format::Markdown => out.write_all(markdown::changes(self, options).as_bytes()),
            Format::Html => out.write_all(html::changes(self, options).as_bytes()),
            _ => csv::changes(self, out),
        }
    }
}

/// Prints a view whole, or within `--max-chars`.
fn print_within(
    view: &impl Printed,
    format: Format,
    style: &Style,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    match options.max_chars {
        Some(max) => budget::bounded(
            max,
            format,
            out,
            |buffer| view.print(format, style, &options.unbounded(), buffer),
            |keep, buffer| {
                let (trimmed, left) = view.trimmed(keep);
                trimmed.print(format, style, &options.unbounded(), buffer)?;
                Ok(left)
            },
            |buffer| {
                view.without_unchanged()
                    .print(format, style, options, buffer)
            },
        ),
        None => view.print(format, style, options, out),
    }
}

/// Renders a place's history: a table, Markdown, HTML (a timeline per domain), CSV or JSON.
pub fn history(
    history: &crate::history::History,
    format: Format,
    style: &Style,
    lang: Option<crate::languages::Language>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let format = Output::History.offers(format)?;
    let lang = lang.unwrap_or_else(|| history.language());
    if format == Format::Json {
        return json::render(&json::Localised::history(history, lang).as_ref(), out);
    }
    let history = safe::history(&localise::history_in(history, lang));
    match format {
        Format::Table => table::history(&history, style, lang, out),
        Format::Markdown => out.write_all(markdown::history(&history, lang).as_bytes()),
        Format::Html => out.write_all(html::history(&history, lang).as_bytes()),
        _ => csv::history(&history, out),
    }
}

/// Renders `across`: a table (`texts`: each member's own text too), Markdown, HTML (a
/// place × theme grid), CSV (one row per member) or JSON; its words in `lang`, by default the
/// profiles' own when they agree, else English (JSON and CSV stay English).
pub fn across(
    report: &crate::across::Across,
    format: Format,
    style: &Style,
    texts: bool,
    lang: Option<crate::languages::Language>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = lang.unwrap_or_else(|| {
        crate::languages::of_profiles(report.profiles.iter().map(|p| p.language))
    });
    match Output::Across.offers(format)? {
        Format::Json => {
            // The JSON's summary is English whatever `lang` (its keys and `warnings` are), in
            // the words the table and the pages give.
            let mut report = report.clone();
            report.summary_text = across::summary(crate::languages::Language::En, &report);
            json::render(&report, out)
        }
        Format::Table => across::table(report, style, texts, lang, out),
        Format::Markdown => out.write_all(across::markdown(report, lang).as_bytes()),
        Format::Html => out.write_all(across::html(report, lang).as_bytes()),
        _ => across::csv(report, out),
    }
}

/// The pages of a site (`site`): built here, written by `crate::site`.
pub(crate) mod site {
    use super::{Options, html, view::DiffView};
    use crate::languages::Language;

    pub(crate) use super::view::PlaceRow;
    pub(crate) use html::PlaceLinks;

    pub(crate) use super::across::{site_page as across, site_period as across_period};

    /// The index of places; `source` says where the profile set was read from, `periods`
    /// links its pages across places (text, relative href).
    pub(crate) fn index(
        rows: &[PlaceRow],
        periods: &[(String, String)],
        source: &str,
        lang: Language,
    ) -> String {
        html::index(rows, periods, source, lang)
    }

    /// One profile's page, with its bar of links (text, relative href).
    pub(crate) fn profile(
        p: &crate::profile::Profile,
        links: &[(String, String)],
        lang: Language,
    ) -> String {
        html::profile_page(p, links, lang)
    }

    /// A comparison of two consecutive rounds: the HTML report, with its bar of links.
    pub(crate) fn diff(
        report: &crate::diff::Report,
        lang: Language,
        links: &[(String, String)],
    ) -> String {
        let page = html::diff(&DiffView::of(report, Some(lang)), &Options::default());
        html::with_nav(&page, links)
    }

    /// A place's history, with its links to the site's other pages.
    pub(crate) fn history(
        h: &crate::history::History,
        links: &PlaceLinks,
        lang: Language,
    ) -> String {
        html::history_in_site(
            &super::safe::history(&super::localise::history_in(h, lang)),
            links,
            lang,
        )
    }
}

/// Renders one profile (`show`) with its words in `lang`: [`Format::Table`],
/// [`Format::Markdown`] or [`Format::Json`] (the file's keys and values, in no language).
pub fn show(
    profile: &Profile,
    format: Format,
    style: &Style,
    lang: crate::languages::Language,
    out: &mut dyn Write,
) -> io::Result<()> {
    match Output::Show.offers(format)? {
        Format::Table => profile::table(profile, style, lang, out),
        Format::Markdown => profile::markdown(profile, lang, out),
        _ => json::render(&profile::ProfileView::of(profile), out),
    }
}

/// Renders the profile set (`list`): a table or JSON.
pub fn list(
    rows: &[ProfileInfo],
    format: Format,
    style: &Style,
    lang: crate::languages::Language,
    out: &mut dyn Write,
) -> io::Result<()> {
    match Output::List.offers(format)? {
        Format::Table => profile::list_table(rows, style, lang, out),
        _ => json::render(rows, out),
    }
}

/// Renders the `check` report: text lines, JSON, or GitHub annotations with paths relative to
/// `root` (the repository's top).
pub fn check(
    report: &crate::check::CheckReport,
    format: Format,
    root: Option<&Path>,
    out: &mut dyn Write,
) -> io::Result<()> {
    match Output::Check.offers(format)? {
        Format::Text => check::text(report, out),
        Format::Github => check::github(report, root, out),
        _ => json::render(report, out),
    }
}

/// Renders the JSON Schema `of` ([`Output::Schema`]: JSON only).
pub fn schema(of: Schema, format: Format, out: &mut dyn Write) -> io::Result<()> {
    Output::Schema.offers(format)?;
    json::render(&json_schema(of), out)
}

/// Text as HTML: `&`, `<`, `>` and quotes written as entities (the HTML report, and the
/// `<details>` a Markdown report folds its sections in).
fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
