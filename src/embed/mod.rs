//! Running inside a host page's iframe: the URL configuration, the page settings it implies
//! (language, theme), and the postMessage bridge to the host. The rules are in
//! `audit_core::embed`; this module only reads the browser and carries them out.
//!
//! Imports flow one way: `App` passes the configuration to [`attach`], which hands the
//! configured checklist to `crate::offer`; `config` and `post` are leaves that every other part
//! may use.

mod audit_events;
mod bridge;
mod config;
mod notices;
mod page;
mod post;
mod resize;
mod storage_access;

pub use audit_events::audit_saved;
pub use bridge::attach;
pub use config::{config, problems};
pub use notices::Notices;
pub use storage_access::{StorageAccess, can_ask as can_ask_storage_access};

/// Applies the configuration before the first render: language and direction, theme, and the
/// height reports to the host.
pub fn start() {
    let config = config();
    page::apply(config);
    resize::report_height(config.parent_origin.clone());
}
