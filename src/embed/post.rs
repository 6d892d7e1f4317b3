//! The message poster: sends postMessage v1 messages to the host page. A leaf: callers pass the
//! configured parent origin, so it uses nothing else of the app.

use audit_core::embed::{Origin, Outgoing};

/// Posts `message` to the parent page, addressed to `parent_origin` only (never "*"): the
/// browser drops it if the parent is anything else. Without a parent origin, or outside an
/// iframe, posts nothing.
pub fn post(parent_origin: Option<&Origin>, message: &Outgoing) {
    let Some(origin) = parent_origin else {
        return;
    };
    let Some(parent) = parent_window() else {
        return;
    };
    let Ok(data) = js_sys::JSON::parse(&message.to_json()) else {
        return;
    };
    if let Err(e) = parent.post_message(&data, origin.as_str()) {
        web_sys::console::warn_1(&e);
    }
}

/// Posts an `error` message to the host.
pub fn report_error(parent_origin: Option<&Origin>, message: String) {
    post(parent_origin, &Outgoing::Error { message });
}

/// The window embedding this one; `None` when the app runs in its own tab.
pub fn parent_window() -> Option<web_sys::Window> {
    let window = gloo_utils::window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}
