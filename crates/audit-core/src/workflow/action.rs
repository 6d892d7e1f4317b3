use crate::signing::{DidKey, ProofOptions, Signatory, SigningRequest};
use crate::{Edit, Timestamp, Uuid};

use super::Incoming;

/// Something a person (or a file) does to an audit.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit, Timestamp),
    /// Closes the audit for editing so that it can be signed.
    Finalize(Timestamp),
    AddSignatory(Signatory),
    RemoveSignatory(DidKey),
    /// Signing, step one: the core checks the signer and says what to sign ([`super::Effect::Sign`]).
    PrepareSignature(ProofOptions),
    /// Signing, step two: the signature the key's holder made for that request.
    AddSignature(Box<SigningRequest>, [u8; 64]),
    /// Another copy of this audit, read from a file: only valid new proofs are taken.
    TakeIn(Box<Incoming>),
    /// An editable copy of a finalized audit, under a new id, linked back to this one.
    NewVersion {
        id: Uuid,
        now: Timestamp,
    },
    /// A new draft that follows up this finalized audit's open corrective actions.
    FollowUp {
        id: Uuid,
        now: Timestamp,
    },
    Export,
}
