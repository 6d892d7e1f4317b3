use serde_json::Value;

use super::{BACKUP_VERSION, Backup, Contents};
use crate::Timestamp;
use crate::signing::IdentityCard;

impl Backup {
    /// The backup of `contents` made at `created`. Audits keep their stored text, byte for
    /// byte; identities are their public cards only, which have no field a key could be in.
    pub fn of(contents: &Contents, created: Timestamp) -> Backup {
        Backup {
            format: super::format::Format::V1,
            version: BACKUP_VERSION,
            created,
            audits: contents.audits.iter().map(|a| a.text.clone()).collect(),
            definitions: contents.definitions.clone(),
            checklists: contents.checklists.clone(),
            identities: cards(&contents.identities),
            contacts: cards(&contents.contacts),
        }
    }

    /// `supplier-audit-backup-<YYYY-MM-DD>.json`, dated by when the backup was made.
    pub fn file_name(&self) -> String {
        let day = self.created.as_str().get(..10).unwrap_or("undated");
        format!("supplier-audit-backup-{day}.json")
    }
}

fn cards(cards: &[IdentityCard]) -> Vec<Value> {
    cards
        .iter()
        .filter_map(|card| serde_json::to_value(card).ok())
        .collect()
}
