use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ChecklistSource;
use crate::signing::SignedDocument;
use crate::{AuditRecord, Uuid};

/// The `v` of every message, in both directions.
pub const PROTOCOL_VERSION: u8 = 1;

/// A message from the app to its host page. Serialised as `{ "v": 1, "type": …, … }`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Outgoing {
    /// The app has started and listens for messages.
    Ready,
    /// The height of the content in CSS pixels, sent whenever it changes.
    Resize { height: u32 },
    /// A change to an audit has been saved on the device.
    Changed { id: Uuid },
    /// An audit has been finalized (and saved): its answers can no longer change.
    Finalized { id: Uuid },
    /// A signature has been added and saved.
    Signed {
        id: Uuid,
        /// SHA-256 (hex) of the RFC 8785 canonical signed document, proofs included.
        sha256: String,
        signatures: usize,
        /// The signed document itself, only when the host asked with `sendDocument=1`.
        #[serde(skip_serializing_if = "Option::is_none")]
        document: Option<Value>,
    },
    /// Something failed; `message` is the sentence the user also sees.
    Error { message: String },
}

#[derive(Serialize)]
struct Envelope<'a> {
    v: u8,
    #[serde(flatten)]
    message: &'a Outgoing,
}

impl Outgoing {
    /// The message as JSON, with the protocol version.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope {
            v: PROTOCOL_VERSION,
            message: self,
        })
        .expect("messages always serialise")
    }
}

/// A message from the host page, already known to come from the configured parent origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Offer the checklist at `url` (as the `checklist` URL parameter would).
    LoadChecklist(ChecklistSource),
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IncomingError {
    #[error("not a protocol message: expected an object with \"v\": 1")]
    Version,
    #[error("unknown message type \"{0}\"")]
    UnknownType(String),
    #[error("malformed \"{kind}\" message: {reason}")]
    Malformed { kind: String, reason: String },
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
enum Wire {
    LoadChecklist {
        #[serde(rename = "v")]
        _v: u8,
        url: String,
    },
}

impl Incoming {
    /// Reads a message posted by the host (the JSON form of `event.data`).
    pub fn parse(data: &Value) -> Result<Incoming, IncomingError> {
        if data.get("v").and_then(Value::as_u64) != Some(u64::from(PROTOCOL_VERSION)) {
            return Err(IncomingError::Version);
        }
        let kind = data
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let malformed = |reason: String| IncomingError::Malformed {
            kind: kind.clone(),
            reason,
        };
        match serde_json::from_value::<Wire>(data.clone()) {
            Ok(Wire::LoadChecklist { url, .. }) => ChecklistSource::parse(&url)
                .map(Incoming::LoadChecklist)
                .map_err(|e| malformed(e.to_string())),
            Err(_) if kind != "load-checklist" => Err(IncomingError::UnknownType(kind)),
            Err(e) => Err(malformed(e.to_string())),
        }
    }
}

/// What the host has been told about one audit, so that each step is announced once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Milestone {
    pub finalized: bool,
    pub signatures: usize,
}

impl Milestone {
    pub fn of(record: &AuditRecord, signed: Option<&SignedDocument>) -> Milestone {
        Milestone {
            finalized: record.is_finalized(),
            signatures: signed.map_or(0, |d| d.proofs().len()),
        }
    }

    /// The messages that follow a successful save of `record` (and its signed form), given
    /// what was saved before: always `changed`, then `finalized` and `signed` once each.
    pub fn messages_after_save(
        self,
        record: &AuditRecord,
        signed: Option<&SignedDocument>,
        send_document: bool,
    ) -> Vec<Outgoing> {
        let now = Milestone::of(record, signed);
        let mut messages = vec![Outgoing::Changed { id: record.id }];
        if now.finalized && !self.finalized {
            messages.push(Outgoing::Finalized { id: record.id });
        }
        if let Some(document) = signed.filter(|_| now.signatures > self.signatures) {
            messages.push(match document.sha256() {
                Ok(sha256) => Outgoing::Signed {
                    id: record.id,
                    sha256,
                    signatures: now.signatures,
                    document: send_document
                        .then(|| serde_json::from_str(&document.to_json_pretty()).ok())
                        .flatten(),
                },
                Err(e) => Outgoing::Error {
                    message: format!("The signed audit could not be hashed: {e}"),
                },
            });
        }
        messages
    }
}
