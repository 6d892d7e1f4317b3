//! Signing in two steps, because the private key may live outside the core (a
//! non-extractable WebCrypto key): the core says what to sign, the holder of the key signs,
//! and the core checks the signature before it becomes part of the document.

use serde_json::{Map, Value};

use super::{DidKey, DocumentError, ProofFailure, ProofOptions, SignedDocument};
use crate::Timestamp;

/// What a signer must sign: the 64 bytes, and all that is needed to add the proof after.
#[derive(Clone, Debug, PartialEq)]
pub struct SigningRequest {
    base: SignedDocument,
    config: Map<String, Value>,
    data: [u8; 64],
    signer: DidKey,
    created: Timestamp,
}

impl SignedDocument {
    /// Step one: the bytes to sign for a new proof with `options`.
    pub fn prepare(&self, options: &ProofOptions) -> Result<SigningRequest, DocumentError> {
        let (data, config) = self.signing_input(options)?;
        Ok(SigningRequest {
            base: self.clone(),
            config,
            data,
            signer: options.signer.clone(),
            created: options.created.clone(),
        })
    }

    /// Signs at once with a key held in memory (the CLI, tests, the WebAssembly key store).
    pub fn sign_with(
        &self,
        options: &ProofOptions,
        sign: impl FnOnce(&[u8; 64]) -> [u8; 64],
    ) -> Result<SignedDocument, SigningError> {
        let request = self.prepare(options)?;
        let signature = sign(request.data());
        Ok(request.complete(&signature)?)
    }
}

/// Why signing produced no proof.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    #[error("{0}")]
    Document(#[from] DocumentError),
    #[error("the new signature does not verify ({0}); nothing was added")]
    Signature(#[from] ProofFailure),
}

impl SigningRequest {
    /// The 64 bytes to sign with pure Ed25519.
    pub fn data(&self) -> &[u8; 64] {
        &self.data
    }

    pub fn signer(&self) -> &DidKey {
        &self.signer
    }

    /// The `created` time the new proof states.
    pub fn created(&self) -> &Timestamp {
        &self.created
    }

    /// The document as it was when the request was made, without the new proof.
    pub fn base(&self) -> &SignedDocument {
        &self.base
    }

    /// Step two: the document with the new proof, after checking that `signature` verifies,
    /// so that a faulty signer never leaves a broken proof behind.
    pub fn complete(self, signature: &[u8; 64]) -> Result<SignedDocument, ProofFailure> {
        let mut document = self.base;
        document.add_proof(self.config, signature);
        let report = document.verify(None, &self.created);
        match report.proofs.last().map(|p| &p.outcome) {
            Some(Ok(())) => Ok(document),
            Some(Err(failure)) => Err(failure.clone()),
            None => Err(ProofFailure::Missing("proof")),
        }
    }
}
