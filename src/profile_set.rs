//! The profile set (a `profiles/` folder, or the copy built into the binary) and the
//! references that name a profile on the command line: a path, `-`, `country@year`,
//! `country/city@year`, `REV:PATH`. It sits above both [`crate::read`] (it asks for bytes) and
//! [`crate::profile`] (it hands them over to be parsed).
//!
//! One idea a file: the set and its files (`set.rs`), finding what a name or a place names in
//! it (`lookup.rs`), the command line's references and the resolver that reads them
//! (`reference.rs`), the set's terms file read from disk (`terms_file.rs`), and the folder walk
//! (`walk.rs`).

mod lookup;
mod reference;
mod set;
mod terms_file;
pub mod walk;

pub use reference::{Resolver, parse};
pub use set::{ProfileSet, SetFile, Skipped, Store};
pub use terms_file::read_terms;
