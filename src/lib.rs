//! mgi-diff: compare versions of Migration Governance Indicators (MGI) profiles.
//!
//! An MGI profile lists, for each of six policy domains, "examples of well-developed areas"
//! and "areas with potential for further development". This library loads two profiles,
//! matches their findings one to one, domain by domain, and reports what was added, resolved,
//! kept unchanged, reworded, improved, regressed, moved or dropped.
//!
//! Data flows one way: [`read`] (bytes and where they came from: a file, standard input, the
//! built-in profiles, a git revision) → [`profile`] (parse and validate), [`profile_set`] (a
//! folder of profiles and the references that name one), [`import`] (a published profile's
//! text) → [`diff`] (match) → the reports built from it ([`changes`], [`history`], [`check`],
//! [`across`]) → [`render`] (a table, Markdown, HTML, CSV or JSON, one table of which report is
//! written in which format). [`languages`] words every report; [`problem`] and [`text`] are the
//! located problems and the escaping and folding of text that every layer shares.
//!
//! **This library is the engine of the `mgi-diff` program, not a published crate**
//! (`publish = false`): it changes with the program, with no promise of stability. The
//! program itself — its command line (clap), one module per command, what it collects from git
//! and writes to files, its exit statuses — is the binary's (`src/main.rs`, `src/cli/`,
//! `src/commands/`), and nothing here depends on it. What is documented here is what a script
//! in Rust may reasonably use: load profiles, compare them, print a report. [`site`] makes a
//! profile set's website in memory, handing each page over with its path; writing them into
//! a folder, all or nothing, is the program's.
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
