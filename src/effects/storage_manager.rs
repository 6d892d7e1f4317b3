//! The browser's storage manager (`navigator.storage`): whether it keeps the app's data when
//! the device is short of space, asking it to, and how much room the app uses.
//!
//! Every call answers `None` where the browser has no storage manager (an old browser, or a
//! page that is not a secure context); callers then show nothing rather than a guess.

use audit_core::storage_use::StorageUse;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

fn manager() -> Option<StorageManager> {
    let navigator = gloo_utils::window().navigator();
    // Absent outside secure contexts; the binding would return `undefined` typed as a manager.
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    (!storage.is_undefined()).then(|| navigator.storage())
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Whether the browser has promised to keep this origin's data under storage pressure.
pub async fn persisted() -> Option<bool> {
    resolve(manager()?.persisted()).await?.as_bool()
}

/// Asks the browser to keep this origin's data under storage pressure; its answer. Chromium
/// decides from the site's engagement, without a prompt, so this is asked once work exists.
pub async fn persist() -> Option<bool> {
    resolve(manager()?.persist()).await?.as_bool()
}

/// How many bytes the origin uses, of how many it may.
pub async fn estimate() -> Option<StorageUse> {
    let estimate = StorageEstimate::from(resolve(manager()?.estimate()).await?);
    Some(StorageUse {
        usage: estimate.get_usage()?,
        quota: estimate.get_quota()?,
    })
}
