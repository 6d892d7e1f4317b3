use std::rc::Rc;

use idb::{DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

use super::StorageError;

const NAME: &str = "supplier-audit";
const VERSION: u32 = 4;

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
const STORES: [&str; 6] = [
    AUDITS,
    IDENTITIES,
    CONTACTS,
    DEFINITIONS,
    SHIPPED_FILES,
    CHECKLISTS,
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
    pub async fn open(factory: Factory) -> Result<Database, StorageError> {
        let unavailable = |e: idb::Error| StorageError::Unavailable(e.to_string());
        let mut request = factory.open(NAME, Some(VERSION)).map_err(unavailable)?;
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
        // Kept to read why the browser aborted (a full quota aborts at commit).
        let watched = IdbTransaction::from(transaction);
        let outcome = idb::Transaction::from(watched.clone())
            .await
            .map_err(StorageError::write_refused)?;
        if outcome.is_committed() {
            Ok(())
        } else {
            Err(StorageError::aborted(watched.error()))
        }
    }

    fn reader(&self, store: &str) -> Result<idb::ObjectStore, StorageError> {
        self.0
            .transaction(&[store], TransactionMode::ReadOnly)
            .and_then(|t| t.object_store(store))
            .map_err(StorageError::unreadable)
    }
}
