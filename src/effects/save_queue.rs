//! Writes an audit's records without ever queueing them. Each record holds the whole audit, so
//! only the newest one asked for needs writing. A write's transaction first reads what is
//! stored (the overwrite guard), and only then takes the newest record asked for so far: a
//! record asked for while it waits for that read is simply the one it writes. A record asked
//! for after the read starts the next transaction at once, which the browser runs as soon as
//! the one before has committed. Before, every keystroke had its own transaction, and on a
//! starved page thread they queued up: the newest text reached the disk only after all the
//! older ones.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use audit_core::Uuid;
use audit_core::workflow::{Reached, Stored};

use super::timing;
use crate::storage::{AuditStore, StorageError};

/// Hears how a write ended: the milestones of every save it stands for, its outcome, and
/// whether a newer record of the same audit is still on its way to storage.
pub type Report = Box<dyn FnOnce(&[Reached], &Result<(), StorageError>, bool)>;

struct Save {
    stored: Stored,
    reached: Vec<Reached>,
    report: Report,
}

#[derive(Default)]
struct Slot {
    /// A transaction has started and not yet read: it will take `newest`.
    reading: bool,
    /// Transactions started and not yet ended, the reading one included.
    open: usize,
    /// The newest record no transaction has taken yet.
    newest: Option<Save>,
}

/// The writes under way, per audit.
#[derive(Default)]
pub struct SaveQueue {
    slots: Rc<RefCell<HashMap<Uuid, Slot>>>,
}

impl SaveQueue {
    /// Writes `stored`, unless a newer record is asked for before a transaction takes it; that
    /// one is written instead, with the milestones of both, and only its `report` is called.
    pub async fn save(
        &self,
        store: &AuditStore,
        stored: Stored,
        reached: Vec<Reached>,
        report: Report,
    ) {
        let id = stored.id;
        {
            let mut slots = self.slots.borrow_mut();
            let slot = slots.entry(id).or_default();
            let mut save = Save {
                stored,
                reached,
                report,
            };
            if let Some(mut older) = slot.newest.take() {
                older.reached.append(&mut save.reached);
                save.reached = older.reached;
            }
            slot.newest = Some(save);
            if slot.reading {
                return;
            }
            slot.reading = true;
            slot.open += 1;
        }
        let taken = Rc::new(RefCell::new(None::<(Vec<Reached>, Report)>));
        let newest = {
            let (slots, taken) = (self.slots.clone(), taken.clone());
            move || {
                let Save {
                    stored,
                    reached,
                    report,
                } = slots.borrow_mut().get_mut(&id).and_then(|slot| {
                    slot.reading = false;
                    slot.newest.take()
                })?;
                taken.replace(Some((reached, report)));
                Some(stored)
            }
        };
        let span = timing::start("supplier-audit:save");
        let written = store.put_newest(id, newest).await;
        span.end();
        let (told, newer) = {
            let mut slots = self.slots.borrow_mut();
            let slot = slots.entry(id).or_default();
            // A transaction that ended before its read (it could not start) wrote nothing: the
            // newest record is told so, and the next save starts a transaction of its own.
            let told = taken.take().or_else(|| {
                slot.reading = false;
                slot.newest.take().map(|save| (save.reached, save.report))
            });
            slot.open = slot.open.saturating_sub(1);
            // A later transaction may have taken a newer record and not yet committed it.
            let newer = slot.open > 0 || slot.newest.is_some();
            if !newer {
                slots.remove(&id);
            }
            (told, newer)
        };
        if let Some((reached, report)) = told {
            report(&reached, &written, newer);
        }
    }
}
