//! The language is a preference of this device, not part of any audit record.

use audit_core::Language;

const KEY: &str = "supplier-audit.language";

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
}
