//! Scores, finding counts and the zero-tolerance alert on hand-made cases.
mod common;

use audit_core::{AnswerValue, AuditRecord, Compliance, Edit, FindingCounts, Score, Summary};

fn summary(answers: &[(&str, AnswerValue)]) -> Summary {
    let loaded = common::all_types();
    let mut record = AuditRecord::new(
        common::some_id(),
        loaded.reference(),
        common::at("2026-11-28T09:00:00Z"),
    );
    for (question, value) in answers {
        record.apply(
            Edit::Answer {
                question: (*question).into(),
                value: Some(value.clone()),
            },
            common::at("2026-11-28T09:01:00Z"),
        );
    }
    Summary::of(&loaded.checklist, &record)
}

fn c(value: Compliance) -> AnswerValue {
    value.into()
}

#[test]
fn nothing_answered_scores_nothing() {
    let s = summary(&[]);
    assert_eq!(s.score, Score::new(0, 0));
    assert_eq!(s.score.percent, None);
    assert_eq!(s.findings, FindingCounts::default());
    assert!(!s.zero_tolerance_alert);
    assert_eq!(s.sections.len(), 3);
}

#[test]
fn conforming_over_applicable_with_na_left_out() {
    let s = summary(&[
        ("C1", c(Compliance::Yes)),
        ("C2", c(Compliance::NotApplicable)),
        ("C3", AnswerValue::Text("bank".into())),
    ]);
    let documents = s.section("documents").unwrap();
    assert_eq!(documents.score, Score::new(2, 2));
    assert_eq!(documents.score.percent, Some(100));
    assert_eq!(s.score, Score::new(2, 2));
}

#[test]
fn partial_is_not_conforming_and_a_finding_only_when_listed() {
    // C1's finding_if defaults to ["no"]; C2 lists ["no", "partial"].
    let s = summary(&[
        ("C1", c(Compliance::Partial)),
        ("C2", c(Compliance::Partial)),
    ]);
    assert_eq!(s.score, Score::new(0, 2));
    assert_eq!(s.score.percent, Some(0));
    assert_eq!(
        s.findings,
        FindingCounts {
            critical: 0,
            major: 0,
            minor: 1
        }
    );
    assert!(!s.zero_tolerance_alert, "partial on C1 is not a finding");
}

#[test]
fn a_critical_no_raises_the_zero_tolerance_alert() {
    let s = summary(&[
        ("C1", c(Compliance::No)),
        ("C2", c(Compliance::Yes)),
        ("C3", AnswerValue::Text("cash-late".into())),
    ]);
    assert!(s.zero_tolerance_alert);
    assert_eq!(s.critical_findings, ["C1"]);
    assert_eq!(
        s.findings,
        FindingCounts {
            critical: 1,
            major: 1,
            minor: 0
        }
    );
    assert_eq!(s.score, Score::new(1, 3));
    assert_eq!(s.score.percent, Some(33));
}

#[test]
fn hidden_and_unscored_questions_do_not_count() {
    // R2 answered "no" but hidden (agents not used): no finding, no score.
    let s = summary(&[
        ("R1", AnswerValue::Choices(vec!["direct".into()])),
        ("R2", c(Compliance::No)),
        (
            "P1",
            AnswerValue::Text("text answers are not scored".into()),
        ),
    ]);
    assert_eq!(s.score, Score::new(0, 0));
    assert_eq!(s.findings.total(), 0);
    let shown = summary(&[
        ("R1", AnswerValue::Choices(vec!["agents".into()])),
        ("R2", c(Compliance::No)),
    ]);
    assert_eq!(shown.section("recruitment").unwrap().findings.major, 1);
    assert_eq!(
        shown.section("recruitment").unwrap().score,
        Score::new(0, 1)
    );
}

#[test]
fn percent_rounds_to_nearest() {
    assert_eq!(Score::new(2, 3).percent, Some(67));
    assert_eq!(Score::new(1, 8).percent, Some(13));
}
