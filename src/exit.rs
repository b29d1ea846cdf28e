//! Exit statuses, in one place (docs/guide.md, "Exit status").

/// How a run ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Success (and, with `--exit-code`, nothing changed).
    Success = 0,
    /// A check that was asked for failed: `--exit-code`, `--fail-on`, or `check` found errors.
    CheckFailed = 1,
    /// Bad usage or input, or an I/O error.
    Error = 2,
}

impl ExitCode {
    /// [`ExitCode::CheckFailed`] when a check failed, else [`ExitCode::Success`].
    pub fn failed_if(failed: bool) -> ExitCode {
        if failed {
            ExitCode::CheckFailed
        } else {
            ExitCode::Success
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}
