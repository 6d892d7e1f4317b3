//! Shared fixtures for the core's integration tests.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use audit_core::{LoadedChecklist, Timestamp, parse_checklist};
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
