use std::fmt;

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

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(why) => write!(
                f,
                "This browser does not let the app store audits ({why}). Open it in a normal, \
                 not private, window and allow site data."
            ),
            StorageError::NotSaved(why) => write!(
                f,
                "Your last change could not be saved ({why}). Keep this page open, free some space \
                 on the device, then change any answer to save again. Earlier saved work is safe."
            ),
            StorageError::Unreadable(why) => write!(
                f,
                "A saved audit could not be read ({why}). It has been left untouched."
            ),
        }
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
