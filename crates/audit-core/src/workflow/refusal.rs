use crate::evidence::PhotoError;
use crate::import::ImportError;
use crate::signing::{
    DidKey, DocumentError, Invalidity, MergeError, ProofFailure, VerificationReport,
};

use super::SummaryMismatch;

/// Why an action was refused. A refused action changes nothing; the shell turns each
/// refusal into a sentence in the user's language.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error(
        "this audit is finalized and can no longer be changed; start a new version to change it"
    )]
    Finalized,
    #[error("finalize the audit first")]
    NotFinalized,
    #[error("the signatories are fixed once someone has signed")]
    SignatoriesLocked,
    #[error("{0} is already listed with this key")]
    AlreadyListed(String),
    #[error("add at least one signatory before the first signature")]
    NoSignatories,
    #[error("{0} is not on the signatory list of this audit")]
    NotListed(DidKey),
    #[error("{0} has already signed this audit")]
    AlreadySigned(DidKey),
    #[error(
        "checklist \"{id}\" version {version} is not on this device, so the scores cannot be \
         recomputed; load that checklist first"
    )]
    ChecklistMissing { id: String, version: String },
    #[error("{0}")]
    SummaryMismatch(SummaryMismatch),
    #[error("question {question} can hold at most {max} photos")]
    TooManyPhotos { question: String, max: u32 },
    #[error("this photo cannot be added: {0}")]
    BadPhoto(PhotoError),
    #[error("this photo is already attached to question {0}")]
    DuplicatePhoto(String),
    #[error("question {question} has no evidence slot {slot}; add the slot first")]
    NoSuchSlot { question: String, slot: usize },
    #[error("question {0} is not a finding, so it takes no corrective action")]
    NotAFinding(String),
    #[error("the audit changed while it was being signed; nothing was added, sign again")]
    ChangedWhileSigning,
    #[error("the new signature does not verify ({0}); nothing was added")]
    BadSignature(ProofFailure),
    #[error("the signed form could not be made: {0}")]
    Document(DocumentError),
    // Taking in a file.
    #[error("{0}")]
    Unreadable(DocumentError),
    #[error("this file is not a Supplier Audit record: {0}")]
    NotAnAudit(ImportError),
    #[error(
        "this audit is not finalized, so it cannot be signed; ask the auditor to finalize it and send it again"
    )]
    IncomingNotFinalized,
    #[error("{}; nothing was changed", first_problem(.0))]
    InvalidSignatures(Box<VerificationReport>),
    #[error(
        "this audit is still being edited on this device; nothing was changed. Finalize it here, \
         or start a new version, before taking in signatures"
    )]
    LocalDraft,
    #[error("{0}; nothing was changed")]
    DifferentContent(MergeError),
}

impl Refusal {
    /// The first reason an incoming file's signatures were refused, for messages.
    pub fn first_invalidity(report: &VerificationReport) -> Option<Invalidity<'_>> {
        report.problems().find(|p| !is_partial(p))
    }
}

/// A copy that some signatories have not signed yet is normal while signatures are gathered.
pub(super) fn is_partial(problem: &Invalidity<'_>) -> bool {
    matches!(problem, Invalidity::Missing(_) | Invalidity::NoProof)
}

fn first_problem(report: &VerificationReport) -> String {
    Refusal::first_invalidity(report).map_or_else(String::new, |p| p.to_string())
}
