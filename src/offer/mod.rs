//! Which checklists the home screen offers: the shipped ones (as the catalogue index describes
//! them, see [`crate::catalogue`]) and
//! those a ministry loaded from a URL or a file, narrowed to one when the host chooses it (in
//! the embedding address or a `load-checklist` message, which the embedding bridge passes in
//! through [`choose`] and [`choose_shipped`]).

mod changes;
mod load;

use std::cell::RefCell;

use crate::catalogue::{self, Available, Entry};

use changes::notify;
pub use changes::use_offer_changes;
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
    let known = catalogue::CURRENT.contains(&id);
    if known {
        CHOSEN.set(Some(Chosen::Shipped(id.to_owned())));
        notify();
    }
    known
}

/// A checklist the home screen offers: a shipped one, known by its index entry until an audit
/// starts on it, or one loaded on this device, whose definition is at hand.
#[derive(Clone, Debug, PartialEq)]
pub enum Offered {
    Shipped(Entry),
    Custom(Available),
}

impl Offered {
    /// The checklist's id.
    pub fn id(&self) -> &str {
        match self {
            Offered::Shipped(entry) => &entry.reference.id,
            Offered::Custom(available) => &available.loaded.checklist.id,
        }
    }
}

/// The checklists to show on the home screen, given the shipped ones from the catalogue index:
/// the one the host chose, or everything (shipped, then loaded ones).
pub fn offered(shipped: &[Entry]) -> Vec<Offered> {
    match CHOSEN.with_borrow(Clone::clone) {
        Some(Chosen::Custom(chosen)) => vec![Offered::Custom(chosen)],
        Some(Chosen::Shipped(id)) => shipped
            .iter()
            .filter(|entry| entry.reference.id == id)
            .cloned()
            .map(Offered::Shipped)
            .collect(),
        None => {
            let custom = CUSTOM.with_borrow(Clone::clone);
            shipped
                .iter()
                .cloned()
                .map(Offered::Shipped)
                .chain(custom.into_iter().map(Offered::Custom))
                .collect()
        }
    }
}
