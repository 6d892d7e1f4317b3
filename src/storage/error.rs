use std::fmt;

use audit_core::Language;

use crate::i18n::Text;

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
}

impl StorageError {
    /// What happened and what to do, in `language`.
    pub fn message(&self, language: Language) -> String {
        let (text, why): (Text, &str) = match self {
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

    pub fn unreadable(e: impl fmt::Display) -> StorageError {
        StorageError::Unreadable(e.to_string())
    }
}
