//! The checklists shipped in `static/checklists/` must always load.

use audit_core::{AnswerType, Language, parse_checklist};

const BUNDLED: &[(&str, &str)] = &[(
    "supplier-due-diligence.json",
    include_str!("../../../static/checklists/supplier-due-diligence.json"),
)];

#[test]
fn every_bundled_checklist_is_valid_and_complete() {
    for (file, text) in BUNDLED {
        let loaded = parse_checklist(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let checklist = &loaded.checklist;
        assert_eq!(
            format!("{}.json", checklist.id),
            *file,
            "file name follows the id"
        );
        let count = checklist.questions().count();
        assert!((10..=15).contains(&count), "{file}: {count} questions");
        for question in checklist.questions() {
            assert!(
                question.guidance.has(Language::En),
                "{file}: {} lacks guidance",
                question.id
            );
            assert_eq!(question.answer_type, AnswerType::Compliance);
        }
    }
}
