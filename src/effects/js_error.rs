use wasm_bindgen::{JsCast, JsValue};

/// The message of a value a browser API threw or rejected with, for typed errors.
pub fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
