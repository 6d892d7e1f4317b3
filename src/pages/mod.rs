//! Whole screens, one per route.

mod audit;
mod audit_state;
mod definition;
mod home;

pub use audit::AuditPage;
pub use home::HomePage;
