//! mgi-diff: compare versions of Migration Governance Indicators (MGI) profiles.
//!
//! Data flows one way: read ([`profile`]) → validate ([`profile::load`], [`check`]) → match
//! ([`diff`]) → render ([`render`]). [`app`] ties them to the commands of the binary.
//!
//! The library can be used on its own:
//!
//! ```
//! use mgi_diff::diff::{DEFAULT_THRESHOLD, Status, diff};
//! use mgi_diff::profile::load_str;
//!
//! let profile = |year: u32, finding: &str| {
//!     let text = format!(
//!         "format = 1\n[profile]\ncountry = \"Testland\"\niso3 = \"TST\"\nyear = {year}\n\
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
//! ```

pub mod app;
pub mod changes;
pub mod check;
pub mod diff;
pub mod exit;

pub mod ids;
pub mod import;
pub mod output;
pub mod problem;
pub mod profile;
pub mod read;
pub mod render;
pub mod store;
pub mod synthetic;
pub mod text;
