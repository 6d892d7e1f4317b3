use std::collections::BTreeMap;

use audit_core::Uuid;
use audit_core::backup::{Contents, Restore};
use audit_core::workflow::Stored;

use super::database::{AUDITS, CHECKLISTS, DEFINITIONS};
use super::{AuditStore, ChecklistStore, Database, IdentityStore, StorageError};

/// Reads every store a backup carries, and writes what a restore decided to write. Writes go
/// through each store's own `put`, so every rule guarding those writes applies to restores too.
#[derive(Clone, PartialEq)]
pub struct BackupStore {
    database: Database,
    audits: AuditStore,
    checklists: ChecklistStore,
    identities: IdentityStore,
}

impl BackupStore {
    pub fn new(
        database: Database,
        audits: AuditStore,
        checklists: ChecklistStore,
        identities: IdentityStore,
    ) -> BackupStore {
        BackupStore {
            database,
            audits,
            checklists,
            identities,
        }
    }

    /// What this device holds, each audit with its text exactly as stored. Identities are
    /// their public cards: the private key objects stay in the store.
    pub async fn contents(&self) -> Result<Contents, StorageError> {
        let audits = self
            .texts(AUDITS)
            .await?
            .into_iter()
            .filter_map(|(key, text)| {
                Some(Stored {
                    id: Uuid::parse_str(&key).ok()?,
                    text,
                })
            })
            .collect();
        Ok(Contents {
            audits,
            definitions: self.texts(DEFINITIONS).await?,
            checklists: self.texts(CHECKLISTS).await?,
            identities: self
                .identities
                .own()
                .await?
                .into_iter()
                .map(|own| own.card)
                .collect(),
            contacts: self.identities.contacts().await?,
        })
    }

    /// Writes the entries `restore` adds or updates, and nothing else.
    pub async fn write(&self, restore: &Restore) -> Result<(), StorageError> {
        for stored in &restore.audits {
            self.audits.put(stored).await?;
        }
        for (sha256, text) in &restore.definitions {
            self.audits.put_definition(sha256, text).await?;
        }
        for (sha256, text) in &restore.checklists {
            self.checklists.put(sha256, text).await?;
        }
        for card in &restore.contacts {
            self.identities.put_contact(card).await?;
        }
        Ok(())
    }

    /// The text entries of `store` by key; an entry that is not text under a text key is not
    /// something this app wrote, and is left out.
    async fn texts(&self, store: &str) -> Result<BTreeMap<String, String>, StorageError> {
        Ok(self
            .database
            .entries(store)
            .await?
            .into_iter()
            .filter_map(|(key, value)| Some((key.as_string()?, value.as_string()?)))
            .collect())
    }
}
