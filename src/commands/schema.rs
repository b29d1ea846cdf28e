//! `schema [KIND]`: a JSON Schema, of the profile format or of a JSON output.

use anyhow::Result;

use mgi_diff::render::{self, Schema};

use super::context::Context;
use super::exit::ExitCode;

/// Prints the schema of `of`.
pub(crate) fn run(of: Schema, cx: &Context<'_>, out: &mut Vec<u8>) -> Result<ExitCode> {
    render::schema(of, cx.format, out)?;
    Ok(ExitCode::Success)
}
