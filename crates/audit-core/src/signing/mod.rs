//! Signed results: W3C Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite
//! (RFC 8785 canonical JSON, SHA-256, pure Ed25519) and `did:key` identities.
//!
//! The core never holds a secret it did not get from the shell: signing is split into
//! [`SignedDocument::prepare`] (the 64 bytes to sign) and [`SigningRequest::complete`]
//! (which checks the signature), so the browser can sign with a non-extractable WebCrypto
//! key in between.

mod did_key;
mod document;
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod forgery;
mod identity;
mod jcs;
mod keys;
mod proof;
mod reading;
mod report;
mod request;
mod signatory;
mod signature_state;
mod strict_json;
mod trust_list;
mod verifier;

pub use did_key::{DidKey, DidKeyError};
pub use document::{DocumentError, MAX_DOCUMENT_BYTES, MergeError, SignedDocument};
pub use identity::IdentityCard;
pub use jcs::canonical_bytes;
pub use proof::{ProofFailure, ProofOptions, SecretKey, encode_proof_value, hash_data};
pub use report::{Invalidity, ProofReport, VerificationReport, describe_signatory};
pub use request::{SigningError, SigningRequest};
pub use signatory::{Role, SignatoriesError, Signatory};
pub use signature_state::SignatureState;
pub use strict_json::{StrictJsonError, parse_strict};
pub use trust_list::{TrustEntry, TrustList};
pub use verifier::Verifier;
