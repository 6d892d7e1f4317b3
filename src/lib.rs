//! The Yew shell of Supplier Audit: it renders state from `audit_core` and
//! carries out effects (IndexedDB, clock, downloads). The rules live in the core.

pub mod app;
pub mod catalogue;
pub mod components;
pub mod effects;
pub mod embed;
pub mod first_screen;
pub mod hooks;
pub mod i18n;
pub mod keys;
pub mod offer;
pub mod pages;
pub mod route;
pub mod storage;
