//! `mgi-diff man`: the manual page, with the commands' help on one page.

use super::*;

/// The manual as one page: the top level, then a section for every subcommand with its
/// synopsis, description and options (clap_mangen alone points to a page per subcommand that
/// nothing writes).
pub(crate) fn manual() -> std::io::Result<Vec<u8>> {
    use clap::CommandFactory;
    use clap_mangen::Man;
    let command = Cli::command();
    let top = Man::new(command.clone());
    let mut page = Vec::new();
    top.render_title(&mut page)?;
    top.render_name_section(&mut page)?;
    top.render_synopsis_section(&mut page)?;
    top.render_description_section(&mut page)?;
    top.render_options_section(&mut page)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("mgi-diff {}", sub.get_name());
        let man = Man::new(sub.clone().bin_name(name.clone()));
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        man.render_description_section(&mut section)?;
        man.render_options_section(&mut section)?;
        if sub.get_after_help().is_some() {
            man.render_extra_section(&mut section)?;
        }
        let section = String::from_utf8_lossy(&section)
            .replacen(
                ".SH SYNOPSIS",
                &format!(".SH \"{}\"", name.to_uppercase().replace('-', "\\-")),
                1,
            )
            .replace(".SH DESCRIPTION", ".SS Description")
            .replace(".SH OPTIONS", ".SS Options")
            .replace(".SH EXTRA", ".SS Notes");
        page.extend_from_slice(paragraphs(&section).as_bytes());
    }
    let mut extra = Vec::new();
    top.render_extra_section(&mut extra)?;
    page.extend_from_slice(paragraphs(&String::from_utf8_lossy(&extra)).as_bytes());
    page.extend_from_slice(EXIT_STATUS.as_bytes());
    top.render_version_section(&mut page)?;
    Ok(page)
}

/// Roff that keeps the lines of an after-help text apart: each line its own (`.br`), as the
/// terminal help shows them, instead of run together into one paragraph.
fn paragraphs(roff: &str) -> String {
    let mut out = String::new();
    let mut in_text = false;
    for line in roff.lines() {
        let is_request = line.starts_with('.');
        if !is_request && in_text {
            out.push_str(".br\n");
        }
        out.push_str(line);
        out.push('\n');
        in_text = !is_request;
    }
    out
}

/// What a script can rely on: the statuses of `commands::exit::ExitCode` (docs/guide.md,
/// "Exit status", says the same).
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success: the command did what it was asked, and no check it was asked for failed.
.TP
\fB1\fR
A check failed: \fBcheck\fR found an error (or, with \fB\-\-strict\fR, a warning); \fB\-\-exit\-code\fR or \fB\-\-fail\-on\fR met an entry they name; \fBchanges\fR met a file that does not validate; \fBids\fR has something to write.
.TP
\fB2\fR
An error: a profile or terms file that does not validate where a command needs it, a file that cannot be read, an unknown reference or revision, a bad argument, git missing. Nothing is written to standard output or \fB\-\-output\fR.
"#;
