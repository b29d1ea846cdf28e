//! Writes two synthetic rounds of a large profile, for trying mgi-diff at scale:
//!
//! ```text
//! cargo run --release --example synthetic -- /tmp/scale 1000
//! /usr/bin/time -v target/release/mgi-diff diff /tmp/scale/old.toml /tmp/scale/new.toml > /dev/null
//! ```
//!
//! With `crowded` after the count, one domain of that many findings drawn from the same eleven
//! words, each reworded by one word (the bound on candidates): `… /tmp/crowded 20000 crowded`.

use std::path::PathBuf;

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), per_domain, shape) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: synthetic DIR [FINDINGS-PER-DOMAIN (default 1000)] [crowded]");
        return std::process::ExitCode::from(2);
    };
    let per_domain: usize = match per_domain.map(|n| n.parse()) {
        None => 1000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("synthetic: FINDINGS-PER-DOMAIN: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let dir = PathBuf::from(dir);
    let (old, new) = match shape.as_deref() {
        None => synthetic::pair(per_domain, 42),
        Some("crowded") => synthetic::crowded_pair(per_domain, 42),
        Some(other) => {
            eprintln!("synthetic: unknown shape {other:?} (the one there is: crowded)");
            return std::process::ExitCode::from(2);
        }
    };
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("old.toml"), synthetic::to_toml(&old)))
        .and_then(|()| std::fs::write(dir.join("new.toml"), synthetic::to_toml(&new)));
    if let Err(e) = written {
        eprintln!("synthetic: writing to {}: {e}", dir.display());
        return std::process::ExitCode::from(2);
    }
    println!(
        "{} and {} findings written to {}",
        old.findings.len(),
        new.findings.len(),
        dir.display()
    );
    std::process::ExitCode::SUCCESS
}
