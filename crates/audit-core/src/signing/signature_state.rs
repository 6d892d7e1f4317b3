use super::{DidKey, VerificationReport};

/// Where one listed signatory stands, as a report prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureState {
    /// A valid proof by this key, made at `created` (as the proof states it).
    Signed {
        created: Option<String>,
    },
    /// Proofs name this key, but none of them verifies: it does not count as signed.
    DoesNotVerify,
    NotSigned,
}

impl VerificationReport {
    /// The state of `did`'s signature: only a valid proof counts as signed.
    pub fn signature_of(&self, did: &DidKey) -> SignatureState {
        let by = || {
            self.proofs
                .iter()
                .filter(move |p| p.signer.as_ref() == Some(did))
        };
        if let Some(valid) = by().find(|p| p.outcome.is_ok()) {
            return SignatureState::Signed {
                created: valid.created.clone(),
            };
        }
        if by().next().is_some() {
            SignatureState::DoesNotVerify
        } else {
            SignatureState::NotSigned
        }
    }
}
