use serde_json::{Map, Value};

use super::proof::{document_digest, hash_data, verify_proof};
use super::{
    ProofOptions, ProofReport, Signatory, StrictJsonError, TrustList, VerificationReport,
    encode_proof_value, parse_strict,
};
use crate::AuditRecord;
use crate::canonical::canonical_sha256;
use crate::import::{ImportError, from_json_value};

/// A JSON document with a `proof` set, kept exactly as read or written, so that what is
/// verified is the document itself and never a re-serialisation of it.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedDocument {
    members: Map<String, Value>,
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("{0}")]
    Json(#[from] StrictJsonError),
    #[error("a signed document must be a JSON object")]
    NotAnObject,
    #[error("only a finalized audit can be signed: finalize it first")]
    NotFinalized,
    #[error("add at least one signatory before the first signature")]
    NoSignatories,
    #[error("the content can not be canonicalized: {0}")]
    Canonical(#[from] serde_json::Error),
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error(
        "these are two different documents (content {ours} here, {theirs} in the other file): \
         only copies of the same finalized audit can be merged"
    )]
    DifferentContent { ours: String, theirs: String },
}

impl SignedDocument {
    /// Reads a document strictly (see [`parse_strict`]).
    pub fn parse(text: &str) -> Result<SignedDocument, DocumentError> {
        match parse_strict(text)? {
            Value::Object(members) => Ok(SignedDocument { members }),
            _ => Err(DocumentError::NotAnObject),
        }
    }

    /// Starts the signed form of a finalized audit, with no proof yet.
    pub fn from_record(record: &AuditRecord) -> Result<SignedDocument, DocumentError> {
        if record.finalized.is_none() {
            return Err(DocumentError::NotFinalized);
        }
        if record.signatories.is_empty() {
            return Err(DocumentError::NoSignatories);
        }
        match serde_json::to_value(record)? {
            Value::Object(members) => Ok(SignedDocument { members }),
            _ => Err(DocumentError::NotAnObject),
        }
    }

    /// The audit record this document carries.
    pub fn record(&self) -> Result<AuditRecord, ImportError> {
        from_json_value(&Value::Object(self.unsecured()))
    }

    /// The document without `proof`: what every proof of the set signs.
    pub fn unsecured(&self) -> Map<String, Value> {
        let mut members = self.members.clone();
        members.remove("proof");
        members
    }

    /// The proofs: `proof` may hold one proof object or a list of them.
    pub fn proofs(&self) -> Vec<Value> {
        match self.members.get("proof") {
            None => Vec::new(),
            Some(Value::Array(proofs)) => proofs.clone(),
            Some(single) => vec![single.clone()],
        }
    }

    /// The signatories the document lists (none for documents of other kinds).
    pub fn signatories(&self) -> Vec<Signatory> {
        self.members
            .get("signatories")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default()
    }

    /// SHA-256 (hex) of the canonical content without proofs: equal for every copy of one document.
    pub fn content_sha256(&self) -> Result<String, serde_json::Error> {
        canonical_sha256(&self.unsecured())
    }

    /// SHA-256 (hex) of the canonical document including its proofs.
    pub fn sha256(&self) -> Result<String, serde_json::Error> {
        canonical_sha256(&self.members)
    }

    /// The 64 bytes to sign for `options`, and the proof configuration to pass to
    /// [`SignedDocument::add_proof`] with the signature.
    pub fn signing_input(
        &self,
        options: &ProofOptions,
    ) -> Result<([u8; 64], Map<String, Value>), DocumentError> {
        let unsecured = self.unsecured();
        let config = options.to_proof_config(&unsecured);
        Ok((hash_data(&config, &unsecured)?, config))
    }

    /// Appends a proof to the set; the set is always written as a list.
    pub fn add_proof(&mut self, mut config: Map<String, Value>, signature: &[u8; 64]) {
        config.insert("proofValue".into(), encode_proof_value(signature).into());
        let mut proofs = self.proofs();
        proofs.push(Value::Object(config));
        self.members.insert("proof".into(), Value::Array(proofs));
    }

    /// Adds the proofs of another copy of the same document (signed in parallel).
    /// Returns how many proofs were new.
    pub fn merge(&mut self, other: &SignedDocument) -> Result<usize, MergeError> {
        let (ours, theirs) = (self.content_sha256().ok(), other.content_sha256().ok());
        if ours.is_none() || ours != theirs {
            return Err(MergeError::DifferentContent {
                ours: ours.unwrap_or_default(),
                theirs: theirs.unwrap_or_default(),
            });
        }
        let mut proofs = self.proofs();
        let before = proofs.len();
        for proof in other.proofs() {
            if !proofs.contains(&proof) {
                proofs.push(proof);
            }
        }
        let added = proofs.len() - before;
        if added > 0 {
            self.members.insert("proof".into(), Value::Array(proofs));
        }
        Ok(added)
    }

    /// Checks every proof and the signatory list; `trust_list` says who is known.
    pub fn verify(&self, trust_list: Option<&TrustList>) -> VerificationReport {
        let unsecured = self.unsecured();
        let digest = document_digest(&unsecured);
        let signatories = self.signatories();
        let proofs: Vec<ProofReport> = self
            .proofs()
            .iter()
            .enumerate()
            .map(|(index, proof)| {
                let outcome = match &digest {
                    Ok(digest) => verify_proof(&unsecured, digest, proof),
                    Err(e) => Err(super::ProofFailure::NotCanonicalizable(e.to_string())),
                };
                let signer = outcome.as_ref().ok().cloned().or_else(|| {
                    proof
                        .get("verificationMethod")
                        .and_then(Value::as_str)
                        .and_then(|m| super::DidKey::from_verification_method(m).ok())
                });
                let field = |name: &str| proof.get(name).and_then(Value::as_str).map(str::to_owned);
                ProofReport {
                    index,
                    id: field("id"),
                    created: field("created"),
                    signatory: signer
                        .as_ref()
                        .and_then(|s| signatories.iter().find(|g| &g.did == s).cloned()),
                    trusted: signer
                        .as_ref()
                        .and_then(|s| trust_list.and_then(|t| t.find(s)).cloned()),
                    signer,
                    outcome: outcome.map(|_| ()),
                }
            })
            .collect();
        let valid_count = |signatory: &Signatory| {
            proofs
                .iter()
                .filter(|p| p.outcome.is_ok() && p.signer.as_ref() == Some(&signatory.did))
                .count()
        };
        VerificationReport {
            missing: signatories
                .iter()
                .filter(|s| valid_count(s) == 0)
                .cloned()
                .collect(),
            repeated: signatories
                .iter()
                .filter(|s| valid_count(s) > 1)
                .cloned()
                .collect(),
            unlisted: if signatories.is_empty() {
                Vec::new()
            } else {
                proofs
                    .iter()
                    .filter(|p| p.outcome.is_ok() && p.signatory.is_none())
                    .map(|p| p.index)
                    .collect()
            },
            proofs,
            trust_list_used: trust_list.is_some(),
        }
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.members).expect("a JSON map always serialises")
    }
}
