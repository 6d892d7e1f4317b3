use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Timestamp;
use crate::import::{ImportError, from_json_value};
use crate::signing::{MAX_DOCUMENT_BYTES, StrictJsonError, parse_strict};

/// The `format` every backup file declares.
pub const BACKUP_FORMAT: &str = "supplier-audit-backup";
/// The only version this app writes and reads.
pub const BACKUP_VERSION: u32 = 1;
/// Backups are refused above this size before they are parsed: the same limit as any file the
/// app takes from a stranger, so that a hostile file cannot use up a tablet's memory.
pub const MAX_BACKUP_BYTES: usize = MAX_DOCUMENT_BYTES;

/// Backups with more entries than this (all kinds together) are refused before any entry is
/// read: far beyond any device's real work, and a file of millions of tiny entries would
/// otherwise make millions of refusals to report.
pub const MAX_BACKUP_ENTRIES: usize = 20_000;

/// Marks a JSON file as a backup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) enum Format {
    #[default]
    #[serde(rename = "supplier-audit-backup")]
    V1,
}

/// A backup file's content (`docs/backup-format.md`). Audits and checklists are kept as the
/// exact text that was stored, so that a signed document's bytes survive the round trip.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub(super) format: Format,
    pub(super) version: u32,
    pub created: Timestamp,
    pub audits: Vec<String>,
    pub definitions: BTreeMap<String, String>,
    pub checklists: BTreeMap<String, String>,
    /// Public identity cards, as written: each is checked when it is restored.
    pub identities: Vec<Value>,
    pub contacts: Vec<Value>,
}

/// Why a file cannot be read as a backup at all; nothing is restored from it.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the file is {bytes} bytes long; the limit is {} MiB", MAX_BACKUP_BYTES / (1024 * 1024))]
    TooLarge { bytes: usize },
    #[error("{0}")]
    Json(#[from] StrictJsonError),
    #[error("this is not a Supplier Audit backup (\"format\" must be \"{BACKUP_FORMAT}\")")]
    NotABackup,
    #[error("backup version {0} is not one this app reads (it reads version {BACKUP_VERSION})")]
    UnsupportedVersion(String),
    #[error("the backup has {count} entries; the limit is {MAX_BACKUP_ENTRIES}")]
    TooManyEntries { count: usize },
    #[error("{0}")]
    Shape(ImportError),
}

impl Backup {
    /// Reads a backup strictly: size first, then duplicate names and nesting (the strict JSON
    /// reader), then the declared format and version, then every field's type.
    pub fn parse(text: &str) -> Result<Backup, BackupError> {
        if text.len() > MAX_BACKUP_BYTES {
            return Err(BackupError::TooLarge { bytes: text.len() });
        }
        let value = parse_strict(text)?;
        if value.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
            return Err(BackupError::NotABackup);
        }
        match value.get("version") {
            Some(version) if version.as_u64() == Some(u64::from(BACKUP_VERSION)) => {}
            Some(version) => {
                let shown: String = version.to_string().chars().take(20).collect();
                return Err(BackupError::UnsupportedVersion(shown));
            }
            None => return Err(BackupError::UnsupportedVersion("(none)".into())),
        }
        let count: usize = [
            "audits",
            "definitions",
            "checklists",
            "identities",
            "contacts",
        ]
        .iter()
        .filter_map(|name| match value.get(name)? {
            Value::Array(items) => Some(items.len()),
            Value::Object(members) => Some(members.len()),
            _ => None,
        })
        .sum();
        if count > MAX_BACKUP_ENTRIES {
            return Err(BackupError::TooManyEntries { count });
        }
        from_json_value(&value).map_err(BackupError::Shape)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("strings, maps and JSON values always serialise")
    }
}
