//! Rules for running inside a host page's iframe: the configuration a host passes in the
//! URL, and the postMessage protocol (version 1) between the app and its host.
//!
//! The shell reads the URL and the message events; everything decided from them lives here.

mod config;
mod message;
mod origin;
mod theme;

pub use config::{ChecklistSource, ConfigError, EmbedConfig};
pub use message::{Incoming, IncomingError, Outgoing, PROTOCOL_VERSION, messages_after_save};
pub use origin::{Origin, OriginError};
pub use theme::{Theme, ThemeError};
