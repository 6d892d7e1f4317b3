//! Finding the exact checklist an audit was started on.

use audit_core::ChecklistRef;

use crate::catalogue::{self, Available};
use crate::storage::AuditStore;

#[derive(Clone, Debug, PartialEq)]
pub enum Definition {
    Looking,
    Found(Available),
    NotFound,
}

pub async fn resolve(store: &AuditStore, reference: &ChecklistRef) -> Definition {
    match catalogue::resolve(store, reference).await {
        Some(available) => Definition::Found(available),
        None => Definition::NotFound,
    }
}
