//! The JSON Schemas of what mgi-diff reads and writes (`mgi-diff schema KIND`), derived from
//! the types themselves so that they cannot drift; `schemas/<kind>.schema.json` are committed
//! copies, kept equal by a test. They live with the renderers because the JSON they describe
//! is what [`super::json`] writes.

use schemars::{JsonSchema, schema_for};

use super::json::{DiffJson, Localised};

/// What a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// A profile file (format 1), for editors.
    Profile,
    /// `diff --format json`.
    Diff,
    /// `changes --format json`.
    Changes,
    /// `list --format json`.
    List,
    /// `check --format json`.
    Check,
    /// `history --format json`.
    History,
    /// `across --format json`.
    Across,
}

impl Schema {
    /// Every schema, in the order `schema --help` lists them.
    pub const ALL: [Schema; 7] = [
        Schema::Profile,
        Schema::Diff,
        Schema::Changes,
        Schema::List,
        Schema::Check,
        Schema::History,
        Schema::Across,
    ];

    /// The schema's name, as `mgi-diff schema` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Schema::Profile => "profile",
            Schema::Diff => "diff",
            Schema::Changes => "changes",
            Schema::List => "list",
            Schema::Check => "check",
            Schema::History => "history",
            Schema::Across => "across",
        }
    }

    /// What the schema describes, in a few words for `--help`.
    pub fn help(self) -> &'static str {
        match self {
            Schema::Profile => "A profile file (format 1)",
            Schema::Diff => "The JSON of `diff`",
            Schema::Changes => "The JSON of `changes`",
            Schema::List => "The JSON of `list`",
            Schema::Check => "The JSON of `check`",
            Schema::History => "The JSON of `history`",
            Schema::Across => "The JSON of `across`",
        }
    }
}

/// The output of `list --format json`.
#[derive(JsonSchema)]
#[schemars(title = "mgi-diff list")]
#[allow(dead_code)] // described, never built
struct ProfileList(Vec<crate::diff::ProfileInfo>);

/// The schema `of`, as JSON.
pub fn json_schema(of: Schema) -> serde_json::Value {
    let schema = match of {
        Schema::Profile => return crate::profile::format::json_schema(),
        Schema::Diff => titled(schema_for!(DiffJson), "mgi-diff diff report"),
        Schema::Changes => titled(
            schema_for!(Localised<'static, crate::changes::ChangesReport>),
            "mgi-diff changes report",
        ),
        Schema::List => schema_for!(ProfileList),
        Schema::Check => titled(
            schema_for!(crate::check::CheckReport),
            "mgi-diff check report",
        ),
        Schema::History => titled(
            schema_for!(Localised<'static, crate::history::History>),
            "mgi-diff history report",
        ),
        Schema::Across => titled(schema_for!(crate::across::Across), "mgi-diff across report"),
    };
    serde_json::to_value(schema).unwrap_or_default()
}

fn titled(mut schema: schemars::Schema, title: &str) -> schemars::Schema {
    schema.insert("title".into(), title.into());
    schema
}
