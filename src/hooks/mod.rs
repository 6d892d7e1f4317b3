//! Custom Yew hooks.

mod audit_state;
mod use_audit;
mod use_language;
mod use_photo_url;
mod use_route;

pub use audit_state::{AuditAction, AuditState, Lookup, Open};
pub use use_audit::{AuditHandle, SaveState, use_audit};
pub use use_language::{LanguageChoice, use_language, use_text};
pub use use_photo_url::{PhotoUrl, use_photo_url};
pub use use_route::{navigate, use_route};
