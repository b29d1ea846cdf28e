//! mgi-diff: compare versions of Migration Governance Indicators (MGI) profiles.
//!
//! An MGI profile lists, for each of six policy domains, "examples of well-developed areas"
//! and "areas with potential for further development". This library loads two profiles,
//! matches their findings one to one, domain by domain, and reports what was added, resolved,
//! kept unchanged, reworded, improved, regressed, moved or dropped.
//!
//! Data flows one way: [`read`] (bytes and where they came from) → [`profile`] (parse and
//! validate) → [`diff`] (match) → [`render`] (a table, Markdown or JSON).
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

pub mod diff;
pub mod problem;
pub mod profile;
pub mod read;
pub mod render;

mod app;
mod changes;
mod check;
mod cli;
mod exit;
mod gate;
mod ids;
mod import;
mod output;
mod schemas;
mod store;
mod text;

/// Runs the `mgi-diff` command line on the process's arguments and returns its exit status:
/// 0 success, 1 a check that was asked for failed, 2 bad usage or input. This is all the
/// binary's `main` does.
pub fn main() -> std::process::ExitCode {
    cli::main()
}
