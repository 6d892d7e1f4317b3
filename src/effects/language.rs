//! The language is a preference of this device, not part of any audit record.

use audit_core::Language;
use gloo_events::EventListener;
use yew::Callback;

const KEY: &str = "supplier-audit.language";
/// Sent on the document by [`apply`]: the first screen and the app that replaces it share the
/// page for a moment, and a language chosen on the first one must hold on the app.
const APPLIED: &str = "supplier-audit:language";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language chosen earlier on this device, if any.
pub fn saved() -> Option<Language> {
    local_storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|code| Language::from_code(&code))
}

/// Remembers `language` (best effort: without storage, the choice lasts for this visit),
/// and sets `<html lang dir>` so that screen readers, fonts and the layout follow.
pub fn apply(language: Language) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(KEY, language.code());
    }
    if let Some(root) = gloo_utils::document().document_element() {
        let _ = root.set_attribute("lang", language.code());
        let dir = if language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        };
        let _ = root.set_attribute("dir", dir);
    }
    if let Ok(event) = web_sys::Event::new(APPLIED) {
        let _ = gloo_utils::document().dispatch_event(&event);
    }
}

/// Calls `on_applied` with each language applied in this page, by whichever app.
pub fn watch(on_applied: Callback<Language>) -> EventListener {
    EventListener::new(&gloo_utils::document(), APPLIED, move |_| {
        let code = gloo_utils::document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"));
        if let Some(language) = code.as_deref().and_then(Language::from_code) {
            on_applied.emit(language);
        }
    })
}
