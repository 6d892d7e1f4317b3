use std::path::Path;
use std::process::ExitCode;

use audit_core::parse_document;

use super::{inspect_summary, read};

pub fn inspect(file: &Path) -> Result<ExitCode, String> {
    let document = parse_document(&read(file)?).map_err(|e| format!("{}: {e}", file.display()))?;
    print!("{}", inspect_summary::describe(&document));
    Ok(ExitCode::SUCCESS)
}
