//! GitHub-flavoured Markdown, for reports and pull-request comments: a `diff` and the
//! `changes` report. Word-level changes are written `~~removed~~ **inserted**`; finding texts
//! are escaped so that they print as written.

use std::fmt::Write as _;

use super::budget::{Fold, Section, fit};
use super::view::{ChangesView, DiffView, DomainView, FileView, Item, Text};
use super::words::{Marks, marked};
use super::{Options, html_escape, say};
use crate::diff::{Status, Summary};
use crate::languages::{Language, tr};

/// Findings above which a file's section is folded in `<details>`.
const FOLD_ABOVE: usize = 12;

/// A `diff` report.
pub(super) fn diff(report: &DiffView, options: &Options) -> String {
    let mut head = format!("# {}\n\n", escape(&report.title));
    let (rest, sections) = parts(report, options, 2);
    head.push_str(&rest);
    shortened(head, sections, options, "domain", report.lang)
}

/// The report within `--max-chars`, its left-out `what` sections counted in a closing line.
fn shortened(
    head: String,
    sections: Vec<Section>,
    options: &Options,
    what: &str,
    lang: Language,
) -> String {
    let note = |left: usize, all: usize| {
        let said = tr!(
            lang,
            "shortened",
            max = options.max_chars.unwrap_or(0),
            left = left,
            all = all,
            what = what
        );
        format!("\n---\n\n_{}_\n", with_code_spans(&said))
    };
    fit(head, sections, "", options.max_chars, Fold::Markdown, note)
}

/// Everything after the title: the summary, warnings, sources, the counts, and a section per
/// domain with headings at `level` (its statuses one level below).
fn parts(report: &DiffView, options: &Options, level: usize) -> (String, Vec<Section>) {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "{}", escape(&report.summary_text));
    let _ = writeln!(out);
    for warning in &report.warnings {
        let label = tr!(lang, "warning-label");
        let _ = writeln!(out, "> **{label}** {}.", escape(warning));
        let _ = writeln!(out);
    }
    let side = |p: &Option<super::view::SideView>| match p {
        None => tr!(lang, "none"),
        Some(p) => format!("`{}` ({})", code(&p.origin), escape(&p.provenance)),
    };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "markdown-sides",
            old = side(&report.old),
            new = side(&report.new)
        )
    );
    let _ = writeln!(out);
    summary_table(report, &mut out);
    if !report.fields.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", tr!(lang, "profile-fields-changed"));
        let _ = writeln!(out);
        for f in &report.fields {
            let _ = writeln!(out, "- {}", escape(&f.described));
        }
    }
    if !report.changed {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", tr!(lang, "no-changes"));
    } else if options.word_diff && report.listed().any(|e| e.status != Status::Unchanged) {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", tr!(lang, "markdown-legend"));
    }
    if report.review > 0 {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", tr!(lang, "markdown-review-legend"));
    }
    // A domain whose entries are all hidden (`--changes-only`, `--status`) is in the summary.
    let sections = report
        .sections()
        .map(|domain| {
            let mut text = String::from("\n");
            domain_section(domain, options, level, &mut text, lang);
            Section {
                text,
                summary: html_text(&domain.name),
                first: domain.summary.differing() > 0,
            }
        })
        .collect();
    (out, sections)
}

/// The counts per domain and status, as a GitHub table.
fn summary_table(report: &DiffView, out: &mut String) {
    let lang = report.lang;
    let _ = write!(out, "| {} |", tr!(lang, "column-domain"));
    for status in Status::ALL {
        let _ = write!(out, " {} |", capitalised(lang, status));
    }
    let _ = writeln!(out);
    out.push_str("|---|");
    for _ in Status::ALL {
        out.push_str("---:|");
    }
    let _ = writeln!(out);
    for domain in &report.domains {
        summary_row(&escape(&domain.name), &domain.summary, out);
    }
    let all = format!("**{}**", tr!(lang, "all-domains"));
    summary_row(&all, &report.total, out);
}

fn summary_row(name: &str, summary: &Summary, out: &mut String) {
    let _ = write!(out, "| {name} |");
    for status in Status::ALL {
        let _ = write!(out, " {} |", summary.count(status));
    }
    let _ = writeln!(out);
}

fn capitalised(lang: Language, status: Status) -> String {
    say::status_heading(lang, status)
}

/// One domain: a heading, then its entries grouped by status.
fn domain_section(
    domain: &DomainView,
    options: &Options,
    level: usize,
    out: &mut String,
    lang: Language,
) {
    let hashes = "#".repeat(level);
    let _ = writeln!(out, "{hashes} {}", escape(&domain.name));
    for status in Status::ALL {
        let entries: Vec<&Item> = domain.with_status(status).collect();
        if entries.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let heading = capitalised(lang, status);
        let _ = writeln!(out, "{hashes}# {heading} ({})", entries.len());
        let _ = writeln!(out);
        for entry in entries {
            let _ = writeln!(out, "- {}", item(entry, options, lang));
            for note in &entry.notes {
                // A command in a note (`mgi-diff ids …`) is a code span, not escaped backticks.
                let _ = writeln!(out, "  - _{}_", with_code_spans(&note.text));
            }
        }
    }
}

fn item(entry: &Item, options: &Options, lang: Language) -> String {
    let prefix = match &entry.from {
        Some(domain) => tr!(
            lang,
            "from-domain-category",
            domain = escape(domain),
            category = entry.category.as_str()
        ),
        None => entry.category.to_string(),
    };
    let prefix = if prefix.is_empty() {
        prefix
    } else {
        format!("_{prefix}:_ ")
    };
    let text = match entry.text() {
        Text::Changed(old, new) if !options.word_diff => {
            tr!(lang, "text-was", new = escape(new), old = escape(old))
        }
        text => inline_diff(text),
    };
    format!("{prefix}{text}")
}

/// A text, its changed words marked when it changed, on one line.
fn inline_diff(text: Text<'_>) -> String {
    if let Text::Plain(t) = text {
        return escape(t);
    }
    let marks = Marks {
        same: &escape,
        removed: &|t| format!("~~{}~~", escape(t)),
        inserted: &|t| format!("**{}**", escape(t)),
        spaced: true,
    };
    // A line break inside an item would end it.
    marked(text.pieces(), &marks).replace(['\n', '\r'], " ")
}

/// The `changes` report: the files and their counts, the changes made in several files, then
/// a section per file.
pub(super) fn changes(report: &ChangesView, options: &Options) -> String {
    let lang = report.lang;
    let since = format!("`{}`", code(&report.since));
    let mut head = String::new();
    let _ = writeln!(
        head,
        "# {}",
        tr!(lang, "changes-title", since = since.as_str())
    );
    let _ = writeln!(head);
    for (path, reason) in &report.failing {
        let label = tr!(lang, "failing-label");
        let _ = writeln!(head, "> **{label}** `{}`: {}", code(path), escape(reason));
        let _ = writeln!(head);
    }
    if report.files.is_empty() {
        let _ = writeln!(head, "{}", tr!(lang, "no-profile-changed", since = since));
        return head;
    }
    let _ = write!(
        head,
        "| {} | {} | {} |",
        tr!(lang, "column-file"),
        tr!(lang, "column-change"),
        tr!(lang, "column-validation")
    );
    for status in Status::ALL {
        let _ = write!(head, " {} |", capitalised(lang, status));
    }
    let _ = writeln!(head);
    let _ = writeln!(head, "|---|---|---|{}", "---:|".repeat(Status::ALL.len()));
    for file in &report.files {
        let mark = if file.valid { "" } else { "❌ " };
        let _ = write!(
            head,
            "| `{}` | {} | {mark}{} |",
            code_in_cell(&file.path),
            tr!(lang, "file-change", change = file.change),
            file.validation
        );
        for status in Status::ALL {
            match &file.diff {
                Some(d) => {
                    let _ = write!(head, " {} |", d.total.count(status));
                }
                None => head.push_str(" – |"),
            }
        }
        let _ = writeln!(head);
    }
    if !report.groups.is_empty() {
        groups(report, &mut head);
    }
    let sections = report
        .files
        .iter()
        .filter(|f| f.tells_something)
        .map(|file| Section {
            text: file_section(file, options, lang),
            summary: format!(
                "{} ({})",
                html_text(&file.path),
                tr!(lang, "file-change", change = file.change)
            ),
            first: file.own_changes,
        })
        .collect();
    shortened(head, sections, options, "file", lang)
}

/// The changes made in several files, each once, with the files it is in.
fn groups(report: &ChangesView, out: &mut String) {
    let lang = report.lang;
    let _ = writeln!(out);
    let _ = writeln!(out, "## {}", tr!(lang, "made-in-several-files"));
    let _ = writeln!(out);
    for group in &report.groups {
        let text = inline_diff(group.text());
        let files: Vec<String> = group
            .files
            .iter()
            .map(|f| format!("`{}`", code(f)))
            .collect();
        let n = tr!(lang, "n-files", n = group.files.len());
        let badge = format!("**{}**", say::status(lang, group.status));
        let facts = tr!(lang, "group-in-files", badge = badge, files = n.as_str());
        let _ = writeln!(out, "- {facts}: {text}");
        if files.len() <= 5 {
            let _ = writeln!(out, "  - {}", files.join(", "));
        } else {
            let _ = writeln!(out);
            let _ = writeln!(out, "  <details><summary>{n}</summary>");
            let _ = writeln!(out);
            let _ = writeln!(out, "  {}", files.join(", "));
            let _ = writeln!(out);
            let _ = writeln!(out, "  </details>");
            let _ = writeln!(out);
        }
    }
}

/// One file's section: its problems, what it is, and its report without the changes it
/// shares with other files (those are told once, above).
fn file_section(file: &FileView, options: &Options, lang: Language) -> String {
    let mut out = String::new();
    let _ = writeln!(out);
    let change = tr!(lang, "file-change", change = file.change);
    let _ = writeln!(out, "## `{}` ({change})", code(&file.path));
    if !file.problems.is_empty() {
        let _ = writeln!(out);
        for p in &file.problems {
            // Messages quote keys and values in backticks: let them be code spans.
            let message = with_code_spans(&p.message);
            let _ = writeln!(out, "- **{}:** {}{message}", p.severity, p.at);
        }
    }
    if let Some(what) = &file.what {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}.", crate::text::capitalised(&escape(what)));
    }
    let Some(diff) = &file.diff else {
        return out;
    };
    let _ = writeln!(out);
    if file.shared > 0 {
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "shared-changes-above", n = file.shared)
        );
        let _ = writeln!(out);
    }
    let fold = diff.listed().count() > FOLD_ABOVE;
    if fold {
        let _ = writeln!(
            out,
            "<details><summary>{}</summary>",
            html_text(&file.counts)
        );
        let _ = writeln!(out);
    }
    let (head, sections) = parts(diff, options, 3);
    out.push_str(&head);
    for section in sections {
        out.push_str(&section.text);
    }
    if fold {
        let _ = writeln!(out);
        let _ = writeln!(out, "</details>");
    }
    out
}

/// A place's history: the rounds, the counts per domain and round, then per domain a table
/// of its findings with a column per round.
pub(super) fn history(h: &crate::history::History, lang: Language) -> String {
    use super::view::{history_cell, history_counts, history_note};
    let mut out = String::new();
    let years: Vec<String> = h.rounds.iter().map(|r| r.year.to_string()).collect();
    let title = tr!(
        lang,
        "history-title",
        place = escape(&h.place),
        years = years.join(" → ")
    );
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(out, "{}\n", escape(&h.summary_text));
    for w in &h.warnings {
        let label = tr!(lang, "warning-label");
        let _ = writeln!(out, "> **{label}** {}.\n", escape(w));
    }
    let rounds: Vec<String> = h
        .rounds
        .iter()
        .map(|r| {
            let provenance = escape(&say::provenance(lang, r.provenance.key()));
            format!("`{}` ({provenance})", code(&r.reference))
        })
        .collect();
    let label = tr!(lang, "history-rounds-label");
    let _ = writeln!(out, "{label} {}.\n", rounds.join(", "));
    let Some(first) = h.rounds.first() else {
        return out;
    };
    let _ = write!(out, "| {} |", tr!(lang, "history-column-domain"));
    for y in &years {
        let _ = write!(out, " {y} |");
    }
    let first_year = first.year.to_string();
    let still_open = tr!(lang, "history-column-still-open", year = first_year);
    let _ = writeln!(out, " {still_open} |");
    let _ = writeln!(out, "|---|{}---:|", "---:|".repeat(years.len()));
    for d in &h.domains {
        let _ = write!(out, "| {} |", escape(&say::domain_of_key(lang, d.key)));
        for c in &d.counts {
            let _ = write!(out, " {} |", history_counts(c));
        }
        let open = tr!(
            lang,
            "history-still-open",
            open = d.first_gaps_still_open,
            of = d.first_gaps
        );
        let _ = writeln!(out, " {open} |");
    }
    for d in h.domains.iter().filter(|d| !d.lines.is_empty()) {
        let _ = writeln!(out, "\n## {}\n", escape(&say::domain_of_key(lang, d.key)));
        let _ = write!(out, "| {} |", tr!(lang, "column-finding"));
        for y in &years {
            let _ = write!(out, " {y} |");
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "|---|{}", "---|".repeat(years.len()));
        for l in &d.lines {
            let note =
                (history_note(l, first.year, lang)).map_or(String::new(), |n| format!(" _({n})_"));
            let _ = write!(out, "| {}{note} |", escape(&l.latest().text));
            for cell in &l.cells {
                let _ = write!(
                    out,
                    " {} |",
                    cell.as_ref()
                        .map_or(String::new(), |c| history_cell(c, lang))
                );
            }
            let _ = writeln!(out);
        }
    }
    out
}

/// Backslash-escapes the characters Markdown could read as syntax, and folds line breaks.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            '@' if opens_mention(previous, chars.peek()) => out.push_str(UNMENTIONED),
            c => out.push(c),
        }
        previous = Some(c);
    }
    out
}

/// What an `@` that could open a mention is written as: a zero-width space after it keeps
/// "@octocat" or "@org/team" from pinging anyone when the report is posted (a backslash
/// would not: GitHub finds mentions in the rendered text, raw HTML such as `<summary>`
/// included).
const UNMENTIONED: &str = "@&#8203;";

/// Whether an `@` between `previous` and `next` could be read as a mention. GitHub takes any
/// character but an ASCII letter, digit or `_` before the `@` (`é@octocat` pings octocat, and
/// so does `(@org/team)`); after one of those it is an address or a reference
/// (`kazakhstan@2018`), which is left as written so that it can be copied back into a command.
fn opens_mention(previous: Option<char>, next: Option<&char>) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    !previous.is_some_and(word) && next.is_some_and(|n| n.is_alphanumeric() || *n == '_')
}

/// Text for raw HTML in Markdown (a folded section's `<summary>`): HTML-escaped, since
/// Markdown's backslashes would show there, and with its mentions broken, since GitHub
/// links them in HTML too.
fn html_text(text: &str) -> String {
    let escaped = html_escape(text);
    let mut out = String::with_capacity(escaped.len());
    let mut chars = escaped.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        match c {
            '@' if opens_mention(previous, chars.peek()) => out.push_str(UNMENTIONED),
            c => out.push(c),
        }
        previous = Some(c);
    }
    out
}

/// A message that quotes keys and values in backticks, as Markdown: the quoted parts as code
/// spans, as written (a backslash escape would show inside one: `expected \]`), the rest
/// escaped. Unbalanced backticks are all escaped.
fn with_code_spans(text: &str) -> String {
    super::quoted_parts(text, escape, |part| format!("`{}`", code(part)))
}

/// Text for an inline code span: backticks cannot be escaped there, so they are replaced.
fn code(text: &str) -> String {
    text.replace('`', "'").replace(['\n', '\r'], " ")
}

/// Text for an inline code span in a table cell, where a `|` would end the cell even inside
/// the span unless escaped.
fn code_in_cell(text: &str) -> String {
    code(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_parts_of_a_message_are_code_spans_as_written() {
        assert_eq!(
            with_code_spans("TOML syntax: expected `]`, found `|x*`"),
            "TOML syntax: expected `]`, found `|x*`"
        );
        assert_eq!(with_code_spans("a `b"), "a \\`b");
        assert_eq!(with_code_spans("x_y `z_w`"), "x\\_y `z_w`");
    }

    #[test]
    fn an_at_sign_before_a_word_character_mentions_no_one() {
        for (text, written) in [
            ("hi @octocat", "hi @&#8203;octocat"),
            ("é@octocat", "é@&#8203;octocat"),
            ("(@org/team)", "(@&#8203;org/team)"),
            ("kazakhstan@2018", "kazakhstan@2018"),
            ("x_@octocat", "x\\_@octocat"),
            ("1 @octocat", "1 @&#8203;octocat"),
            ("a @ b, a@", "a @ b, a@"),
        ] {
            assert_eq!(escape(text), written, "{text}");
        }
        assert_eq!(
            html_text("x/é@hubot & <b>@github</b>"),
            "x/é@&#8203;hubot &amp; &lt;b&gt;@&#8203;github&lt;/b&gt;"
        );
    }

    #[test]
    fn syntax_characters_are_escaped() {
        assert_eq!(escape("a *b* [c] | d_e"), "a \\*b\\* \\[c\\] \\| d\\_e");
    }

    #[test]
    fn inline_diff_keeps_spaces_outside_markers() {
        assert_eq!(
            inline_diff(Text::Changed("do now have", "do not have")),
            "do ~~now~~ **not** have"
        );
    }
}
