use std::rc::Rc;

use audit_core::{AuditRecord, Uuid, parse_record};
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

use super::StorageError;

const DATABASE: &str = "supplier-audit";
const VERSION: u32 = 1;
const AUDITS: &str = "audits";

/// Audit records in IndexedDB, one entry per record id, stored as the record's JSON text
/// so that what is read back is byte for byte what was written.
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
            if let Ok(database) = event.database()
                && !database.store_names().iter().any(|n| n == AUDITS)
            {
                // Failure here aborts the upgrade, which the open request then reports.
                let _ = database.create_object_store(AUDITS, ObjectStoreParams::new());
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
        let transaction = self
            .database
            .transaction(&[AUDITS], TransactionMode::ReadWrite)
            .map_err(StorageError::not_saved)?;
        transaction
            .object_store(AUDITS)
            .map_err(StorageError::not_saved)?
            .put(&JsValue::from_str(&json), Some(&key(record.id)))
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
            .reader()?
            .get(key(id))
            .map_err(StorageError::unreadable)?
            .await
            .map_err(StorageError::unreadable)?;
        value.map(|v| decode(&v)).transpose()
    }

    pub async fn list(&self) -> Result<Listing, StorageError> {
        let values = self
            .reader()?
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
    fn reader(&self) -> Result<idb::ObjectStore, StorageError> {
        self.database
            .transaction(&[AUDITS], TransactionMode::ReadOnly)
            .and_then(|t| t.object_store(AUDITS))
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
