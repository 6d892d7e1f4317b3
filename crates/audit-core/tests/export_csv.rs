//! Answers and corrective actions as CSV: byte-order mark, words in the chosen language,
//! quoting, and cells that a spreadsheet would run as formulas.

mod common;

use audit_core::export::{Heading, Words, actions_csv, answers_csv};
use audit_core::workflow::{Action, Audit};
use audit_core::{
    ActionStatus, Compliance, Day, DueDays, Edit, Language, Photo, Severity, Uuid,
    VerificationMethod, proposed_actions,
};
use common::*;

/// Test words: English headings as their debug names, values spelled out.
struct English;

impl Words for English {
    fn heading(&self, heading: Heading) -> &str {
        match heading {
            Heading::Section => "Section",
            Heading::QuestionId => "Question id",
            Heading::Question => "Question",
            Heading::Answer => "Answer",
            Heading::Note => "Note",
            Heading::Severity => "Severity",
            Heading::Finding => "Finding",
            Heading::PhotoCount => "Photos",
            Heading::PhotoHashes => "Photo SHA-256",
            Heading::ActionId => "Action id",
            Heading::What => "What",
            Heading::Owner => "Owner",
            Heading::Due => "Due",
            Heading::Status => "Status",
            Heading::Verification => "Verification",
            Heading::Evidence => "Evidence",
            Heading::Containment => "Containment",
            Heading::Overdue => "Overdue",
        }
    }
    fn compliance(&self, compliance: Compliance) -> &str {
        match compliance {
            Compliance::Yes => "Yes",
            Compliance::Partial => "Partial",
            Compliance::No => "No",
            Compliance::NotApplicable => "Not applicable",
        }
    }
    fn severity(&self, severity: Severity) -> &str {
        match severity {
            Severity::Minor => "Minor",
            Severity::Major => "Major",
            Severity::Critical => "Critical",
        }
    }
    fn status(&self, status: ActionStatus) -> &str {
        match status {
            ActionStatus::Open => "Open",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
            ActionStatus::Verified => "Verified",
        }
    }
    fn verification(&self, method: VerificationMethod) -> &str {
        match method {
            VerificationMethod::Desk => "Desk",
            VerificationMethod::OnSite => "On site",
        }
    }
    fn yes_no(&self, yes: bool) -> &str {
        if yes { "yes" } else { "no" }
    }
}

/// C1 answered "No" (a critical finding) with a hostile note and a photo, and its actions.
fn audit() -> (Audit, audit_core::Checklist) {
    let loaded = all_types();
    let (mut audit, _) = Audit::start(
        Uuid::from_u128(3),
        loaded.reference(),
        at("2026-11-28T08:00:00Z"),
    );
    let checklist = loaded.checklist;
    let mut n = 10;
    let ids = || {
        n += 1;
        Uuid::from_u128(n)
    };
    let day = Day::parse("2026-11-28").unwrap();
    let mut actions = proposed_actions("C1", Severity::Critical, &[], day, DueDays::default(), ids);
    actions[0].owner = "=HYPERLINK(\"http://evil\")".into();
    let edits = vec![
        Edit::Answer {
            question: "C1".into(),
            value: Some(Compliance::No.into()),
        },
        Edit::Note {
            question: "C1".into(),
            note: "=cmd|'/c calc'!A1, then \"quoted\"\nsecond line".into(),
        },
        Edit::AttachPhoto {
            question: "C1".into(),
            photo: Photo::of(b"jpeg", "image/jpeg").unwrap(),
        },
        Edit::AddActions(actions),
    ];
    for edit in edits {
        audit
            .update(
                Action::Edit(edit, at("2026-11-28T08:01:00Z")),
                Some(&checklist),
            )
            .unwrap();
    }
    (audit, checklist)
}

fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte-order mark first");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn answers_are_in_words_with_findings_and_photos() {
    let (audit, checklist) = audit();
    let csv = answers_csv(&checklist, audit.record(), Language::En, &English);
    let rows = rows(&csv);
    assert_eq!(rows[0][0], "Section");
    assert_eq!(rows[0].len(), 9);
    let c1 = rows.iter().find(|r| r[1] == "C1").unwrap();
    assert_eq!(c1[0], "Documents");
    assert_eq!(c1[2], "Do workers hold their own passports?");
    assert_eq!(c1[3], "No");
    assert_eq!(c1[5], "Critical");
    assert_eq!(c1[6], "yes");
    assert_eq!(c1[7], "1");
    assert_eq!(c1[8], audit_core::PhotoHash::of(b"jpeg").as_str());
    let questions: usize = checklist.sections.iter().map(|s| s.questions.len()).sum();
    assert_eq!(rows.len(), questions + 1, "one row per question");
}

#[test]
fn formulas_are_defused_and_quoting_keeps_commas_quotes_and_lines() {
    let (audit, checklist) = audit();
    let rows = rows(&answers_csv(
        &checklist,
        audit.record(),
        Language::En,
        &English,
    ));
    let c1 = rows.iter().find(|r| r[1] == "C1").unwrap();
    assert_eq!(c1[4], "'=cmd|'/c calc'!A1, then \"quoted\"\nsecond line");
    let raw = String::from_utf8(answers_csv(
        &checklist,
        audit.record(),
        Language::En,
        &English,
    ))
    .unwrap();
    assert!(raw.contains("\"'=cmd|'/c calc'!A1, then \"\"quoted\"\"\nsecond line\""));

    let actions = rows_of_actions(&audit, &checklist, "2026-11-28");
    assert_eq!(actions[1][5], "'=HYPERLINK(\"http://evil\")");
}

fn rows_of_actions(
    audit: &Audit,
    checklist: &audit_core::Checklist,
    today: &str,
) -> Vec<Vec<String>> {
    rows(&actions_csv(
        checklist,
        audit.record(),
        Day::parse(today).unwrap(),
        Language::En,
        &English,
    ))
}

#[test]
fn actions_say_when_they_are_overdue() {
    let (audit, checklist) = audit();
    let on_the_day = rows_of_actions(&audit, &checklist, "2026-11-28");
    assert_eq!(on_the_day.len(), 3, "heading, containment step, fix");
    assert_eq!(on_the_day[0].len(), 12);
    let containment = &on_the_day[1];
    assert_eq!(containment[1], "C1");
    assert_eq!(containment[3], "Critical");
    assert_eq!(containment[6], "2026-11-28");
    assert_eq!(containment[7], "Open");
    assert_eq!(containment[10], "yes");
    assert_eq!(containment[11], "no");
    let later = rows_of_actions(&audit, &checklist, "2026-11-29");
    assert_eq!(later[1][11], "yes", "open past its due day");
    assert_eq!(later[2][11], "no", "the fix is due in 7 days");
}

#[test]
fn arabic_text_is_kept_after_the_byte_order_mark() {
    let (audit, checklist) = audit();
    let csv = answers_csv(&checklist, audit.record(), Language::Ar, &English);
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(csv).unwrap();
    assert!(text.contains("هل يحتفظ العمال بجوازات سفرهم؟"));
    assert!(text.contains("الوثائق"));
}
