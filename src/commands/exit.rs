//! How a run ends: its exit status, in one place (docs/guide.md, "Exit status"), and the
//! exit checks of `diff` and `changes` that can make it 1 (`--exit-code`, `--fail-on`).

use mgi_diff::diff::{Report, Status};

/// How a run ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExitCode {
    /// Success (and, with `--exit-code`, nothing changed).
    Success = 0,
    /// A check that was asked for failed: `--exit-code`, `--fail-on`, or `check` found errors.
    CheckFailed = 1,
    /// Bad usage or input, or an I/O error.
    Error = 2,
}

impl ExitCode {
    /// [`ExitCode::CheckFailed`] when a check failed, else [`ExitCode::Success`].
    pub(crate) fn failed_if(failed: bool) -> ExitCode {
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

/// What `--fail-on` can name: a status, `review` (a pairing the matcher is not sure of), or
/// (for `changes`) `deleted`, a profile file deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailOn {
    Status(Status),
    Review,
    Deleted,
}

impl FailOn {
    fn key(self) -> &'static str {
        match self {
            FailOn::Status(s) => s.key(),
            FailOn::Review => "review",
            FailOn::Deleted => "deleted",
        }
    }
}

impl std::str::FromStr for FailOn {
    type Err = String;

    /// A status key or `review`, with a suggestion when it names neither.
    fn from_str(key: &str) -> Result<FailOn, String> {
        let key = key.trim();
        match key {
            "review" => return Ok(FailOn::Review),
            "deleted" => return Ok(FailOn::Deleted),
            _ => {}
        }
        Status::from_key(key).map(FailOn::Status).ok_or_else(|| {
            let mut known: Vec<&str> = Status::ALL.map(Status::key).to_vec();
            known.extend(["review", "deleted"]);
            mgi_diff::text::unknown_key("status", key, known)
        })
    }
}

/// The exit checks of `diff` and `changes`.
#[derive(Debug, Clone, Default)]
pub(crate) struct ExitChecks {
    /// `--exit-code`: fail when anything changed.
    pub(crate) exit_code: bool,
    /// `--fail-on`: fail when an entry has one of these statuses, or (`review`) when a pairing
    /// is marked for review. Both look at every finding of the domains shown, whether or not
    /// `--status` or `--changes-only` hide it.
    pub(crate) fail_on: Vec<FailOn>,
}

impl ExitChecks {
    /// Prints on standard error why the check fails, and says whether it failed.
    pub(crate) fn complain(&self, report: &Report) -> bool {
        let Some(reason) = self.reason(report) else {
            return false;
        };
        eprintln!("mgi-diff: failing: {reason}");
        true
    }

    /// Why the check fails, in one line for standard error, or `None` when it passes:
    /// `1 dropped, 1 regressed (--fail-on dropped,regressed)`, and how many of the
    /// failing entries may be a rewording the matcher left unpaired.
    pub(crate) fn reason(&self, report: &Report) -> Option<String> {
        let failing: Vec<Status> = if self.exit_code {
            Status::ALL[1..].to_vec()
        } else {
            (self.fail_on.iter())
                .filter_map(|f| match f {
                    FailOn::Status(s) => Some(*s),
                    FailOn::Review | FailOn::Deleted => None,
                })
                .collect()
        };
        let mut counts: Vec<String> = Status::ALL
            .into_iter()
            .filter(|s| failing.contains(s) && report.summary.count(*s) > 0)
            .map(|s| format!("{} {s}", report.summary.count(s)))
            .collect();
        if self.exit_code && !report.fields.is_empty() {
            counts.push(mgi_diff::text::plural(report.fields.len(), "profile field") + " changed");
        }
        // Counted over every entry of the domains shown, as the statuses are: the summary
        // counts hidden entries, so a pairing hidden by `--status` is counted too.
        if self.fail_on.contains(&FailOn::Review) {
            let review = report.review;
            if review > 0 {
                counts.push(format!(
                    "{review} pairing{} to review",
                    if review == 1 { "" } else { "s" }
                ));
            }
        }
        if counts.is_empty() {
            return None;
        }
        let flag = if self.exit_code {
            "--exit-code".to_string()
        } else {
            let keys: Vec<&str> = self.fail_on.iter().map(|f| f.key()).collect();
            format!("--fail-on {}", keys.join(","))
        };
        let mut line = format!("{} ({flag})", counts.join(", "));
        let near = report
            .entries()
            .filter(|e| e.near.is_some() && failing.contains(&e.status))
            .count();
        if near > 0 {
            line.push_str(&format!(
                "; {near} of them may be a rewording of an unpaired finding (see \"possible rewording\" in the report; tie both with the same id)"
            ));
        }
        Some(line)
    }
}
