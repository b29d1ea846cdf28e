//! mgi-diff: compare versions of Migration Governance Indicators (MGI) profiles.
//!
//! An MGI profile lists, for each of six policy domains, "examples of well-developed areas"
//! and "areas with potential for further development". This library loads two profiles,
//! matches their findings one to one, domain by domain, and reports what was added, resolved,
//! kept unchanged, reworded, improved, regressed, moved or dropped.
//!
//! Data flows one way: [`read`] (bytes and where they came from) → [`profile`] (parse and
//! validate) → [`diff`] (match) → [`render`] (a table, Markdown, HTML, CSV or JSON).
//!
//! **This library is the engine of the `mgi-diff` program, not a published crate**
//! (`publish = false`): its modules are public so that the program, its tests and its
//! benchmarks can use them, and they change with the program, with no promise of stability.
//! The program's command line (clap, `main`) lives in the binary (`src/main.rs`, `src/cli.rs`);
//! the modules it runs are public but hidden from this documentation. What is documented here
//! is what a script in Rust may reasonably use: load profiles, compare them, print a report.
//!
//! ```
//! use mgi_diff::diff::{DEFAULT_THRESHOLD, Status, diff};
//! use mgi_diff::profile::load_str;
//! use mgi_diff::render::{self, Format, Options, Style};
//!
//! let profile = |year: u32, finding: &str| {
//!     let text = format!(
//!         "format = 1\n[profile]\ncountry = \"Testland\"\niso3 = \"ATA\"\nyear = {year}\n\
//!          [domains.safe-orderly-regular]\n{finding}\n"
//!     );
//!     load_str("memory", &text).profile.expect("a valid profile")
//! };
//! let old = profile(2018, r#"further-development = ["It is not yet possible to apply for visas online."]"#);
//! let new = profile(2022, r#"well-developed = ["Visas can be applied for online through the e-visa portal."]"#);
//!
//! let report = diff(&old, &new, DEFAULT_THRESHOLD);
//! let statuses: Vec<Status> = report.entries().map(|e| e.status).collect();
//! assert_eq!(statuses, [Status::Improved]);
//!
//! let mut markdown = Vec::new();
//! render::diff(&report, Format::Markdown, &Style::default(), &Options::default(), &mut markdown).unwrap();
//! assert!(String::from_utf8(markdown).unwrap().contains("Improved"));
//! ```
#![deny(missing_docs)]

pub mod problem;
pub mod read;
pub mod text;

pub mod import;
pub mod profile;
pub mod profile_set;

pub mod diff;

pub mod changes;
pub mod check;
pub mod history;

pub mod languages;
pub mod render;

// Still to be documented field by field (their helper owns them): `across` is public for the
// program, its tests and its benchmarks.
#[allow(missing_docs)]
pub mod across;
pub mod site;
