use std::collections::BTreeMap;

use semver::Version;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Timestamp;
use crate::signing::Signatory;

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
    /// Set once the audit is closed for editing; only a finalized audit can be signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finalized: Option<Timestamp>,
    /// The record this one revises, when a finalized audit was reopened as a new version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_version: Option<Uuid>,
    /// Who must sign, fixed before the first signature.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatories: Vec<Signatory>,
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

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatoryError {
    #[error("{0} is already listed with this key")]
    AlreadyListed(String),
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
            finalized: None,
            previous_version: None,
            signatories: Vec::new(),
        }
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question)
    }

    /// Applies `edit`, stamping the record as changed at `now`. A finalized record is
    /// read-only: the edit is ignored (start a new version with [`AuditRecord::new_version`]).
    pub fn apply(&mut self, edit: Edit, now: Timestamp) {
        if self.is_finalized() {
            return;
        }
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

    pub fn is_finalized(&self) -> bool {
        self.finalized.is_some()
    }

    /// Closes the audit for editing so that it can be signed.
    pub fn finalize(&mut self, now: Timestamp) {
        if !self.is_finalized() {
            self.finalized = Some(now);
        }
    }

    /// An editable copy of a finalized audit under a new id, linked to this one.
    /// Signatories and signatures belong to the old version and are not carried over.
    pub fn new_version(&self, id: Uuid, now: Timestamp) -> AuditRecord {
        AuditRecord {
            id,
            created: now.clone(),
            updated: now,
            finalized: None,
            previous_version: Some(self.id),
            signatories: Vec::new(),
            ..self.clone()
        }
    }

    /// Lists someone who must sign. Refused for a key that is already listed.
    pub fn add_signatory(&mut self, signatory: Signatory) -> Result<(), SignatoryError> {
        if self.signatories.iter().any(|s| s.did == signatory.did) {
            return Err(SignatoryError::AlreadyListed(signatory.name));
        }
        self.signatories.push(signatory);
        Ok(())
    }

    pub fn remove_signatory(&mut self, did: &crate::signing::DidKey) {
        self.signatories.retain(|s| &s.did != did);
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
