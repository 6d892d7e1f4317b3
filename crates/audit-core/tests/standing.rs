//! Where an audit stands (`Standing`) agrees with the parts it gathers, and only a change of an
//! answer's value can change it: the audit screen keeps it while notes, photos or the header
//! change, so a rule that read anything else would leave stale scores on screen.
mod common;

use audit_core::{
    AnswerValue, AuditRecord, Checklist, Compliance, Edit, HeaderField, Photo, Progress, Standing,
    Summary, Visibility,
};
use proptest::prelude::*;

/// Questions of the all-types fixture with the values a tap could give them.
fn value_edit() -> impl Strategy<Value = Edit> {
    let compliance = prop_oneof![
        Just(Compliance::Yes),
        Just(Compliance::Partial),
        Just(Compliance::No),
        Just(Compliance::NotApplicable),
    ];
    let choices = proptest::sample::subsequence(vec!["direct", "agents"], 0..=2);
    prop_oneof![
        (
            proptest::sample::select(vec!["C1", "C2", "R2"]),
            proptest::option::of(compliance)
        )
            .prop_map(|(q, v)| Edit::Answer {
                question: q.into(),
                value: v.map(AnswerValue::from),
            }),
        proptest::sample::select(vec!["bank", "cash-late"]).prop_map(|v| Edit::Answer {
            question: "C3".into(),
            value: Some(AnswerValue::Choices(vec![v.into()])),
        }),
        choices.prop_map(|v| Edit::Answer {
            question: "R1".into(),
            value: Some(AnswerValue::Choices(
                v.into_iter().map(String::from).collect()
            )),
        }),
        (0u8..5).prop_map(|n| Edit::Answer {
            question: "R3".into(),
            value: Some(AnswerValue::Number(f64::from(n))),
        }),
        Just(Edit::AddRow {
            question: "P4".into()
        }),
    ]
}

/// Edits that leave every value as it was: notes, the header, photos.
fn other_edit() -> impl Strategy<Value = Edit> {
    let question = proptest::sample::select(vec!["C1", "C2", "C3", "R1", "R2", "R3", "P1", "P4"]);
    prop_oneof![
        (question, "[a-z ]{0,12}").prop_map(|(q, note)| Edit::Note {
            question: q.into(),
            note,
        }),
        "[a-z ]{0,12}".prop_map(|s| Edit::Header(HeaderField::Supplier, s)),
        (proptest::sample::select(vec!["C1", "C2", "P1"]), 1u8..=255).prop_map(|(q, b)| {
            Edit::AttachPhoto {
                question: q.into(),
                photo: Photo::of(&[b; 4], "image/jpeg").expect("a well-formed photo entry"),
            }
        }),
    ]
}

fn apply(record: &mut AuditRecord, edit: Edit) {
    record.apply(edit, common::at("2026-11-28T09:01:00Z"));
}

/// The standing, worked out part by part as the screens did before it existed.
fn check_parts(checklist: &Checklist, record: &AuditRecord) {
    let standing = Standing::of(checklist, record);
    let visibility = Visibility::of(checklist, record);
    assert_eq!(standing.visibility, visibility);
    assert_eq!(standing.summary, Summary::of(checklist, record));
    let sections: Vec<Progress> = checklist
        .sections
        .iter()
        .map(|s| Progress::of_section(s, record, &visibility))
        .collect();
    assert_eq!(standing.sections, sections);
    assert_eq!(
        standing.overall(),
        Progress::of_checklist(checklist, record)
    );
    for (index, section) in checklist.sections.iter().enumerate() {
        let outcomes: Vec<_> = section
            .questions
            .iter()
            .map(|q| audit_core::scoring::outcome(q, record, &visibility))
            .collect();
        assert_eq!(standing.section_outcomes(index), outcomes, "{}", section.id);
    }
    assert!(
        standing
            .section_outcomes(checklist.sections.len())
            .is_empty()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn standing_is_its_parts_and_moves_only_with_values(
        edits in proptest::collection::vec(
            prop_oneof![value_edit().prop_map(|e| (e, true)), other_edit().prop_map(|e| (e, false))],
            1..24,
        )
    ) {
        let checklist = common::all_types().checklist;
        let mut record = common::all_types_draft();
        for (edit, may_change_values) in edits {
            let before = record.clone();
            apply(&mut record, edit);
            check_parts(&checklist, &record);
            if !may_change_values {
                prop_assert!(before.same_values(&record));
            }
            if before.same_values(&record) {
                prop_assert_eq!(Standing::of(&checklist, &before), Standing::of(&checklist, &record));
            }
        }
    }
}

#[test]
fn a_changed_value_is_seen_and_a_note_is_not() {
    let mut record = common::all_types_draft();
    common::answer(&mut record, "C1", Compliance::Yes.into());
    let yes = record.clone();
    apply(
        &mut record,
        Edit::Note {
            question: "C1".into(),
            note: "Passports kept in the office".into(),
        },
    );
    assert!(yes.same_values(&record));
    common::answer(&mut record, "C1", Compliance::No.into());
    assert!(!yes.same_values(&record));
    // A note alone on an unanswered question gives it no value.
    let before = record.clone();
    apply(
        &mut record,
        Edit::Note {
            question: "C2".into(),
            note: "Not asked yet".into(),
        },
    );
    assert!(before.same_values(&record));
    // Clearing an answer is a change, in either direction.
    apply(
        &mut record,
        Edit::Answer {
            question: "C1".into(),
            value: None,
        },
    );
    assert!(!yes.same_values(&record) && !record.same_values(&yes));
}
