use audit_core::embed::{ConfigError, EmbedConfig};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, UrlSearchParams};

/// Reads the query string of the app's own URL.
pub fn read_config() -> (EmbedConfig, Vec<ConfigError>) {
    let search = gloo_utils::window().location().search().unwrap_or_default();
    let pairs: Vec<(String, String)> = UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| js_sys::try_iter(&params).ok().flatten())
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.ok()?.unchecked_into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect();
    EmbedConfig::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

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
