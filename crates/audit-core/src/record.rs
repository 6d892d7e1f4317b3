use std::collections::BTreeMap;

use semver::Version;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::corrective::{ActionChange, CorrectiveAction, FollowUpOf};
use crate::evidence::{Photo, PhotoHash};
use crate::signing::Signatory;
use crate::{Answer, AnswerValue, Cell, Checklist, Row, Summary, Timestamp};

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
    /// The corrective action plan: steps to fix the findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<CorrectiveAction>,
    /// The audit whose actions this visit follows up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<FollowUpOf>,
    /// Scores, finding counts and the zero-tolerance alert, written on export for the
    /// reader's convenience. Never trusted on import: it is discarded and recomputed
    /// from the answers and the checklist.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::scoring::discard_summary"
    )]
    pub summary: Option<Box<Summary>>,
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

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatoryError {
    #[error("{0} is already listed with this key")]
    AlreadyListed(String),
}

/// One change a person makes to an audit.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Header(HeaderField, String),
    /// `None`, blank text or an empty list clears the answer.
    Answer {
        question: String,
        value: Option<AnswerValue>,
    },
    Note {
        question: String,
        note: String,
    },
    /// Appends an empty row to a table (or an empty evidence slot).
    AddRow {
        question: String,
    },
    /// Sets one cell of row `row`; `None` or a blank value empties it.
    EditCell {
        question: String,
        row: usize,
        column: String,
        value: Option<Cell>,
    },
    /// Removes row `row`, and the photos of that evidence slot; the last row gone, the table
    /// has no answer.
    RemoveRow {
        question: String,
        row: usize,
    },
    /// Adds a photo whose bytes the shell has stored (checked by the workflow first).
    AttachPhoto {
        question: String,
        photo: Photo,
    },
    CaptionPhoto {
        question: String,
        sha256: PhotoHash,
        caption: String,
    },
    RemovePhoto {
        question: String,
        sha256: PhotoHash,
    },
    /// Adds actions made by [`crate::corrective::proposed_actions`].
    AddActions(Vec<CorrectiveAction>),
    ChangeAction {
        id: uuid::Uuid,
        change: ActionChange,
    },
    RemoveAction {
        id: uuid::Uuid,
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
            actions: Vec::new(),
            follow_up_of: None,
            summary: None,
        }
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question)
    }

    /// Whether both records give every question the same value, whatever their notes, photos,
    /// header and corrective actions. Visibility, progress and scores read nothing else.
    pub fn same_values(&self, other: &AuditRecord) -> bool {
        self.values().eq(other.values())
    }

    /// Each answered question with its value, in question id order.
    fn values(&self) -> impl Iterator<Item = (&String, &AnswerValue)> {
        self.answers
            .iter()
            .filter_map(|(question, answer)| Some((question, answer.value.as_ref()?)))
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
                self.answers.entry(question.clone()).or_default().value =
                    value.filter(|v| !v.is_blank());
                self.drop_if_empty(&question);
            }
            Edit::AddRow { question } => {
                self.edit_rows(&question, |rows| rows.push(Row::new()));
            }
            Edit::EditCell {
                question,
                row,
                column,
                value,
            } => self.edit_rows(&question, |rows| {
                if let Some(cells) = rows.get_mut(row) {
                    match value.filter(|v| !v.is_blank()) {
                        Some(value) => cells.insert(column, value),
                        None => cells.remove(&column),
                    };
                }
            }),
            Edit::RemoveRow { question, row } => {
                self.edit_rows(&question, |rows| {
                    if row < rows.len() {
                        rows.remove(row);
                    }
                });
                self.edit_photos(&question, |photos| {
                    photos.retain(|p| p.slot != Some(row));
                    for photo in photos.iter_mut() {
                        if let Some(slot) = photo.slot.as_mut().filter(|s| **s > row) {
                            *slot -= 1;
                        }
                    }
                });
            }
            Edit::AttachPhoto { question, photo } => {
                self.edit_photos(&question, |photos| photos.push(photo));
            }
            Edit::CaptionPhoto {
                question,
                sha256,
                caption,
            } => self.edit_photos(&question, |photos| {
                if let Some(photo) = photos.iter_mut().find(|p| p.sha256 == sha256) {
                    photo.caption = caption;
                }
            }),
            Edit::RemovePhoto { question, sha256 } => {
                self.edit_photos(&question, |photos| photos.retain(|p| p.sha256 != sha256));
            }
            Edit::AddActions(actions) => {
                for action in actions {
                    // One containment step per finding: a proposal made against the record as
                    // it was before another one landed (a double tap on "Add an action") adds
                    // only its other actions.
                    let contained = action.containment
                        && self
                            .actions
                            .iter()
                            .any(|a| a.question == action.question && a.containment);
                    if !contained {
                        self.actions.push(action);
                    }
                }
            }
            Edit::ChangeAction { id, change } => {
                if let Some(action) = self.actions.iter_mut().find(|a| a.id == id) {
                    action.apply(change);
                }
            }
            Edit::RemoveAction { id } => self.actions.retain(|a| a.id != id),
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

    /// A copy for export, with the summary computed against `checklist`
    /// (none when the checklist is not at hand).
    pub fn exported(&self, checklist: Option<&Checklist>) -> AuditRecord {
        AuditRecord {
            summary: checklist.map(|c| Box::new(Summary::of(c, self))),
            ..self.clone()
        }
    }

    /// Compact JSON, as the record is stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an audit record always serialises to JSON")
    }

    /// Indented JSON, as the record is exported.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("an audit record always serialises to JSON")
    }

    fn edit_rows(&mut self, question: &str, change: impl FnOnce(&mut Vec<Row>)) {
        let answer = self.answers.entry(question.to_owned()).or_default();
        let mut rows = answer
            .value
            .as_ref()
            .map(|v| v.rows().to_vec())
            .unwrap_or_default();
        change(&mut rows);
        answer.value = (!rows.is_empty()).then_some(AnswerValue::Rows(rows));
        self.drop_if_empty(question);
    }

    fn edit_photos(&mut self, question: &str, change: impl FnOnce(&mut Vec<Photo>)) {
        change(&mut self.answers.entry(question.to_owned()).or_default().photos);
        self.drop_if_empty(question);
    }

    /// Every photo the record names, with the question it is attached to.
    pub fn photos(&self) -> impl Iterator<Item = (&str, &Photo)> {
        self.answers.iter().flat_map(|(question, answer)| {
            answer.photos.iter().map(move |p| (question.as_str(), p))
        })
    }

    fn drop_if_empty(&mut self, question: &str) {
        if self.answers.get(question) == Some(&Answer::default()) {
            self.answers.remove(question);
        }
    }
}
