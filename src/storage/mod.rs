//! Where work lives between visits: the browser's IndexedDB.
//!
//! The rest of the app sees [`Storage`]: audits, and the signing identities of this device.

mod audits;
mod backup;
mod bin;
mod checklists;
mod database;
mod error;
mod identities;
mod opening;
mod photos;

pub use audits::{AuditStore, Listing};
pub use backup::BackupStore;
pub use bin::{BinEntry, BinError, BinStore};
pub use checklists::ChecklistStore;
pub use database::Database;
pub use error::StorageError;
pub use identities::{IdentityStore, OwnIdentity};
pub use opening::Opening;
pub use photos::PhotoStore;

/// Every store of the app, over one open database.
#[derive(Clone, PartialEq)]
pub struct Storage {
    pub audits: AuditStore,
    pub identities: IdentityStore,
    pub checklists: ChecklistStore,
    pub backup: BackupStore,
    pub bin: BinStore,
    pub photos: PhotoStore,
}

impl Storage {
    /// Opens every store in the page's own IndexedDB; see [`Storage::open_in`].
    pub async fn open(
        on_outdated: impl FnOnce(StorageError) + 'static,
    ) -> Result<Storage, StorageError> {
        let factory = idb::Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        Storage::open_in(factory, on_outdated).await
    }

    /// Opens every store through `factory`: the page's own IndexedDB, or the unpartitioned one
    /// an embedded app was granted by the Storage Access API. `on_outdated` is told when a
    /// newer version of the app takes the database over (see [`Database::open`]). Opening also
    /// purges the bin of audits deleted more than 30 days ago.
    pub async fn open_in(
        factory: idb::Factory,
        on_outdated: impl FnOnce(StorageError) + 'static,
    ) -> Result<Storage, StorageError> {
        let database = Database::open(factory, on_outdated).await?;
        let bin = BinStore::new(database.clone());
        // Best effort: an entry left by a failed purge goes at the next start.
        let _ = bin.purge_expired(&crate::effects::clock::now()).await;
        let audits = AuditStore::new(database.clone());
        let identities = IdentityStore::new(database.clone());
        let checklists = ChecklistStore::new(database.clone());
        let photos = PhotoStore::new(database.clone());
        let backup = BackupStore::new(
            database,
            audits.clone(),
            checklists.clone(),
            identities.clone(),
        );
        Ok(Storage {
            audits,
            identities,
            checklists,
            backup,
            bin,
            photos,
        })
    }
}
