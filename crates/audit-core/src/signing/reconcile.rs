use super::{MergeError, SignedDocument};
use crate::AuditRecord;
use crate::import::ImportError;

/// Why an incoming signed file cannot be taken in.
#[derive(Debug, thiserror::Error)]
pub enum ImportConflict {
    #[error("this file is not a Supplier Audit record: {0}")]
    NotAnAudit(ImportError),
    #[error(
        "this audit is not finalized, so it cannot be signed; ask the auditor to finalize it and send it again"
    )]
    NotFinalized,
    #[error(
        "this audit is still being edited on this device; nothing was changed. Finalize it here, \
         or start a new version, before taking in signatures"
    )]
    LocalDraft,
    #[error("{0}; nothing was changed")]
    Different(MergeError),
}

/// The result of taking in a signed file: the document to keep and how many proofs were new.
#[derive(Debug)]
pub struct Reconciled {
    pub document: SignedDocument,
    pub new_proofs: usize,
}

/// Combines an incoming signed audit with what this device already holds for the same id,
/// never dropping a local proof and never overwriting local edits.
pub fn reconcile(
    local_record: Option<&AuditRecord>,
    local_signed: Option<&SignedDocument>,
    incoming: SignedDocument,
) -> Result<Reconciled, ImportConflict> {
    let record = incoming.record().map_err(ImportConflict::NotAnAudit)?;
    if !record.is_finalized() {
        return Err(ImportConflict::NotFinalized);
    }
    let mut local = match (local_signed, local_record) {
        (Some(signed), _) => signed.clone(),
        (None, Some(local)) if !local.is_finalized() => return Err(ImportConflict::LocalDraft),
        (None, Some(local)) => match SignedDocument::from_record(local) {
            Ok(document) => document,
            // A finalized audit without signatories cannot be the same content as a signed one.
            Err(_) => {
                return Ok(Reconciled {
                    new_proofs: incoming.proofs().len(),
                    document: incoming,
                });
            }
        },
        (None, None) => {
            return Ok(Reconciled {
                new_proofs: incoming.proofs().len(),
                document: incoming,
            });
        }
    };
    let new_proofs = local.merge(&incoming).map_err(ImportConflict::Different)?;
    Ok(Reconciled {
        document: local,
        new_proofs,
    })
}
