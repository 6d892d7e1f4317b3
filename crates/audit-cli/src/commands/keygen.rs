use std::process::ExitCode;

use audit_core::signing::SecretKey;

use super::sign::KeyFile;

pub fn keygen() -> Result<ExitCode, String> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("no secure random source: {e}"))?;
    let key = SecretKey::from_seed(seed);
    let file = KeyFile::new(&key);
    println!(
        "{}",
        serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?
    );
    eprintln!(
        "audit-cli: this key file is secret; whoever holds it can sign as {}",
        file.did
    );
    Ok(ExitCode::SUCCESS)
}
