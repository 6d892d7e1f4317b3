use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ChecklistSource;
use crate::Uuid;
use crate::workflow::{Audit, Reached};

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

/// The messages that follow a successful save of `audit`: always `changed`, then one for each
/// step that save reached. The workflow says which steps a save reaches, so each is announced
/// once, and no record of what was announced before is needed.
pub fn messages_after_save(
    audit: &Audit,
    reached: &[Reached],
    send_document: bool,
) -> Vec<Outgoing> {
    let id = audit.id();
    let mut messages = vec![Outgoing::Changed { id }];
    for step in reached {
        messages.push(match (step, audit.signed()) {
            (Reached::Finalized, _) => Outgoing::Finalized { id },
            (Reached::Signed, Some(document)) => match document.sha256() {
                Ok(sha256) => Outgoing::Signed {
                    id,
                    sha256,
                    signatures: document.proofs().len(),
                    document: send_document
                        .then(|| serde_json::from_str(&document.to_json_pretty()).ok())
                        .flatten(),
                },
                Err(e) => Outgoing::Error {
                    message: format!("The signed audit could not be hashed: {e}"),
                },
            },
            (Reached::Signed, None) => continue,
        });
    }
    messages
}
