use crate::AuditRecord;
use crate::day::Day;

use super::CorrectiveAction;

/// The day `action` fell due, when it is still open after that day on `today`: what the
/// flag "Overdue since <day>" says.
pub fn overdue_since(action: &CorrectiveAction, today: Day) -> Option<Day> {
    action.is_overdue(today).then_some(action.due)
}

/// How many of `record`'s actions are overdue on `today`.
pub fn overdue(record: &AuditRecord, today: Day) -> usize {
    record
        .actions
        .iter()
        .filter(|a| a.is_overdue(today))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrective::{ActionStatus, VerificationMethod};
    use crate::{ChecklistRef, Timestamp, Uuid};

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn action(n: u128, due: &str, status: ActionStatus) -> CorrectiveAction {
        CorrectiveAction {
            id: Uuid::from_u128(n),
            question: "q1".into(),
            what: String::new(),
            owner: String::new(),
            due: day(due),
            status,
            verification: VerificationMethod::Desk,
            evidence: String::new(),
            containment: false,
            follows: None,
        }
    }

    #[test]
    fn an_open_action_is_overdue_from_the_day_after_its_due_day() {
        let open = action(1, "2026-11-28", ActionStatus::Open);
        assert_eq!(overdue_since(&open, day("2026-11-28")), None);
        assert_eq!(
            overdue_since(&open, day("2026-11-29")),
            Some(day("2026-11-28"))
        );
        let working = action(2, "2026-11-28", ActionStatus::InProgress);
        assert_eq!(
            overdue_since(&working, day("2027-01-01")),
            Some(day("2026-11-28"))
        );
    }

    #[test]
    fn done_and_verified_actions_are_never_overdue() {
        for status in [ActionStatus::Done, ActionStatus::Verified] {
            let finished = action(1, "2020-01-01", status);
            assert_eq!(
                overdue_since(&finished, day("2026-11-29")),
                None,
                "{status:?}"
            );
        }
    }

    #[test]
    fn a_record_counts_its_overdue_actions() {
        let reference = ChecklistRef {
            id: "c".into(),
            version: semver::Version::new(1, 0, 0),
            sha256: "0".repeat(64),
        };
        let now = Timestamp::parse("2026-11-28T08:00:00Z").unwrap();
        let mut record = AuditRecord::new(Uuid::from_u128(9), reference, now);
        assert_eq!(overdue(&record, day("2026-12-01")), 0);
        record.actions = vec![
            action(1, "2026-11-28", ActionStatus::Open),
            action(2, "2026-11-30", ActionStatus::InProgress),
            action(3, "2026-12-01", ActionStatus::Open),
            action(4, "2026-11-01", ActionStatus::Done),
        ];
        assert_eq!(overdue(&record, day("2026-12-01")), 2);
        assert_eq!(overdue(&record, day("2026-11-28")), 0);
    }
}
