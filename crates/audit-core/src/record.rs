use std::collections::BTreeMap;

use semver::Version;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Timestamp;

/// Marks a JSON file as an audit record of this format version.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordFormat {
    #[default]
    #[serde(rename = "supplier-audit-record/1")]
    V1,
}

/// One audit of one site against one exact checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditRecord {
    pub format: RecordFormat,
    pub id: Uuid,
    pub checklist: ChecklistRef,
    pub header: AuditHeader,
    /// Keyed by question id; a question with neither answer nor note has no entry.
    pub answers: BTreeMap<String, Answer>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// Names the exact checklist content the answers refer to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistRef {
    pub id: String,
    pub version: Version,
    /// SHA-256 (hex) of the checklist's RFC 8785 canonical JSON.
    pub sha256: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditHeader {
    pub supplier: String,
    pub site: String,
    pub address: String,
    pub auditor: String,
    /// The audit day, `YYYY-MM-DD`, or empty while not yet set.
    pub date: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeaderField {
    Supplier,
    Site,
    Address,
    Auditor,
    Date,
}

impl HeaderField {
    pub const ALL: [HeaderField; 5] = [
        HeaderField::Supplier,
        HeaderField::Site,
        HeaderField::Address,
        HeaderField::Auditor,
        HeaderField::Date,
    ];
}

impl AuditHeader {
    pub fn get(&self, field: HeaderField) -> &str {
        match field {
            HeaderField::Supplier => &self.supplier,
            HeaderField::Site => &self.site,
            HeaderField::Address => &self.address,
            HeaderField::Auditor => &self.auditor,
            HeaderField::Date => &self.date,
        }
    }

    fn slot(&mut self, field: HeaderField) -> &mut String {
        match field {
            HeaderField::Supplier => &mut self.supplier,
            HeaderField::Site => &mut self.site,
            HeaderField::Address => &mut self.address,
            HeaderField::Auditor => &mut self.auditor,
            HeaderField::Date => &mut self.date,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    Yes,
    Partial,
    No,
    NotApplicable,
}

impl AnswerValue {
    pub const ALL: [AnswerValue; 4] = [
        AnswerValue::Yes,
        AnswerValue::Partial,
        AnswerValue::No,
        AnswerValue::NotApplicable,
    ];
}

/// One change a person makes to an audit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Header(HeaderField, String),
    /// `None` clears the answer.
    Answer {
        question: String,
        value: Option<AnswerValue>,
    },
    Note {
        question: String,
        note: String,
    },
}

impl AuditRecord {
    pub fn new(id: Uuid, checklist: ChecklistRef, now: Timestamp) -> AuditRecord {
        AuditRecord {
            format: RecordFormat::V1,
            id,
            checklist,
            header: AuditHeader::default(),
            answers: BTreeMap::new(),
            created: now.clone(),
            updated: now,
        }
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question)
    }

    /// Applies `edit`, stamping the record as changed at `now`.
    pub fn apply(&mut self, edit: Edit, now: Timestamp) {
        match edit {
            Edit::Header(field, value) => *self.header.slot(field) = value,
            Edit::Answer { question, value } => {
                self.answers.entry(question.clone()).or_default().value = value;
                self.drop_if_empty(&question);
            }
            Edit::Note { question, note } => {
                self.answers.entry(question.clone()).or_default().note = note;
                self.drop_if_empty(&question);
            }
        }
        self.updated = now;
    }

    /// A file name that tells exports apart: `audit-acme-textiles-2026-11-28-2f1c7d3e.json`.
    pub fn export_file_name(&self) -> String {
        let id = self.id.simple().to_string();
        let parts = [
            self.header.supplier.as_str(),
            self.header.date.as_str(),
            &id[..8],
        ];
        let slug = parts
            .iter()
            .flat_map(|part| part.split(|c: char| !c.is_alphanumeric()))
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join("-");
        format!("audit-{slug}.json")
    }

    fn drop_if_empty(&mut self, question: &str) {
        if self.answers.get(question) == Some(&Answer::default()) {
            self.answers.remove(question);
        }
    }
}
