//! Finding the exact checklist an audit was started on.

use std::rc::Rc;

use audit_core::{ChecklistRef, LoadedChecklist, parse_checklist};

use crate::bundled;
use crate::storage::AuditStore;

/// A checklist shared between renders; equal when it is the same one.
#[derive(Clone, Debug)]
pub struct SharedChecklist(pub Rc<LoadedChecklist>);

impl PartialEq for SharedChecklist {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the definition came from matters only for what the page says about it.
#[derive(Clone, Debug, PartialEq)]
pub enum Definition {
    Looking,
    Found(SharedChecklist),
    NotFound,
}

/// The checklist `reference` names: bundled with the app (current or archived), else the
/// copy stored on this device when the audit started. A bundled one is also stored, so that
/// the audit keeps opening once a later app no longer bundles it.
pub async fn resolve(store: &AuditStore, reference: &ChecklistRef) -> Definition {
    if let Some(bundled) = bundled::find(reference) {
        // Best effort: the bundled copy serves this visit whatever happens.
        let _ = store
            .put_definition(&bundled.loaded.sha256, bundled.text)
            .await;
        return Definition::Found(SharedChecklist(Rc::new(bundled.loaded.clone())));
    }
    let stored = store.definition(&reference.sha256).await.ok().flatten();
    match stored.and_then(|text| parse_checklist(&text).ok()) {
        // The hash is of the content, so a match is the very definition.
        Some(loaded) if loaded.reference() == *reference => {
            Definition::Found(SharedChecklist(Rc::new(loaded)))
        }
        _ => Definition::NotFound,
    }
}
