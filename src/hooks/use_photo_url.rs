use std::cell::{Cell, RefCell};
use std::rc::Rc;

use audit_core::PhotoHash;
use web_sys::Url;
use yew::prelude::*;

use crate::storage::PhotoStore;

/// What this device has of one photo.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoUrl {
    Loading,
    /// A `blob:` URL of the stored bytes, revoked when the component goes away.
    Ready(AttrValue),
    /// The record names the photo but its bytes are not on this device (an audit taken in
    /// from a JSON file rather than a bundle), or they could not be read.
    Missing,
}

/// An object URL for the stored photo `hash`, for `<img src>`.
#[hook]
pub fn use_photo_url(photos: &PhotoStore, hash: &PhotoHash) -> PhotoUrl {
    let url = use_state_eq(|| PhotoUrl::Loading);
    {
        let url = url.clone();
        let photos = photos.clone();
        use_effect_with(hash.clone(), move |hash| {
            let hash = hash.clone();
            url.set(PhotoUrl::Loading);
            // The effect may be cleaned up before the read resolves: then the URL is never made.
            let live = Rc::new(Cell::new(true));
            let made = Rc::new(RefCell::new(None::<String>));
            {
                let (live, made) = (live.clone(), made.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let blob = photos.blob(&hash).await.ok().flatten();
                    if !live.get() {
                        return;
                    }
                    match blob.and_then(|b| Url::create_object_url_with_blob(&b).ok()) {
                        Some(object_url) => {
                            *made.borrow_mut() = Some(object_url.clone());
                            url.set(PhotoUrl::Ready(object_url.into()));
                        }
                        None => url.set(PhotoUrl::Missing),
                    }
                });
            }
            move || {
                live.set(false);
                if let Some(object_url) = made.borrow_mut().take() {
                    let _ = Url::revoke_object_url(&object_url);
                }
            }
        });
    }
    (*url).clone()
}
