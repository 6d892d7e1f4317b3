//! Where work lives between visits: the browser's IndexedDB.
//!
//! The rest of the app sees [`Storage`]: audits, and the signing identities of this device.

mod audits;
mod bin;
mod checklists;
mod database;
mod error;
mod identities;

pub use audits::{AuditStore, Listing};
pub use bin::{BinEntry, BinError, BinStore};
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
    pub bin: BinStore,
}

impl Storage {
    /// Opens the database and purges the bin of audits deleted more than 30 days ago.
    pub async fn open() -> Result<Storage, StorageError> {
        let database = Database::open().await?;
        let bin = BinStore::new(database.clone());
        // Best effort: an entry left by a failed purge goes at the next start.
        let _ = bin.purge_expired(&crate::effects::clock::now()).await;
        Ok(Storage {
            audits: AuditStore::new(database.clone()),
            identities: IdentityStore::new(database.clone()),
            checklists: ChecklistStore::new(database),
            bin,
        })
    }
}
