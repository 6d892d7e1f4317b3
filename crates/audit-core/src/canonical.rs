//! RFC 8785 (JCS) canonical JSON and the SHA-256 digests taken over it.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The RFC 8785 canonical form of `value`.
pub fn canonical_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json_canonicalizer::to_string(value)
}

/// Lower-case hex SHA-256 of the canonical form of `value`.
pub fn canonical_sha256<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    Ok(sha256_hex(canonical_json(value)?.as_bytes()))
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
