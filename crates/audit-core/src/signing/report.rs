use super::{DidKey, ProofFailure, Signatory, TrustEntry};

/// The outcome for one proof of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProofReport {
    /// Position in the document's proof list.
    pub index: usize,
    pub id: Option<String>,
    pub created: Option<String>,
    /// The key named by the proof, when it could be read.
    pub signer: Option<DidKey>,
    /// The listed signatory with that key, if any.
    pub signatory: Option<Signatory>,
    /// The trust-list entry for that key, when a trust list was given.
    pub trusted: Option<TrustEntry>,
    pub outcome: Result<(), ProofFailure>,
}

/// Everything a verifier needs to decide on a signed document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerificationReport {
    pub proofs: Vec<ProofReport>,
    /// Listed signatories without a valid proof.
    pub missing: Vec<Signatory>,
    /// Listed signatories with more than one valid proof.
    pub repeated: Vec<Signatory>,
    /// Valid proofs whose signer is not on the signatory list.
    pub unlisted: Vec<usize>,
    /// Whether a trust list was consulted.
    pub trust_list_used: bool,
}

impl VerificationReport {
    /// Every proof valid, at least one proof, and every listed signatory exactly once.
    pub fn is_valid(&self) -> bool {
        !self.proofs.is_empty()
            && self.proofs.iter().all(|p| p.outcome.is_ok())
            && self.missing.is_empty()
            && self.repeated.is_empty()
    }

    /// Proofs that failed, with their reason.
    pub fn failures(&self) -> impl Iterator<Item = (&ProofReport, &ProofFailure)> {
        self.proofs
            .iter()
            .filter_map(|p| p.outcome.as_ref().err().map(|e| (p, e)))
    }
}
