use std::fmt;

use serde::{Deserialize, Serialize};

use crate::canonical::sha256_hex;

/// A photo larger than this is refused: a downscaled 2048 px JPEG is a few hundred KB.
pub const MAX_PHOTO_BYTES: u64 = 20 * 1024 * 1024;

/// The cap on photos for a question that is not an evidence question (those use the
/// checklist's `max_photos`).
pub const MAX_PHOTOS_PER_QUESTION: u32 = 10;

/// The media types a photo may have: what the browser's re-encoding produces.
const MEDIA_TYPES: [&str; 1] = ["image/jpeg"];

/// One photo in the record. Its bytes are named by their SHA-256. A photo read from a file
/// obeys [`Photo::check`], or the file is refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "PhotoFields")]
pub struct Photo {
    pub sha256: PhotoHash,
    pub media_type: String,
    pub size: u64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caption: String,
    /// The evidence slot (row of an evidence question) the photo belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<usize>,
}

/// The fields of a [`Photo`] before its rules are checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhotoFields {
    sha256: PhotoHash,
    media_type: String,
    size: u64,
    #[serde(default)]
    caption: String,
    #[serde(default)]
    slot: Option<usize>,
}

impl TryFrom<PhotoFields> for Photo {
    type Error = PhotoError;
    fn try_from(fields: PhotoFields) -> Result<Photo, PhotoError> {
        let photo = Photo {
            sha256: fields.sha256,
            media_type: fields.media_type,
            size: fields.size,
            caption: fields.caption,
            slot: fields.slot,
        };
        photo.check()?;
        Ok(photo)
    }
}

/// A SHA-256 in lowercase hex, as photos are named.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhotoHash(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("\"{0}\" is not a SHA-256 in lowercase hex (64 characters 0-9, a-f)")]
    Hash(String),
    #[error("photos must be JPEG images, not {0}")]
    MediaType(String),
    #[error("the photo is {size} bytes; the limit is {MAX_PHOTO_BYTES}")]
    TooLarge { size: u64 },
    #[error("the photo is empty")]
    Empty,
    #[error("the photo's bytes do not match its SHA-256 {0}")]
    Mismatch(PhotoHash),
}

impl PhotoHash {
    pub fn parse(text: &str) -> Result<PhotoHash, PhotoError> {
        let hex = text.len() == 64
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if hex {
            Ok(PhotoHash(text.to_owned()))
        } else {
            Err(PhotoError::Hash(text.chars().take(80).collect()))
        }
    }

    /// The hash of `bytes`.
    pub fn of(bytes: &[u8]) -> PhotoHash {
        PhotoHash(sha256_hex(bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhotoHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PhotoHash {
    type Error = PhotoError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        PhotoHash::parse(&text)
    }
}

impl From<PhotoHash> for String {
    fn from(hash: PhotoHash) -> String {
        hash.0
    }
}

impl Photo {
    /// The record entry for `bytes` as stored, after the shell has re-encoded them.
    pub fn of(bytes: &[u8], media_type: &str) -> Result<Photo, PhotoError> {
        let photo = Photo {
            sha256: PhotoHash::of(bytes),
            media_type: media_type.to_owned(),
            size: bytes.len() as u64,
            caption: String::new(),
            slot: None,
        };
        photo.check()?;
        Ok(photo)
    }

    /// The rules every photo in a record obeys, whoever wrote it.
    pub fn check(&self) -> Result<(), PhotoError> {
        if !MEDIA_TYPES.contains(&self.media_type.as_str()) {
            return Err(PhotoError::MediaType(
                self.media_type.chars().take(80).collect(),
            ));
        }
        if self.size == 0 {
            return Err(PhotoError::Empty);
        }
        if self.size > MAX_PHOTO_BYTES {
            return Err(PhotoError::TooLarge { size: self.size });
        }
        Ok(())
    }

    /// Whether `bytes` are this photo: the same size and SHA-256.
    pub fn matches(&self, bytes: &[u8]) -> Result<(), PhotoError> {
        if bytes.len() as u64 != self.size || PhotoHash::of(bytes) != self.sha256 {
            return Err(PhotoError::Mismatch(self.sha256.clone()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photo_is_named_by_the_hash_of_its_bytes() {
        let photo = Photo::of(b"jpeg bytes", "image/jpeg").unwrap();
        assert_eq!(photo.size, 10);
        assert_eq!(photo.sha256.as_str().len(), 64);
        assert!(photo.matches(b"jpeg bytes").is_ok());
        assert_eq!(
            photo.matches(b"jpeg bytez"),
            Err(PhotoError::Mismatch(photo.sha256.clone()))
        );
    }

    #[test]
    fn hashes_types_and_sizes_from_a_file_are_checked() {
        assert!(PhotoHash::parse(&"A".repeat(64)).is_err());
        assert!(PhotoHash::parse(&"a".repeat(63)).is_err());
        assert!(PhotoHash::parse("../../etc/passwd").is_err());
        assert_eq!(
            Photo::of(b"x", "image/svg+xml"),
            Err(PhotoError::MediaType("image/svg+xml".into()))
        );
        assert_eq!(Photo::of(b"", "image/jpeg"), Err(PhotoError::Empty));
        let json = r#"{"sha256":"../x","media_type":"image/jpeg","size":1}"#;
        assert!(serde_json::from_str::<Photo>(json).is_err());
        let hash = "a".repeat(64);
        let json = format!(r#"{{"sha256":"{hash}","media_type":"text/html","size":1}}"#);
        assert!(serde_json::from_str::<Photo>(&json).is_err());
        let json = format!(r#"{{"sha256":"{hash}","media_type":"image/jpeg","size":1}}"#);
        assert!(serde_json::from_str::<Photo>(&json).is_ok());
    }
}
