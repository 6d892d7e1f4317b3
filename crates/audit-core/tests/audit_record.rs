mod common;

use audit_core::{AuditRecord, Compliance, Edit, HeaderField, Progress, parse_record};
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
            value: Some(Compliance::No.into()),
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
    assert_eq!(
        answer.value.as_ref().and_then(|v| v.compliance()),
        Some(Compliance::No)
    );
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
    value["answers"]["Q1"]["value"] = json!({"not": "an answer"});
    let err = parse_record(&value.to_string()).unwrap_err().to_string();
    assert!(
        err.starts_with("answers.Q1.value: data did not match any variant"),
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
            value: Some(Compliance::NotApplicable.into()),
        },
        now.clone(),
    );
    record.apply(
        Edit::Answer {
            question: "Q2".into(),
            value: Some(Compliance::Yes.into()),
        },
        now,
    );
    let visibility = audit_core::Visibility::of(&checklist, &record);
    let progress = Progress::of_section(&checklist.sections[0], &record, &visibility);
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

fn on_all_types() -> AuditRecord {
    AuditRecord::new(
        common::some_id(),
        common::all_types().reference(),
        common::at("2026-11-28T09:00:00Z"),
    )
}

fn edit(record: &mut AuditRecord, edit: Edit) {
    record.apply(edit, common::at("2026-11-28T09:10:00Z"));
}

#[test]
fn table_rows_are_added_edited_and_removed() {
    use audit_core::Cell;
    let mut record = on_all_types();
    let q = || "P4".to_owned();
    edit(&mut record, Edit::AddRow { question: q() });
    edit(&mut record, Edit::AddRow { question: q() });
    let cell = |row, column: &str, value| Edit::EditCell {
        question: q(),
        row,
        column: column.into(),
        value,
    };
    edit(
        &mut record,
        cell(0, "risk", Some(Cell::Text("Passports held".into()))),
    );
    edit(&mut record, cell(0, "severity", Some(Cell::Number(5.0))));
    edit(
        &mut record,
        cell(0, "ilo", Some(Cell::Choices(vec!["8".into()]))),
    );
    edit(
        &mut record,
        cell(1, "risk", Some(Cell::Text("Fees".into()))),
    );
    // A row that does not exist is left alone, and a blank value empties the cell.
    edit(
        &mut record,
        cell(7, "risk", Some(Cell::Text("nowhere".into()))),
    );
    edit(
        &mut record,
        cell(1, "status", Some(Cell::Text("open".into()))),
    );
    edit(&mut record, cell(1, "status", Some(Cell::Text(" ".into()))));
    assert_eq!(
        serde_json::to_value(&record.answers["P4"]).unwrap(),
        json!({"value": [
            {"risk": "Passports held", "severity": 5.0, "ilo": ["8"]},
            {"risk": "Fees"}
        ]})
    );
    edit(
        &mut record,
        Edit::RemoveRow {
            question: q(),
            row: 0,
        },
    );
    assert_eq!(record.answers["P4"].value.as_ref().unwrap().rows().len(), 1);
    edit(
        &mut record,
        Edit::RemoveRow {
            question: q(),
            row: 0,
        },
    );
    assert!(record.answer("P4").is_none(), "no rows left, no answer");
    let text = serde_json::to_string(&record).unwrap();
    assert_eq!(parse_record(&text).unwrap(), record);
}

#[test]
fn every_answer_shape_round_trips_and_blank_answers_clear() {
    use audit_core::AnswerValue;
    let mut record = on_all_types();
    let set = |q: &str, value: AnswerValue| Edit::Answer {
        question: q.into(),
        value: Some(value),
    };
    edit(&mut record, set("C3", AnswerValue::Text("bank".into())));
    edit(
        &mut record,
        set(
            "R1",
            AnswerValue::Choices(vec!["direct".into(), "agents".into()]),
        ),
    );
    edit(&mut record, set("R3", AnswerValue::Number(12.0)));
    edit(
        &mut record,
        set(
            "P1",
            AnswerValue::Text("The union disagrees with measure 3.".into()),
        ),
    );
    edit(
        &mut record,
        set("P2", AnswerValue::Text("2027-03-01".into())),
    );
    let value = serde_json::to_value(&record).unwrap();
    assert_eq!(value["answers"]["R1"]["value"], json!(["direct", "agents"]));
    assert_eq!(value["answers"]["R3"]["value"], json!(12.0));
    assert_eq!(value["answers"]["P2"]["value"], json!("2027-03-01"));
    assert_eq!(parse_record(&value.to_string()).unwrap(), record);

    edit(&mut record, set("P1", AnswerValue::Text("  ".into())));
    edit(&mut record, set("R1", AnswerValue::Choices(vec![])));
    assert!(record.answer("P1").is_none());
    assert!(record.answer("R1").is_none());
}

#[test]
fn drafts_and_exports_of_the_first_format_still_parse() {
    // A record exactly as version 0.1.0 of the app wrote it.
    let old = r#"{"format":"supplier-audit-record/1","id":"2f1c7d3e-8a41-4c0b-9d7e-5b6a1f0e9c21",
        "checklist":{"id":"supplier-due-diligence","version":"0.1.0","sha256":"00"},
        "header":{"supplier":"Acme","site":"","address":"","auditor":"","date":""},
        "answers":{"E1":{"value":"no","note":"HR safe"},"A1":{"value":"not_applicable"}},
        "created":"2026-11-28T09:00:00Z","updated":"2026-11-28T09:00:00Z"}"#;
    let record = parse_record(old).unwrap();
    let e1 = record.answer("E1").unwrap();
    assert_eq!(
        e1.value.as_ref().unwrap().compliance(),
        Some(Compliance::No)
    );
    assert_eq!(e1.note, "HR safe");
    assert_eq!(
        record
            .answer("A1")
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .compliance(),
        Some(Compliance::NotApplicable)
    );
}

#[test]
fn an_exported_summary_is_recomputed_not_trusted() {
    let loaded = common::all_types();
    let mut record = on_all_types();
    edit(
        &mut record,
        Edit::Answer {
            question: "C1".into(),
            value: Some(Compliance::No.into()),
        },
    );
    let exported = record.exported(Some(&loaded.checklist));
    let mut value = serde_json::to_value(&exported).unwrap();
    assert_eq!(value["summary"]["zero_tolerance_alert"], json!(true));
    assert_eq!(value["summary"]["critical_findings"], json!(["C1"]));
    assert_eq!(value["summary"]["findings"]["critical"], json!(1));
    // A forged summary is read past; the record is what the answers say.
    value["summary"] = json!({"zero_tolerance_alert": false, "anything": [1, 2]});
    let imported = parse_record(&value.to_string()).unwrap();
    assert_eq!(imported.summary, None);
    assert_eq!(imported, record);
    assert_eq!(
        imported.exported(Some(&loaded.checklist)).summary,
        exported.summary
    );
    // Without its checklist, an export simply has no summary.
    assert!(
        serde_json::to_value(record.exported(None))
            .unwrap()
            .get("summary")
            .is_none()
    );
}

#[test]
fn choices_are_stored_as_one_id_or_a_list() {
    use audit_core::{AnswerValue, Cell};
    assert_eq!(
        Cell::from_choice(false, vec!["weekly".into()]),
        Some(Cell::Text("weekly".into()))
    );
    assert_eq!(Cell::from_choice(false, vec![]), None);
    let both = Cell::from_choice(true, vec!["1".into(), "8".into()]).unwrap();
    assert_eq!(both.chosen(), ["1", "8"]);
    assert_eq!(Cell::Text("weekly".into()).chosen(), ["weekly"]);
    // Question answers read and write the same way, through the cell form.
    let value = AnswerValue::from(both.clone());
    assert_eq!(value, AnswerValue::Choices(vec!["1".into(), "8".into()]));
    assert_eq!(value.as_cell(), Some(both));
    assert_eq!(AnswerValue::Rows(vec![]).as_cell(), None);
}
