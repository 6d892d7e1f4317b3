//! Where audits live between visits: the browser's IndexedDB.
//!
//! The rest of the app sees only [`AuditStore`]: put, get and list whole records.

mod error;
mod indexed_db;

pub use error::StorageError;
pub use indexed_db::{AuditStore, Listing};
