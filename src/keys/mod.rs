//! Private signing keys. Where the browser has WebCrypto Ed25519 the key is a non-extractable
//! `CryptoKey`; elsewhere it is made in WASM and kept encrypted under a non-extractable
//! AES-GCM key. Either way no private key is ever written to localStorage, a log or an export.

mod private_key;
mod subtle;

pub use private_key::{KeyError, PrivateKey};
pub use subtle::sign_ed25519;
