//! Which checklists the home screen offers: the shipped ones (see [`crate::catalogue`]) and
//! those a ministry loaded from a URL or a file, narrowed by the embedding configuration or a
//! host's `load-checklist` message.

mod changes;
mod load;

use std::cell::RefCell;

use audit_core::embed::ChecklistSource;

use crate::catalogue::{self, Available, Unavailable};

pub use changes::{notify, use_offer_changes};
pub use load::{LoadRefused, load_file, load_url, restore};

/// What the host asked to offer alone.
#[derive(Clone)]
enum Chosen {
    Shipped(String),
    Custom(Available),
}

thread_local! {
    /// Definitions loaded on this device, once per content hash.
    static CUSTOM: RefCell<Vec<Available>> = const { RefCell::new(Vec::new()) };
    static CHOSEN: RefCell<Option<Chosen>> = const { RefCell::new(None) };
}

/// Adds `available` (once per content hash) and returns the copy the app keeps.
pub fn register(available: Available) -> Available {
    let known = CUSTOM.with_borrow(|custom| {
        custom
            .iter()
            .find(|c| c.loaded.sha256 == available.loaded.sha256)
            .cloned()
    });
    known.unwrap_or_else(|| {
        CUSTOM.with_borrow_mut(|custom| custom.push(available.clone()));
        notify();
        available
    })
}

/// Offers only `chosen` from now on (the host's `checklist` URL or `load-checklist` message).
pub fn choose(chosen: Available) {
    CHOSEN.set(Some(Chosen::Custom(chosen)));
    notify();
}

/// Offers only the shipped checklist `id`; false when the app ships no such checklist.
pub fn choose_shipped(id: &str) -> bool {
    let known = is_shipped(id);
    if known {
        CHOSEN.set(Some(Chosen::Shipped(id.to_owned())));
        notify();
    }
    known
}

pub fn is_shipped(id: &str) -> bool {
    catalogue::CURRENT.contains(&id)
}

/// The checklists to show on the home screen, given the shipped ones as fetched: the one the
/// host chose, or everything (shipped, then loaded ones).
pub fn offered(shipped: &[Result<Available, Unavailable>]) -> Vec<Result<Available, Unavailable>> {
    let shipped_id = match CHOSEN.with_borrow(Clone::clone) {
        Some(Chosen::Custom(chosen)) => return vec![Ok(chosen)],
        Some(Chosen::Shipped(id)) => Some(id),
        None => match &crate::embed::config().checklist {
            Some(ChecklistSource::Bundled(id)) if is_shipped(id) => Some(id.clone()),
            _ => None,
        },
    };
    match shipped_id {
        Some(id) => shipped
            .iter()
            .filter(|entry| entry.as_ref().is_ok_and(|a| a.loaded.checklist.id == id))
            .cloned()
            .collect(),
        None => {
            let custom = CUSTOM.with_borrow(Clone::clone);
            shipped
                .iter()
                .cloned()
                .chain(custom.into_iter().map(Ok))
                .collect()
        }
    }
}
