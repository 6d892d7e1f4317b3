use std::fmt;

use super::{DidKey, ProofFailure, SignatoriesError, Signatory, TrustEntry};

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
    /// Set when the document's `signatories` cannot be read.
    pub signatories_error: Option<SignatoriesError>,
    /// Listed signatories without a valid proof.
    pub missing: Vec<Signatory>,
    /// Listed signatories with more than one valid proof.
    pub repeated: Vec<Signatory>,
    /// Valid proofs whose signer is not on the signatory list.
    pub unlisted: Vec<usize>,
    /// Whether a trust list was consulted.
    pub trust_list_used: bool,
}

/// One reason a document is not valid, in the order a reader should hear them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalidity<'a> {
    Signatories(&'a SignatoriesError),
    NoProof,
    Proof(&'a ProofReport, &'a ProofFailure),
    Unlisted(&'a ProofReport),
    Repeated(&'a Signatory),
    Missing(&'a Signatory),
}

impl VerificationReport {
    /// Valid means: at least one proof, every proof valid, and, when the document lists
    /// signatories, exactly one valid proof by each of them and none by anyone else.
    pub fn is_valid(&self) -> bool {
        self.problems().next().is_none()
    }

    /// Every reason the document is not valid, most fundamental first.
    pub fn problems(&self) -> impl Iterator<Item = Invalidity<'_>> {
        let signatories = self.signatories_error.iter().map(Invalidity::Signatories);
        let no_proof = self.proofs.is_empty().then_some(Invalidity::NoProof);
        let failures = self
            .proofs
            .iter()
            .filter_map(|p| p.outcome.as_ref().err().map(|e| Invalidity::Proof(p, e)));
        let unlisted = self
            .unlisted
            .iter()
            .filter_map(|&i| self.proofs.get(i))
            .map(Invalidity::Unlisted);
        signatories
            .chain(no_proof)
            .chain(failures)
            .chain(unlisted)
            .chain(self.repeated.iter().map(Invalidity::Repeated))
            .chain(self.missing.iter().map(Invalidity::Missing))
    }

    /// Proofs that failed, with their reason.
    pub fn failures(&self) -> impl Iterator<Item = (&ProofReport, &ProofFailure)> {
        self.proofs
            .iter()
            .filter_map(|p| p.outcome.as_ref().err().map(|e| (p, e)))
    }
}

/// "Union representative Ana Ruiz (Textile Workers Union)".
pub fn describe_signatory(signatory: &Signatory) -> String {
    format!(
        "{} {} ({})",
        signatory.role.label(),
        signatory.name,
        signatory.organisation
    )
}

impl fmt::Display for Invalidity<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalidity::Signatories(e) => write!(f, "{e}"),
            Invalidity::NoProof => f.write_str("no proof: the document is not signed"),
            Invalidity::Proof(proof, failure) => write!(f, "proof {}: {failure}", proof.index + 1),
            Invalidity::Unlisted(proof) => write!(
                f,
                "proof {} is by {}, who is not on the signatory list",
                proof.index + 1,
                proof
                    .signer
                    .as_ref()
                    .map_or("an unknown key".into(), ToString::to_string)
            ),
            Invalidity::Repeated(s) => {
                write!(f, "{} signed more than once", describe_signatory(s))
            }
            Invalidity::Missing(s) => {
                write!(f, "missing signature: {}, {}", describe_signatory(s), s.did)
            }
        }
    }
}
