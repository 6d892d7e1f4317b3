//! The open audit as Yew state: a thin `Reducible` over the core's `AuditRecord::apply`.

use std::rc::Rc;

use audit_core::{AuditRecord, Edit, Timestamp};
use yew::Reducible;

use crate::storage::StorageError;

#[derive(Clone, Debug, PartialEq)]
pub enum AuditState {
    Loading,
    Missing,
    Failed(StorageError),
    Ready {
        record: AuditRecord,
        /// Counts edits since loading; each new value is saved.
        revision: u64,
    },
}

pub enum AuditAction {
    Loaded(Result<Option<AuditRecord>, StorageError>),
    Edit(Edit, Timestamp),
}

impl Reducible for AuditState {
    type Action = AuditAction;

    fn reduce(self: Rc<Self>, action: AuditAction) -> Rc<Self> {
        match (action, &*self) {
            (AuditAction::Loaded(Ok(Some(record))), _) => Rc::new(AuditState::Ready {
                record,
                revision: 0,
            }),
            (AuditAction::Loaded(Ok(None)), _) => Rc::new(AuditState::Missing),
            (AuditAction::Loaded(Err(error)), _) => Rc::new(AuditState::Failed(error)),
            (AuditAction::Edit(edit, now), AuditState::Ready { record, revision }) => {
                let mut record = record.clone();
                record.apply(edit, now);
                Rc::new(AuditState::Ready {
                    record,
                    revision: revision + 1,
                })
            }
            // An edit can only come from a rendered audit; anything else changes nothing.
            (AuditAction::Edit(..), _) => self,
        }
    }
}
