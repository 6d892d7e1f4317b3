use audit_core::embed::EmbedConfig;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Sets `<html lang dir>` for the configured language and the theme's custom properties.
/// The theme goes through CSSOM setters, which a `style-src 'self'` policy allows, unlike a
/// `style` attribute.
pub fn apply(config: &EmbedConfig) {
    let Some(root) = gloo_utils::document()
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if let Some(language) = config.language {
        let direction = if language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        };
        let _ = root.set_attribute("lang", language.code());
        let _ = root.set_attribute("dir", direction);
    }
    let style = root.style();
    for (property, value) in config.theme.properties() {
        let _ = style.set_property(property, value);
    }
}
