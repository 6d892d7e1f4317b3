//! Checklist definitions from ministries and unions: parsing, validation, hashing, and the
//! rules that run on a valid one (show_if visibility, progress, scores and findings) over an
//! empty audit, over answers derived from the input, and over an appended audit record.
//!
//! Input: a checklist, optionally followed by a NUL byte and an audit record; or edits to a
//! seed checklist (see `audit_fuzz::edited_seed`).
#![no_main]

use audit_core::{
    AnswerType, AnswerValue, AuditRecord, Cell, Checklist, ColumnType, Compliance, Edit,
    LoadedChecklist, Progress, Summary, Timestamp, Uuid, Visibility, missing_translations,
    parse_checklist, parse_document, parse_record,
};
use libfuzzer_sys::fuzz_target;

/// Valid checklists that edit inputs start from.
const SEEDS: [&str; 3] = [
    include_str!("../seeds/checklist/supplier-due-diligence-0.1.0.json"),
    include_str!("../seeds/checklist/all-types-checklist.json"),
    include_str!("../seeds/checklist/minimal-checklist.json"),
];

fuzz_target!(|data: &[u8]| {
    let edited = audit_fuzz::edited_seed(data, &SEEDS);
    let (checklist, record) = match (&edited, data.iter().position(|&b| b == 0)) {
        (Some(edited), _) => (edited.as_bytes(), None),
        (None, Some(at)) => (&data[..at], Some(&data[at + 1..])),
        (None, None) => (data, None),
    };
    let Ok(text) = std::str::from_utf8(checklist) else {
        return;
    };
    let _ = parse_document(text).map_err(|e| e.to_string());
    let loaded = match parse_checklist(text) {
        Ok(loaded) => loaded,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    let _ = missing_translations(&loaded.checklist);
    let now = Timestamp::parse("2026-11-30T12:00:00Z").unwrap();

    let empty = AuditRecord::new(Uuid::nil(), loaded.reference(), now.clone());
    rules(&loaded.checklist, &empty);

    let mut answered = empty.clone();
    let mut entropy = Entropy(data);
    for edit in edits(&loaded, &mut entropy) {
        answered.apply(edit, now.clone());
    }
    rules(&loaded.checklist, &answered);

    if let Some(Ok(record)) = record
        .and_then(|r| std::str::from_utf8(r).ok())
        .map(parse_record)
    {
        rules(&loaded.checklist, &record);
    }
});

fn rules(checklist: &Checklist, record: &AuditRecord) {
    let visibility = Visibility::of(checklist, record);
    for section in &checklist.sections {
        let _ = Progress::of_section(section, record, &visibility);
    }
    let _ = Progress::of_checklist(checklist, record);
    let summary = Summary::of(checklist, record);
    let _ = serde_json::to_string(&summary);
    let exported = record.exported(Some(checklist));
    let _ = serde_json::to_string(&exported);
}

/// Bytes of the input reused as choices, so that the fuzzer steers the answers too.
struct Entropy<'a>(&'a [u8]);

impl Entropy<'_> {
    fn next(&mut self, below: usize) -> usize {
        let Some((&first, rest)) = self.0.split_last() else {
            return 0;
        };
        self.0 = rest;
        usize::from(first) % below.max(1)
    }
}

/// Values of every shape, given to questions of any type: a file may hold any of them.
const TEXTS: [&str; 7] = [
    "yes",
    "partial",
    "no",
    "not_applicable",
    "",
    "x",
    "2026-02-30",
];
const COMPLIANCE: [Compliance; 4] = [
    Compliance::Yes,
    Compliance::Partial,
    Compliance::No,
    Compliance::NotApplicable,
];
/// The app parses numbers with `str::parse::<f64>`, which accepts "NaN" and "inf".
const NUMBERS: [f64; 7] = [0.0, -1.0, 1.5, 1e308, f64::NAN, f64::INFINITY, f64::MIN];

/// One to three edits per question, of the question's type or deliberately of another.
fn edits(loaded: &LoadedChecklist, entropy: &mut Entropy) -> Vec<Edit> {
    let mut edits = Vec::new();
    for question in loaded.checklist.questions() {
        let id = question.id.clone();
        let option = |e: &mut Entropy| {
            let options: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
            match options.get(e.next(options.len() + 1)) {
                Some(id) => id.to_string(),
                None => "not-an-option".into(),
            }
        };
        let value = match (question.answer_type, entropy.next(4)) {
            (_, 0) => None,
            (_, 1) => Some(AnswerValue::Text(TEXTS[entropy.next(TEXTS.len())].into())),
            (AnswerType::Compliance, _) => Some(COMPLIANCE[entropy.next(COMPLIANCE.len())].into()),
            (AnswerType::SingleChoice, _) => Some(AnswerValue::Text(option(entropy))),
            (AnswerType::MultipleChoice, _) => Some(AnswerValue::Choices(
                (0..entropy.next(4)).map(|_| option(entropy)).collect(),
            )),
            (AnswerType::Number, _) => {
                Some(AnswerValue::Number(NUMBERS[entropy.next(NUMBERS.len())]))
            }
            (AnswerType::Text | AnswerType::Date, _) => {
                Some(AnswerValue::Text("2026-11-30".into()))
            }
            (AnswerType::Evidence | AnswerType::Table, _) => {
                for _ in 0..entropy.next(3) {
                    edits.push(Edit::AddRow {
                        question: id.clone(),
                    });
                }
                for column in &question.columns {
                    let value = match column.column_type {
                        ColumnType::Number => Cell::Number(NUMBERS[entropy.next(NUMBERS.len())]),
                        ColumnType::MultipleChoice => Cell::Choices(vec![option(entropy)]),
                        _ => Cell::Text(option(entropy)),
                    };
                    edits.push(Edit::EditCell {
                        question: id.clone(),
                        row: entropy.next(4),
                        column: column.id.clone(),
                        value: Some(value),
                    });
                }
                edits.push(Edit::RemoveRow {
                    question: id.clone(),
                    row: entropy.next(4),
                });
                continue;
            }
        };
        edits.push(Edit::Answer {
            question: id.clone(),
            value,
        });
        if entropy.next(8) == 0 {
            edits.push(Edit::Note {
                question: id,
                note: "note".into(),
            });
        }
    }
    edits
}
