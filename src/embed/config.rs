//! The embedding configuration, read once from the app's own URL. A leaf: it uses nothing else
//! of the app, so any module may read it without forming an import circle.

use std::sync::LazyLock;

use audit_core::embed::{ConfigError, EmbedConfig};
use wasm_bindgen::JsCast;
use web_sys::UrlSearchParams;

static CONFIG: LazyLock<(EmbedConfig, Vec<ConfigError>)> = LazyLock::new(read);

/// The configuration from the page's URL (empty when the app is not embedded).
pub fn config() -> &'static EmbedConfig {
    &CONFIG.0
}

/// The parameters of the URL that were ignored, and why; the rest still applies.
pub fn problems() -> &'static [ConfigError] {
    &CONFIG.1
}

fn read() -> (EmbedConfig, Vec<ConfigError>) {
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
