use wasm_bindgen::JsValue;

use super::database::CHECKLISTS;
use super::{Database, StorageError};

/// Checklist definitions that did not ship with the app (a ministry's, loaded from a URL or a
/// file), kept as the exact JSON text under their content hash so that they survive a reload
/// and the audits made with them keep opening.
#[derive(Clone, PartialEq)]
pub struct ChecklistStore {
    database: Database,
}

impl ChecklistStore {
    pub fn new(database: Database) -> ChecklistStore {
        ChecklistStore { database }
    }

    pub async fn put(&self, sha256: &str, json: &str) -> Result<(), StorageError> {
        self.database
            .put(CHECKLISTS, sha256, &JsValue::from_str(json))
            .await
    }

    /// Every stored definition's text; entries that are not text are skipped.
    pub async fn all(&self) -> Result<Vec<String>, StorageError> {
        let values = self.database.get_all(CHECKLISTS).await?;
        Ok(values.iter().filter_map(JsValue::as_string).collect())
    }
}
