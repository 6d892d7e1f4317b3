use std::path::Path;
use std::process::ExitCode;

use audit_core::Uuid;
use audit_core::signing::{ProofOptions, SecretKey, SignedDocument};
use audit_core::workflow::{Audit, Refusal};
use serde::{Deserialize, Serialize};

use super::checklists::Checklists;
use super::{now, read};

pub(super) const RECORD_FORMAT: &str = "supplier-audit-record/1";

/// A private key on disk: the multibase form used by the W3C test vectors.
#[derive(Serialize, Deserialize)]
pub struct KeyFile {
    pub did: String,
    #[serde(rename = "privateKeyMultibase")]
    pub private_key_multibase: String,
}

impl KeyFile {
    pub fn new(key: &SecretKey) -> KeyFile {
        KeyFile {
            did: key.did_key().to_string(),
            private_key_multibase: key.to_multibase(),
        }
    }
}

/// Signs an audit record by the app's rules (finalized, the signer listed, the summary
/// recomputed from `checklists`), or any other JSON document as it is.
pub fn sign(key_path: &Path, file: &Path, checklists: Option<&Path>) -> Result<ExitCode, String> {
    let at = |e: &dyn std::fmt::Display| format!("{}: {e}", file.display());
    let key_file: KeyFile = serde_json::from_str(&read(key_path)?)
        .map_err(|e| format!("{}: not a key file: {e}", key_path.display()))?;
    let key = SecretKey::from_multibase(&key_file.private_key_multibase).ok_or_else(|| {
        format!(
            "{}: privateKeyMultibase is not an Ed25519 private key (z3u2…)",
            key_path.display()
        )
    })?;
    let text = read(file)?;
    let document = SignedDocument::parse(&text).map_err(|e| at(&e))?;
    let options = ProofOptions {
        id: random_id()?,
        created: now()?,
        signer: key.did_key(),
    };
    let sign = |data: &[u8; 64]| key.sign(data);
    let signed = if document.member("format").and_then(|f| f.as_str()) == Some(RECORD_FORMAT) {
        let mut audit = Audit::from_stored(&text).map_err(|e| at(&e))?;
        let checklists = checklists.map(Checklists::load).transpose()?;
        let checklist = checklists
            .as_ref()
            .and_then(|c| c.find(&audit.record().checklist));
        audit
            .sign_with(options, checklist, sign)
            .map_err(|e| match e {
                Refusal::ChecklistMissing { .. } => {
                    at(&format!("{e}: pass --checklists DIR with its definition"))
                }
                e => at(&e),
            })?;
        audit
            .signed()
            .cloned()
            .ok_or_else(|| at(&"nothing was signed"))?
    } else {
        document.sign_with(&options, sign).map_err(|e| at(&e))?
    };
    println!("{}", signed.to_json_pretty());
    Ok(ExitCode::SUCCESS)
}

fn random_id() -> Result<Uuid, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| format!("no secure random source: {e}"))?;
    Ok(uuid::Builder::from_random_bytes(bytes).into_uuid())
}
