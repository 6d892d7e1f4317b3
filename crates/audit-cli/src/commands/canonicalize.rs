use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use audit_core::canonical::canonical_json;
use audit_core::signing::parse_strict;

use super::read;

pub fn canonicalize(file: &Path) -> Result<ExitCode, String> {
    let value = parse_strict(&read(file)?).map_err(|e| format!("{}: {e}", file.display()))?;
    let canonical = canonical_json(&value).map_err(|e| format!("{}: {e}", file.display()))?;
    std::io::stdout()
        .write_all(canonical.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
