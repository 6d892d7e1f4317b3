//! One file that holds everything a device saved, so that a lost browser profile does not
//! mean lost audits (`docs/backup-format.md`).
//!
//! The shell reads every store into [`Contents`]; [`Backup::of`] makes the file's content.
//! On another device, [`Backup::parse`] reads a file strictly and [`plan`] decides, entry by
//! entry, what to add, what to update, what to skip and what to refuse; the shell writes only
//! what the [`Restore`] lists. Private keys are never part of any of these types.

mod build;
mod contents;
mod format;
mod outcome;
mod plan;

pub use contents::Contents;
pub use format::{
    BACKUP_FORMAT, BACKUP_VERSION, Backup, BackupError, MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES,
};
pub use outcome::{Entry, EntryKind, EntryRefusal, Outcome, Skip, Update};
pub use plan::{Restore, plan};
