//! JSON: `serde_json` of the same structs the other formats render, so they cannot disagree.

use std::io::{self, Write};

use serde::Serialize;

pub(super) fn render<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)
}
