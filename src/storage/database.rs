use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use idb::event::GetStoreRequestEvent;
use idb::{DatabaseEvent, Event, Factory, ObjectStoreParams, Request, StoreEvent, TransactionMode};
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

use super::StorageError;

const NAME: &str = "supplier-audit";
const VERSION: u32 = 6;

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
/// Photo bytes as Blobs, by SHA-256.
pub const PHOTOS: &str = "photos";
const STORES: [&str; 8] = [
    AUDITS,
    IDENTITIES,
    CONTACTS,
    DEFINITIONS,
    SHIPPED_FILES,
    CHECKLISTS,
    BIN,
    PHOTOS,
];

/// The app's IndexedDB database; every write resolves only once it is durable.
#[derive(Clone)]
pub struct Database {
    connection: Rc<idb::Database>,
    /// Set once a newer version of the app asked for the database: the connection is closed.
    outdated: Rc<Cell<bool>>,
}

impl PartialEq for Database {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.connection, &other.connection)
    }
}

impl Database {
    /// Opens the database through `factory`: the page's own IndexedDB, or the unpartitioned one
    /// an embedded app was granted by the Storage Access API. When a newer version of the app, in another tab, needs to upgrade
    /// it, this connection closes at once (else that tab would wait for this one forever) and
    /// `on_outdated` is told; from then on every read and write here fails with
    /// [`StorageError::NewerVersion`] instead of touching the database.
    pub async fn open(
        factory: Factory,
        on_outdated: impl FnOnce(StorageError) + 'static,
    ) -> Result<Database, StorageError> {
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
        let mut connection = request.await.map_err(unavailable)?;
        let outdated = Rc::new(Cell::new(false));
        let flag = outdated.clone();
        // The handler lives inside the connection it closes, so it holds it weakly.
        let connection = Rc::new_cyclic(|this: &Weak<idb::Database>| {
            let this = this.clone();
            connection.on_version_change(move |_| {
                flag.set(true);
                if let Some(connection) = this.upgrade() {
                    connection.close();
                }
                on_outdated(StorageError::NewerVersion);
            });
            connection
        });
        Ok(Database {
            connection,
            outdated,
        })
    }

    pub async fn put(&self, store: &str, key: &str, value: &JsValue) -> Result<(), StorageError> {
        self.write(store, |s| {
            s.put(value, Some(&JsValue::from_str(key))).map(|_| ())
        })
        .await
    }

    /// Reads what is stored under `key` now (`None` when there is none) and puts there what
    /// `decide` makes of it: a value, nothing (`Ok(None)`), or a refusal, which aborts the
    /// transaction so that nothing is written. The read and the write are one read-write
    /// transaction, so no other tab's write can come between them; and `decide` runs only
    /// once the read is done, so it can pick the newest value known by then.
    pub async fn put_checked(
        &self,
        store: &str,
        key: &str,
        decide: impl FnOnce(Option<JsValue>) -> Result<Option<JsValue>, StorageError> + 'static,
    ) -> Result<(), StorageError> {
        let transaction = self.read_write(store)?;
        let object_store = transaction
            .object_store(store)
            .map_err(StorageError::not_saved)?;
        let key = JsValue::from_str(key);
        let mut reading = object_store
            .get(key.clone())
            .map_err(StorageError::not_saved)?;
        let refused = Rc::new(RefCell::new(None::<StorageError>));
        {
            let refused = refused.clone();
            // Deciding and putting inside the success event keeps the transaction active;
            // an await in between could let it commit with nothing written.
            reading.on_success(move |event: GetStoreRequestEvent| {
                let decided = event
                    .result()
                    .map_err(StorageError::not_saved)
                    .and_then(decide)
                    .and_then(|value| match value {
                        Some(value) => object_store
                            .put(&value, Some(&key))
                            .map(|_| ())
                            .map_err(StorageError::not_saved),
                        None => Ok(()),
                    });
                if let Err(error) = decided {
                    if let Some(transaction) = event.target().ok().and_then(|r| r.transaction()) {
                        let _ = transaction.abort();
                    }
                    refused.replace(Some(error));
                }
            });
        }
        let ended = committed(transaction).await;
        // The success handler lives in the request: it is kept until the transaction ended.
        drop(reading);
        match refused.take() {
            Some(error) => Err(error),
            None => ended,
        }
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

    /// Every entry of `store` with its key, in key order. Both requests are made in one
    /// transaction before either is awaited, so the keys and values line up.
    pub async fn entries(&self, store: &str) -> Result<Vec<(JsValue, JsValue)>, StorageError> {
        let reader = self.reader(store)?;
        let keys = reader
            .get_all_keys(None, None)
            .map_err(StorageError::unreadable)?;
        let values = reader
            .get_all(None, None)
            .map_err(StorageError::unreadable)?;
        let keys = keys.await.map_err(StorageError::unreadable)?;
        let values = values.await.map_err(StorageError::unreadable)?;
        Ok(keys.into_iter().zip(values).collect())
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
        self.usable()?;
        let transaction = self
            .connection
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
        committed(transaction).await.map(|()| moved)
    }

    /// Runs `operation` in a read-write transaction and waits until it is committed.
    async fn write(
        &self,
        store: &str,
        operation: impl FnOnce(&idb::ObjectStore) -> Result<(), idb::Error>,
    ) -> Result<(), StorageError> {
        let transaction = self.read_write(store)?;
        operation(
            &transaction
                .object_store(store)
                .map_err(StorageError::not_saved)?,
        )
        .map_err(StorageError::not_saved)?;
        committed(transaction).await
    }

    fn read_write(&self, store: &str) -> Result<idb::Transaction, StorageError> {
        self.usable()?;
        self.connection
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(StorageError::not_saved)
    }

    fn reader(&self, store: &str) -> Result<idb::ObjectStore, StorageError> {
        self.usable()?;
        self.connection
            .transaction(&[store], TransactionMode::ReadOnly)
            .and_then(|t| t.object_store(store))
            .map_err(StorageError::unreadable)
    }

    /// A closed connection would only say "InvalidStateError": say why it was closed.
    fn usable(&self) -> Result<(), StorageError> {
        if self.outdated.get() {
            return Err(StorageError::NewerVersion);
        }
        Ok(())
    }
}

/// Waits for a read-write transaction to end: `Ok` once committed, else why the browser aborted
/// it ([`StorageError::Full`] for a full quota, which aborts at commit).
async fn committed(transaction: idb::Transaction) -> Result<(), StorageError> {
    // Kept to read the abort's reason, which the awaited transaction does not carry.
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
