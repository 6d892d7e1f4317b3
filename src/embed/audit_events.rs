use std::cell::RefCell;
use std::collections::HashMap;

use audit_core::Uuid;
use audit_core::embed::Milestone;

use super::config::config;
use super::post::{post, report_error};
use audit_core::workflow::Audit;

use crate::storage::StorageError;

thread_local! {
    /// What was last saved of each open audit, so that `finalized` and `signed` go out once.
    static SAVED: RefCell<HashMap<Uuid, Milestone>> = RefCell::new(HashMap::new());
}

/// Records where a just-opened audit stands.
pub fn audit_opened(loaded: &Result<Option<Audit>, StorageError>) {
    if let Ok(Some(audit)) = loaded {
        let milestone = Milestone::of(audit.record(), audit.signed());
        SAVED.with_borrow_mut(|saved| saved.insert(audit.id(), milestone));
    }
}

/// Tells the host about a save: `changed`, and `finalized` or `signed` when this save made
/// them true; or `error` when the save failed.
pub fn audit_saved(audit: &Audit, written: &Result<(), StorageError>) {
    if let Err(error) = written {
        report_error(
            config().parent_origin.as_ref(),
            error.message(audit_core::Language::En),
        );
        return;
    }
    let record = audit.record();
    let now = Milestone::of(record, audit.signed());
    let before = SAVED
        .with_borrow_mut(|saved| saved.insert(record.id, now))
        .unwrap_or_default();
    let config = config();
    for message in before.messages_after_save(record, audit.signed(), config.send_document) {
        post(config.parent_origin.as_ref(), &message);
    }
}
