//! Custom Yew hooks.

mod use_language;
mod use_route;

pub use use_language::{LanguageChoice, use_language, use_text};
pub use use_route::{navigate, use_route};
