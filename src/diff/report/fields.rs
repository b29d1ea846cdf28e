//! A profile's own fields that changed between two versions of one file, and the ids given
//! or changed: what `changes` and `git-diff` report besides the findings.

use super::*;

/// One of a profile's own fields edited between two versions of its file, or (`ids`) the
/// findings whose id was added or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FieldChange {
    /// The key as the file writes it: `provenance`, `year`, `title`, …, or `ids`.
    pub field: String,
    /// The value before (null when it was not set); for `ids`, null.
    pub old: Option<String>,
    /// The value after (null when it is no longer set); for `ids`, how many findings' ids
    /// were added or changed.
    pub new: Option<String>,
}

impl FieldChange {
    /// `provenance: illustrative → published`, `title: (none) → "…"`.
    pub fn describe(&self) -> String {
        let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
        match self.field.as_str() {
            "ids" => format!("ids: {}", value(&self.new)),
            _ => format!(
                "{}: {} → {}",
                self.field,
                value(&self.old),
                value(&self.new)
            ),
        }
    }
}

impl Report {
    /// Records what changed in the profile's own fields and in the ids of its findings, for a
    /// comparison of two versions of one file: such an edit is a change, never "No changes".
    pub fn with_fields(mut self, old: &Profile, new: &Profile) -> Report {
        let mut fields = Vec::new();
        let mut field = |key: &str, a: Option<String>, b: Option<String>| {
            if a != b {
                fields.push(FieldChange {
                    field: key.to_string(),
                    old: a,
                    new: b,
                });
            }
        };
        field(
            "country",
            Some(old.country.clone()),
            Some(new.country.clone()),
        );
        field("name", old.name.clone(), new.name.clone());
        field("iso3", Some(old.iso3.clone()), Some(new.iso3.clone()));
        field(
            "level",
            Some(old.level.key().into()),
            Some(new.level.key().into()),
        );
        field("city", old.city.clone(), new.city.clone());
        field(
            "year",
            Some(old.year.to_string()),
            Some(new.year.to_string()),
        );
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
        field("published", date(old.published), date(new.published));
        field("title", old.title.clone(), new.title.clone());
        field("source", old.source.clone(), new.source.clone());
        field(
            "provenance",
            Some(old.provenance.key().into()),
            Some(new.provenance.key().into()),
        );
        field("notes", old.notes.clone(), new.notes.clone());
        field(
            "language",
            Some(old.language.key().into()),
            Some(new.language.key().into()),
        );
        let ids = self
            .entries()
            .filter(|e| match (&e.old, &e.new) {
                (Some(o), Some(n)) => o.id != n.id,
                _ => false,
            })
            .count();
        if ids > 0 {
            fields.push(FieldChange {
                field: "ids".into(),
                old: None,
                new: Some(match ids {
                    1 => "1 finding's id added or changed".into(),
                    n => format!("{n} findings' ids added or changed"),
                }),
            });
        }
        self.fields = fields;
        self.settle();
        self
    }

    /// Whether anything changed: an entry that is not `unchanged`, or an edited field.
    pub fn changed(&self) -> bool {
        self.summary.differing() > 0 || !self.fields.is_empty()
    }
}
