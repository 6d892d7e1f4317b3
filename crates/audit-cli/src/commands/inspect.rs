use std::path::Path;
use std::process::ExitCode;

use audit_core::backup::{BACKUP_FORMAT, Backup};
use audit_core::parse_document;
use serde_json::Value;

use super::{inspect_backup, inspect_summary, now, read};

/// Summarises a checklist, an audit record or a backup, told apart by the file's `format`.
/// A backup with problems exits with 1. A `.zip` bundle is listed entry by entry.
pub fn inspect(file: &Path) -> Result<ExitCode, String> {
    if let Some(code) = super::bundle_file::inspect(file)? {
        return Ok(code);
    }
    let text = read(file)?;
    let named = |e: &dyn std::fmt::Display| format!("{}: {e}", file.display());
    if declares_backup(&text) {
        let backup = Backup::parse(&text).map_err(|e| named(&e))?;
        let (summary, problems) = inspect_backup::describe(&backup, &now()?);
        print!("{summary}");
        return Ok(if problems == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let document = parse_document(&text).map_err(|e| named(&e))?;
    print!("{}", inspect_summary::describe(&document));
    Ok(ExitCode::SUCCESS)
}

fn declares_backup(text: &str) -> bool {
    serde_json::from_str::<Value>(text)
        .is_ok_and(|v| v.get("format").and_then(Value::as_str) == Some(BACKUP_FORMAT))
}
