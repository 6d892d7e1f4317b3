//! Where work lives between visits: the browser's IndexedDB.
//!
//! The rest of the app sees [`Storage`]: audits, and the signing identities of this device.

mod audits;
mod checklists;
mod database;
mod error;
mod identities;

pub use audits::{AuditStore, Listing};
pub use checklists::ChecklistStore;
pub use database::Database;
pub use error::StorageError;
pub use identities::{IdentityStore, OwnIdentity};

/// Every store of the app, over one open database.
#[derive(Clone, PartialEq)]
pub struct Storage {
    pub audits: AuditStore,
    pub identities: IdentityStore,
    pub checklists: ChecklistStore,
}

impl Storage {
    pub async fn open() -> Result<Storage, StorageError> {
        let factory = idb::Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        Storage::open_in(factory).await
    }

    /// Opens the stores through `factory`: the page's own IndexedDB, or the unpartitioned one
    /// an embedded app was granted by the Storage Access API.
    pub async fn open_in(factory: idb::Factory) -> Result<Storage, StorageError> {
        let database = Database::open(factory).await?;
        Ok(Storage {
            audits: AuditStore::new(database.clone()),
            identities: IdentityStore::new(database.clone()),
            checklists: ChecklistStore::new(database),
        })
    }
}
