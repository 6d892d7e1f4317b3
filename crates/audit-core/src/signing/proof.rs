//! One `DataIntegrityProof` with the `eddsa-jcs-2022` cryptosuite.

use ed25519_dalek::{Signer, SigningKey};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::jcs::object_bytes;
use super::keys::{Keys, NotAPoint};
use super::{DidKey, DidKeyError};
use crate::Timestamp;
use crate::timestamp::parse_date_time;

pub const PROOF_TYPE: &str = "DataIntegrityProof";
pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";
pub const PURPOSE: &str = "assertionMethod";

/// Multicodec `ed25519-priv` (0x1300) as an unsigned varint, for key files.
const ED25519_PRIV: [u8; 2] = [0x80, 0x26];

/// What a signer states in a new proof besides the signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProofOptions {
    /// A `urn:uuid:` id, so that a proof can be named in reports and merges.
    pub id: uuid::Uuid,
    pub created: Timestamp,
    pub signer: DidKey,
}

impl ProofOptions {
    /// The proof without `proofValue`, as it is hashed: `@context` is copied from the
    /// document when it has one, as the cryptosuite asks.
    pub(super) fn to_proof_config(&self, unsecured: &Map<String, Value>) -> Map<String, Value> {
        let mut config = json!({
            "id": format!("urn:uuid:{}", self.id),
            "type": PROOF_TYPE,
            "cryptosuite": CRYPTOSUITE,
            "created": self.created.as_str(),
            "verificationMethod": self.signer.verification_method(),
            "proofPurpose": PURPOSE,
        });
        if let Some(context) = unsecured.get("@context") {
            config["@context"] = context.clone();
        }
        match config {
            Value::Object(map) => map,
            _ => unreachable!("json! of an object literal is an object"),
        }
    }
}

/// Why one proof does not verify.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProofFailure {
    #[error("the proof is not a JSON object")]
    NotAnObject,
    #[error("the proof has no \"{0}\"")]
    Missing(&'static str),
    #[error("\"{field}\" must be \"{expected}\"")]
    Unexpected {
        field: &'static str,
        expected: &'static str,
    },
    #[error("\"{field}\" is {length} characters long, more than the {limit} it can have")]
    TooLong {
        field: &'static str,
        length: usize,
        limit: usize,
    },
    #[error("\"created\" is not an RFC 3339 date-time: {0}")]
    BadCreated(String),
    #[error("\"created\" is {0}, more than a day in the future")]
    CreatedInFuture(String),
    #[error("\"id\" {0} is used by an earlier proof too")]
    DuplicateId(String),
    #[error("\"proofValue\" is not a base58btc (\"z…\") Ed25519 signature of 64 bytes")]
    BadProofValue,
    #[error("{0}")]
    BadSigner(DidKeyError),
    #[error("the proof's @context does not match the start of the document's @context")]
    ContextMismatch,
    #[error("the content can not be canonicalized: {0}")]
    NotCanonicalizable(String),
    #[error("the signature does not match: the document or this proof was changed after signing")]
    SignatureMismatch,
}

/// A base58btc Ed25519 signature is at most 89 characters with its `z`; anything much longer
/// is refused before decoding, which is quadratic in the length.
const MAX_PROOF_VALUE: usize = 100;
/// `did:key:z6Mk…#z6Mk…` is 113 characters.
const MAX_VERIFICATION_METHOD: usize = 128;
/// How far a clock may be ahead of the verifier's before a proof counts as dated in the future.
const CLOCK_SKEW: time::Duration = time::Duration::DAY;

/// The 64 bytes that are signed: SHA-256 of the canonical proof configuration, then
/// SHA-256 of the canonical document, in that order.
pub fn hash_data(
    proof_config: &Map<String, Value>,
    unsecured: &Map<String, Value>,
) -> Result<[u8; 64], serde_json::Error> {
    combine(proof_config, None, &document_digest(unsecured, None)?)
}

/// SHA-256 of the canonical document (`members` without the member `without`, which is
/// `proof` when verifying): the part of the signed bytes that every proof shares.
pub(super) fn document_digest(
    members: &Map<String, Value>,
    without: Option<&str>,
) -> Result<[u8; 32], serde_json::Error> {
    Ok(Sha256::digest(object_bytes(members, without)?).into())
}

/// SHA-256 of the canonical proof configuration (`proof_config` without the member
/// `without`), followed by `document_digest`.
fn combine(
    proof_config: &Map<String, Value>,
    without: Option<&str>,
    document_digest: &[u8; 32],
) -> Result<[u8; 64], serde_json::Error> {
    let mut data = [0u8; 64];
    data[..32].copy_from_slice(&Sha256::digest(object_bytes(proof_config, without)?));
    data[32..].copy_from_slice(document_digest);
    Ok(data)
}

/// `"z"` + base58btc, the multibase form of a signature.
pub fn encode_proof_value(signature: &[u8; 64]) -> String {
    format!("z{}", bs58::encode(signature).into_string())
}

fn decode_proof_value(text: &str) -> Option<[u8; 64]> {
    let bytes = bs58::decode(text.strip_prefix('z')?).into_vec().ok()?;
    bytes.try_into().ok()
}

/// What a proof is checked against: the document without its `proof` member.
pub(super) struct Unsecured<'a> {
    /// SHA-256 of its canonical form, computed once for all proofs.
    pub digest: &'a [u8; 32],
    /// Its `@context`, if any.
    pub context: Option<&'a Value>,
    /// SHA-256 of its canonical form with `@context` replaced by the given one.
    pub digest_with_context: &'a dyn Fn(&Value) -> Result<[u8; 32], serde_json::Error>,
}

/// Verifies `proof` over the `unsecured` document at time `now`, returning the signer.
pub(super) fn verify_proof(
    unsecured: &Unsecured<'_>,
    proof: &Value,
    now: &Timestamp,
    keys: &mut Keys,
) -> Result<DidKey, ProofFailure> {
    let proof = proof.as_object().ok_or(ProofFailure::NotAnObject)?;
    let text = |field: &'static str, limit: usize| {
        let value = proof
            .get(field)
            .and_then(Value::as_str)
            .ok_or(ProofFailure::Missing(field))?;
        if value.len() > limit {
            return Err(ProofFailure::TooLong {
                field,
                length: value.chars().count(),
                limit,
            });
        }
        Ok(value)
    };
    for (field, expected) in [
        ("type", PROOF_TYPE),
        ("cryptosuite", CRYPTOSUITE),
        ("proofPurpose", PURPOSE),
    ] {
        if text(field, MAX_VERIFICATION_METHOD)? != expected {
            return Err(ProofFailure::Unexpected { field, expected });
        }
    }
    if let Some(created) = proof.get("created") {
        check_created(created, now)?;
    }
    let signer =
        DidKey::from_verification_method(text("verificationMethod", MAX_VERIFICATION_METHOD)?)
            .map_err(ProofFailure::BadSigner)?;
    let signature = decode_proof_value(text("proofValue", MAX_PROOF_VALUE)?)
        .ok_or(ProofFailure::BadProofValue)?;

    // The proof configuration is the proof without "proofValue"; it is canonicalised in place.
    let canonical_error = |e: serde_json::Error| ProofFailure::NotCanonicalizable(e.to_string());
    let data = match proof.get("@context") {
        Some(context) if !context_is_prefix(context, unsecured.context) => {
            return Err(ProofFailure::ContextMismatch);
        }
        // The proof's @context replaces the document's; only a shorter one changes the bytes.
        Some(context) if unsecured.context != Some(context) => {
            let digest = (unsecured.digest_with_context)(context).map_err(canonical_error)?;
            combine(proof, Some("proofValue"), &digest).map_err(canonical_error)?
        }
        _ => combine(proof, Some("proofValue"), unsecured.digest).map_err(canonical_error)?,
    };
    match keys.verify(signer.public_key(), &data, &signature) {
        Err(NotAPoint) => Err(ProofFailure::BadSigner(DidKeyError::NotEd25519(
            signer.to_string(),
        ))),
        Ok(false) => Err(ProofFailure::SignatureMismatch),
        Ok(true) => Ok(signer),
    }
}

/// `created` must be an RFC 3339 date-time, and not later than a day after `now`.
fn check_created(created: &Value, now: &Timestamp) -> Result<(), ProofFailure> {
    let shown = || match created {
        Value::String(text) => text.chars().take(64).collect(),
        other => other.to_string().chars().take(64).collect(),
    };
    let instant = created
        .as_str()
        .and_then(parse_date_time)
        .ok_or_else(|| ProofFailure::BadCreated(shown()))?;
    if instant > now.instant() + CLOCK_SKEW {
        return Err(ProofFailure::CreatedInFuture(shown()));
    }
    Ok(())
}

fn context_is_prefix(proof_context: &Value, document_context: Option<&Value>) -> bool {
    let as_list = |v: &Value| match v {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let proof_context = as_list(proof_context);
    let document_context = document_context.map(as_list).unwrap_or_default();
    document_context.starts_with(&proof_context)
}

/// An Ed25519 private key held in memory: for the CLI and for browsers without WebCrypto Ed25519.
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// The key for a 32-byte seed, which the caller draws from a secure random source.
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    /// Reads the multibase form `z3u2…` (multicodec ed25519-priv + seed), as in W3C key files.
    pub fn from_multibase(text: &str) -> Option<SecretKey> {
        let bytes = bs58::decode(text.strip_prefix('z')?).into_vec().ok()?;
        let seed = bytes.strip_prefix(&ED25519_PRIV)?;
        Some(SecretKey::from_seed(seed.try_into().ok()?))
    }

    pub fn to_multibase(&self) -> String {
        let mut bytes = ED25519_PRIV.to_vec();
        bytes.extend_from_slice(self.0.as_bytes());
        format!("z{}", bs58::encode(bytes).into_string())
    }

    pub fn did_key(&self) -> DidKey {
        DidKey::from_public_key(self.0.verifying_key().to_bytes())
    }

    pub fn sign(&self, data: &[u8]) -> [u8; 64] {
        self.0.sign(data).to_bytes()
    }
}
