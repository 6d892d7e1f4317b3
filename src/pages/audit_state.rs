//! The open audit as Yew state: a thin `Reducible` over the core's rules
//! (`AuditRecord::apply`, `finalize`, the signatory list) plus the signed document.

use std::rc::Rc;

use audit_core::signing::{DidKey, Signatory, SignedDocument};
use audit_core::{Edit, Timestamp};
use yew::Reducible;

use crate::storage::{StorageError, StoredAudit};

#[derive(Clone, Debug, PartialEq)]
pub enum AuditState {
    Loading,
    Missing,
    Failed(StorageError),
    Ready {
        audit: Box<StoredAudit>,
        /// Counts changes since loading; each new value is saved.
        revision: u64,
    },
}

pub enum AuditAction {
    Loaded(Result<Option<StoredAudit>, StorageError>),
    Edit(Edit, Timestamp),
    Finalize(Timestamp),
    AddSignatory(Signatory),
    RemoveSignatory(DidKey),
    Signed(SignedDocument),
}

impl Reducible for AuditState {
    type Action = AuditAction;

    fn reduce(self: Rc<Self>, action: AuditAction) -> Rc<Self> {
        let (audit, revision) = match (&*self, action) {
            (_, AuditAction::Loaded(Ok(Some(audit)))) => {
                return Rc::new(AuditState::Ready {
                    audit: Box::new(audit),
                    revision: 0,
                });
            }
            (_, AuditAction::Loaded(Ok(None))) => return Rc::new(AuditState::Missing),
            (_, AuditAction::Loaded(Err(error))) => return Rc::new(AuditState::Failed(error)),
            (AuditState::Ready { audit, revision }, action) => {
                let mut audit = audit.clone();
                let record = &mut audit.record;
                // Signatories may change only until the first signature.
                let unsigned = audit.signed.is_none();
                match action {
                    AuditAction::Edit(edit, now) => record.apply(edit, now),
                    AuditAction::Finalize(now) => record.finalize(now),
                    AuditAction::AddSignatory(signatory) if unsigned => {
                        if record.add_signatory(signatory).is_err() {
                            return self;
                        }
                    }
                    AuditAction::RemoveSignatory(did) if unsigned => record.remove_signatory(&did),
                    AuditAction::Signed(document) => audit.signed = Some(document),
                    _ => return self,
                }
                (audit, revision + 1)
            }
            // A change can only come from a rendered audit; anything else changes nothing.
            _ => return self,
        };
        Rc::new(AuditState::Ready { audit, revision })
    }
}
