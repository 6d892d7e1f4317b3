//! Custom Yew hooks.

mod use_route;

pub use use_route::{navigate, use_route};
