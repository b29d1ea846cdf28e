//! Reading values out of the spanned TOML: each accessor reports a wrong type, an unsafe
//! character or a value out of range at the value's own span, and gives `None` for it.

use std::ops::Range;

use chrono::NaiveDate;

use chrono::Datelike;
use toml::de::DeValue;

use super::{Context, Table, Value, YEARS, get, quoted_list};
use crate::problem::Severity;
use crate::text::did_you_mean;

impl Context<'_> {
    pub(super) fn error_at_line(&mut self, line: usize, message: String) {
        self.at_line(Severity::Error, line, message);
    }

    pub(super) fn at_line(&mut self, severity: Severity, line: usize, message: String) {
        let column = 1 + self
            .lines
            .line(line)
            .chars()
            .take_while(|c| c.is_whitespace())
            .count();
        self.record(severity, line, column, message);
    }

    pub(super) fn wrong_type(&mut self, v: &Value<'_>, what: &str, expected: &str) {
        self.error(
            v.span(),
            format!(
                "{what} must be {expected}, found {}",
                v.get_ref().type_str()
            ),
        );
    }

    pub(super) fn string(&mut self, v: &Value<'_>, what: &str) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => {
                self.unsafe_characters(s, v.span());
                Some(s.to_string())
            }
            _ => {
                self.wrong_type(v, what, "a string");
                None
            }
        }
    }

    /// A control character or a bidirectional override in a text would be obeyed by a
    /// terminal rather than shown: reports show it escaped, and `check` says where it is.
    pub(super) fn unsafe_characters(&mut self, s: &str, span: Range<usize>) {
        if let Some(c) = crate::text::first_unsafe(s) {
            self.warning(
                span,
                format!(
                    "the text contains a control character or bidirectional override ({}); reports show it escaped",
                    c.escape_unicode()
                ),
            );
        }
    }

    pub(super) fn required_string(
        &mut self,
        t: &Table<'_>,
        key: &str,
        table_span: &Range<usize>,
    ) -> Option<(String, Range<usize>)> {
        match get(t, key) {
            None => {
                self.error(
                    table_span.clone(),
                    format!("missing required key `{key}` in [profile]"),
                );
                None
            }
            Some(v) => {
                let s = self.string(v, &format!("`{key}`"))?;
                if s.trim().is_empty() {
                    self.error(v.span(), format!("`{key}` is empty"));
                    return None;
                }
                Some((s, v.span()))
            }
        }
    }

    pub(super) fn optional_string(&mut self, t: &Table<'_>, key: &str) -> Option<String> {
        get(t, key).and_then(|v| self.string(v, &format!("`{key}`")))
    }

    pub(super) fn integer(&mut self, v: &Value<'_>, what: &str) -> Option<i64> {
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(n),
                Err(_) => {
                    self.error(v.span(), format!("{what} is too large"));
                    None
                }
            },
            _ => {
                self.wrong_type(v, what, "an integer");
                None
            }
        }
    }

    pub(super) fn table<'v, 'i>(&mut self, v: &'v Value<'i>, what: &str) -> Option<&'v Table<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong_type(v, what, "a table");
                None
            }
        }
    }

    pub(super) fn array<'v, 'i>(
        &mut self,
        v: &'v Value<'i>,
        what: &str,
    ) -> Option<&'v [Value<'i>]> {
        match v.get_ref() {
            DeValue::Array(a) => Some(a),
            _ => {
                self.wrong_type(v, what, "an array of findings");
                None
            }
        }
    }

    pub(super) fn choice<T: Copy>(
        &mut self,
        v: &Value<'_>,
        what: &str,
        options: &[(&str, T)],
    ) -> Option<T> {
        let s = self.string(v, what)?;
        if let Some((_, t)) = options.iter().find(|(name, _)| *name == s) {
            return Some(*t);
        }
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        let mut message = format!(
            "{what} cannot be \"{s}\"; it is one of {}",
            quoted_list(&names)
        );
        if let Some(best) = did_you_mean(&s, names.iter().copied()) {
            message.push_str(&format!(" (did you mean \"{best}\"?)"));
        }
        self.error(v.span(), message);
        None
    }

    pub(super) fn date(&mut self, v: &Value<'_>) -> Option<NaiveDate> {
        let hint = "`published` must be a TOML date, like `published = 2018-05-01` (no quotes)";
        match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    let date = NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into());
                    match date {
                        None => {
                            self.error(v.span(), format!("`published` is not a real date; {hint}"));
                            None
                        }
                        // MGI profiles exist since 2015; a date long before is a slip.
                        Some(date) if !(2000..=*YEARS.end()).contains(&i64::from(date.year())) => {
                            self.error(
                                v.span(),
                                format!(
                                    "`published = {date}` is not a plausible date: the year must be from 2000 to {}",
                                    YEARS.end()
                                ),
                            );
                            None
                        }
                        Some(date) => Some(date),
                    }
                }
                _ => {
                    self.error(v.span(), format!("`published` has a time of day; {hint}"));
                    None
                }
            },
            other => {
                self.error(v.span(), format!("{hint}, found {}", other.type_str()));
                None
            }
        }
    }
}
