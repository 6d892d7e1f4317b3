use std::cell::Cell;

use audit_core::embed::{Origin, Outgoing};
use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;

use super::post::post;

/// Reports the content height to the host on every change, so that its iframe never scrolls.
pub fn report_height(parent_origin: Option<Origin>) {
    if parent_origin.is_none() {
        return;
    }
    let Some(root) = gloo_utils::document().document_element() else {
        return;
    };
    let last = Cell::new(0);
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height != last.replace(height) {
            post(parent_origin.as_ref(), &Outgoing::Resize { height });
        }
    });
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer and its callback live as long as the page.
        on_resize.forget();
        std::mem::forget(observer);
    }
}
