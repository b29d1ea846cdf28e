//! `import FILE|-`: the text of a published profile turned into a format-1 TOML profile, by
//! [`mgi_diff::import`].

use std::path::Path;

use anyhow::Result;

use mgi_diff::import::{Overrides, import};
use mgi_diff::profile::{self, LoadError};
use mgi_diff::read;

use super::exit::ExitCode;

/// `import`'s arguments.
#[derive(Debug, Clone)]
pub(crate) struct Import {
    /// The text's file; `-`: standard input.
    pub(crate) input: String,
    /// What the command line says of the profile, over what the text says.
    pub(crate) overrides: Overrides,
}

/// Reads the text, prints the import's warnings and writes the TOML.
pub(crate) fn run(args: &Import, out: &mut Vec<u8>) -> Result<ExitCode> {
    let text = match args.input.as_str() {
        "-" => read::read_stdin()?,
        path => read::read_file(Path::new(path))?,
    };
    let (profile, warnings) =
        import(&text.origin, &text.text, &args.overrides).map_err(LoadError::Invalid)?;
    for warning in warnings {
        eprintln!("{warning}");
    }
    out.extend_from_slice(profile::to_toml(&profile).as_bytes());
    Ok(ExitCode::Success)
}
