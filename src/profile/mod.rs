//! Profiles: the model, and loading from text with every problem located (file, line,
//! column). Nothing here reads a file or starts a process: [`crate::read`] hands the text over.

pub(crate) mod format;
pub(crate) mod iso;
mod language;
pub(crate) mod load;
mod model;
mod name;
mod terms;
mod write;

pub use crate::problem::{Problem, Severity};
pub use crate::read::LoadError;
pub use crate::text::normalize;
pub use language::Language;
pub use load::{Loaded, load_str};
pub use model::{Category, Domain, Finding, Level, Profile, Provenance, place, slug};
pub use name::ProfileName;
pub use terms::{TERMS_FILE, TermGroup, Terms, load_terms};
pub use write::to_toml;
