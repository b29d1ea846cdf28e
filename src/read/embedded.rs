//! The `profiles/` folder this binary was built with (see `build.rs`), so that
//! `kazakhstan@2018` resolves from any working directory.

use super::Text;

mod files {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The built-in profiles, by their path inside `profiles/` (`/`-separated), in path order.
pub(crate) fn files() -> impl Iterator<Item = &'static str> {
    files::EMBEDDED.iter().map(|(rel, _)| *rel)
}

/// How a built-in profile is named to users: `built-in kazakhstan/2018`, since no such file
/// need exist where the user is.
pub(crate) fn origin(rel: &str) -> String {
    format!("built-in {}", rel.strip_suffix(".toml").unwrap_or(rel))
}

/// The text of a built-in profile, or `None` when there is no such file.
pub(crate) fn read(rel: &str) -> Option<Text> {
    files::EMBEDDED
        .iter()
        .find(|(r, _)| *r == rel)
        .map(|(_, text)| Text {
            origin: origin(rel),
            text: (*text).to_string(),
        })
}
