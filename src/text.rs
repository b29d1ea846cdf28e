//! Text helpers shared across the crate: the comparison form of a finding, escaping of what must
//! not reach a terminal, "did you mean", plurals.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The comparison form of a finding: NFC, curly quotes and dashes folded to ASCII,
/// white space collapsed, leading bullets and trailing `.`/`;` removed, case folded.
/// Used only to compare; texts are always printed as written.
pub fn normalize(text: &str) -> String {
    // Most text is ASCII, which is NFC and has no curly quotes or dashes to fold: it is folded
    // a word at a time. Most of the rest is already in NFC: then composing it is wasted work.
    if text.is_ascii() {
        fold_ascii(text)
    } else if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        fold(text.chars(), text.len())
    } else {
        fold(text.nfc(), text.len())
    }
}

fn fold(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut pending_space = false;
    for c in chars {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    trimmed(out)
}

/// [`fold`] for ASCII text: whole words are copied and lowercased at once, not a byte at a
/// time.
fn fold_ascii(text: &str) -> String {
    // A vertical tab is the one ASCII character that `char::is_whitespace` accepts and
    // `split_ascii_whitespace` does not.
    if text.contains('\x0b') {
        return fold(text.chars(), text.len());
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.make_ascii_lowercase();
    if out.contains('`') {
        out = out.replace('`', "'");
    }
    trimmed(out)
}

/// A folded text without leading bullets and trailing stops, in place.
fn trimmed(mut out: String) -> String {
    let end = out.trim_end_matches(['.', ';', ' ']).len();
    out.truncate(end);
    let start = out.len()
        - out
            .trim_start_matches(|c: char| is_bullet(c) || c == ' ')
            .len();
    out.drain(..start);
    out
}

/// Whether a character must not reach a terminal or a report as it is: a control character
/// (C0 or C1) other than a line break or a tab, or a bidirectional override or isolate, which
/// can make text read differently from what it is.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                // Marks that reorder text (LRM, RLM, ALM) and line breaks a terminal or a
                // Markdown renderer may honour (LINE and PARAGRAPH SEPARATOR).
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// The first [unsafe](is_unsafe) character of `text`, if any.
pub(crate) fn first_unsafe(text: &str) -> Option<char> {
    // Every unsafe character is a control byte (other than a tab or a line break), DEL, or
    // starts with 0xC2 (C1 controls), 0xD8 (the Arabic letter mark) or 0xE2 (bidirectional
    // controls and marks, line separators). Most texts have none of these bytes: a scan
    // without an early exit, which the compiler can vectorise, shows that at a few bytes per
    // step.
    let suspect = |b: u8| matches!(b, 0x00..=0x08 | 0x0b..=0x1f | 0x7f | 0xc2 | 0xd8 | 0xe2);
    if !text.bytes().fold(false, |seen, b| seen | suspect(b)) {
        return None;
    }
    text.chars().find(|&c| is_unsafe(c))
}

/// `text` with every [unsafe](is_unsafe) character written as an escape (`\u{1b}`), so that
/// it is shown, not obeyed.
pub fn escape_unsafe(text: &str) -> std::borrow::Cow<'_, str> {
    if first_unsafe(text).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A text read from a profile (a finding, a title, a note), as a report shows it: [`escape_unsafe`],
/// and each line break folded into a space. A finding is one sentence and a title one line; a
/// line break that a multi-line TOML string put inside one is layout, not meaning (the matcher
/// reads it as a space too), and kept raw it could start a line of output that GitHub's runner
/// obeys as a workflow command (`::add-mask::…`), in a CSV cell or an HTML paragraph as much as
/// in a table.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    match escape_unsafe(text) {
        std::borrow::Cow::Borrowed(t) if !t.contains('\n') => std::borrow::Cow::Borrowed(t),
        escaped => std::borrow::Cow::Owned(escaped.replace('\n', " ")),
    }
}

/// A name that must stay on one line (a path, a revision): [`escape_unsafe`], and line breaks
/// and tabs written as escapes too, so that a file name cannot start a fake line of output.
pub fn escape_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\n', '\t']) {
        return escape_unsafe(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) || c == '\n' || c == '\t' {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Characters that published profiles use as list bullets.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '●' | '◦' | '▪' | '·' | '-' | '*' | '–' | '—')
}

/// The known name closest to `given`, when one is close enough to be what was meant.
pub(crate) fn did_you_mean<'a>(
    given: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let given = given.to_lowercase().replace('_', "-");
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(&given, k), k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// The message for a key that names nothing: "unknown status `reword`; did you mean
/// `reworded`? (statuses: unchanged, …)".
pub fn unknown_key<'a>(
    what: &str,
    given: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> String {
    let known: Vec<&str> = known.into_iter().collect();
    let mut msg = format!("unknown {what} `{given}`");
    if let Some(best) = did_you_mean(given, known.iter().copied()) {
        msg.push_str(&format!("; did you mean `{best}`?"));
    }
    msg.push_str(&format!(" ({}: {})", plural_of(what), known.join(", ")));
    msg
}

/// Natural order: runs of digits compare as numbers (`c2` before `c10`), the rest by
/// character, case-insensitively first so that `Almaty` and `almaty` sit together.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let number = |it: &mut std::iter::Peekable<std::str::Chars<'_>>| {
                    let mut digits = String::new();
                    while let Some(c) = it.next_if(char::is_ascii_digit) {
                        digits.push(c);
                    }
                    digits
                };
                let (m, n) = (number(&mut x), number(&mut y));
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                match m.len().cmp(&n.len()).then_with(|| m.cmp(n)) {
                    Ordering::Equal => continue,
                    other => return other,
                }
            }
            (Some(c), Some(d)) => {
                let order = c.to_lowercase().cmp(d.to_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                x.next();
                y.next();
            }
        }
    }
}

/// `text` with its first letter in capitals.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `n` and the noun, singular or plural: "1 error", "2 warnings", "3 statuses".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {}", plural_of(word))
    }
}

/// The plural of one of the crate's nouns (English, regular).
fn plural_of(word: &str) -> String {
    if word.ends_with('s') {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// A word with its diacritics folded, for comparison only: é = e, ñ = n, ё = е, œ = oe,
/// æ = ae, ß = ss; й stays й (its breve makes another letter). ASCII is returned as it is.
pub(crate) fn fold_diacritics(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        match c {
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("AE"),
            'ß' => out.push_str("ss"),
            '\u{0306}' if out.ends_with(['и', 'И']) => out.push(c),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out.nfc().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// ASCII text folds word by word exactly as any text folds a character at a time.
        #[test]
        fn ascii_folds_as_any_text_does(text in "[ -~\t\n\x0b\x0c\r\x00-\x08\x0e-\x1f\x7f]{0,40}") {
            prop_assert_eq!(normalize(&text), fold(text.chars(), text.len()));
        }

        /// Trimming in place leaves what trimming bullets, then stops, as slices would.
        #[test]
        fn trimming_in_place_is_trimming(text in "[-*•· .;a]{0,12}") {
            let body = text.trim_start_matches(|c: char| is_bullet(c) || c == ' ');
            let body = body.trim_end_matches(['.', ';', ' ']);
            prop_assert_eq!(trimmed(text.clone()), body);
        }
    }

    #[test]
    fn case_space_quotes_and_final_stop_never_make_a_change() {
        let a = normalize(
            "Migrant workers are not covered by the law “On the Mandatory Social Insurance”.",
        );
        let b = normalize(
            "  • migrant  workers are not covered by the law \"On the mandatory social insurance\"",
        );
        assert_eq!(a, b);
    }

    #[test]
    fn controls_and_bidi_overrides_are_escaped() {
        assert_eq!(
            escape_unsafe("evil \u{1b}]0;pwned\u{7} \u{202e}x\nok\tok"),
            "evil \\u{1b}]0;pwned\\u{7} \\u{202e}x\nok\tok"
        );
        assert!(matches!(
            escape_unsafe("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(is_unsafe('\u{9b}') && is_unsafe('\u{2066}') && !is_unsafe('é'));
        for (text, first) in [
            ("plain text,\ta tab\nand a line", None),
            ("", None),
            ("an escape \u{1b}[31m", Some('\u{1b}')),
            ("delete \u{7f}", Some('\u{7f}')),
            ("\u{1f} at the start", Some('\u{1f}')),
            ("café, then \u{202e}reversed", Some('\u{202e}')),
            ("“quoted”, then C1 \u{85}", Some('\u{85}')),
            ("“only quoted”", None),
            // Two bytes that may start one (a dash is safe): both are seen.
            ("a dash – then \u{1b}[0m", Some('\u{1b}')),
            ("\u{1b}\u{1b}", Some('\u{1b}')),
            ("\u{1b}", Some('\u{1b}')),
            ("\u{7f}", Some('\u{7f}')),
            ("\u{85}", Some('\u{85}')),
            ("\u{2067}", Some('\u{2067}')),
            ("\u{b}", Some('\u{b}')),
        ] {
            assert_eq!(first_unsafe(text), first, "{text:?}");
        }
    }

    #[test]
    fn unknown_keys_are_told_with_a_suggestion() {
        assert_eq!(
            unknown_key("status", "reword", ["unchanged", "reworded"]),
            "unknown status `reword`; did you mean `reworded`? (statuses: unchanged, reworded)"
        );
        assert_eq!(plural(1, "error"), "1 error");
        assert_eq!(plural(0, "warning"), "0 warnings");
    }

    #[test]
    fn natural_order_reads_numbers_as_numbers() {
        let mut names = vec!["c10", "c2", "c1", "C3", "b", "c02x"];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(names, ["b", "c1", "c2", "c02x", "C3", "c10"]);
        assert_eq!(
            natural_cmp("a/2018.toml", "a/2018.toml"),
            std::cmp::Ordering::Equal
        );
        // A number meets a letter: characters decide, digits first, as in plain order.
        assert_eq!(natural_cmp("a1", "ab"), std::cmp::Ordering::Less);
        assert_eq!(natural_cmp("ab", "a1"), std::cmp::Ordering::Greater);
    }

    #[test]
    fn dashes_fold_and_inner_punctuation_stays() {
        assert_eq!(
            normalize("Co‑operation — in Europe;"),
            "co-operation - in europe"
        );
        assert_eq!(normalize("A. B."), "a. b");
    }

    /// A text whose accents are separate combining marks (NFD, as some editors and PDF exports
    /// write them) is the same text as its composed form.
    #[test]
    fn decomposed_accents_compose() {
        assert_eq!(
            normalize("Caf\u{e9} d\u{e9}j\u{e0}"),
            "caf\u{e9} d\u{e9}j\u{e0}"
        );
        assert_eq!(
            normalize("Cafe\u{301} de\u{301}ja\u{300}"),
            "caf\u{e9} d\u{e9}j\u{e0}"
        );
    }
}
