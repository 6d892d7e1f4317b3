//! Signatures made by hand, as a malicious signer could, for the verifier's own tests (its
//! unit tests, and the integration tests through the `test-support` feature). Not part of
//! what the app or the CLI use.

use curve25519_dalek::constants::ED25519_BASEPOINT_POINT;
use curve25519_dalek::{EdwardsPoint, Scalar};
use sha2::{Digest, Sha512};

/// A signature of `message` with key `[a]B + key_torsion` and nonce point
/// `[r]B + nonce_torsion`, and `s = r + k·a` as the scheme says: it holds with the cofactor
/// whatever the torsion parts, and without it only when they are the identity. Returns the
/// public key and the signature.
pub fn forged(
    a: u64,
    key_torsion: &EdwardsPoint,
    r: u64,
    nonce_torsion: &EdwardsPoint,
    message: &[u8],
) -> ([u8; 32], [u8; 64]) {
    let (a, r) = (Scalar::from(a), Scalar::from(r));
    let public_key = (ED25519_BASEPOINT_POINT * a + key_torsion)
        .compress()
        .to_bytes();
    let nonce = (ED25519_BASEPOINT_POINT * r + nonce_torsion)
        .compress()
        .to_bytes();
    let mut hash = Sha512::new();
    hash.update(nonce);
    hash.update(public_key);
    hash.update(message);
    let k = Scalar::from_bytes_mod_order_wide(&hash.finalize().into());
    let mut signature = [0; 64];
    signature[..32].copy_from_slice(&nonce);
    signature[32..].copy_from_slice((r + k * a).as_bytes());
    (public_key, signature)
}
