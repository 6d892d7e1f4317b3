//! Whole screens, one per route.

mod audit;
mod backup;
mod home;
mod identities;
mod report;
mod review;
mod verify;

pub use audit::AuditPage;
pub use backup::BackupPage;
pub use home::HomePage;
pub use identities::IdentitiesPage;
pub use report::ReportPage;
pub use verify::VerifyPage;
