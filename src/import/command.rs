//! `import`: published profile text to a format-1 TOML profile.

use std::path::Path;

use anyhow::Result;

use crate::exit::ExitCode;
use crate::import::{Overrides, import};
use crate::profile::LoadError;
use crate::read;

/// Reads `input` (`-`: standard input), prints the import's warnings and writes the TOML.
pub(crate) fn run(input: &str, overrides: &Overrides, out: &mut Vec<u8>) -> Result<ExitCode> {
    let text = match input {
        "-" => read::read_stdin()?,
        path => read::read_file(Path::new(path))?,
    };
    let (profile, warnings) =
        import(&text.origin, &text.text, overrides).map_err(LoadError::Invalid)?;
    for warning in warnings {
        eprintln!("{warning}");
    }
    out.extend_from_slice(crate::profile::to_toml(&profile).as_bytes());
    Ok(ExitCode::Success)
}
