use std::path::Path;
use std::process::ExitCode;

use audit_core::backup::{BACKUP_FORMAT, Backup};
use audit_core::parse_document;
use audit_core::workflow::Audit;
use serde_json::Value;

use super::sign::RECORD_FORMAT;
use super::{inspect_backup, inspect_summary, now, read};

/// Summarises a checklist, an audit (a record or a signed document) or a backup, told apart
/// by the file's `format`. A backup with problems exits with 1. A `.zip` bundle is listed
/// entry by entry.
pub fn inspect(file: &Path) -> Result<ExitCode, String> {
    if let Some(code) = super::bundle_file::inspect(file)? {
        return Ok(code);
    }
    let text = read(file)?;
    let named = |e: &dyn std::fmt::Display| format!("{}: {e}", file.display());
    match declared_format(&text).as_deref() {
        Some(BACKUP_FORMAT) => {
            let backup = Backup::parse(&text).map_err(|e| named(&e))?;
            let (summary, problems) = inspect_backup::describe(&backup, &now()?);
            print!("{summary}");
            return Ok(if problems == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
        // Read as the app reads what it stored, so the document hash is the one its report prints.
        Some(RECORD_FORMAT) => {
            let audit = Audit::from_stored(&text).map_err(|e| named(&e))?;
            print!("{}", inspect_summary::describe_audit(&audit, &now()?));
        }
        _ => {
            let document = parse_document(&text).map_err(|e| named(&e))?;
            print!("{}", inspect_summary::describe(&document, &now()?));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn declared_format(text: &str) -> Option<String> {
    let value = serde_json::from_str::<Value>(text).ok()?;
    value.get("format")?.as_str().map(str::to_owned)
}
