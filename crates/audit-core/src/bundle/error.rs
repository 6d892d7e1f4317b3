use super::layout::{MAX_BUNDLE_BYTES, MAX_COMPRESSION_RATIO, MAX_ENTRIES, MAX_ENTRY_BYTES};

/// Why a bundle was refused (reading) or could not be made (writing). Each names the entry
/// concerned, so that the message can say what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error("the file is {bytes} bytes; a bundle is at most {MAX_BUNDLE_BYTES}")]
    FileTooLarge { bytes: u64 },
    #[error("not a readable .zip file: {reason}")]
    NotAZip { reason: String },
    #[error("entry \"{name}\" could not be read: {reason}")]
    Damaged { name: String, reason: String },
    #[error("entry \"{name}\" would be written outside the bundle's folder")]
    UnsafeName { name: String },
    #[error("two entries have the same name")]
    DuplicateNames,
    #[error("{count} entries; a bundle has at most {MAX_ENTRIES}")]
    TooManyEntries { count: usize },
    #[error("entry \"{name}\" is {size} bytes; the limit is {MAX_ENTRY_BYTES}")]
    TooLarge { name: String, size: u64 },
    #[error("entry \"{name}\" inflates more than {MAX_COMPRESSION_RATIO} times (a zip bomb)")]
    Bomb { name: String },
    #[error("entry \"{name}\" is encrypted")]
    Encrypted { name: String },
    #[error("entry \"{name}\" uses a compression other than deflate or none")]
    Compression { name: String },
    #[error("entry \"{name}\" is not part of a bundle")]
    UnknownEntry { name: String },
    #[error("the bundle has no audit.json")]
    NoAudit,
    #[error("entry \"{name}\" is not UTF-8 text")]
    NotText { name: String },
    #[error("audit.json is not a saved audit: {reason}")]
    NotAnAudit { reason: String },
    #[error("checklist.json is not a valid checklist: {reason}")]
    NotAChecklist { reason: String },
    #[error("checklist.json is not the checklist the audit was made on (SHA-256 {expected})")]
    OtherChecklist { expected: String },
    #[error("photo {hash} is named by the audit but missing")]
    MissingPhoto { hash: String },
    #[error("photo \"{name}\" does not match its SHA-256 and size")]
    PhotoMismatch { name: String },
    #[error("photo \"{name}\" is not named by the audit")]
    ExtraPhoto { name: String },
}
