mod common;

use audit_core::{AnswerValue, AuditRecord, Edit, HeaderField, Progress, parse_record};
use serde_json::json;

fn started() -> AuditRecord {
    AuditRecord::new(
        common::some_id(),
        common::minimal().reference(),
        common::at("2026-11-28T09:00:00.000Z"),
    )
}

fn answered() -> AuditRecord {
    let mut record = started();
    let later = common::at("2026-11-28T09:05:30.250Z");
    record.apply(
        Edit::Header(HeaderField::Supplier, "Acme Textiles".into()),
        later.clone(),
    );
    record.apply(
        Edit::Header(HeaderField::Date, "2026-11-28".into()),
        later.clone(),
    );
    record.apply(
        Edit::Answer {
            question: "Q1".into(),
            value: Some(AnswerValue::No),
        },
        later.clone(),
    );
    record.apply(
        Edit::Note {
            question: "Q1".into(),
            note: "Passports in the HR safe — «ключи»".into(),
        },
        later,
    );
    record
}

#[test]
fn a_new_record_pins_the_checklist_and_times() {
    let record = started();
    assert_eq!(record.checklist.id, "minimal");
    assert_eq!(record.checklist.sha256, common::minimal().sha256);
    assert_eq!(record.created, record.updated);
    assert!(record.answers.is_empty());
}

#[test]
fn edits_change_the_record_and_its_updated_time() {
    let record = answered();
    assert_eq!(record.header.supplier, "Acme Textiles");
    assert_eq!(record.header.get(HeaderField::Date), "2026-11-28");
    let answer = record.answer("Q1").unwrap();
    assert_eq!(answer.value, Some(AnswerValue::No));
    assert!(answer.note.starts_with("Passports"));
    assert_eq!(record.updated.as_str(), "2026-11-28T09:05:30.250Z");
    assert_eq!(record.created.as_str(), "2026-11-28T09:00:00.000Z");
}

#[test]
fn clearing_answer_and_note_removes_the_entry() {
    let mut record = answered();
    let now = common::at("2026-11-28T10:00:00Z");
    record.apply(
        Edit::Answer {
            question: "Q1".into(),
            value: None,
        },
        now.clone(),
    );
    assert!(record.answer("Q1").is_some(), "the note is still there");
    record.apply(
        Edit::Note {
            question: "Q1".into(),
            note: String::new(),
        },
        now,
    );
    assert!(record.answer("Q1").is_none());
}

#[test]
fn json_round_trip_is_lossless() {
    let record = answered();
    let text = serde_json::to_string_pretty(&record).unwrap();
    assert_eq!(parse_record(&text).unwrap(), record);
}

#[test]
fn the_json_shape_is_stable() {
    let value = serde_json::to_value(answered()).unwrap();
    assert_eq!(value["format"], "supplier-audit-record/1");
    assert_eq!(value["id"], "2f1c7d3e-8a41-4c0b-9d7e-5b6a1f0e9c21");
    assert_eq!(value["checklist"]["version"], "1.2.3");
    assert_eq!(value["answers"]["Q1"]["value"], "no");
    assert_eq!(value["header"]["site"], "");
    assert_eq!(
        value["answers"],
        json!({"Q1": {"value": "no", "note": "Passports in the HR safe — «ключи»"}})
    );
}

#[test]
fn a_malformed_record_names_the_field() {
    let mut value = serde_json::to_value(answered()).unwrap();
    value["answers"]["Q1"]["value"] = json!("maybe");
    let err = parse_record(&value.to_string()).unwrap_err().to_string();
    assert!(
        err.starts_with("answers.Q1.value: unknown variant `maybe`"),
        "{err}"
    );
    value["answers"]["Q1"]["value"] = json!("no");
    value["updated"] = json!("yesterday");
    let err = parse_record(&value.to_string()).unwrap_err().to_string();
    assert!(
        err.starts_with("updated: \"yesterday\" is not a UTC time"),
        "{err}"
    );
}

#[test]
fn progress_counts_answers_and_open_required_questions() {
    let checklist = common::minimal().checklist;
    let mut record = started();
    assert_eq!(
        Progress::of_checklist(&checklist, &record),
        Progress {
            answered: 0,
            total: 2,
            required_open: 1
        }
    );
    let now = common::at("2026-11-28T10:00:00Z");
    // A note alone is not an answer.
    record.apply(
        Edit::Note {
            question: "Q1".into(),
            note: "seen".into(),
        },
        now.clone(),
    );
    assert_eq!(Progress::of_checklist(&checklist, &record).answered, 0);
    record.apply(
        Edit::Answer {
            question: "Q1".into(),
            value: Some(AnswerValue::NotApplicable),
        },
        now.clone(),
    );
    record.apply(
        Edit::Answer {
            question: "Q2".into(),
            value: Some(AnswerValue::Yes),
        },
        now,
    );
    let progress = Progress::of_section(&checklist.sections[0], &record);
    assert_eq!(
        progress,
        Progress {
            answered: 2,
            total: 2,
            required_open: 0
        }
    );
    assert!(progress.is_complete());
}

#[test]
fn timestamps_must_be_utc_iso() {
    use audit_core::Timestamp;
    for good in ["2026-11-28T09:00:00Z", "2026-11-28T09:00:00.123Z"] {
        assert!(Timestamp::parse(good).is_ok(), "{good}");
    }
    for bad in [
        "2026-11-28",
        "2026-11-28T09:00:00+01:00",
        "2026-11-28T09:00:00.Z",
        "x",
    ] {
        assert!(Timestamp::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn export_file_names_are_readable_and_safe() {
    let mut record = answered();
    assert_eq!(
        record.export_file_name(),
        "audit-acme-textiles-2026-11-28-2f1c7d3e.json"
    );
    let now = common::at("2026-11-28T10:00:00Z");
    record.apply(
        Edit::Header(HeaderField::Supplier, "../Ünïted / Garments".into()),
        now.clone(),
    );
    record.apply(Edit::Header(HeaderField::Date, String::new()), now);
    assert_eq!(
        record.export_file_name(),
        "audit-ünïted-garments-2f1c7d3e.json"
    );
    assert_eq!(started().export_file_name(), "audit-2f1c7d3e.json");
}
