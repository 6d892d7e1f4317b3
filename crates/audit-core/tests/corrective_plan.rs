//! The corrective action plan around the audit: a checklist's own due days, and the overdue
//! actions the home list flags.

mod common;
mod common_signing;

use audit_core::workflow::{Audit, AuditStatus, listed};
use audit_core::{
    ActionStatus, AuditRecord, CorrectiveAction, Day, DueDays, FollowUpOf, ImportError, Problem,
    Uuid, VerificationMethod, parse_checklist,
};
use common_signing::{finalized_record, now};
use serde_json::{Value, json};

fn minimal_with(due_days: Value) -> String {
    let mut v: Value = serde_json::from_str(common::MINIMAL).unwrap();
    v["action_due_days"] = due_days;
    v.to_string()
}

#[test]
fn a_checklist_may_set_its_own_due_days() {
    let loaded = parse_checklist(&minimal_with(
        json!({"critical": 0, "major": 30, "minor": 3650}),
    ))
    .unwrap();
    assert_eq!(
        loaded.checklist.action_due_days,
        Some(DueDays {
            critical: 0,
            major: 30,
            minor: 3650
        })
    );
}

#[test]
fn due_days_beyond_ten_years_are_refused_with_their_path() {
    let text = minimal_with(json!({"critical": 7, "major": 3651, "minor": 99999}));
    let Err(ImportError::Invalid(errors)) = parse_checklist(&text) else {
        panic!("expected validation errors");
    };
    let found: Vec<(String, Problem)> = errors.into_iter().map(|e| (e.path, e.problem)).collect();
    let out_of_range = |value| Problem::OutOfRange {
        value,
        min: 0,
        max: 3650,
    };
    assert_eq!(
        found,
        [
            ("action_due_days.major".to_owned(), out_of_range(3651)),
            ("action_due_days.minor".to_owned(), out_of_range(99999)),
        ]
    );
}

#[test]
fn due_days_must_name_every_severity_and_nothing_else() {
    for bad in [
        json!({"critical": 7, "major": 60}),
        json!({"critical": 7, "major": 60, "minor": 120, "trivial": 1}),
        json!({"critical": -1, "major": 60, "minor": 120}),
        json!({"critical": 1.5, "major": 60, "minor": 120}),
    ] {
        assert!(
            parse_checklist(&minimal_with(bad.clone())).is_err(),
            "{bad}"
        );
    }
}

fn action(n: u128, due: &str, status: ActionStatus) -> CorrectiveAction {
    CorrectiveAction {
        id: Uuid::from_u128(n),
        question: "Q1".into(),
        what: "Return the passports".into(),
        owner: "HR".into(),
        due: Day::parse(due).unwrap(),
        status,
        verification: VerificationMethod::OnSite,
        evidence: String::new(),
        containment: false,
        follows: None,
    }
}

fn draft_with(id: u128, actions: Vec<CorrectiveAction>) -> Audit {
    Audit::draft(AuditRecord {
        id: Uuid::from_u128(id),
        finalized: None,
        signatories: Vec::new(),
        actions,
        ..finalized_record()
    })
}

#[test]
fn the_list_counts_each_audits_overdue_actions_on_the_day_given() {
    let audits = [
        draft_with(
            1,
            vec![
                action(10, "2026-11-01", ActionStatus::Open),
                action(11, "2026-11-20", ActionStatus::InProgress),
                action(12, "2026-11-01", ActionStatus::Verified),
            ],
        ),
        draft_with(2, Vec::new()),
    ];
    let counts = |today: &str| -> Vec<usize> {
        listed(&audits, &now(), Day::parse(today).unwrap())
            .iter()
            .map(|(_, entry)| entry.overdue)
            .collect()
    };
    assert_eq!(counts("2026-11-01"), [0, 0]);
    assert_eq!(counts("2026-11-02"), [1, 0]);
    assert_eq!(counts("2026-11-21"), [2, 0]);
    let entries = listed(&audits, &now(), Day::parse("2026-11-21").unwrap());
    assert_eq!(entries[0].1.status, AuditStatus::Draft);
    assert_eq!(entries[0].0.id(), Uuid::from_u128(1));
}

#[test]
fn a_follow_up_on_the_device_carries_the_earlier_audits_overdue_actions() {
    let earlier = draft_with(1, vec![action(10, "2026-11-01", ActionStatus::Open)]);
    let mut copied = action(10, "2026-11-01", ActionStatus::Open);
    copied.follows = Some(copied.id);
    let mut follow_up = draft_with(2, vec![copied]).record().clone();
    follow_up.follow_up_of = Some(FollowUpOf {
        id: Uuid::from_u128(1),
        sha256: "0".repeat(64),
    });
    let today = Day::parse("2026-12-01").unwrap();
    let alone: Vec<usize> = listed(std::slice::from_ref(&earlier), &now(), today)
        .iter()
        .map(|(_, e)| e.overdue)
        .collect();
    assert_eq!(alone, [1]);
    let both: Vec<usize> = listed(&[earlier, Audit::draft(follow_up)], &now(), today)
        .iter()
        .map(|(_, e)| e.overdue)
        .collect();
    assert_eq!(both, [0, 1], "counted once, on the visit that tracks them");
}
