use audit_core::signing::SignedDocument;
use audit_core::{AuditRecord, Uuid};
use wasm_bindgen::JsValue;

use super::database::AUDITS;
use super::{Database, StorageError};

/// Audits, one entry per record id, stored as JSON text so that what is read back is byte for
/// byte what was written: a draft as its record, a signed audit as the signed document.
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
