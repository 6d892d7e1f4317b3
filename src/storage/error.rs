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
}

impl StorageError {
    /// What happened and what to do, in `language`.
    pub fn message(&self, language: Language) -> String {
        let (text, why) = match self {
            StorageError::Unavailable(why) => (Text::StorageUnavailable, why),
            StorageError::NotSaved(why) => (Text::StorageNotSaved, why),
            StorageError::Unreadable(why) => (Text::StorageUnreadable, why),
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
