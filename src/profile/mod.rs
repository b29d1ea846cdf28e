//! Profiles: the model, loading with located problems, and the profile set.

pub mod load;
mod model;
mod name;
pub mod schema;
pub mod write;

pub use crate::problem::{Problem, Severity};
pub use crate::read::LoadError;
pub use load::{Loaded, load_str};
pub use model::{Category, Domain, Finding, Level, Profile, Provenance, slug};
pub use name::ProfileName;
