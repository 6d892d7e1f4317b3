//! One .zip file that carries an audit with its photos (and, optionally, the checklist it was
//! made on) from one device to another (`docs/bundle-format.md`).
//!
//! [`Bundle::to_zip`] writes the same bytes for the same contents, every time and on every
//! device; [`Bundle::from_zip`] reads a stranger's file within fixed limits and refuses, with
//! a [`BundleError`] naming the entry, anything that is not exactly such a bundle.

mod contents;
mod error;
mod layout;
mod listing;
mod read;
mod write;

pub use contents::Bundle;
pub use error::BundleError;
pub use layout::{
    AUDIT_ENTRY, CHECKLIST_ENTRY, EntryName, MAX_BUNDLE_BYTES, MAX_COMPRESSION_RATIO, MAX_ENTRIES,
    MAX_ENTRY_BYTES, photo_entry,
};
pub use listing::{Listed, list};
