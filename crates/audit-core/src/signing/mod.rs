//! Signed results: W3C Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite
//! (RFC 8785 canonical JSON, SHA-256, pure Ed25519) and `did:key` identities.
//!
//! The core never holds a secret it did not get from the shell: signing is split into
//! [`SignedDocument::signing_input`] (the 64 bytes to sign) and [`SignedDocument::add_proof`],
//! so the browser can sign with a non-extractable WebCrypto key in between.

mod did_key;
mod document;
mod identity;
mod proof;
mod reconcile;
mod report;
mod signatory;
mod strict_json;
mod trust_list;

pub use did_key::{DidKey, DidKeyError};
pub use document::{DocumentError, MergeError, SignedDocument};
pub use identity::IdentityCard;
pub use proof::{ProofFailure, ProofOptions, SecretKey, encode_proof_value, hash_data};
pub use reconcile::{ImportConflict, Reconciled, reconcile};
pub use report::{ProofReport, VerificationReport};
pub use signatory::{Role, Signatory};
pub use strict_json::{StrictJsonError, parse_strict};
pub use trust_list::{TrustEntry, TrustList};
