use std::rc::Rc;

use idb::{DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

use super::StorageError;

const NAME: &str = "supplier-audit";
const VERSION: u32 = 5;

/// Object stores, each keyed by a string: audits by record id; identities and contacts by
/// did:key; the exact text of every checklist an audit was started on by its SHA-256; and the
/// last fetched copy of each shipped checklist file by its path; and the checklists a ministry
/// loaded from a URL or a file, by their SHA-256.
pub const AUDITS: &str = "audits";
pub const IDENTITIES: &str = "identities";
pub const CONTACTS: &str = "contacts";
pub const DEFINITIONS: &str = "definitions";
pub const SHIPPED_FILES: &str = "shipped_files";
/// Checklist definitions loaded from a URL or a file (a ministry's), keyed by their sha256.
pub const CHECKLISTS: &str = "checklists";
/// Deleted audits, by record id, restorable for 30 days.
pub const BIN: &str = "bin";
const STORES: [&str; 7] = [
    AUDITS,
    IDENTITIES,
    CONTACTS,
    DEFINITIONS,
    SHIPPED_FILES,
    CHECKLISTS,
    BIN,
];

/// The app's IndexedDB database; every write resolves only once it is durable.
#[derive(Clone)]
pub struct Database(Rc<idb::Database>);

impl PartialEq for Database {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Database {
    pub async fn open() -> Result<Database, StorageError> {
        let unavailable = |e: idb::Error| StorageError::Unavailable(e.to_string());
        let mut request = Factory::new()
            .map_err(unavailable)?
            .open(NAME, Some(VERSION))
            .map_err(unavailable)?;
        // Every upgrade only adds the stores that are missing, so no saved entry is ever dropped.
        request.on_upgrade_needed(|event| {
            if let Ok(database) = event.database() {
                let existing = database.store_names();
                for store in STORES.iter().filter(|s| !existing.iter().any(|e| e == *s)) {
                    // Failure here aborts the upgrade, which the open request then reports.
                    let _ = database.create_object_store(store, ObjectStoreParams::new());
                }
            }
        });
        Ok(Database(Rc::new(request.await.map_err(unavailable)?)))
    }

    pub async fn put(&self, store: &str, key: &str, value: &JsValue) -> Result<(), StorageError> {
        self.write(store, |s| {
            s.put(value, Some(&JsValue::from_str(key))).map(|_| ())
        })
        .await
    }

    pub async fn delete(&self, store: &str, key: &str) -> Result<(), StorageError> {
        self.write(store, |s| s.delete(JsValue::from_str(key)).map(|_| ()))
            .await
    }

    /// Removes every entry of `store`.
    pub async fn clear(&self, store: &str) -> Result<(), StorageError> {
        self.write(store, |s| s.clear().map(|_| ())).await
    }

    pub async fn get(&self, store: &str, key: &str) -> Result<Option<JsValue>, StorageError> {
        self.reader(store)?
            .get(JsValue::from_str(key))
            .map_err(StorageError::unreadable)?
            .await
            .map_err(StorageError::unreadable)
    }

    /// The text stored under `key`, if any.
    pub async fn get_text(&self, store: &str, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.get(store, key).await?.and_then(|v| v.as_string()))
    }

    pub async fn get_all(&self, store: &str) -> Result<Vec<JsValue>, StorageError> {
        self.reader(store)?
            .get_all(None, None)
            .map_err(StorageError::unreadable)?
            .await
            .map_err(StorageError::unreadable)
    }

    /// Moves the entry under `key` from store `from` to store `to`, as `convert` rewrites it,
    /// in one read-write transaction over both stores: it is in one of them at every moment,
    /// never in neither nor in both. Nothing moves (`Ok(false)`) when `from` has no such entry
    /// or `to` already has one, so that no saved entry is ever overwritten.
    pub async fn move_entry(
        &self,
        from: &str,
        to: &str,
        key: &str,
        convert: impl FnOnce(JsValue) -> Option<JsValue>,
    ) -> Result<bool, StorageError> {
        let transaction = self
            .0
            .transaction(&[from, to], TransactionMode::ReadWrite)
            .map_err(StorageError::not_saved)?;
        let source = transaction
            .object_store(from)
            .map_err(StorageError::not_saved)?;
        let target = transaction
            .object_store(to)
            .map_err(StorageError::not_saved)?;
        let key = JsValue::from_str(key);
        let read = |store: &idb::ObjectStore| store.get(key.clone());
        let value = read(&source)
            .map_err(StorageError::not_saved)?
            .await
            .map_err(StorageError::not_saved)?;
        let occupied = read(&target)
            .map_err(StorageError::not_saved)?
            .await
            .map_err(StorageError::not_saved)?
            .is_some();
        let moved = match value.and_then(convert) {
            Some(converted) if !occupied => {
                target
                    .put(&converted, Some(&key))
                    .map_err(StorageError::not_saved)?;
                source
                    .delete(key.clone())
                    .map_err(StorageError::not_saved)?;
                true
            }
            _ => false,
        };
        let outcome = transaction.await.map_err(StorageError::not_saved)?;
        if outcome.is_committed() {
            Ok(moved)
        } else {
            Err(StorageError::NotSaved(
                "the browser aborted the move".into(),
            ))
        }
    }

    /// Runs `operation` in a read-write transaction and waits until it is committed.
    async fn write(
        &self,
        store: &str,
        operation: impl FnOnce(&idb::ObjectStore) -> Result<(), idb::Error>,
    ) -> Result<(), StorageError> {
        let transaction = self
            .0
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(StorageError::not_saved)?;
        operation(
            &transaction
                .object_store(store)
                .map_err(StorageError::not_saved)?,
        )
        .map_err(StorageError::not_saved)?;
        let outcome = transaction.await.map_err(StorageError::not_saved)?;
        if outcome.is_committed() {
            Ok(())
        } else {
            Err(StorageError::NotSaved(
                "the browser aborted the write".into(),
            ))
        }
    }

    fn reader(&self, store: &str) -> Result<idb::ObjectStore, StorageError> {
        self.0
            .transaction(&[store], TransactionMode::ReadOnly)
            .and_then(|t| t.object_store(store))
            .map_err(StorageError::unreadable)
    }
}
