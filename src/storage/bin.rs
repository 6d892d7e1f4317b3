use audit_core::workflow::{Audit, Binned};
use audit_core::{Language, Timestamp, Uuid};
use wasm_bindgen::JsValue;

use super::database::{AUDITS, BIN};
use super::{Database, StorageError};
use crate::i18n::Text;

/// Deleted audits, kept 30 days so that a wrong tap costs nothing. Each entry is a
/// [`Binned`] as JSON text under the audit's id; moving in and out is one transaction over
/// both stores, so an audit is never lost between them.
#[derive(Clone, PartialEq)]
pub struct BinStore {
    database: Database,
}

/// One deleted audit, read back.
#[derive(Clone, Debug, PartialEq)]
pub struct BinEntry {
    pub audit: Audit,
    pub binned: Binned,
}

/// Why an audit could not go to the bin or come back from it.
#[derive(Clone, Debug, PartialEq)]
pub enum BinError {
    Storage(StorageError),
    /// It was no longer where it was, or an audit with its id is already where it would go.
    NotMoved,
}

impl BinError {
    pub fn message(&self, language: Language) -> String {
        match self {
            BinError::Storage(error) => error.message(language),
            BinError::NotMoved => Text::BinNotMoved.get(language).to_owned(),
        }
    }
}

impl From<StorageError> for BinError {
    fn from(error: StorageError) -> BinError {
        BinError::Storage(error)
    }
}

impl BinStore {
    pub fn new(database: Database) -> BinStore {
        BinStore { database }
    }

    /// Moves the audit to the bin, its stored text untouched, noting when (`now`).
    pub async fn throw_away(&self, id: Uuid, now: Timestamp) -> Result<(), BinError> {
        let wrap = move |value: JsValue| {
            let text = value.as_string()?;
            Some(JsValue::from_str(&Binned { deleted: now, text }.to_json()))
        };
        self.moved(self.database.move_entry(AUDITS, BIN, &id.to_string(), wrap))
            .await
    }

    /// Puts back exactly the text that was deleted.
    pub async fn restore(&self, id: Uuid) -> Result<(), BinError> {
        let unwrap = |value: JsValue| {
            let binned = Binned::parse(&value.as_string()?)?;
            Some(JsValue::from_str(&binned.text))
        };
        self.moved(
            self.database
                .move_entry(BIN, AUDITS, &id.to_string(), unwrap),
        )
        .await
    }

    async fn moved(
        &self,
        outcome: impl Future<Output = Result<bool, StorageError>>,
    ) -> Result<(), BinError> {
        match outcome.await? {
            true => Ok(()),
            false => Err(BinError::NotMoved),
        }
    }

    /// Every deleted audit, most recently deleted first, and the entries that cannot be read.
    pub async fn list(&self) -> Result<(Vec<BinEntry>, Vec<StorageError>), StorageError> {
        let mut entries = Vec::new();
        let mut unreadable = Vec::new();
        for value in self.database.get_all(BIN).await? {
            let binned = value.as_string().as_deref().and_then(Binned::parse);
            match binned.map(|b| (b.audit(), b)) {
                Some((Ok(audit), binned)) => entries.push(BinEntry { audit, binned }),
                Some((Err(e), _)) => unreadable.push(StorageError::unreadable(e)),
                None => unreadable.push(StorageError::unreadable("the bin entry is damaged")),
            }
        }
        entries.sort_by(|a, b| b.binned.deleted.cmp(&a.binned.deleted));
        Ok((entries, unreadable))
    }

    /// Deletes for good the audits past their 30 days at `now`; returns how many.
    pub async fn purge_expired(&self, now: &Timestamp) -> Result<usize, StorageError> {
        let (entries, _) = self.list().await?;
        let mut purged = 0;
        for entry in entries.iter().filter(|e| e.binned.is_expired(now)) {
            self.database
                .delete(BIN, &entry.audit.id().to_string())
                .await?;
            purged += 1;
        }
        Ok(purged)
    }

    /// Deletes every audit in the bin for good; the caller asks first.
    pub async fn empty(&self) -> Result<(), StorageError> {
        self.database.clear(BIN).await
    }
}
