//! "Check your answers": what the review lists, and what it leaves out.
mod common;

use common::{all_types_draft, answer};

use audit_core::workflow::{Check, CheckReason, Review};
use audit_core::{
    AnswerValue, AuditRecord, Compliance, Day, DueDays, Edit, Severity, Uuid, proposed_actions,
};

fn review(record: &AuditRecord) -> Review {
    Review::of(&common::all_types().checklist, record)
}

fn check(section: &str, question: &str, reason: CheckReason) -> Check {
    Check {
        section: section.into(),
        question: question.into(),
        reason,
    }
}

#[test]
fn a_fresh_audit_lists_only_the_shown_required_questions() {
    // R2 is required but hidden until R1 includes agents.
    assert_eq!(
        review(&all_types_draft()).checks,
        [check("documents", "C1", CheckReason::Unanswered)]
    );
}

#[test]
fn a_required_question_counts_once_shown() {
    let mut r = all_types_draft();
    answer(&mut r, "C1", Compliance::Yes.into());
    answer(&mut r, "R1", AnswerValue::Choices(vec!["agents".into()]));
    assert_eq!(
        review(&r).checks,
        [check("recruitment", "R2", CheckReason::Unanswered)]
    );
    answer(&mut r, "R1", AnswerValue::Choices(vec!["direct".into()]));
    assert_eq!(review(&r).checks, []);
}

#[test]
fn findings_without_actions_are_listed_in_checklist_order_until_an_action_is_added() {
    let mut r = all_types_draft();
    answer(&mut r, "R1", AnswerValue::Choices(vec!["agents".into()]));
    answer(&mut r, "C2", Compliance::Partial.into());
    answer(&mut r, "C1", Compliance::No.into());
    assert_eq!(
        review(&r).checks,
        [
            check("documents", "C1", CheckReason::NoCorrectiveAction),
            check("documents", "C2", CheckReason::NoCorrectiveAction),
            check("recruitment", "R2", CheckReason::Unanswered),
        ]
    );
    let day = Day::parse("2026-11-28").unwrap();
    let mut n = 0;
    let actions = proposed_actions(
        "C1",
        Severity::Critical,
        &[],
        day,
        DueDays::default(),
        || {
            n += 1;
            Uuid::from_u128(n)
        },
    );
    r.apply(
        Edit::AddActions(actions),
        common::at("2026-11-28T09:02:00Z"),
    );
    let questions: Vec<_> = review(&r).checks.into_iter().map(|c| c.question).collect();
    assert_eq!(questions, ["C2", "R2"]);
}

#[test]
fn sections_count_and_list_only_shown_questions() {
    let mut r = all_types_draft();
    answer(&mut r, "C1", Compliance::Yes.into());
    answer(&mut r, "P1", AnswerValue::Text("Seen".into()));
    let sections = review(&r).sections;
    let ids: Vec<_> = sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(ids, ["documents", "recruitment", "plan"]);
    assert_eq!(sections[0].shown, ["C1", "C2", "C3"]);
    assert_eq!(
        (sections[0].progress.answered, sections[0].progress.total),
        (1, 3)
    );
    assert_eq!(sections[1].shown, ["R1"], "R2 and R3 are hidden");
    assert_eq!(
        (sections[2].progress.answered, sections[2].progress.total),
        (1, 4)
    );
}
