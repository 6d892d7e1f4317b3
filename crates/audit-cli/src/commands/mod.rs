//! One file per subcommand. Each returns the exit code, or a one-line error.

mod bundle_file;
mod canonicalize;
mod check;
mod checklists;
mod inspect;
mod inspect_backup;
mod inspect_summary;
mod keygen;
mod sign;
mod verify;

use std::path::Path;

pub use canonicalize::canonicalize;
pub use check::check;
pub use inspect::inspect;
pub use keygen::keygen;
pub use sign::sign;
pub use verify::verify;

/// The current time, as the core takes it.
fn now() -> Result<audit_core::Timestamp, String> {
    let text = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    audit_core::Timestamp::parse(&text).map_err(|e| e.to_string())
}

/// Reads a file, or says which one could not be read and why.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}
