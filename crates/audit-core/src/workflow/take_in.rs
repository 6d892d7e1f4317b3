use crate::canonical::canonical_sha256;
use crate::signing::{MergeError, SignedDocument};
use crate::{AuditRecord, Checklist, ChecklistRef, Timestamp, Uuid};

use super::refusal::is_partial;
use super::{Audit, Refusal, check_summary};

/// A copy of an audit read from a file, with every proof already verified: nothing in it can
/// reach storage before it has passed [`Incoming::parse`].
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    document: SignedDocument,
    record: AuditRecord,
    /// When the proofs were verified: a merge checks them again at the same time.
    verified_at: Timestamp,
}

impl Incoming {
    /// Reads and verifies a file at time `now`. Refused: anything unreadable, a record that is
    /// not finalized, an unreadable signatory list, and any proof that does not verify, is
    /// repeated, or is by someone not listed. Signatures still missing are expected.
    pub fn parse(text: &str, now: &Timestamp) -> Result<Incoming, Refusal> {
        let document = SignedDocument::parse(text).map_err(Refusal::Unreadable)?;
        let record = document.record().map_err(Refusal::NotAnAudit)?;
        if !record.is_finalized() {
            return Err(Refusal::IncomingNotFinalized);
        }
        let report = document.verify(None, now);
        if report.problems().any(|p| !is_partial(&p)) {
            return Err(Refusal::InvalidSignatures(Box::new(report)));
        }
        Ok(Incoming {
            document,
            record,
            verified_at: now.clone(),
        })
    }

    /// The audit the file is a copy of.
    pub fn id(&self) -> Uuid {
        self.record.id
    }

    /// The checklist whose definition the shell must find before taking the file in.
    pub fn checklist(&self) -> &ChecklistRef {
        &self.record.checklist
    }

    /// An audit this device does not hold yet.
    pub fn into_new_audit(self, checklist: Option<&Checklist>) -> Result<Audit, Refusal> {
        take_in(None, self, checklist).map(|(audit, _)| audit)
    }
}

/// What this device keeps after taking `incoming` in beside `local`, and how many proofs were
/// new. A local finalized or signed audit is never replaced, only extended by valid proofs on
/// the very same content; a local draft is never touched.
pub(super) fn take_in(
    local: Option<&Audit>,
    incoming: Incoming,
    checklist: Option<&Checklist>,
) -> Result<(Audit, usize), Refusal> {
    let Incoming {
        document,
        record,
        verified_at,
    } = incoming;
    if document.member("summary").is_some() {
        let checklist = checklist.ok_or_else(|| Refusal::ChecklistMissing {
            id: record.checklist.id.clone(),
            version: record.checklist.version.to_string(),
        })?;
        check_summary(&document, &record, checklist).map_err(Refusal::SummaryMismatch)?;
    }
    let proofs = document.proofs().len();
    let Some(local) = local else {
        let signed = (proofs > 0).then_some(document);
        return Ok((Audit::from_parts(record, signed), proofs));
    };
    if !local.record().is_finalized() {
        return Err(Refusal::LocalDraft);
    }
    let mut merged = match local.signed() {
        Some(signed) => signed.clone(),
        // Finalized here, signed by nobody yet: its signed form is the record with the summary
        // recomputed, exactly what the first signer signed, whoever that was.
        None => {
            let checklist = checklist.ok_or_else(|| local.checklist_missing())?;
            let exported = local.record().exported(Some(checklist));
            match SignedDocument::from_record(&exported) {
                Ok(document) => document,
                Err(_) if proofs == 0 && exported == record.exported(Some(checklist)) => {
                    return Ok((local.clone(), 0));
                }
                Err(_) => {
                    return Err(Refusal::DifferentContent(MergeError::DifferentContent {
                        ours: canonical_sha256(&exported).unwrap_or_default(),
                        theirs: document.content_sha256().unwrap_or_default(),
                    }));
                }
            }
        }
    };
    let added = merged
        .merge(&document, &verified_at)
        .map_err(Refusal::DifferentContent)?;
    Ok((
        Audit::from_parts(
            local.record().clone(),
            Some(merged).filter(|d| !d.proofs().is_empty()),
        ),
        added,
    ))
}
