use std::fmt;

use audit_core::Language;
use web_sys::DomException;

use crate::i18n::Text;

/// The `DOMException` name of a write over the origin's quota.
const QUOTA_EXCEEDED: &str = "QuotaExceededError";

/// Why storage failed, in words an auditor can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB cannot be opened at all (blocked by settings or a private window).
    Unavailable(String),
    /// The device refused to write, most often because it is full.
    NotSaved(String),
    /// A saved audit could not be read back.
    Unreadable(String),
    /// The write was refused: the audit was finalized or signed in another tab or window, and
    /// this copy would undo that (see `audit_core::workflow::may_replace`).
    ChangedElsewhere,
    /// A newer version of the app opened the database in another tab; this connection closed.
    NewerVersion,
    /// The browser refused a write because the app's storage quota is used up
    /// (`QuotaExceededError`); the transaction was rolled back, so what was saved before stays.
    Full,
}

impl StorageError {
    /// What happened and what to do, in `language`.
    pub fn message(&self, language: Language) -> String {
        let (text, why): (Text, &str) = match self {
            StorageError::Full => return Text::StorageFull.get(language).to_owned(),
            StorageError::Unavailable(why) => (Text::StorageUnavailable, why),
            StorageError::NotSaved(why) => (Text::StorageNotSaved, why),
            StorageError::Unreadable(why) => (Text::StorageUnreadable, why),
            StorageError::ChangedElsewhere => (Text::StorageChangedElsewhere, ""),
            StorageError::NewerVersion => (Text::StorageNewerVersion, ""),
        };
        text.fill(language, &[("why", why)])
    }
}

impl StorageError {
    pub fn not_saved(e: impl fmt::Display) -> StorageError {
        StorageError::NotSaved(e.to_string())
    }

    /// A write the browser refused: [`StorageError::Full`] when it names the quota.
    pub fn write_refused(e: idb::Error) -> StorageError {
        match e {
            idb::Error::DomException(exception) => StorageError::aborted(Some(exception)),
            other => StorageError::not_saved(other),
        }
    }

    /// A write transaction the browser aborted, with the reason it gave, if any.
    pub fn aborted(reason: Option<DomException>) -> StorageError {
        match reason {
            Some(exception) if exception.name() == QUOTA_EXCEEDED => StorageError::Full,
            // Chromium often leaves the message empty; the name still says what happened.
            Some(exception) if exception.message().is_empty() => {
                StorageError::NotSaved(exception.name())
            }
            Some(exception) => StorageError::NotSaved(exception.message()),
            None => StorageError::NotSaved("the browser aborted the write".into()),
        }
    }

    pub fn unreadable(e: impl fmt::Display) -> StorageError {
        StorageError::Unreadable(e.to_string())
    }
}
