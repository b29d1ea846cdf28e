//! The report of `check`: what validating profile files and folders found. The program
//! walks the files; [`crate::render::check`] prints it.

use serde::Serialize;

use crate::problem::Problem;

/// The outcome of checking a set of files.
// A field without a doc comment is named plainly: a doc comment would become a description in
// the committed JSON Schema (`schemas/check.schema.json`).
#[allow(missing_docs)]
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct CheckReport {
    pub format_version: u32,
    /// Every file checked, terms files included.
    pub files: usize,
    /// Of them, terms files (`terms.toml`).
    pub terms_files: usize,
    /// No profile folder was found or named: the profiles built into mgi-diff were checked.
    pub built_in: bool,
    pub errors: usize,
    pub warnings: usize,
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// Counts the problems of one file, then keeps the first of them to show
    /// ([`crate::problem::bound`]): the totals are exact, what is printed is bounded.
    pub fn take(&mut self, mut problems: Vec<Problem>) {
        let errors = problems.iter().filter(|p| p.is_error()).count();
        self.errors += errors;
        self.warnings += problems.len() - errors;
        crate::problem::bound(&mut problems);
        self.problems.extend(problems);
    }

    /// Whether the check failed: any error, or with `strict` any warning.
    pub fn failed(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }
}
