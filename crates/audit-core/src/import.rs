//! Reading checklists and audit records from JSON text, with errors that say
//! where the problem is and what is wrong.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::canonical::canonical_sha256;
use crate::validation::validate;
use crate::{AuditRecord, Checklist, ChecklistRef, ValidationError};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("not valid JSON: {reason}")]
    Syntax {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{path}: {reason}")]
    Shape { path: String, reason: String },
    #[error("{} problem(s): {}", .0.len(), join(.0))]
    Invalid(Vec<ValidationError>),
    #[error("the file is {bytes} bytes long; the limit is {} MiB", .limit / (1024 * 1024))]
    TooLarge { bytes: usize, limit: usize },
    #[error("sections: {count} questions; a checklist can have at most {MAX_QUESTIONS}")]
    TooManyQuestions { count: usize },
}

/// Checklists come from ministries' websites and strangers' files: past these limits a file is
/// refused at once, before it is read into types and validated question by question.
pub const MAX_CHECKLIST_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_QUESTIONS: usize = 2_000;
/// Audit records and other typed files: the same limit as signed documents.
const MAX_FILE_BYTES: usize = crate::signing::MAX_DOCUMENT_BYTES;

fn join(errors: &[ValidationError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A valid checklist together with the digest that audit records pin.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedChecklist {
    pub checklist: Checklist,
    /// SHA-256 (hex) of the RFC 8785 canonical form of the file's JSON.
    pub sha256: String,
}

impl LoadedChecklist {
    pub fn reference(&self) -> ChecklistRef {
        ChecklistRef {
            id: self.checklist.id.clone(),
            version: self.checklist.version.clone(),
            sha256: self.sha256.clone(),
        }
    }
}

/// A file of either kind, told apart by its `format` field.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    Checklist(LoadedChecklist),
    Record(Box<AuditRecord>),
}

const CHECKLIST_FORMAT: &str = "supplier-audit-checklist/1";
const RECORD_FORMAT: &str = "supplier-audit-record/1";

/// Parses a checklist or an audit record, whichever the file declares.
pub fn parse_document(text: &str) -> Result<Document, ImportError> {
    let value = parse_json(text)?;
    match value.get("format").and_then(Value::as_str) {
        Some(CHECKLIST_FORMAT) => checklist_from_value(value).map(Document::Checklist),
        Some(RECORD_FORMAT) => from_value(&value).map(|r| Document::Record(Box::new(r))),
        _ => Err(ImportError::Shape {
            path: "format".into(),
            reason: format!("expected \"{CHECKLIST_FORMAT}\" or \"{RECORD_FORMAT}\""),
        }),
    }
}

/// Parses and validates a checklist definition.
pub fn parse_checklist(text: &str) -> Result<LoadedChecklist, ImportError> {
    if text.len() > MAX_CHECKLIST_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_CHECKLIST_BYTES,
        });
    }
    checklist_from_value(parse_json(text)?)
}

fn checklist_from_value(value: Value) -> Result<LoadedChecklist, ImportError> {
    let count: usize = value
        .get("sections")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|section| section.get("questions").and_then(Value::as_array))
        .map(Vec::len)
        .sum();
    if count > MAX_QUESTIONS {
        return Err(ImportError::TooManyQuestions { count });
    }
    let checklist: Checklist = from_value(&value)?;
    let errors = validate(&checklist);
    if !errors.is_empty() {
        return Err(ImportError::Invalid(errors));
    }
    let sha256 = canonical_sha256(&value).map_err(syntax_error)?;
    Ok(LoadedChecklist { checklist, sha256 })
}

/// Parses an audit record.
pub fn parse_record(text: &str) -> Result<AuditRecord, ImportError> {
    from_value(&parse_json(text)?)
}

/// Parses any typed file with path-naming errors.
pub(crate) fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    from_json_value(&parse_json(text)?)
}

pub(crate) fn from_json_value<T: DeserializeOwned>(value: &Value) -> Result<T, ImportError> {
    from_value(value)
}

fn parse_json(text: &str) -> Result<Value, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    serde_json::from_str(text).map_err(syntax_error)
}

fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| ImportError::Shape {
        path: e.path().to_string(),
        reason: e.into_inner().to_string(),
    })
}

fn syntax_error(e: serde_json::Error) -> ImportError {
    ImportError::Syntax {
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    }
}
