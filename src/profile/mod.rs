//! Profiles: the model, loading with located problems, and the profile set.

pub mod load;
mod model;
pub mod problem;
pub mod schema;
pub mod set;
pub mod source;
pub mod write;

pub use load::{Loaded, load_str};
pub use model::{Category, Domain, Finding, Level, Profile, Provenance, reference, slug};
pub use problem::{Problem, Severity};
pub use set::{ProfileSet, Reference, Resolver};
pub use source::LoadError;
