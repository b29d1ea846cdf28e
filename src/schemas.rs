//! The JSON Schemas of what mgi-diff reads and writes (`mgi-diff schema KIND`), derived from
//! the types themselves so that they cannot drift; `schemas/<kind>.schema.json` are committed
//! copies, kept equal by a test.

use schemars::{JsonSchema, schema_for};

/// What a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
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

/// The output of `list --format json`.
#[derive(JsonSchema)]
#[schemars(title = "mgi-diff list")]
#[allow(dead_code)] // described, never built
struct ProfileList(Vec<crate::diff::ProfileInfo>);

/// The schema of `kind`, as JSON.
pub(crate) fn json_schema(kind: Kind) -> serde_json::Value {
    let schema = match kind {
        Kind::Profile => return crate::profile::format::json_schema(),
        Kind::Diff => titled(schema_for!(crate::render::DiffJson), "mgi-diff diff report"),
        Kind::Changes => titled(
            schema_for!(crate::render::Localised<'static, crate::changes::ChangesReport>),
            "mgi-diff changes report",
        ),
        Kind::List => schema_for!(ProfileList),
        Kind::Check => titled(
            schema_for!(crate::check::CheckReport),
            "mgi-diff check report",
        ),
        Kind::History => titled(
            schema_for!(crate::render::Localised<'static, crate::history::History>),
            "mgi-diff history report",
        ),
        Kind::Across => titled(schema_for!(crate::across::Across), "mgi-diff across report"),
    };
    serde_json::to_value(schema).unwrap_or_default()
}

fn titled(mut schema: schemars::Schema, title: &str) -> schemars::Schema {
    schema.insert("title".into(), title.into());
    schema
}
