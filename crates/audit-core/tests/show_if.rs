//! `show_if` on hand-made cases: what is shown, and what a hidden answer counts for.
mod common;

use common::{all_types_draft, answer};

use audit_core::{AnswerValue, AuditRecord, Compliance, Progress, Visibility};

fn shown(record: &AuditRecord) -> Vec<String> {
    let checklist = common::all_types().checklist;
    let visibility = Visibility::of(&checklist, record);
    checklist
        .questions()
        .filter(|q| visibility.is_shown(&q.id))
        .map(|q| q.id.clone())
        .collect()
}

#[test]
fn includes_shows_a_question_only_for_that_option() {
    let mut r = all_types_draft();
    assert!(!shown(&r).contains(&"R2".to_owned()), "unanswered: hidden");
    answer(&mut r, "R1", AnswerValue::Choices(vec!["direct".into()]));
    assert!(!shown(&r).contains(&"R2".to_owned()));
    answer(
        &mut r,
        "R1",
        AnswerValue::Choices(vec!["direct".into(), "agents".into()]),
    );
    assert!(shown(&r).contains(&"R2".to_owned()));
}

#[test]
fn all_in_and_not_combine() {
    let mut r = all_types_draft();
    answer(&mut r, "R1", AnswerValue::Choices(vec!["agents".into()]));
    assert!(!shown(&r).contains(&"R3".to_owned()), "R2 unanswered");
    answer(&mut r, "R2", Compliance::Partial.into());
    assert!(shown(&r).contains(&"R3".to_owned()));
    answer(&mut r, "R2", Compliance::Yes.into());
    assert!(
        !shown(&r).contains(&"R3".to_owned()),
        "yes is not in [no, partial]"
    );
    answer(&mut r, "R2", Compliance::No.into());
    assert!(shown(&r).contains(&"R3".to_owned()));
    answer(&mut r, "C1", Compliance::NotApplicable.into());
    assert!(!shown(&r).contains(&"R3".to_owned()), "not(C1 = n/a) fails");
}

#[test]
fn a_hidden_answer_reads_as_none_further_down() {
    let mut r = all_types_draft();
    answer(&mut r, "R1", AnswerValue::Choices(vec!["agents".into()]));
    answer(&mut r, "R2", Compliance::No.into());
    answer(&mut r, "R3", AnswerValue::Number(4.0));
    assert!(shown(&r).contains(&"R3".to_owned()));
    // Agents no longer used: R2 hides, so its "no" no longer shows R3 either.
    answer(&mut r, "R1", AnswerValue::Choices(vec!["direct".into()]));
    let now = shown(&r);
    assert!(!now.contains(&"R2".to_owned()) && !now.contains(&"R3".to_owned()));
    // The answers stay in the record, ready if the question shows again.
    assert!(r.answer("R2").is_some() && r.answer("R3").is_some());
}

#[test]
fn hidden_questions_are_not_required_nor_counted() {
    let checklist = common::all_types().checklist;
    let mut r = all_types_draft();
    // 10 questions, R2 and R3 hidden; C1 is required.
    assert_eq!(
        Progress::of_checklist(&checklist, &r),
        Progress {
            answered: 0,
            total: 8,
            required_open: 1
        }
    );
    answer(&mut r, "R1", AnswerValue::Choices(vec!["agents".into()]));
    // R2 (required) now shows.
    assert_eq!(
        Progress::of_checklist(&checklist, &r),
        Progress {
            answered: 1,
            total: 9,
            required_open: 2
        }
    );
    // The sections, each counted with the same visibility, add up to the checklist.
    let visibility = Visibility::of(&checklist, &r);
    let sections: Progress = checklist
        .sections
        .iter()
        .map(|section| Progress::of_section(section, &r, &visibility))
        .sum();
    assert_eq!(sections, Progress::of_checklist(&checklist, &r));
}
