//! `.zip` bundles for `verify` and `inspect`: told apart from JSON by their first bytes, read
//! by the core with its limits, every photo checked against the hash the audit gives it.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use audit_core::bundle::photo_entry;
use audit_core::bundle::{self, Bundle};
use audit_core::workflow::Audit;

use super::inspect_summary;

/// Every zip file starts with a local file header.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// A file's contents, read once: a zip's bytes, or the text of any other file.
enum Contents {
    Zip(Vec<u8>),
    Text(String),
}

fn contents(file: &Path) -> Result<Contents, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    if bytes.starts_with(ZIP_MAGIC) {
        return Ok(Contents::Zip(bytes));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Contents::Text(text)),
        // Rare: read again, so that the message is the one every other command gives.
        Err(_) => super::read(file).map(Contents::Text),
    }
}

/// The text of the document to verify: the file's own, or a bundle's `audit.json` with how
/// many photos matched their hashes. A bundle with any photo changed is refused here.
pub fn document_text(file: &Path) -> Result<(String, Option<usize>), String> {
    match contents(file)? {
        Contents::Text(text) => Ok((text, None)),
        Contents::Zip(bytes) => {
            let bundle = Bundle::from_zip(&bytes).map_err(|e| format!("bundle: {e}"))?;
            Ok((bundle.audit, Some(bundle.photos.len())))
        }
    }
}

/// Lists a bundle's entries, then its document and the check of each photo; `None` when the
/// file is not a zip. A bundle the app would refuse exits with 1, saying why.
pub fn inspect(file: &Path) -> Result<Option<ExitCode>, String> {
    let Contents::Zip(bytes) = contents(file)? else {
        return Ok(None);
    };
    let named = |e: &dyn std::fmt::Display| format!("{}: {e}", file.display());
    let entries = bundle::list(&bytes).map_err(|e| named(&e))?;
    let mut out = String::new();
    let _ = writeln!(out, "bundle {} ({} entries)", file.display(), entries.len());
    for entry in &entries {
        let how = if entry.stored { "stored" } else { "deflated" };
        let _ = writeln!(
            out,
            "  {} {} bytes ({how}, {} in the zip)",
            entry.name, entry.size, entry.compressed
        );
    }
    let bundle = match Bundle::from_zip(&bytes) {
        Ok(bundle) => bundle,
        Err(e) => {
            let _ = writeln!(out, "INVALID: {e}");
            print!("{out}");
            return Ok(Some(ExitCode::FAILURE));
        }
    };
    let audit = Audit::from_stored(&bundle.audit).map_err(|e| named(&e))?;
    let proofs = audit.signed().map_or(0, |d| d.proofs().len());
    let _ = writeln!(out, "audit.json: {proofs} proof(s)");
    out.push_str(&inspect_summary::describe_audit(&audit, &super::now()?));
    for (hash, bytes) in &bundle.photos {
        let _ = writeln!(
            out,
            "photo {}: {} bytes, SHA-256 matches",
            photo_entry(hash),
            bytes.len()
        );
    }
    match &bundle.checklist {
        Some(_) => out.push_str("checklist.json: the checklist the audit pins\n"),
        None => out.push_str("checklist.json: not included\n"),
    }
    print!("{out}");
    Ok(Some(ExitCode::SUCCESS))
}
