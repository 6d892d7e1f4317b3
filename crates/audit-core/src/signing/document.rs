use serde::Deserialize;
use serde_json::{Map, Value};

use super::proof::hash_data;
use super::{
    DidKey, ProofOptions, SignatoriesError, Signatory, StrictJsonError, TrustList,
    VerificationReport, Verifier, encode_proof_value, parse_strict,
};
use crate::canonical::canonical_sha256;
use crate::import::{ImportError, from_json_value};
use crate::{AuditRecord, Timestamp};

/// A JSON document with a `proof` set, kept exactly as read or written, so that what is
/// verified is the document itself and never a re-serialisation of it.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedDocument {
    members: Map<String, Value>,
}

/// Signed files from strangers are refused above this size before they are parsed.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the file is {bytes} bytes long; the limit is 16 MiB")]
    TooLarge { bytes: usize },
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
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge { bytes: text.len() });
        }
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

    /// One top-level member, as written.
    pub fn member(&self, name: &str) -> Option<&Value> {
        self.members.get(name)
    }

    /// The document without `proof`: what every proof of the set signs.
    pub fn unsecured(&self) -> Map<String, Value> {
        let mut members = self.members.clone();
        members.remove("proof");
        members
    }

    /// The proofs: `proof` may hold one proof object or a list of them.
    pub fn proofs(&self) -> Vec<Value> {
        self.proof_values().to_vec()
    }

    /// The proofs as they are written, without copying them.
    pub(super) fn proof_values(&self) -> &[Value] {
        match self.members.get("proof") {
            None => &[],
            Some(Value::Array(proofs)) => proofs,
            Some(single) => std::slice::from_ref(single),
        }
    }

    /// The signatories the document lists: `None` for documents without a `signatories` field
    /// (such as the W3C test vectors). A list that does not parse is an error, never empty.
    pub fn signatories(&self) -> Result<Option<Vec<Signatory>>, SignatoriesError> {
        read_signatories(self.members.get("signatories"))
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
    pub(super) fn signing_input(
        &self,
        options: &ProofOptions,
    ) -> Result<([u8; 64], Map<String, Value>), DocumentError> {
        let unsecured = self.unsecured();
        let config = options.to_proof_config(&unsecured);
        Ok((hash_data(&config, &unsecured)?, config))
    }

    /// Appends a proof to the set; the set is always written as a list.
    pub(super) fn add_proof(&mut self, mut config: Map<String, Value>, signature: &[u8; 64]) {
        config.insert("proofValue".into(), encode_proof_value(signature).into());
        let mut proofs = self.proofs();
        proofs.push(Value::Object(config));
        self.members.insert("proof".into(), Value::Array(proofs));
    }

    /// Adds the valid proofs of another copy of the same content (signed in parallel) by
    /// signers who have no valid proof here yet, and whose proof id is not already used here,
    /// verified at `now`. Returns how many were added.
    /// Whichever copy is merged into which, the same signers end up with one proof each.
    pub fn merge(&mut self, other: &SignedDocument, now: &Timestamp) -> Result<usize, MergeError> {
        let (ours, theirs) = (self.content_sha256().ok(), other.content_sha256().ok());
        if ours.is_none() || ours != theirs {
            return Err(MergeError::DifferentContent {
                ours: ours.unwrap_or_default(),
                theirs: theirs.unwrap_or_default(),
            });
        }
        let valid_signers = |report: &VerificationReport| -> Vec<(usize, DidKey)> {
            report
                .proofs
                .iter()
                .filter(|p| p.outcome.is_ok())
                .filter_map(|p| Some((p.index, p.signer.clone()?)))
                .collect()
        };
        let mut signed: Vec<DidKey> = valid_signers(&self.verify(None, now))
            .into_iter()
            .map(|(_, did)| did)
            .collect();
        let incoming = other.proofs();
        let mut proofs = self.proofs();
        let before = proofs.len();
        // A proof id must stay unique in the merged set, or the result would not verify.
        let id = |proof: &Value| proof.get("id").cloned();
        for (index, did) in valid_signers(&other.verify(None, now)) {
            let Some(proof) = incoming.get(index) else {
                continue;
            };
            let id_taken = id(proof).is_some() && proofs.iter().any(|p| id(p) == id(proof));
            if !signed.contains(&did) && !id_taken {
                proofs.push(proof.clone());
                signed.push(did);
            }
        }
        let added = proofs.len() - before;
        if added > 0 {
            self.members.insert("proof".into(), Value::Array(proofs));
        }
        Ok(added)
    }

    /// Checks every proof at time `now` (a proof dated more than a day later fails) and the
    /// signatory list; `trust_list` says who is known.
    pub fn verify(&self, trust_list: Option<&TrustList>, now: &Timestamp) -> VerificationReport {
        Verifier::new().verify(self, trust_list, now)
    }

    /// The members, as read.
    pub(super) fn members(&self) -> &Map<String, Value> {
        &self.members
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.members).expect("a JSON map always serialises")
    }
}

/// The signatories a document's `signatories` member lists (see [`SignedDocument::signatories`]).
pub(super) fn read_signatories(
    value: Option<&Value>,
) -> Result<Option<Vec<Signatory>>, SignatoriesError> {
    let Some(value) = value else {
        return Ok(None);
    };
    let entries = value.as_array().ok_or(SignatoriesError::NotAList)?;
    let mut signatories: Vec<Signatory> = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let signatory = Signatory::deserialize(entry).map_err(|e| SignatoriesError::Entry {
            index,
            reason: e.to_string(),
        })?;
        if signatories.iter().any(|s| s.did == signatory.did) {
            return Err(SignatoriesError::Duplicate {
                index,
                did: signatory.did.to_string(),
            });
        }
        signatories.push(signatory);
    }
    Ok(Some(signatories))
}
