//! One file per subcommand. Each returns the exit code, or a one-line error.

mod canonicalize;
mod check;
mod inspect;
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

/// Reads a file, or says which one could not be read and why.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}
