use audit_core::Uuid;
use audit_core::workflow::{Audit, Stored, may_replace};
use wasm_bindgen::JsValue;

use super::database::{AUDITS, DEFINITIONS, SHIPPED_FILES};
use super::{Database, StorageError};

/// Audits, one entry per record id, stored as JSON text so that what is read back is byte for
/// byte what was written: a draft as its record, a signed audit as the signed document. Beside
/// them, the exact text of every checklist an audit was started on, keyed by its SHA-256, so
/// that a draft still opens after the app ships a newer version of its checklist; and the last
/// copy of each shipped checklist file, keyed by its path, for when it cannot be fetched.
#[derive(Clone, PartialEq)]
pub struct AuditStore {
    database: Database,
}

/// Everything saved, newest change first, with the entries that could not be read.
#[derive(Debug, Default, PartialEq)]
pub struct Listing {
    pub audits: Vec<Audit>,
    pub unreadable: Vec<StorageError>,
}

impl AuditStore {
    pub fn new(database: Database) -> AuditStore {
        AuditStore { database }
    }

    /// Writes an audit's stored form (the core decides what that is), unless what is stored
    /// now holds something it would lose: another tab or window finalized or signed the
    /// audit since this copy was read. That write is refused and nothing is overwritten.
    pub async fn put(&self, stored: &Stored) -> Result<(), StorageError> {
        let stored = stored.clone();
        self.put_newest(stored.id, move || Some(stored)).await
    }

    /// As [`AuditStore::put`], for the stored form of audit `id` that `newest` gives once what
    /// is stored now has been read (nothing when it gives `None`): a write asked for while the
    /// transaction waited is not left for another one.
    pub async fn put_newest(
        &self,
        id: Uuid,
        newest: impl FnOnce() -> Option<Stored> + 'static,
    ) -> Result<(), StorageError> {
        self.database
            .put_checked(AUDITS, &id.to_string(), move |now| {
                let Some(incoming) = newest() else {
                    return Ok(None);
                };
                if let Some(now) = now {
                    let now = now.as_string().ok_or(StorageError::ChangedElsewhere)?;
                    may_replace(&now, &incoming).map_err(|_| StorageError::ChangedElsewhere)?;
                }
                Ok(Some(JsValue::from_str(&incoming.text)))
            })
            .await
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<Audit>, StorageError> {
        let value = self.database.get(AUDITS, &id.to_string()).await?;
        value.map(|v| decode(&v)).transpose()
    }

    pub async fn list(&self) -> Result<Listing, StorageError> {
        let mut listing = Listing::default();
        for value in self.database.get_all(AUDITS).await? {
            match decode(&value) {
                Ok(audit) => listing.audits.push(audit),
                Err(e) => listing.unreadable.push(e),
            }
        }
        listing
            .audits
            .sort_by(|a, b| b.record().updated.cmp(&a.record().updated));
        Ok(listing)
    }

    /// Keeps the exact text of a checklist definition, under its SHA-256.
    pub async fn put_definition(&self, sha256: &str, text: &str) -> Result<(), StorageError> {
        let text = JsValue::from_str(text);
        self.database.put(DEFINITIONS, sha256, &text).await
    }

    /// The checklist definition text stored under `sha256`, if any.
    pub async fn definition(&self, sha256: &str) -> Result<Option<String>, StorageError> {
        self.database.get_text(DEFINITIONS, sha256).await
    }

    /// Keeps the last fetched copy of a shipped checklist file, by its path.
    pub async fn put_shipped_file(&self, path: &str, text: &str) -> Result<(), StorageError> {
        let text = JsValue::from_str(text);
        self.database.put(SHIPPED_FILES, path, &text).await
    }

    pub async fn shipped_file(&self, path: &str) -> Result<Option<String>, StorageError> {
        self.database.get_text(SHIPPED_FILES, path).await
    }
}

fn decode(value: &JsValue) -> Result<Audit, StorageError> {
    let text = value
        .as_string()
        .ok_or_else(|| StorageError::unreadable("the entry is not text"))?;
    Audit::from_stored(&text).map_err(StorageError::unreadable)
}
