//! Writes an audit's records in order, skipping those a newer one replaced. Each record holds
//! the whole audit, so while one is being written only the newest of those asked for since
//! needs writing after it: it waits in a single slot, replacing any older one there. Without this, every keystroke opened its own
//! transaction, and on a starved CPU (each needs the page's thread to check what is stored)
//! they queued up: the newest text reached the disk only after all the older ones. Now it is
//! on disk at most two transactions after it was typed.

use std::cell::RefCell;
use std::collections::HashMap;

use audit_core::Uuid;
use audit_core::workflow::{Reached, Stored};

use super::timing;
use crate::storage::{AuditStore, StorageError};

/// Hears how a write ended: the milestones of every save it stands for, its outcome, and
/// whether a newer record of the same audit is still waiting to be written.
pub type Report = Box<dyn FnOnce(&[Reached], &Result<(), StorageError>, bool)>;

struct Save {
    stored: Stored,
    reached: Vec<Reached>,
    report: Report,
}

#[derive(Default)]
struct Slot {
    writing: bool,
    waiting: Option<Save>,
}

/// The writes under way, per audit.
#[derive(Default)]
pub struct SaveQueue {
    slots: RefCell<HashMap<Uuid, Slot>>,
}

impl SaveQueue {
    /// Writes `stored` now, or after the write under way for the same audit; a newer record
    /// asked for before then takes its place, with its milestones, and only the newest
    /// `report` is called.
    pub async fn save(
        &self,
        store: &AuditStore,
        stored: Stored,
        reached: Vec<Reached>,
        report: Report,
    ) {
        let id = stored.id;
        let mut save = Save {
            stored,
            reached,
            report,
        };
        {
            let mut slots = self.slots.borrow_mut();
            let slot = slots.entry(id).or_default();
            if slot.writing {
                if let Some(mut older) = slot.waiting.take() {
                    older.reached.append(&mut save.reached);
                    save.reached = older.reached;
                }
                slot.waiting = Some(save);
                return;
            }
            slot.writing = true;
        }
        loop {
            let span = timing::start("supplier-audit:save");
            let written = store.put(&save.stored).await;
            span.end();
            let next = {
                let mut slots = self.slots.borrow_mut();
                let next = slots.get_mut(&id).and_then(|slot| slot.waiting.take());
                if next.is_none() {
                    slots.remove(&id);
                }
                next
            };
            (save.report)(&save.reached, &written, next.is_some());
            match next {
                Some(newer) => save = newer,
                None => return,
            }
        }
    }
}
