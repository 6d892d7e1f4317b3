use audit_core::PhotoHash;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag};

use super::database::PHOTOS;
use super::{Database, StorageError};
use crate::effects::js_error::js_message;

/// Photo bytes, as Blobs keyed by their SHA-256 (never base64 text). The record names each
/// photo by that hash, so one stored copy serves every audit that shows it.
#[derive(Clone, PartialEq)]
pub struct PhotoStore {
    database: Database,
}

impl PhotoStore {
    pub fn new(database: Database) -> PhotoStore {
        PhotoStore { database }
    }

    /// Stores `blob` under `hash`: the caller has hashed exactly these bytes.
    pub async fn put_blob(&self, hash: &PhotoHash, blob: &Blob) -> Result<(), StorageError> {
        self.database.put(PHOTOS, hash.as_str(), blob).await
    }

    /// Stores `bytes` (read from a bundle) as a JPEG Blob under their own hash.
    pub async fn put_bytes(&self, bytes: &[u8]) -> Result<PhotoHash, StorageError> {
        let hash = PhotoHash::of(bytes);
        let blob = jpeg_blob(bytes)?;
        self.put_blob(&hash, &blob).await?;
        Ok(hash)
    }

    pub async fn blob(&self, hash: &PhotoHash) -> Result<Option<Blob>, StorageError> {
        let value = self.database.get(PHOTOS, hash.as_str()).await?;
        Ok(value.and_then(|v| v.dyn_into::<Blob>().ok()))
    }

    /// The stored bytes of `hash`, if this device has them.
    pub async fn bytes(&self, hash: &PhotoHash) -> Result<Option<Vec<u8>>, StorageError> {
        let Some(blob) = self.blob(hash).await? else {
            return Ok(None);
        };
        let buffer = JsFuture::from(blob.array_buffer())
            .await
            .map_err(|e| StorageError::unreadable(js_message(&e)))?;
        Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
    }
}

fn jpeg_blob(bytes: &[u8]) -> Result<Blob, StorageError> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type("image/jpeg");
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| StorageError::unreadable(js_message(&e)))
}
