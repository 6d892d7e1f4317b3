//! Photos attached to answers. The record holds each photo's hash, type, size and caption,
//! so that every signature covers the photos; the bytes themselves live beside the record
//! (IndexedDB on a device, `photos/<sha256>.jpg` in a bundle).

mod photo;

pub use photo::{MAX_PHOTO_BYTES, MAX_PHOTOS_PER_QUESTION, Photo, PhotoError, PhotoHash};
