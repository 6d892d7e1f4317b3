use audit_core::signing::SignedDocument;
use audit_core::{AuditRecord, Uuid};
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

/// One saved audit, with its signed form once someone has signed it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAudit {
    pub record: AuditRecord,
    pub signed: Option<SignedDocument>,
}

/// Everything saved, newest change first, with the entries that could not be read.
#[derive(Debug, Default, PartialEq)]
pub struct Listing {
    pub audits: Vec<StoredAudit>,
    pub unreadable: Vec<StorageError>,
}

impl AuditStore {
    pub fn new(database: Database) -> AuditStore {
        AuditStore { database }
    }

    /// Writes the whole record (a draft, or a finalized audit nobody has signed yet).
    pub async fn put(&self, record: &AuditRecord) -> Result<(), StorageError> {
        let json = serde_json::to_string(record).map_err(StorageError::not_saved)?;
        self.write(record.id, &json).await
    }

    /// Writes a signed audit with all its proofs.
    pub async fn put_signed(&self, document: &SignedDocument) -> Result<(), StorageError> {
        let record = document.record().map_err(StorageError::not_saved)?;
        self.write(record.id, &document.to_json_pretty()).await
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<StoredAudit>, StorageError> {
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
            .sort_by(|a, b| b.record.updated.cmp(&a.record.updated));
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

    async fn write(&self, id: Uuid, json: &str) -> Result<(), StorageError> {
        self.database
            .put(AUDITS, &id.to_string(), &JsValue::from_str(json))
            .await
    }
}

fn decode(value: &JsValue) -> Result<StoredAudit, StorageError> {
    let text = value
        .as_string()
        .ok_or_else(|| StorageError::unreadable("the entry is not text"))?;
    let document = SignedDocument::parse(&text).map_err(StorageError::unreadable)?;
    let record = document.record().map_err(StorageError::unreadable)?;
    let signed = (!document.proofs().is_empty()).then_some(document);
    Ok(StoredAudit { record, signed })
}
