//! JSON: `serde_json` of the same structs the other formats render, so they cannot disagree,
//! with the report's `language` beside them and its `summary_text` in that language (keys and
//! status values are a machine contract and stay English).

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use crate::languages::Language;

pub(super) fn render<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    // serde_json writes in many small pieces: into a vector of its own they cost nothing,
    // through `dyn Write` each is a call (a 77 MB `changes` report spent a tenth of its time
    // there).
    let mut bytes = serde_json::to_vec_pretty(value).map_err(io::Error::from)?;
    bytes.push(b'\n');
    out.write_all(&bytes)
}

/// A report as JSON writes it: its own fields, then the language of its words.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct Localised<'a, T: Clone + schemars::JsonSchema> {
    /// The report, its plain-language texts in `language`.
    #[serde(flatten)]
    pub(crate) report: Cow<'a, T>,
    /// The language of the report's words (`summary_text`): `en`, `es`, `fr` or `ru`.
    pub(crate) language: Language,
}

/// The JSON of `diff`, as `schema diff` describes it.
pub(crate) type DiffJson = Localised<'static, crate::diff::Report>;

impl<'a> Localised<'a, crate::history::History> {
    pub(super) fn history(h: &'a crate::history::History, lang: Language) -> Self {
        Localised {
            report: super::localise::history_in(h, lang),
            language: lang,
        }
    }
}

impl<'a> Localised<'a, crate::diff::Report> {
    pub(super) fn diff(report: &'a crate::diff::Report, lang: Language) -> Self {
        // The matcher's report leaves its summary to rendering (the words are render's).
        let mut r = report.clone();
        r.summary_text = super::prose::summary(report, lang);
        Localised {
            report: Cow::Owned(r),
            language: lang,
        }
    }
}

impl<'a> Localised<'a, crate::changes::ChangesReport> {
    pub(super) fn changes(report: &'a crate::changes::ChangesReport, lang: Language) -> Self {
        let mut r = report.clone();
        for file in &mut r.files {
            if let Some(diff) = &mut file.report {
                diff.summary_text = super::prose::summary(diff, lang);
            }
        }
        Localised {
            report: Cow::Owned(r),
            language: lang,
        }
    }
}

impl<T: Clone + schemars::JsonSchema> Localised<'_, T> {
    /// Itself, for a caller that takes a reference.
    pub(super) fn as_ref(&self) -> &Self {
        self
    }
}
