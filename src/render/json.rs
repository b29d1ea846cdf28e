//! JSON: `serde_json` of the same structs the other formats render, so they cannot disagree.

use std::io::{self, Write};

use serde::Serialize;

pub(super) fn render<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    // serde_json writes in many small pieces: into a vector of its own they cost nothing,
    // through `dyn Write` each is a call (a 77 MB `changes` report spent a tenth of its time
    // there).
    let mut bytes = serde_json::to_vec_pretty(value).map_err(io::Error::from)?;
    bytes.push(b'\n');
    out.write_all(&bytes)
}
