//! Every checklist the app can run: the bundled ones and those a ministry loaded from a URL
//! or a file. Which ones the home screen offers follows the embedding configuration.

mod changes;
mod load;

use std::cell::RefCell;

use audit_core::embed::ChecklistSource;
use audit_core::{ChecklistRef, LoadedChecklist};

use crate::bundled;

pub use changes::{notify, use_catalog_changes};
pub use load::{LoadRefused, load_file, load_url, restore};

thread_local! {
    /// Loaded definitions live as long as the page: leaking them gives the same `'static`
    /// borrows as the bundled ones, and there are only ever a handful.
    static CUSTOM: RefCell<Vec<&'static LoadedChecklist>> = const { RefCell::new(Vec::new()) };
    /// The checklist the host asked for by URL, once it is loaded.
    static CHOSEN: RefCell<Option<&'static LoadedChecklist>> = const { RefCell::new(None) };
}

/// Adds `loaded` (once per content hash) and returns the copy the app keeps.
pub fn register(loaded: LoadedChecklist) -> &'static LoadedChecklist {
    if let Some(known) = all().into_iter().find(|c| c.sha256 == loaded.sha256) {
        return known;
    }
    let kept: &'static LoadedChecklist = Box::leak(Box::new(loaded));
    CUSTOM.with_borrow_mut(|custom| custom.push(kept));
    notify();
    kept
}

/// Offers only `chosen` from now on (the host's `checklist` URL or `load-checklist` message).
pub fn choose(chosen: &'static LoadedChecklist) {
    CHOSEN.set(Some(chosen));
    notify();
}

fn all() -> Vec<&'static LoadedChecklist> {
    let custom = CUSTOM.with_borrow(Clone::clone);
    bundled::checklists().iter().chain(custom).collect()
}

/// The checklists to show on the home screen: the one the host chose, or all of them.
pub fn offered() -> Vec<&'static LoadedChecklist> {
    if let Some(chosen) = CHOSEN.with_borrow(|c| *c) {
        return vec![chosen];
    }
    let everything = all();
    match &crate::embed::config().checklist {
        Some(ChecklistSource::Bundled(id)) => {
            let named: Vec<_> = everything
                .iter()
                .copied()
                .filter(|c| c.checklist.id == *id)
                .collect();
            if named.is_empty() { everything } else { named }
        }
        _ => everything,
    }
}

/// The exact checklist an audit was started on: same id, version and content hash.
pub fn find(reference: &ChecklistRef) -> Option<&'static LoadedChecklist> {
    all().into_iter().find(|c| c.reference() == *reference)
}
