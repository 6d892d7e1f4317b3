use std::path::Path;
use std::process::ExitCode;

use audit_core::signing::{ProofOptions, SecretKey, SignedDocument};
use audit_core::{Timestamp, Uuid};

use serde::{Deserialize, Serialize};

use super::read;

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

pub fn sign(key_path: &Path, file: &Path) -> Result<ExitCode, String> {
    let at = |e: &dyn std::fmt::Display| format!("{}: {e}", file.display());
    let key_file: KeyFile = serde_json::from_str(&read(key_path)?)
        .map_err(|e| format!("{}: not a key file: {e}", key_path.display()))?;
    let key = SecretKey::from_multibase(&key_file.private_key_multibase).ok_or_else(|| {
        format!(
            "{}: privateKeyMultibase is not an Ed25519 private key (z3u2…)",
            key_path.display()
        )
    })?;
    let mut document = SignedDocument::parse(&read(file)?).map_err(|e| at(&e))?;
    if let Ok(record) = document.record() {
        // An audit record: the same rules as in the app.
        SignedDocument::from_record(&record).map_err(|e| at(&e))?;
        if !record.signatories.iter().any(|s| s.did == key.did_key()) {
            return Err(at(&format!(
                "{} is not on the signatory list",
                key.did_key()
            )));
        }
    }
    let options = ProofOptions {
        id: random_id()?,
        created: Timestamp::parse(
            &humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        )
        .map_err(|e| e.to_string())?,
        signer: key.did_key(),
    };
    let (data, config) = document.signing_input(&options).map_err(|e| at(&e))?;
    document.add_proof(config, &key.sign(&data));
    println!("{}", document.to_json_pretty());
    Ok(ExitCode::SUCCESS)
}

fn random_id() -> Result<Uuid, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| format!("no secure random source: {e}"))?;
    Ok(uuid::Builder::from_random_bytes(bytes).into_uuid())
}
