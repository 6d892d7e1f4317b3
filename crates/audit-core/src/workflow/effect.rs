use crate::Uuid;
use crate::signing::SigningRequest;

/// What the shell must do after an action: the core itself never touches storage, keys,
/// files or windows.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write `stored`; once written, tell an embedding host `changed` and each milestone reached.
    Save {
        stored: Stored,
        reached: Vec<Reached>,
    },
    /// Sign `request.data()` with the private key of `request.signer()`, then send
    /// [`super::Action::AddSignature`].
    Sign(Box<SigningRequest>),
    /// Offer a file to the user.
    Download { name: String, body: String },
    /// Show another audit (a new version, saved by the `Save` before this effect).
    Open(Uuid),
}

/// A step of the workflow that a host is told about once, after the save that made it true.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reached {
    Finalized,
    Signed,
}

/// An audit as it is kept on a device: its id and its JSON text, byte for byte what is read
/// back. A draft is its record; a signed audit is the signed document with all its proofs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub id: Uuid,
    pub text: String,
}
