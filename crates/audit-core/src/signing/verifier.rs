use serde_json::Value;

use super::document::read_signatories;
use super::keys::Keys;
use super::proof::{Unsecured, document_digest, verify_proof};
use super::reading::{self, Scratch};
use super::{
    DidKey, DocumentError, MAX_DOCUMENT_BYTES, ProofFailure, ProofReport, Signatory,
    SignedDocument, TrustList, VerificationReport,
};
use crate::Timestamp;

/// Verifies signed documents one after another, keeping what the next one can use again:
/// the public keys it has read, and its buffers. Each report is the one
/// [`SignedDocument::verify`] gives. One per thread: it is not shared.
#[derive(Default)]
pub struct Verifier {
    keys: Keys,
    scratch: Scratch,
}

impl Verifier {
    pub fn new() -> Verifier {
        Verifier::default()
    }

    /// A new verifier that shares this one's tables of the keys it uses most (made with the
    /// `precomputed-tables` feature): verifiers on several threads then make each once.
    pub fn sharing_tables(&self) -> Verifier {
        Verifier {
            keys: self.keys.sharing_tables(),
            scratch: Scratch::default(),
        }
    }

    /// Checks every proof at time `now` (a proof dated more than a day later fails) and the
    /// signatory list; `trust_list` says who is known.
    pub fn verify(
        &mut self,
        document: &SignedDocument,
        trust_list: Option<&TrustList>,
        now: &Timestamp,
    ) -> VerificationReport {
        let members = document.members();
        // Canonicalised and hashed once, without copying the document, for every proof.
        let digest = document_digest(members, Some("proof")).map_err(|e| e.to_string());
        let digest_with_context = |context: &Value| {
            let mut document = members.clone();
            document.remove("proof");
            document.insert("@context".into(), context.clone());
            document_digest(&document, None)
        };
        let content = Content {
            digest: &digest,
            context: members.get("@context"),
            digest_with_context: &digest_with_context,
            proofs: document.proof_values(),
            signatories: members.get("signatories"),
        };
        report(&mut self.keys, &content, trust_list, now)
    }

    /// What `SignedDocument::parse(text)` and then [`Verifier::verify`] give, with less work:
    /// the text is read in one pass that writes its canonical form (see `reading.rs`) instead
    /// of a tree of values. A text that pass refuses is read with `SignedDocument::parse`,
    /// whose error says why.
    pub fn verify_text(
        &mut self,
        text: &str,
        trust_list: Option<&TrustList>,
        now: &Timestamp,
    ) -> Result<VerificationReport, DocumentError> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge { bytes: text.len() });
        }
        let Some(document) = reading::read(text, &mut self.scratch) else {
            let document = SignedDocument::parse(text)?;
            return Ok(self.verify(&document, trust_list, now));
        };
        let scratch = &self.scratch;
        let context = document.context.as_ref();
        let digest = scratch.digest(context).map_err(|e| e.to_string());
        let digest_with_context = |context: &Value| scratch.digest(Some(context));
        let content = Content {
            digest: &digest,
            context,
            digest_with_context: &digest_with_context,
            proofs: match &document.proof {
                None => &[],
                Some(Value::Array(proofs)) => proofs,
                Some(single) => std::slice::from_ref(single),
            },
            signatories: document.signatories.as_ref(),
        };
        Ok(report(&mut self.keys, &content, trust_list, now))
    }
}

fn report(
    keys: &mut Keys,
    content: &Content<'_>,
    trust_list: Option<&TrustList>,
    now: &Timestamp,
) -> VerificationReport {
    let (signatories, signatories_error) = match read_signatories(content.signatories) {
        Ok(list) => (list, None),
        Err(e) => (None, Some(e)),
    };
    let listed = signatories.as_deref().unwrap_or_default();
    let mut seen_ids = Vec::new();
    let proofs: Vec<ProofReport> = content
        .proofs
        .iter()
        .enumerate()
        .map(|(index, proof)| {
            let outcome = match content.digest {
                Ok(digest) => {
                    let unsecured = Unsecured {
                        digest,
                        context: content.context,
                        digest_with_context: content.digest_with_context,
                    };
                    verify_proof(&unsecured, proof, now, keys)
                }
                Err(e) => Err(ProofFailure::NotCanonicalizable(e.clone())),
            };
            let outcome = match (outcome, proof.get("id")) {
                (Ok(_), Some(id)) if seen_ids.contains(&id) => {
                    Err(ProofFailure::DuplicateId(id.to_string()))
                }
                (outcome, id) => {
                    seen_ids.extend(id);
                    outcome
                }
            };
            let signer = outcome.as_ref().ok().cloned().or_else(|| {
                proof
                    .get("verificationMethod")
                    .and_then(Value::as_str)
                    .and_then(|m| DidKey::from_verification_method(m).ok())
            });
            let field = |name: &str| {
                proof
                    .get(name)
                    .and_then(Value::as_str)
                    .map(|text| text.chars().take(100).collect())
            };
            ProofReport {
                index,
                id: field("id"),
                created: field("created"),
                signatory: signer
                    .as_ref()
                    .and_then(|s| listed.iter().find(|g| &g.did == s).cloned()),
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
        signatories_error,
        missing: listed
            .iter()
            .filter(|s| valid_count(s) == 0)
            .cloned()
            .collect(),
        repeated: listed
            .iter()
            .filter(|s| valid_count(s) > 1)
            .cloned()
            .collect(),
        // Without a list, nobody is unlisted; with one (even an unreadable one), every
        // valid proof by a key it does not name is.
        unlisted: if content.signatories.is_some() {
            proofs
                .iter()
                .filter(|p| p.outcome.is_ok() && p.signatory.is_none())
                .map(|p| p.index)
                .collect()
        } else {
            Vec::new()
        },
        proofs,
        trust_list_used: trust_list.is_some(),
    }
}

/// What verification reads of a document.
struct Content<'a> {
    /// SHA-256 of the canonical document without `proof`, or why it cannot be canonicalised.
    digest: &'a Result<[u8; 32], String>,
    context: Option<&'a Value>,
    digest_with_context: &'a dyn Fn(&Value) -> Result<[u8; 32], serde_json::Error>,
    proofs: &'a [Value],
    signatories: Option<&'a Value>,
}
