use std::fmt;

use serde::{Deserialize, Serialize};

/// Multicodec `ed25519-pub` (0xed) as an unsigned varint.
const ED25519_PUB: [u8; 2] = [0xed, 0x01];
const PREFIX: &str = "did:key:";
const MAX_LENGTH: usize = 64;
/// Characters kept from each end of the key in a fingerprint.
const FINGERPRINT_PART: usize = 8;

/// An Ed25519 public key written as a `did:key` (`did:key:z6Mk…`).
///
/// A did:key proves only that the holder of the matching private key signed; which person
/// or organisation holds it is what a trust list says.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DidKey {
    did: String,
    public_key: [u8; 32],
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DidKeyError {
    #[error("\"{0}\" is not a did:key (it must start with \"did:key:z\")")]
    NotDidKey(String),
    #[error("\"{0}\" is not valid base58btc")]
    NotBase58(String),
    #[error("\"{0}\" is not an Ed25519 key (multicodec header 0xed01 expected)")]
    NotEd25519(String),
    #[error("verification method \"{0}\" must be the did:key followed by #<the same key>")]
    FragmentMismatch(String),
}

impl DidKey {
    pub fn from_public_key(public_key: [u8; 32]) -> DidKey {
        let mut bytes = ED25519_PUB.to_vec();
        bytes.extend_from_slice(&public_key);
        DidKey {
            did: format!("{PREFIX}z{}", bs58::encode(bytes).into_string()),
            public_key,
        }
    }

    pub fn parse(text: &str) -> Result<DidKey, DidKeyError> {
        // An Ed25519 did:key is 56 characters: a longer one is refused before base58 decoding,
        // whose cost grows with the square of the length.
        if text.len() > MAX_LENGTH {
            return Err(DidKeyError::NotEd25519(shortened(text)));
        }
        let multibase = text
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.strip_prefix('z'))
            .ok_or_else(|| DidKeyError::NotDidKey(text.to_owned()))?;
        let bytes = bs58::decode(multibase)
            .into_vec()
            .map_err(|_| DidKeyError::NotBase58(text.to_owned()))?;
        let public_key = bytes
            .strip_prefix(&ED25519_PUB)
            .and_then(|key| <[u8; 32]>::try_from(key).ok())
            .ok_or_else(|| DidKeyError::NotEd25519(text.to_owned()))?;
        // The text is what `from_public_key` would write, so it is kept rather than encoded
        // again: base58 decoding is one-to-one, and decoded bytes that start with 0xed (not
        // 0) come from text without the leading "1"s that stand for zero bytes.
        Ok(DidKey {
            did: text.to_owned(),
            public_key,
        })
    }

    /// The verification method of a proof: `did:key:z6Mk…#z6Mk…`.
    pub fn verification_method(&self) -> String {
        format!("{}#{}", self.did, self.multibase())
    }

    pub fn from_verification_method(method: &str) -> Result<DidKey, DidKeyError> {
        let (did, fragment) = method
            .split_once('#')
            .ok_or_else(|| DidKeyError::FragmentMismatch(shortened(method)))?;
        let key = DidKey::parse(did)?;
        if fragment != key.multibase() {
            return Err(DidKeyError::FragmentMismatch(shortened(method)));
        }
        Ok(key)
    }

    pub fn public_key(&self) -> &[u8; 32] {
        &self.public_key
    }

    pub fn as_str(&self) -> &str {
        &self.did
    }

    /// A short form for people to compare by eye, in print and on screen: the first and
    /// last 8 characters of the multibase key (`z6MkhaXg…2doK7Jqm`). Only the whole key
    /// proves anything; this only tells signatories apart at a glance.
    pub fn fingerprint(&self) -> String {
        let key = self.multibase();
        // Base58 is ASCII, so byte offsets are character offsets.
        let (start, end) = (
            &key[..FINGERPRINT_PART],
            &key[key.len() - FINGERPRINT_PART..],
        );
        format!("{start}…{end}")
    }

    fn multibase(&self) -> &str {
        &self.did[PREFIX.len()..]
    }
}

/// A hostile value can be a megabyte long: messages quote its start only.
fn shortened(text: &str) -> String {
    let start: String = text.chars().take(MAX_LENGTH).collect();
    if start.len() < text.len() {
        format!("{start}…")
    } else {
        start
    }
}

impl TryFrom<String> for DidKey {
    type Error = DidKeyError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        DidKey::parse(&text)
    }
}

impl From<DidKey> for String {
    fn from(key: DidKey) -> String {
        key.did
    }
}

impl fmt::Display for DidKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.did)
    }
}

impl fmt::Debug for DidKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DidKey({})", self.did)
    }
}

#[cfg(test)]
mod tests {
    use super::DidKey;

    #[test]
    fn a_fingerprint_is_the_first_and_last_eight_characters_of_the_key() {
        let key = DidKey::from_public_key([7; 32]);
        let multibase = key.as_str().trim_start_matches("did:key:");
        let fingerprint = key.fingerprint();
        assert_eq!(
            fingerprint,
            format!("{}…{}", &multibase[..8], &multibase[multibase.len() - 8..])
        );
        assert!(fingerprint.starts_with("z6Mk"), "{fingerprint}");
        assert_eq!(fingerprint.chars().count(), 17);
    }

    #[test]
    fn different_keys_have_different_fingerprints() {
        let one = DidKey::from_public_key([1; 32]).fingerprint();
        let two = DidKey::from_public_key([2; 32]).fingerprint();
        assert_ne!(one, two);
    }

    #[test]
    fn parsing_keeps_the_text_that_encoding_writes() {
        for seed in 0u8..=255 {
            let mut public_key = [seed; 32];
            public_key[seed as usize % 32] ^= 0x5a;
            let written = DidKey::from_public_key(public_key);
            let read = DidKey::parse(written.as_str()).expect("its own did:key");
            assert_eq!(read, written);
            assert_eq!(read.public_key(), &public_key);
        }
        // "1" stands for a zero byte in base58: a key written with one more is another value
        // and is refused, not read as the same key.
        let written = DidKey::from_public_key([0; 32]);
        let padded = written.as_str().replacen("did:key:z", "did:key:z1", 1);
        assert!(DidKey::parse(&padded).is_err());
    }

    #[test]
    fn a_known_key_has_its_known_fingerprint() {
        // The did:key test vector of the W3C did:key specification.
        let key = DidKey::parse("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp")
            .expect("a valid did:key");
        assert_eq!(key.fingerprint(), "z6MkiTBz…X3mDooWp");
    }
}
