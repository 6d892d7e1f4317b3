//! Shared fixtures for the core's integration tests.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use audit_core::{AnswerValue, AuditRecord, Edit, LoadedChecklist, Timestamp, parse_checklist};
use uuid::Uuid;

pub const MINIMAL: &str = include_str!("fixtures/minimal-checklist.json");

/// Every answer type, `show_if`, `finding_if`, sources and four languages.
pub const ALL_TYPES: &str = include_str!("fixtures/all-types-checklist.json");

pub fn all_types() -> LoadedChecklist {
    parse_checklist(ALL_TYPES).expect("the all-types fixture is valid")
}

pub fn minimal() -> LoadedChecklist {
    parse_checklist(MINIMAL).expect("the minimal fixture is valid")
}

pub fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("test timestamps are well formed")
}

pub fn some_id() -> Uuid {
    Uuid::parse_str("2f1c7d3e-8a41-4c0b-9d7e-5b6a1f0e9c21").unwrap()
}

/// A new draft against the all-types fixture.
pub fn all_types_draft() -> AuditRecord {
    AuditRecord::new(
        some_id(),
        all_types().reference(),
        at("2026-11-28T09:00:00Z"),
    )
}

/// Sets the answer of `question`, as a tap would.
pub fn answer(record: &mut AuditRecord, question: &str, value: AnswerValue) {
    record.apply(
        Edit::Answer {
            question: question.into(),
            value: Some(value),
        },
        at("2026-11-28T09:01:00Z"),
    );
}
