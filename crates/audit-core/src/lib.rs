//! The rules of Supplier Audit, free of any browser or UI dependency.
//!
//! The shell (the Yew app, the CLI) passes in the clock and randomness: nothing
//! here reads the time or draws random numbers, so every rule is a pure function
//! that native tests exercise in milliseconds.

pub mod answer;
pub mod app_status;
pub mod backup;
pub mod bundle;
pub mod canonical;
pub mod checklist;
pub mod condition;
pub mod corrective;
pub mod day;
pub mod embed;
pub mod evidence;
pub mod export;
pub mod import;
pub mod language;
pub mod localized;
pub mod progress;
pub mod record;
pub mod scoring;
pub mod signing;
pub mod standing;
pub mod storage_use;
pub mod timestamp;
pub mod validation;
pub mod visibility;
pub mod workflow;

pub use answer::{Answer, AnswerValue, Cell, Compliance, Row, Scalar};
pub use app_status::{AppStatus, StatusEvent};
pub use bundle::{Bundle, BundleError};
pub use checklist::{
    AnswerType, Checklist, ChoiceOption, Column, ColumnType, EvidenceKind, Question,
    Recommendation, Section, Severity, Source, Tags,
};
pub use condition::Condition;
pub use corrective::{
    ActionChange, ActionStatus, CorrectiveAction, DueDays, Finding, FollowUpOf, VerificationMethod,
    findings, overdue, overdue_since, proposed_actions,
};
pub use day::Day;
pub use evidence::{Photo, PhotoHash};
pub use import::{
    Document, ImportError, LoadedChecklist, parse_checklist, parse_document, parse_record,
};
pub use language::Language;
pub use localized::LocalizedText;
pub use progress::Progress;
pub use record::{AuditHeader, AuditRecord, ChecklistRef, Edit, HeaderField, SignatoryError};
pub use scoring::{FindingCounts, Outcome, Score, SectionSummary, Summary};
pub use standing::Standing;
pub use timestamp::Timestamp;
pub use uuid::Uuid;
pub use validation::{Problem, ValidationError, missing_translations};
pub use visibility::Visibility;
