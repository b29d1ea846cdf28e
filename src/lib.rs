//! mgi-diff: compare versions of Migration Governance Indicators (MGI) profiles.
//!
//! Data flows one way: read ([`profile`]) → validate ([`profile::load`], [`check`]) → match
//! ([`diff`]) → render ([`render`]). [`app`] ties them to the commands of the binary.

pub mod app;
pub mod changes;
pub mod check;
pub mod diff;
pub mod exit;
pub mod git;
pub mod import;
pub mod profile;
pub mod render;
pub mod synthetic;
pub mod text;
