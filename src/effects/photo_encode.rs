//! A photo from the camera or a file, made fit for the record: decoded (EXIF orientation
//! applied), scaled so its long edge is at most [`MAX_EDGE`] px and re-encoded as JPEG. The new
//! file carries none of the original's metadata: no GPS position, no camera serial number.

use audit_core::evidence::PhotoError;
use audit_core::{Language, Photo};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, File, ImageBitmap, ImageEncodeOptions, OffscreenCanvas, OffscreenCanvasRenderingContext2d,
};

use crate::effects::js_error::js_message;
use crate::i18n::{Text, errors};
use crate::storage::{PhotoStore, StorageError};

/// The long edge of a stored photo: enough to read a payslip or a fire-exit sign.
const MAX_EDGE: u32 = 2048;
const MEDIA_TYPE: &str = "image/jpeg";
const QUALITY: f64 = 0.8;

/// Why a picked file did not become a photo of the audit.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoCaptureError {
    /// The browser cannot decode the file as an image (HEIC on most browsers, a PDF, text).
    NotAnImage,
    /// Decoding worked but drawing or encoding the JPEG failed (often: out of memory).
    Encode(String),
    /// The encoder's output breaks the record's rules for photos.
    Invalid(PhotoError),
    Storage(StorageError),
}

impl PhotoCaptureError {
    /// What happened to `file` and what to do, in `language`.
    pub fn message(&self, file: &str, language: Language) -> String {
        let (text, why) = match self {
            PhotoCaptureError::NotAnImage => (Text::PhotoNotAnImage, String::new()),
            PhotoCaptureError::Encode(why) => (Text::PhotoEncodeFailed, why.clone()),
            PhotoCaptureError::Invalid(e) => (Text::PhotoEncodeFailed, errors::photo(e, language)),
            PhotoCaptureError::Storage(e) => (Text::PhotoNotStored, e.message(language)),
        };
        text.fill(language, &[("file", file), ("why", &why)])
    }
}

/// Re-encodes `file`, stores its bytes and returns the record entry for them, in `slot`.
///
/// The bytes are stored before the caller attaches the photo: should the workflow then refuse
/// the edit (limit reached, same photo twice), an unreferenced Blob stays behind, which is
/// harmless; the other order could leave the record naming bytes the device never kept.
pub async fn capture(
    file: &File,
    slot: Option<usize>,
    photos: &PhotoStore,
) -> Result<Photo, PhotoCaptureError> {
    let bitmap = decode(file).await?;
    let blob = encode(&bitmap).await;
    bitmap.close();
    let blob = blob?;
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|e| PhotoCaptureError::Encode(js_message(&e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let mut photo = Photo::of(&bytes, MEDIA_TYPE).map_err(PhotoCaptureError::Invalid)?;
    photo.slot = slot;
    photos
        .put_blob(&photo.sha256, &blob)
        .await
        .map_err(PhotoCaptureError::Storage)?;
    Ok(photo)
}

/// `createImageBitmap` applies the EXIF orientation, so a portrait photo stays upright.
async fn decode(file: &File) -> Result<ImageBitmap, PhotoCaptureError> {
    let window = gloo_utils::window();
    let promise = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| PhotoCaptureError::NotAnImage)?;
    let bitmap = JsFuture::from(promise)
        .await
        .map_err(|_| PhotoCaptureError::NotAnImage)?;
    bitmap
        .dyn_into::<ImageBitmap>()
        .map_err(|_| PhotoCaptureError::NotAnImage)
}

async fn encode(bitmap: &ImageBitmap) -> Result<Blob, PhotoCaptureError> {
    let failed = |e: wasm_bindgen::JsValue| PhotoCaptureError::Encode(js_message(&e));
    let (width, height) = scaled(bitmap.width(), bitmap.height());
    let canvas = OffscreenCanvas::new(width, height).map_err(failed)?;
    let context = canvas
        .get_context("2d")
        .map_err(failed)?
        .and_then(|c| c.dyn_into::<OffscreenCanvasRenderingContext2d>().ok())
        .ok_or_else(|| PhotoCaptureError::Encode("no 2d canvas".into()))?;
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(
            bitmap,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .map_err(failed)?;
    let options = ImageEncodeOptions::new();
    options.set_type(MEDIA_TYPE);
    options.set_quality(QUALITY);
    let promise = canvas
        .convert_to_blob_with_options(&options)
        .map_err(failed)?;
    let blob = JsFuture::from(promise).await.map_err(failed)?;
    blob.dyn_into::<Blob>()
        .map_err(|_| PhotoCaptureError::Encode("the encoder returned no file".into()))
}

/// The size to draw at: the long edge at most [`MAX_EDGE`], never enlarged, never zero.
fn scaled(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= MAX_EDGE {
        return (width.max(1), height.max(1));
    }
    let scale = f64::from(MAX_EDGE) / f64::from(long);
    let side = |n: u32| ((f64::from(n) * scale).round() as u32).clamp(1, MAX_EDGE);
    (side(width), side(height))
}
