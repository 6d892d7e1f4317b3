//! Running inside a host page's iframe: the URL configuration, the page settings it implies
//! (language, theme), and the postMessage bridge to the host. The rules are in
//! `audit_core::embed`; this module only reads the browser and carries them out.

mod audit_events;
mod bridge;
mod notices;
mod page;
mod resize;

use std::sync::LazyLock;

use audit_core::Language;
use audit_core::embed::{ConfigError, EmbedConfig};

use crate::i18n::Text;

pub use audit_events::{audit_opened, audit_saved};
pub use bridge::{attach, report_error};
pub use notices::EmbedNotices;

static CONFIG: LazyLock<(EmbedConfig, Vec<ConfigError>)> = LazyLock::new(page::read_config);

/// The configuration from the page's URL (empty when the app is not embedded).
pub fn config() -> &'static EmbedConfig {
    &CONFIG.0
}

/// The language for messages made before the app renders: the host's choice, else English.
pub fn language() -> Language {
    config().language.unwrap_or(Language::En)
}

/// Applies the configuration before the first render: language and direction, theme, and the
/// height reports to the host.
pub fn start() {
    page::apply(config());
    for error in &CONFIG.1 {
        notices::add(Text::EmbedAddressProblem.fill(language(), &[("error", &error.to_string())]));
    }
    resize::report_height();
}
