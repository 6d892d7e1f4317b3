use std::rc::Rc;

use audit_core::{AuditRecord, Uuid, parse_record};
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

use super::StorageError;

const DATABASE: &str = "supplier-audit";
/// 1: audits. 2: adds the checklist definitions that audits were started on, and the last
/// copy of each checklist file the app ships.
const VERSION: u32 = 2;
const AUDITS: &str = "audits";
const DEFINITIONS: &str = "definitions";
const SHIPPED_FILES: &str = "shipped_files";

/// Audit records in IndexedDB, one entry per record id, stored as the record's JSON text
/// so that what is read back is byte for byte what was written. Beside them, the exact
/// text of every checklist an audit was started on, keyed by its SHA-256, so that a draft
/// still opens after the app ships a newer version of its checklist; and the last copy of each
/// shipped checklist file, keyed by its path, for when it cannot be fetched.
#[derive(Clone)]
pub struct AuditStore {
    database: Rc<Database>,
}

/// Everything saved, newest change first, with the entries that could not be read.
#[derive(Debug, Default, PartialEq)]
pub struct Listing {
    pub records: Vec<AuditRecord>,
    pub unreadable: Vec<StorageError>,
}

impl PartialEq for AuditStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.database, &other.database)
    }
}

impl AuditStore {
    pub async fn open() -> Result<AuditStore, StorageError> {
        let unavailable = |e: idb::Error| StorageError::Unavailable(e.to_string());
        let mut request = Factory::new()
            .map_err(unavailable)?
            .open(DATABASE, Some(VERSION))
            .map_err(unavailable)?;
        request.on_upgrade_needed(|event| {
            // From any older version: add only the stores that are missing, so that saved
            // audits are kept. A failure aborts the upgrade, which the open request reports.
            if let Ok(database) = event.database() {
                let existing = database.store_names();
                for store in [AUDITS, DEFINITIONS, SHIPPED_FILES] {
                    if !existing.iter().any(|n| n == store) {
                        let _ = database.create_object_store(store, ObjectStoreParams::new());
                    }
                }
            }
        });
        let database = request.await.map_err(unavailable)?;
        Ok(AuditStore {
            database: Rc::new(database),
        })
    }

    /// Writes the whole record and resolves once the write is durable.
    pub async fn put(&self, record: &AuditRecord) -> Result<(), StorageError> {
        let json = serde_json::to_string(record).map_err(StorageError::not_saved)?;
        self.write(AUDITS, &key(record.id), &json).await
    }

    /// Keeps the exact text of a checklist definition, under its SHA-256.
    pub async fn put_definition(&self, sha256: &str, text: &str) -> Result<(), StorageError> {
        self.write(DEFINITIONS, &JsValue::from_str(sha256), text)
            .await
    }

    /// The checklist definition text stored under `sha256`, if any.
    pub async fn definition(&self, sha256: &str) -> Result<Option<String>, StorageError> {
        self.read_text(DEFINITIONS, sha256).await
    }

    /// Keeps the last fetched copy of a shipped checklist file, by its path.
    pub async fn put_shipped_file(&self, path: &str, text: &str) -> Result<(), StorageError> {
        self.write(SHIPPED_FILES, &JsValue::from_str(path), text)
            .await
    }

    pub async fn shipped_file(&self, path: &str) -> Result<Option<String>, StorageError> {
        self.read_text(SHIPPED_FILES, path).await
    }

    async fn read_text(&self, store: &str, key: &str) -> Result<Option<String>, StorageError> {
        let value = self
            .reader(store)?
            .get(JsValue::from_str(key))
            .map_err(StorageError::unreadable)?
            .await
            .map_err(StorageError::unreadable)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    async fn write(&self, store: &str, key: &JsValue, text: &str) -> Result<(), StorageError> {
        let transaction = self
            .database
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(StorageError::not_saved)?;
        transaction
            .object_store(store)
            .map_err(StorageError::not_saved)?
            .put(&JsValue::from_str(text), Some(key))
            .map_err(StorageError::not_saved)?
            .await
            .map_err(StorageError::not_saved)?;
        let outcome = transaction
            .commit()
            .map_err(StorageError::not_saved)?
            .await
            .map_err(StorageError::not_saved)?;
        if outcome.is_committed() {
            Ok(())
        } else {
            Err(StorageError::NotSaved(
                "the browser aborted the write".into(),
            ))
        }
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<AuditRecord>, StorageError> {
        let value = self
            .reader(AUDITS)?
            .get(key(id))
            .map_err(StorageError::unreadable)?
            .await
            .map_err(StorageError::unreadable)?;
        value.map(|v| decode(&v)).transpose()
    }

    pub async fn list(&self) -> Result<Listing, StorageError> {
        let values = self
            .reader(AUDITS)?
            .get_all(None, None)
            .map_err(StorageError::unreadable)?
            .await
            .map_err(StorageError::unreadable)?;
        let mut listing = Listing::default();
        for value in values {
            match decode(&value) {
                Ok(record) => listing.records.push(record),
                Err(e) => listing.unreadable.push(e),
            }
        }
        listing.records.sort_by(|a, b| b.updated.cmp(&a.updated));
        Ok(listing)
    }
}

impl AuditStore {
    fn reader(&self, store: &str) -> Result<idb::ObjectStore, StorageError> {
        self.database
            .transaction(&[store], TransactionMode::ReadOnly)
            .and_then(|t| t.object_store(store))
            .map_err(StorageError::unreadable)
    }
}

fn key(id: Uuid) -> JsValue {
    JsValue::from_str(&id.to_string())
}

fn decode(value: &JsValue) -> Result<AuditRecord, StorageError> {
    let text = value
        .as_string()
        .ok_or_else(|| StorageError::unreadable("the entry is not text"))?;
    parse_record(&text).map_err(StorageError::unreadable)
}
