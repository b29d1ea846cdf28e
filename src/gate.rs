//! The exit checks of `diff` and `changes`: `--exit-code` and `--fail-on`.

use crate::diff::{Report, Status};

/// The exit checks of `diff` and `changes`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gate {
    /// `--exit-code`: fail when anything changed.
    pub(crate) exit_code: bool,
    /// `--fail-on`: fail when an entry has one of these statuses. Both look at every finding of
    /// the domains shown, whether or not `--status` or `--changes-only` hide it.
    pub(crate) fail_on: Vec<Status>,
}

impl Gate {
    /// Prints on standard error why the check fails, and says whether it failed.
    pub(crate) fn complain(&self, report: &Report) -> bool {
        let Some(reason) = self.reason(report) else {
            return false;
        };
        eprintln!("mgi-diff: failing: {reason}");
        true
    }

    /// Why the check fails, for each changed file that fails it.
    pub(crate) fn reasons(&self, files: &[crate::changes::FileChange]) -> Vec<Failing> {
        files
            .iter()
            .filter_map(|f| {
                let reason = self.reason(f.report.as_ref()?)?;
                Some(Failing {
                    path: f.path.clone(),
                    reason,
                })
            })
            .collect()
    }

    /// Why the check fails, in one line for standard error, or `None` when it passes:
    /// `1 dropped, 1 regressed (--fail-on dropped,regressed)`, and how many of the
    /// failing entries may be a rewording the matcher left unpaired.
    pub(crate) fn reason(&self, report: &Report) -> Option<String> {
        let failing: Vec<Status> = if self.exit_code {
            Status::ALL[1..].to_vec()
        } else {
            self.fail_on.clone()
        };
        let counts: Vec<String> = Status::ALL
            .into_iter()
            .filter(|s| failing.contains(s) && report.summary.count(*s) > 0)
            .map(|s| format!("{} {s}", report.summary.count(s)))
            .collect();
        if counts.is_empty() {
            return None;
        }
        let flag = if self.exit_code {
            "--exit-code".to_string()
        } else {
            let keys: Vec<&str> = self.fail_on.iter().map(|s| s.key()).collect();
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

/// A changed file that fails the exit check, and why.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub(crate) struct Failing {
    pub(crate) path: String,
    /// `1 dropped, 1 regressed (--fail-on dropped,regressed)`.
    pub(crate) reason: String,
}
