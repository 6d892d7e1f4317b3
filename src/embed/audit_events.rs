use audit_core::embed::messages_after_save;
use audit_core::workflow::{Audit, Reached};

use super::config::config;
use super::post::{post, report_error};
use crate::storage::StorageError;

/// Tells the host about a save: `changed`, and `finalized` or `signed` when this save reached
/// them (the core's workflow says which); or `error` when the save failed.
pub fn audit_saved(audit: &Audit, reached: &[Reached], written: &Result<(), StorageError>) {
    let config = config();
    if let Err(error) = written {
        report_error(
            config.parent_origin.as_ref(),
            error.message(audit_core::Language::En),
        );
        return;
    }
    for message in messages_after_save(audit, reached, config.send_document) {
        post(config.parent_origin.as_ref(), &message);
    }
}
