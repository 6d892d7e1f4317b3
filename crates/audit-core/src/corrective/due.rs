use serde::{Deserialize, Serialize};

use crate::day::Day;
use crate::{Severity, Uuid};

use super::{ActionStatus, CorrectiveAction, VerificationMethod};

/// Days from the audit to an action's default due day, by the finding's severity. A
/// checklist may set its own (`action_due_days`); these are the defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueDays {
    pub critical: u32,
    pub major: u32,
    pub minor: u32,
}

impl Default for DueDays {
    fn default() -> DueDays {
        DueDays {
            critical: 7,
            major: 60,
            minor: 120,
        }
    }
}

impl DueDays {
    /// The longest a checklist may set: ten years.
    pub const MAX: u32 = 3650;

    pub fn for_severity(self, severity: Severity) -> u32 {
        match severity {
            Severity::Critical => self.critical,
            Severity::Major => self.major,
            Severity::Minor => self.minor,
        }
    }
}

/// The actions "Add an action" creates for a finding of `severity` on `question`, counted
/// from `audit_day`. The first action on a critical finding comes with a same-day
/// containment step; `new_id` is called once per action.
pub fn proposed_actions(
    question: &str,
    severity: Severity,
    existing: &[CorrectiveAction],
    audit_day: Day,
    due_days: DueDays,
    mut new_id: impl FnMut() -> Uuid,
) -> Vec<CorrectiveAction> {
    let blank = |id: Uuid, due: Day, containment: bool| CorrectiveAction {
        id,
        question: question.to_owned(),
        what: String::new(),
        owner: String::new(),
        due,
        status: ActionStatus::Open,
        verification: VerificationMethod::OnSite,
        evidence: String::new(),
        containment,
        follows: None,
    };
    let contained = existing
        .iter()
        .any(|a| a.question == question && a.containment);
    let mut actions = Vec::new();
    if severity == Severity::Critical && !contained {
        actions.push(blank(new_id(), audit_day, true));
    }
    let due = audit_day.plus_days(due_days.for_severity(severity));
    actions.push(blank(new_id(), due, false));
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn ids() -> impl FnMut() -> Uuid {
        let mut n = 0u128;
        move || {
            n += 1;
            Uuid::from_u128(n)
        }
    }

    #[test]
    fn a_critical_finding_gets_a_same_day_containment_step_and_a_fix_in_seven_days() {
        let actions = proposed_actions(
            "q1",
            Severity::Critical,
            &[],
            day("2026-11-28"),
            DueDays::default(),
            ids(),
        );
        let dues: Vec<_> = actions
            .iter()
            .map(|a| (a.due.to_string(), a.containment))
            .collect();
        assert_eq!(
            dues,
            [("2026-11-28".into(), true), ("2026-12-05".into(), false)]
        );
        let again = proposed_actions(
            "q1",
            Severity::Critical,
            &actions,
            day("2026-11-28"),
            DueDays::default(),
            ids(),
        );
        assert_eq!(again.len(), 1, "one containment step is enough");
    }

    #[test]
    fn major_and_minor_defaults_and_a_checklist_override() {
        let at = day("2026-01-01");
        let major = proposed_actions("q", Severity::Major, &[], at, DueDays::default(), ids());
        assert_eq!(major[0].due.to_string(), "2026-03-02");
        let minor = proposed_actions("q", Severity::Minor, &[], at, DueDays::default(), ids());
        assert_eq!(minor[0].due.to_string(), "2026-05-01");
        let own = DueDays {
            critical: 3,
            major: 30,
            minor: 90,
        };
        let major = proposed_actions("q", Severity::Major, &[], at, own, ids());
        assert_eq!(major[0].due.to_string(), "2026-01-31");
    }
}
